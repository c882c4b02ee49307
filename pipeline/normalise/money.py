"""Amounts of money in the conventions of each language.

"2.053.050 EUR", "425 698,75 EUR", "1,2 mil. Kč", "EUR 1.2 million", "€ 2,5 Mio.",
"3,5 millió euró", "1'234'567.89 CHF". Separators are read by the rules below; where a
lone separator with three digits after it could be either ("3.350"), the document's
language decides and the amount is marked ambiguous if the language's decimal mark is
that separator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pipeline.lexicons import Lexicon

# digits with optional group separators (space, nbsp, thin space, dot, comma, apostrophe)
NUMBER = r"\d{1,3}(?:[ \u00a0\u2009\u202f.,'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
ISO_CURRENCIES = {"EUR", "CZK", "PLN", "HUF", "RON", "HRK", "CHF", "GBP", "USD", "SEK", "DKK", "NOK",
                  "BGN", "RSD", "BAM", "MKD", "ALL"}


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str
    start: int
    end: int
    text: str
    ambiguous: bool = False


def parse_number(raw: str, decimal_mark: str) -> tuple[Decimal, bool] | None:
    """(value, ambiguous) for a number as written; None when it is not a number."""
    s = re.sub(r"[\u00a0\u2009\u202f]", " ", raw.replace("’", "'"))
    seps = [c for c in s if c in " .,'"]
    ambiguous = False
    if not seps:
        digits = s
    elif "," in seps and "." in seps:
        dec = s.rfind(",") if s.rfind(",") > s.rfind(".") else s.rfind(".")
        digits = re.sub(r"[ .,']", "", s[:dec]) + "." + s[dec + 1:]
    else:
        last = max(s.rfind(c) for c in " .,'")
        tail = s[last + 1:]
        kinds = set(seps)
        if kinds <= {" ", "'"} or len([c for c in seps if c in ".,"]) > 1 and len(kinds) == 1:
            digits = re.sub(r"[ .,']", "", s)  # only group separators
        elif s[last] in ".," and len(tail) != 3:
            digits = re.sub(r"[ .,']", "", s[:last]) + "." + tail  # "1,2", "425 698,75"
        elif s[last] in ".,":
            # one dot or comma with exactly three digits after it: "3.350"
            if " " in seps or "'" in seps:
                digits = re.sub(r"[ .,']", "", s[:last]) + "." + tail
            elif s[last] == decimal_mark:
                digits = s[:last] + "." + tail
                ambiguous = True
            else:
                digits = s[:last] + tail
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
        _PATTERNS[lex.lang] = re.compile(
            rf"(?<![\w.,])(?:(?P<pre>{cur})\s?)?(?P<num>{NUMBER}){sc}(?:{gap}(?P<post>{cur}))?(?![\w])",
            re.IGNORECASE,
        )
    return _PATTERNS[lex.lang]


def find_money(text: str, lex: Lexicon) -> list[Money]:
    """Every amount with a currency in text, in order."""
    found = []
    for m in _pattern(lex).finditer(text):
        code_raw = m.group("pre") or m.group("post")
        if not code_raw:
            continue
        code = lex.currencies.get(code_raw.lower()) or lex.currencies.get(code_raw) or code_raw.upper()
        if code not in ISO_CURRENCIES:
            continue
        parsed = parse_number(m.group("num"), lex.decimal)
        if parsed is None:
            continue
        value, ambiguous = parsed
        if m.groupdict().get("scale"):
            if value >= 1000 and re.fullmatch(r"\d{1,3}[.,]\d{3}", m.group("num")):
                # "77,028 billion": a number before a scale word is small, so the lone
                # separator is a decimal mark whatever the language's convention
                value = Decimal(m.group("num").replace(",", "."))
            value = value * (Decimal(10) ** lex.number_scales[m.group("scale").lower()])
            ambiguous = False  # "1,234 mil." can only be a decimal
        found.append(Money(value.quantize(Decimal("0.01")), code, m.start(), m.end(), m.group(0), ambiguous))
    return found


def format_amount(value: Decimal) -> str:
    return f"{value:.2f}"
