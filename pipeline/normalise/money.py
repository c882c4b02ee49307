"""Amounts of money in the conventions of each language.

"2.053.050 EUR", "425 698,75 EUR", "1,2 mil. Kč", "EUR 1.2 million", "€ 2,5 Mio.",
"3,5 millió euró", "1'234'567.89 CHF". Separators are read by the rules below. A lone
separator with exactly three digits after it ("3.350", "47.917 €") groups thousands:
amounts of money carry two decimals, never three. Where the document's language writes
decimals with that mark (English "."), the language cannot confirm the reading, so the
amount is marked ambiguous. Before a scale word the separator is a decimal mark ("1,250
million"). An amount may also be spelled out before a scale word ("tři miliony
korun", "hárommilliárd forint"), be one unit of a scale ("milijun eura"), or close with
",-" or ",–" ("1 902 100,- EUR", "23 529,– EUR").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pipeline.lexicons import Lexicon

# digits with optional group separators (space, nbsp, thin space, dot, comma, apostrophe)
# an apostrophe before one or two digits is a decimal mark ("1'4 milions d'euros", as Catalan
# and Spanish pages write it); before three it groups thousands ("1'400'000 CHF")
# Every mark a keyboard or a word processor puts for an apostrophe counts: the typographic
# ’ and ‘, the modifier letter ʼ and the acute accent ´ ("2´5 M€", as Spanish keyboards type it)
APOSTROPHES = "'’‘ʼ´"
NUMBER = rf"\d{{1,3}}(?:[ \u00a0\u2009\u202f.,{APOSTROPHES}]\d{{3}})+(?:[.,]\d+)?|\d{{1,3}}[{APOSTROPHES}]\d{{1,2}}(?!\d)|\d+(?:[.,]\d+)?"
ISO_CURRENCIES = {"EUR", "CZK", "PLN", "HUF", "RON", "HRK", "CHF", "GBP", "USD", "SEK", "DKK", "NOK",
                  "BGN", "RSD", "BAM", "MKD", "ALL", "UAH", "ISK", "TRY", "RUB",
                  "FRF", "BEF", "LUF", "MTL"}  # the French, Belgian and Luxembourg francs and the Maltese lira of older texts
# units of a currency per euro, rounded up so that a cap in euros errs on the side of keeping a
# value (the absurd-budget rule, a programme's size in budgets)
PER_EUR = {"EUR": 1, "USD": 2, "GBP": 1, "CHF": 2, "CZK": 30, "PLN": 5, "HUF": 500, "RON": 6, "HRK": 8,
           "BGN": 2, "SEK": 15, "DKK": 8, "NOK": 15, "ISK": 200, "RSD": 150, "MKD": 70, "BAM": 2,
           "ALL": 150, "UAH": 60, "TRY": 60, "JPY": 200, "CNY": 10}
# codes that are everyday words too ("try", "rub"): read as a currency only in capitals,
# unless the language lists the lower-case word among its own currency words
WORD_CODES = {"TRY", "RUB"}
# Maltese joins "-il" to a number from eleven up before its noun ("€18-il miljun", "12-il xahar")
_MT_NUMBER_LINK = r"(?:-il)?"


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str
    start: int
    end: int
    text: str
    ambiguous: bool = False
    scale: int = 0  # the power of ten a scale word added ("mil." 6)


def parse_number(raw: str, decimal_mark: str) -> tuple[Decimal, bool] | None:
    """(value, ambiguous) for a number as written; None when it is not a number."""
    s = re.sub(r"[\u00a0\u2009\u202f]", " ", re.sub(f"[{APOSTROPHES}]", "'", raw))
    seps = [c for c in s if c in " .,'"]
    ambiguous = False
    if not seps:
        digits = s
    elif re.fullmatch(r"\d{1,3}'\d{1,2}", s):
        digits = s.replace("'", ".")  # "1'4": the apostrophe as a decimal mark
    elif "," in seps and "." in seps:
        dec = s.rfind(",") if s.rfind(",") > s.rfind(".") else s.rfind(".")
        digits = re.sub(r"[ .,']", "", s[:dec]) + "." + s[dec + 1:]
    else:
        last = max(s.rfind(c) for c in " .,'")
        tail = s[last + 1:]
        kinds = set(seps)
        if len(kinds) == 1 and kinds <= {".", ","} and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+[.,]\d{2}", s):
            # "319.039.40 Euro": a group of thousands has three digits, so a last group of
            # two after the same mark is the cents the writer marked like the groups
            digits = re.sub(r"[.,]", "", s[:last]) + "." + tail
        elif kinds <= {" ", "'"} or len([c for c in seps if c in ".,"]) > 1 and len(kinds) == 1:
            digits = re.sub(r"[ .,']", "", s)  # only group separators
        elif s[last] in ".," and len(tail) != 3:
            digits = re.sub(r"[ .,']", "", s[:last]) + "." + tail  # "1,2", "425 698,75"
        elif s[last] in ".,":
            # one dot or comma with exactly three digits after it: "3.350"
            if " " in seps or "'" in seps:
                # "17 754.150 EUR": groups written two ways; money has two decimals, not three
                digits = re.sub(r"[ .,']", "", s)
            else:
                # Money has two decimals (every ISO 4217 currency we read has two minor
                # units), so three digits after the mark are a group of thousands even
                # where the language writes decimals with that mark ("47.917 €" in an
                # English text); the language cannot decide, so the reading is flagged.
                digits = s[:last] + tail
                ambiguous = s[last] == decimal_mark
        else:
            digits = re.sub(r"[ .,']", "", s)
    try:
        return Decimal(digits), ambiguous
    except InvalidOperation:
        return None


def _currency_pattern(lex: Lexicon) -> str:
    words = sorted(set(lex.currencies) | {c.lower() for c in ISO_CURRENCIES}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words)


def _scale_pattern(lex: Lexicon) -> str:
    words = sorted(lex.number_scales, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words)


def _words_pattern(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_PATTERNS: dict[str, re.Pattern] = {}  # per language: built once, used for every sentence


def _pattern(lex: Lexicon) -> re.Pattern:
    if lex.lang not in _PATTERNS:
        cur = _currency_pattern(lex)
        scale = _scale_pattern(lex)
        sc = rf"(?:\s?(?P<scale>{scale}))?" if scale else ""
        # "1,5 milioni di euro", "1,5 million d'euros": a connector before the currency
        words = lex.cues.get("money_connectors", [])
        spaced = "|".join(re.escape(w) for w in words if not w.endswith(("'", "’")))
        joined = "|".join(re.escape(w) for w in words if w.endswith(("'", "’")))
        conn = "|".join(x for x in (rf"\s(?:{spaced})\s" if spaced else "", rf"\s(?:{joined})" if joined else "") if x)
        gap = rf"(?:{conn}|\s?)" if conn else r"\s?"
        # the number: digits, a number word before a scale word, or a scale word alone
        number = rf"(?P<num>{NUMBER})(?:[.,][-–]{{1,2}})?"
        if scale and lex.number_words:
            number += rf"|(?P<word>{_words_pattern(lex.number_words)})(?={_MT_NUMBER_LINK}\s?(?:{scale})(?!\w))"
        number = rf"(?:{number}){_MT_NUMBER_LINK}"
        halves = lex.cues.get("money_half", [])
        if scale and halves:
            # "half a million euros", "pół miliona złotych", "un demi-million d'euros": half of one unit
            number += rf"|(?P<half>{_words_pattern(halves)})(?=\s?(?:{scale})(?!\w))"
        ones = [w for w in lex.cues.get("money_scale_one", []) if w.split()[-1] in lex.number_scales]
        if ones:
            number += rf"|(?P<one>{_words_pattern(ones)})"
        # "214 mila 542 euro", "10 milioni e 200 mila euro", "2 millió 500 ezer forint": a
        # smaller part after the scale word, a conjunction perhaps between, the currency next
        conj = _words_pattern(w for w in lex.cues.get("conjunctions", []) if " " not in w)
        rest = rf"(?:\s(?:{conj}))?\s(?P<rest>\d{{1,3}})(?:\s?(?P<rest_scale>{scale}))?" if scale and conj else ""
        if rest:
            sc = rf"(?:\s?(?P<scale>{scale})(?:{rest}(?=(?:{gap})(?:{cur})(?!\w)))?)?"
        _PATTERNS[lex.lang] = re.compile(
            # a letter may stand right before the number (checked in find_money: a label
            # glued to its value, "výške1 847,10 €"), and a digit right after a currency
            # sign (table cells glued, "1 649 144,50€1 401 772,83€")
            rf"(?<![\d_.,])(?:(?P<pre>{cur})\s?)?(?:{number}){sc}(?:{gap}(?P<post>{cur}))?"
            rf"(?:(?!\w)|(?<=[{SIGNS}])(?=\d))",
            re.IGNORECASE,
        )
    return _PATTERNS[lex.lang]


def find_money(text: str, lex: Lexicon, currency: str | None = None) -> list[Money]:
    """Every amount with a currency in text, in order. With `currency` (a label that names
    it: "Total budget (EUR):"), a number without one is an amount in that currency."""
    found = []
    pattern, pos = _pattern(lex), 0
    while (m := pattern.search(text, pos)) is not None:
        g = m.groupdict()
        if not _edges_clear(text, m):
            pos = m.start() + 1  # read on as before: a tail may still be an amount
            continue
        pos = m.end()
        if g["post"] and not g["pre"] and re.fullmatch(r"(?:19|20)\d\d", g["num"] or "") and \
                re.match(r"\s?\d", text[m.end():]):
            pos = m.start("post")  # "eind 2016 € 10 miljoen": the sign opens the amount after the year
            continue
        if g["pre"] and not g["post"] and not g.get("scale") and len(g["pre"]) > 3 and g["pre"].isalpha() and \
                re.fullmatch(r"(?:19|20)\d\d", g["num"] or ""):
            pos = m.end("pre")  # "in Franken 2019": a region's name (or a word) before a year is no currency
            continue
        if g.get("half") and _after_conjunction(text[:m.start()], lex):
            continue  # "jeden a půl milionu", "one and a half million": the whole is not read
        if g["num"] and re.search(r"\d\s?[-–]\s?$", text[:m.start("num")]):
            continue  # "400-500 millió forint": a range is not a stated figure
        code_raw = g["pre"] or g["post"]
        if not code_raw and not (currency and g["num"] and re.search(r"[ \u00a0\u2009\u202f.,'’]|\d{5}", g["num"])):
            continue  # a bare number is an amount only as written like one ("2.302.539,00"), not "2019"
        code = currency if not code_raw else (
            lex.currencies.get(code_raw.lower()) or lex.currencies.get(code_raw) or code_raw.upper())
        if code not in ISO_CURRENCIES:
            continue
        if code_raw and code_raw.upper() in WORD_CODES and not code_raw.isupper() and code_raw.lower() not in lex.currencies:
            continue  # "try 2 times": the English verb, not the Turkish lira
        if g.get("one"):
            # "milijun eura": the scale word alone is one unit of it
            value, ambiguous = Decimal(10) ** lex.number_scales[g["one"].split()[-1].lower()], False
        else:
            parsed = (Decimal("0.5"), False) if g.get("half") else \
                (Decimal(lex.number_words[g["word"].lower()]), False) if g.get("word") else \
                parse_number(g["num"], lex.decimal)
            if parsed is None:
                continue
            value, ambiguous = parsed
        start = m.start()
        # a bare number (no currency before it, no scale word) may have its head split off
        bare = g["num"] and not g["pre"] and not g.get("scale")
        cents = _split_cents(text, m) if bare else None
        head = _split_group(text, m) if bare and cents is None else None
        if cents is not None:
            # "449 382, 92 evra": the whole written before a comma and a space, its cents after
            start, value = cents[0], cents[1] + value / 100
        if head is not None:
            # "38. 210 euros": the thousands written before a dot and a space
            start, thousands = head
            value += thousands * Decimal(10) ** len(re.sub(r"[.,]\d{1,2}$", "", g["num"]).replace(" ", "").replace(".", "").replace(",", ""))
        if g.get("scale"):
            if value >= 1000 and re.fullmatch(r"\d{1,3}[.,]\d{3}", g["num"] or "") and not g["num"].endswith("000"):
                # ("3.000 milions d'euros" is three thousand millions: nobody writes three zero decimals)
                # "77,028 billion": a number before a scale word is small, so the lone
                # separator is a decimal mark whatever the language's convention
                value = Decimal(m.group("num").replace(",", "."))
            scale = lex.number_scales[m.group("scale").lower()]
            value = value * (Decimal(10) ** scale)
            ambiguous = False  # "1,234 mil." can only be a decimal
            if g.get("rest"):
                part = Decimal(g["rest"]) * Decimal(10) ** lex.number_scales.get((g["rest_scale"] or "").lower(), 0)
                if part >= Decimal(10) ** scale:
                    continue  # "2 milioni e 3 miliardi": no smaller part of the first amount
                value += part
        try:
            value = value.quantize(Decimal("0.01"))
        except InvalidOperation:
            continue  # more digits than Decimal's 28 (a run of digits, not an amount of money)
        found.append(Money(value, code, start, m.end(), text[start:m.end()], ambiguous,
                           scale if g.get("scale") else 0))
    return found


# currency signs that a table's next cell may follow without a space
SIGNS = "€$£"
# a number written as an amount: groups of thousands or two decimals ("1 847,10", "151 163,96")
_WRITTEN = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f.,]\d{3})+(?:[.,]\d{2})?|\d+[.,]\d{2}")


def _edges_clear(text: str, m: re.Match) -> bool:
    """The match stands apart from the words around it, or is a value glued to them: after a
    lower-case word ("výške1 847,10 €", "līdzfinansējums151 163,96 EUR", table cells read
    without their borders, "Italie1 649 144,50€"), an amount written in full with its currency
    after it; before the next cell's digits, the same. Codes and names keep their digits
    ("H2020", "COVID19", "KA229", "EBRoS2020", "LT-PL-5R-374")."""
    glued_left = m.start() > 0 and text[m.start() - 1].isalpha()
    glued_right = m.end() < len(text) and text[m.end()].isdigit()
    if not (glued_left or glued_right):
        return True
    full = bool(m.group("num")) and not m.group("pre") and bool(m.group("post")) and \
        not m.groupdict().get("scale") and bool(_WRITTEN.fullmatch(m.group("num")))
    if not full:
        return False
    if glued_left:
        word = re.search(r"[^\W\d_]+$", text[:m.start()]).group(0)
        # a word of three letters or more that ends in lower case and is not a code's mixed
        # case (a capital inside it), nor joined by a hyphen to a code before it
        if len(word) < 3 or not word[1:].islower() or re.search(r"[\w-]$", text[:m.start() - len(word)]):
            return False
    return True


# a group of thousands split from the next by a dot and a space ("38. 210 euros"): the
# head of one to three digits stands inside a line, after a word, so that a list's number
# ("1. 250 000 €") or a sentence's end is not read as one
_SPLIT_HEAD = re.compile(r"(?<=[^\W\d]\s)(\d{1,3})\.\s$")
_SPLIT_TAIL = re.compile(r"\d{3}(?:[ \u00a0.,]\d{3})*(?:,\d{2})?")


# cents split from the whole by a comma and a space ("47 959, 02 Eur", "11.163, 70 euro"):
# the whole is written with groups of thousands, so that a year or a count before a comma
# ("in 2019, 25 €") is no whole
_CENTS_HEAD = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ \u00a0\u2009\u202f.]\d{3})+),[^\S\n]$")


def _split_cents(text: str, m: re.Match) -> tuple[int, Decimal] | None:
    """(start, the whole's value) of two digits that are the cents of a number before a
    comma and a space."""
    if not re.fullmatch(r"\d{2}", m.group("num") or ""):
        return None
    head = _CENTS_HEAD.search(text, max(0, m.start("num") - 16), m.start("num"))
    if head is None:
        return None
    return head.start(), Decimal(re.sub(r"\D", "", head.group(1)))


def _split_group(text: str, m: re.Match) -> tuple[int, Decimal] | None:
    """(start, the head's value) of a number whose first group of thousands stands before
    a dot or comma and a space."""
    head = _SPLIT_HEAD.search(text, max(0, m.start("num") - 6), m.start("num"))
    if head is None or not _SPLIT_TAIL.fullmatch(m.group("num")):
        return None
    return head.start(), Decimal(head.group(1))


def _after_conjunction(before: str, lex: Lexicon) -> bool:
    """The text before ends with a conjunction ("jeden a", "one and a"): a half word there
    adds to a number before it."""
    words = before.lower().split()[-2:]
    conj = {w for w in lex.cues.get("conjunctions", []) if " " not in w}
    return bool(words) and (words[-1] in conj or len(words) == 2 and words[0] in conj and len(words[1]) <= 3)


def currency_in(text: str, lex: Lexicon) -> str | None:
    """The currency a label names ("EFRE- / Gesamtmittel in €:", "Total budget (EUR)")."""
    for m in re.finditer(rf"(?<!\w)(?:{_currency_pattern(lex)})(?!\w)", text, re.IGNORECASE):
        code = lex.currencies.get(m.group(0).lower()) or m.group(0).upper()
        if code in ISO_CURRENCIES:
            return code
    return None


def number_at(text: str, lex: Lexicon) -> tuple[Decimal, int] | None:
    """A bare number opening text ("3,4 de subventions"): (value, its length); not a
    percentage."""
    m = re.match(rf"(?:{NUMBER})(?!\s?%)(?![\w.,])", text)
    if not m:
        return None
    parsed = parse_number(m.group(0), lex.decimal)
    return (parsed[0], m.end()) if parsed else None


def format_amount(value: Decimal) -> str:
    return f"{value:.2f}"
