"""Text in the legacy encodings of our languages decodes to exactly the text, and gives the
records the UTF-8 file gives. The files are the seeds and gold texts, re-encoded here."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pipeline.build import extract_one
from pipeline.readers.encoding import decode

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "raw").glob("*.txt"))
# gold texts in the Central European languages (and a German one naming Czech places)
GOLD = [ROOT / "tests" / "gold" / f"{n}.txt" for n in (
    "cs_04_chestnut-praha9", "sk_01_clusterfy-spklaster", "pl_04_erasmus-mierzecice",
    "hu_53_nat-net-duna-dunaj-2", "ro_01_improved-nodes", "sl_63_vode-dolenjske",
    "hr_01_misterion", "de_72_atcz-7-begleitausschuss")]
GOLD = [p for p in GOLD if p.exists()]

# What a legacy file holds instead of characters its code page lacks: Romanian with the
# cedilla letters, straight quotes and hyphens in ISO-8859-2 (it has no „“ – …).
_LEGACY_FORMS = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})
_ISO_FORMS = str.maketrans({"„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "–": "-", "—": "-",
                            "…": "...", "•": "*", "€": "EUR", "«": '"', "»": '"', "\u00a0": " "})


def legacy_text(text: str, encoding: str) -> str | None:
    """The text as a file in `encoding` would hold it; None when it cannot be written so."""
    text = text.translate(_LEGACY_FORMS)
    if encoding == "iso8859_2":
        text = text.translate(_ISO_FORMS)
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return None
    return text


ENCODED = {
    "utf-8-sig": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-le": lambda t: t.encode("utf-16-le"),
    "utf-16-be": lambda t: t.encode("utf-16-be"),
}


@pytest.mark.parametrize("path", SEEDS + GOLD, ids=lambda p: p.stem[:12])
@pytest.mark.parametrize("encoding", ["cp1250", "iso8859_2"])
def test_central_european_code_pages_decode_exactly(path, encoding):
    text = legacy_text(path.read_text("utf-8"), encoding)
    if text is None:
        pytest.skip(f"{path.name} has characters {encoding} lacks")
    data = text.encode(encoding)
    got, name = decode(data)
    assert got == text
    other = "iso8859_2" if encoding == "cp1250" else "cp1250"
    if data.decode(other, "replace") != text:  # the code pages differ on these bytes
        assert codecs.lookup(name).name == codecs.lookup(encoding).name


@pytest.mark.parametrize("path", SEEDS + GOLD, ids=lambda p: p.stem[:12])
@pytest.mark.parametrize("form", sorted(ENCODED))
def test_unicode_forms_decode_exactly(path, form):
    text = path.read_text("utf-8")
    got, _ = decode(ENCODED[form](text))
    assert got == text


# Short texts where windows-1250 and ISO-8859-2 differ (š ś ť ź Š Ś Ť Ź ą Ą ľ Ľ) or where
# windows-1252 would also decode the bytes.
SHORT = [
    "Šťastný Žluťoučký kůň úpěl ďábelské ódy.",
    "Ścieżka rowerowa w gminie Źródła: środki z programu.",
    "Ťažká situácia v Košiciach a Ľubovni.",
    "Sąsiedzka współpraca: Wyjątkowa szansa dla województwa.",
    "Projekt ”Zöld Út” – partnerség Győr és Žilina között.",
    "Proiectul „Şcoala pentru toţi” a fost finanţat.",
    "Občina Šentjur in Hrvaška sodelujeta pri projektu.",
    "Grad Šibenik i Općina Đakovo – suradnja.",
]


@pytest.mark.parametrize("text", SHORT)
@pytest.mark.parametrize("encoding", ["cp1250", "iso8859_2"])
def test_short_texts_are_not_confused(text, encoding):
    text = legacy_text(text, encoding)
    assert text is not None
    got, _ = decode(text.encode(encoding))
    assert got == text


def test_western_code_page_still_read_as_such():
    # (with at least 60 ASCII letters, from which the language is told; below that "già"
    # and "giŕ" are equally plausible)
    for text in ("Se sei già abbonato, accedi per vedere l'articolo completo della città e i suoi allegati.",
                 "La coopération transfrontalière entre la région et ses voisins a été élargie dans le programme.",
                 "Die Förderung durch die Europäische Union beträgt 85 Prozent."):
        assert decode(text.encode("cp1252"))[0] == text


def test_binary_data_is_still_refused():
    from pipeline.errors import PipelineError

    with pytest.raises(PipelineError):
        from pipeline.readers import read_document
        read_document(bytes(range(256)) * 20, "binary.txt", "b")


def comparable(record: dict) -> dict:
    record = dict(record)
    record.pop("source", None)
    return record


@pytest.mark.parametrize("path", SEEDS[:4] + GOLD[:3], ids=lambda p: p.stem[:12])
def test_records_equal_those_of_utf8(path):
    text = path.read_text("utf-8")
    reference, ref_text = extract_one(text.encode("utf-8"), path.name, "d")
    for data in (text.encode("utf-16-le"), codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
                 codecs.BOM_UTF8 + text.encode("utf-8")):
        record, normalised = extract_one(data, path.name, "d")
        assert normalised == ref_text
        assert comparable(record) == comparable(reference)
    legacy = legacy_text(text, "cp1250")
    if legacy == text:  # the same characters: the same records
        record, normalised = extract_one(legacy.encode("cp1250"), path.name, "d")
        assert normalised == ref_text
        assert comparable(record) == comparable(reference)


# Bulgarian and Greek texts in the code pages they were saved in before Unicode, whole and
# cut short (the first line alone is where the Latin code pages won before).
NON_LATIN = [(p, enc) for lang, encs in (("bg", ("cp1251", "iso8859_5", "koi8_r")), ("el", ("cp1253", "iso8859_7")))
             for p in sorted((ROOT / "tests" / "gold").glob(f"{lang}_0*.txt")) for enc in encs]


@pytest.mark.parametrize("path,encoding", NON_LATIN, ids=lambda v: getattr(v, "stem", v)[:12])
@pytest.mark.parametrize("length", [200, 500, None])
def test_cyrillic_and_greek_code_pages_decode_exactly(path, encoding, length):
    text = path.read_text("utf-8").encode(encoding, "replace").decode(encoding)[:length]
    assert decode(text.encode(encoding))[0] == text


@pytest.mark.parametrize("text", SHORT)
def test_latin_text_is_not_read_as_cyrillic_or_greek(text):
    # cp1250 bytes are also valid cp1251 and cp1253: "Šťastný" would be "Љќastnэ"
    got, name = decode(text.encode("cp1250"))
    assert got == text and name in ("cp1250", "windows-1250")


@pytest.mark.parametrize("path", sorted(p for lang in ("lt", "lv", "et") for p in (ROOT / "tests" / "gold").glob(f"{lang}_0*.txt")),
                         ids=lambda p: p.stem[:12])
@pytest.mark.parametrize("length", [200, None])
def test_baltic_code_page_decodes_exactly(path, length):
    text = path.read_text("utf-8").encode("cp1257", "replace").decode("cp1257")[:length]
    assert decode(text.encode("cp1257"))[0] == text


@pytest.mark.parametrize("path", sorted(p for lang in ("fi", "ca") for p in (ROOT / "tests" / "gold").glob(f"{lang}_0*.txt")),
                         ids=lambda p: p.stem[:12])
@pytest.mark.parametrize("length", [200, None])
def test_finnish_and_catalan_in_windows_1252_decode_exactly(path, length):
    text = path.read_text("utf-8").encode("cp1252", "replace").decode("cp1252")[:length]
    assert decode(text.encode("cp1252"))[0] == text


@pytest.mark.parametrize("path,codepage", [(p, "cp1251") for p in sorted((ROOT / "tests" / "gold").glob("uk_0*.txt"))]
                         + [(p, "cp1252") for p in sorted((ROOT / "tests" / "gold").glob("no_0*.txt"))],
                         ids=lambda v: v.stem[:12] if hasattr(v, "stem") else v)
@pytest.mark.parametrize("length", [200, None])
def test_ukrainian_in_windows_1251_and_norwegian_in_windows_1252_decode_exactly(path, codepage, length):
    text = path.read_text("utf-8").encode(codepage, "replace").decode(codepage)[:length]
    assert decode(text.encode(codepage))[0] == text


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "gold").glob("uk_0*.txt")), ids=lambda p: p.stem[:12])
@pytest.mark.parametrize("length", [200, None])
def test_ukrainian_in_koi8_u_decodes_exactly(path, length):
    # KOI8-U is no code page of ours to weigh: charset-normalizer proposes it
    text = path.read_text("utf-8").encode("koi8_u", "replace").decode("koi8_u")[:length]
    assert decode(text.encode("koi8_u"))[0] == text


# Serbian and Macedonian as saved before Unicode: Cyrillic pages in windows-1251 (which holds
# ђ ћ ј љ њ џ ѓ ќ ѕ) and ISO-8859-5, Serbian Latin pages in windows-1250
SOUTH_SLAVIC = ([(p, enc) for p in sorted((ROOT / "tests" / "gold").glob("mk_0*.txt")) for enc in ("cp1251", "iso8859_5")]
                + [(p, "cp1251") for p in sorted((ROOT / "tests" / "gold").glob("sr_04*.txt"))]
                + [(p, "cp1250") for p in sorted((ROOT / "tests" / "gold").glob("sr_0[1235]*.txt"))])


@pytest.mark.parametrize("path,encoding", SOUTH_SLAVIC, ids=lambda v: getattr(v, "stem", v)[:12])
@pytest.mark.parametrize("length", [200, None])
def test_serbian_and_macedonian_code_pages_decode_exactly(path, encoding, length):
    text = path.read_text("utf-8").encode(encoding, "replace").decode(encoding)[:length]
    assert decode(text.encode(encoding))[0] == text
