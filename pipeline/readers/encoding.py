"""Bytes to text: BOM first, then UTF-16 without a BOM, then strict UTF-8, then detection.

Detection is charset-normalizer's; its candidates (and the legacy code pages our languages
were written in, Latin, Cyrillic and Greek) are then weighed by the letters our languages use. charset-normalizer
alone confuses windows-1250 with ISO-8859-2 and windows-1252 on short texts: the two
Central European code pages differ only in š ś ť ź Š Ś Ť Ź Ą ą Ľ ľ and the quotes, and a
wrong choice turns "š" into "ą" or a control character. The right reading is the one
whose letters fit the text's language (told from the ASCII letters, which every reading
shares), with no stray symbols or control characters.
"""
from __future__ import annotations

import codecs
import unicodedata

from pipeline.errors import PipelineError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]

# The letters beyond ASCII each language writes with (CLDR's main exemplar characters,
# Dutch only its common ones since CLDR lists most accents for it;
# Romanian also with the cedilla forms legacy code pages have instead of the comma).
LETTERS = {
    "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű", "ro": "ăâîșțşţ", "sl": "čšžćđ", "hr": "čćđšž", "de": "äöüß", "en": "",
    "it": "àèéìíòóùú", "es": "áéíñóúü", "fr": "àâæçéèêëîïôœùûüÿ", "nl": "éèëïóöü",
    "pt": "áâãàçéêíóôõú", "sq": "çë", "fi": "äöåšž", "ca": "àçèéíïòóúü·", "sv": "åäöé", "da": "æøåé",
    "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "et": "äõöüšž",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", "no": "æøåéèêóòôü",
    "is": "áðéíóúýþæö", "mt": "àèìòùċġħż", "ga": "áéíóú",
    "tr": "çğıöşüâîû", "cy": "âêîôûŵŷäëïöüáéíóú", "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    # Serbian writes both scripts; Macedonian has ѓ ќ ѕ, Serbian ђ ћ, both ј љ њ џ
    "sr": "čćđšžабвгдђежзијклљмнњопрстћуфхцчџш", "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш", "el": "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
}
# Non-letters that real text in these languages uses; any other symbol a code page
# produces (¤ ¦ ¨ ´ ¸ ˘ ˛ ˝ ˇ ¬ µ ¶ box drawing…) is a sign of the wrong code page.
_QUOTES = set("„“”‚‘’«»‹›–—…•¡¿\u00a0\u00ad\u2009\u202f\u2032\u2033")
# Signs that follow a number or a word, never open one: "©»astný", "®ilina" and "£ódź" are
# letters read in the wrong code page.
_SIGNS = set("€°§×±©®™£¥¢¹²³½¼¾ºª·")
_ALL_LETTERS = set("".join(LETTERS.values()))
_CENTRAL = set("".join(LETTERS[lang] for lang in ("cs", "sk", "pl", "hu", "ro", "sl", "hr")))
# Code pages our languages were saved in before Unicode, always weighed besides the
# detector's own candidates; the Latin ones first, since ties go to the earlier one.
_LEGACY = ["cp1250", "iso8859_2", "cp1252", "iso8859_1", "iso8859_16", "cp1257", "cp1251", "cp1253",
           "iso8859_7", "iso8859_5"]


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM is valid UTF-8 when it is mostly ASCII (the NUL bytes are
    ASCII too), so it is tried first: the reading whose characters are almost all in the
    Latin, Greek, Cyrillic and punctuation ranges wins."""
    if len(data) < 2 or len(data) % 2 or b"\x00" not in data:
        return None
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        plain = sum(1 for c in text if c in "\t\n\r\f" or 0x20 <= ord(c) < 0x7F or 0xA0 <= ord(c) < 0x530
                    or 0x2000 <= ord(c) < 0x2190)
        if plain >= 0.95 * len(text):
            return text, name
    return None


def implausibility(text: str, langs: list[str] | None = None) -> int:
    """How unlike text in one of our languages a reading is: control characters and stray
    symbols weigh most, then letters that the main language (the best-fitting of `langs`) does not write, and
    letters where a code page's other reading puts punctuation (alone between spaces, or
    breaking the case of a word: "ŤMED NAMIť" is »MED NAMI« read in the wrong code page)."""
    bad = 0
    foreign: dict[str, int] = {}
    for i, c in enumerate(text):
        if c.isascii():
            if ord(c) < 0x20 and c not in "\t\n\r\f":
                bad += 10
            continue
        cat = unicodedata.category(c)
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if cat.startswith("C"):
            bad += 10
        elif cat in ("Lu", "Ll", "Lt"):
            low = c.lower()
            if low in _ALL_LETTERS:
                foreign[low] = foreign.get(low, 0) + 1
            else:
                bad += 3  # no language of ours writes it ("õ", "ĩ", "Ω" in a Czech text)
            if not before.isalpha() and not after.isalpha() and low not in "àè":
                bad += 2  # a letter alone: a bullet, dash or currency sign elsewhere
            elif c.islower() and (after.isupper() or before.isupper() and text[i - 2:i - 1].isupper()):
                bad += 2
            elif c.isupper() and before.islower():
                bad += 2
            if before.isalpha() and _script(before) != _script(c):
                bad += 3  # no word mixes Latin, Greek and Cyrillic letters: a code page's misreading
            if low == "ς" and after.isalpha() or low == "σ" and not after.isalpha() and before.isalpha():
                bad += 3  # Greek writes ς at a word's end only, σ elsewhere
        elif c in _SIGNS:
            # signs stand after a number or a word, never before a letter; most not after one
            bad += 2 if after.isalpha() or before.isalpha() and c not in "©®™°ºª" else 0
        elif c not in _QUOTES:
            bad += 3  # ¤ ¦ ¨ ´ ¸ ˘ ˛ ˝ ˇ ¬ µ ¶, box drawing…
        elif before.isalpha() and after.isalpha() and c not in "’·\u00ad":
            bad += 2  # a quote inside a word ("Š»astný") was a letter in another code page
    if foreign:
        mains = [LETTERS[lang] for lang in langs or LETTERS]
        bad += min(_letter_cost(foreign, main, second) for main in mains for second in LETTERS.values())
    return bad


def _letter_cost(counts: dict[str, int], main: str, second: str) -> int:
    """A text is written in one language and names things in another: letters of the
    main language are free, the second language's cost 1 when it is a Central European
    one (the documents are about projects there, so their names are common in any
    language) and 2 otherwise, any other letter of ours 3."""
    return sum(n * (0 if ch in main else (1 if ch in _CENTRAL else 2) if ch in second else 3)
               for ch, n in counts.items())


def _script(letter: str) -> str:
    """'latin', 'greek', 'cyrillic' or 'other' for one letter, by its code point."""
    code = ord(letter)
    if code < 0x250 or 0x1E00 <= code < 0x1F00:
        return "latin"
    if 0x370 <= code < 0x400 or 0x1F00 <= code < 0x2000:
        return "greek"
    return "cyrillic" if 0x400 <= code < 0x530 else "other"


def _foreign_script(text: str, ours: tuple[str, ...] = ("latin",)) -> bool:
    """Whether most letters are of another script than `ours` (Greek, Cyrillic, CJK…)."""
    letters = [c for c in text if c.isalpha()]
    other = sum(1 for c in letters if _script(c) not in ours)
    return other > 0.5 * len(letters)


def _languages(data: bytes) -> list[str]:
    """The languages the ASCII letters (which every reading shares) may be in: with them
    the main language's letters are known ("gi? abbonato" is Italian, so "già", not
    "giŕ"). Every language of ours when none is likely."""
    from langdetect import detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    import pipeline.language  # noqa: F401  (seeds langdetect)

    ascii_text = bytes(b for b in data if b < 0x80).decode("ascii")[:3000]
    letters = sum(1 for c in ascii_text if c.isalpha())
    if letters < 60 or sum(1 for b in data[:6000] if b >= 0x80) > letters:
        # too few letters to tell a language by, or a text in another script whose few ASCII
        # words (names, transliterations) langdetect would take for Finnish or Estonian
        return list(LETTERS)
    try:
        found = detect_langs(ascii_text)
    except LangDetectException:
        found = []
    likely = [g.lang for g in found if g.lang in LETTERS and g.prob >= 0.1]
    return likely or list(LETTERS)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise PipelineError("decode", "no text encoding fits the file's bytes")
    if _foreign_script(str(matches[0]), ("latin", "greek", "cyrillic")):
        return str(matches[0]), matches[0].encoding  # Arabic, CJK…: not ours to second-guess
    # Ties go to the code pages our documents were really written in, in the detector's
    # order, before the rarer ones it proposes (cp775, mac_iceland…).
    found = [m.encoding for m in matches]
    names = [n for n in found if n in _LEGACY] + _LEGACY + found
    if not any(0x80 <= b < 0xA0 for b in data):
        # windows-1250 text nearly always holds one of š ž ś ź „ “ – (bytes 0x80-0x9F);
        # without them, a tie between it and ISO-8859-2 goes to ISO-8859-2.
        names.insert(0, "iso8859_2")
    names = list(dict.fromkeys(names))
    langs = _languages(data)
    best: tuple[int, int, str, str] | None = None
    for rank, name in enumerate(names):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        key = (implausibility(text, langs), rank)
        if best is None or key < best[:2]:
            best = (*key, text, name)
    assert best is not None  # ISO-8859-1 decodes any bytes
    return best[2], best[3]


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises PipelineError('decode') for binary data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as e:
                # the mark names the encoding; bytes that break it (a UTF-16 file cut at an odd
                # byte) are damage, not another encoding to guess
                raise PipelineError("decode", f"the file starts with a {name} byte order mark, "
                                              f"but byte {e.start} is not {name}") from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return _detect(data)
        except PipelineError:
            mixed = _mixed_lines(data)
            if mixed is None:
                raise
            return mixed
    if _stray_utf8(text):
        return _detect(data)
    return text, "utf-8"


def _stray_utf8(text: str) -> bool:
    """A short windows-1250 text can be valid UTF-8 by chance ("Píšť": í š ť make one
    three-byte sequence, a Hangul syllable): a CJK or Hangul character in a text that
    is otherwise Latin is such a chance."""
    odd = sum(1 for c in text if 0x2E80 <= ord(c) < 0xD800 or 0xF900 <= ord(c) < 0xFB00)
    return 0 < odd and not _foreign_script(text)


def _mixed_lines(data: bytes) -> tuple[str, str] | None:
    """A file pasted together from UTF-8 and a legacy code page (no single encoding reads
    it): lines that are valid UTF-8 are read so, the others in the encoding detected for
    them together. None when no line, or every line, is UTF-8, or the rest is not text."""
    lines = data.split(b"\n")
    legacy = []
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            legacy.append(line)
    if not legacy or len(legacy) == len(lines) or sum(map(len, legacy)) * 2 > len(data):
        return None
    try:
        _, name = _detect(b"\n".join(legacy))
    except PipelineError:
        return None
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode(name, errors="replace"))
    return "\n".join(out), f"utf-8+{name}"
