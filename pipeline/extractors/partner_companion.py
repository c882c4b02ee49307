"""The one organisation named after "together with" when the sentence goes on with its verb.

"Obec Staškov spoločne s poľskou obcou Istebna začala implementovať projekt" names one
companion, "obcou Istebna", in the case the preposition governs, with an adjective before its
type word; the clause goes on with a lower-case verb. A list reader that runs to the sentence's
end reads the verb's objects as more names ("Fond mikroprojektov, Kód …"), so the companion is
read on its own: up to three lower-case words (adjectives, a possessive), a type word, then
capitalised words (a hyphen may join them, a country code may close them), then a lower-case word
that is no conjunction. A name in a code ("Obec Makov SK") gives its country.
"""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_clean import inflected_type
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import LEGAL_FORM_WORD, PARTNER, Partner
from pipeline.textnorm import UPPER

_CODE = re.compile(r"[A-Z]{2}")


def country_code_tail(name: str, lang: str = "en") -> tuple[str, str | None]:
    """A name closed by a European country's ISO code after a capitalised word ("Obec Makov SK",
    "obcou Hutisko- Solanec CZ"): (the name without it, the code); a legal form is no code."""
    words = name.split()
    last = words[-1] if words else ""
    if len(words) < 3 or not _CODE.fullmatch(last) or LEGAL_FORM_WORD.search(last.lower()) or not words[-2][:1].isupper():
        return name, None  # "Ministerstvo hospodářství SK": after a lower-case domain the code is the name's "of Slovakia"
    code = gazetteer.ISO_ALIASES.get(last, last)
    rest = name[:name.rstrip().rfind(" ")].rstrip(" ,-–")
    typed = has_org_word(rest) or len(rest.split()) > 1 and inflected_type(rest.split()[0], rest.split()[1], lang)
    if code not in gazetteer._european_codes() or not typed:
        return name, None  # "High Tech NL": without a type word the code is the name's own
    return rest, code


def companion(ctx: Context, start: int, end: int) -> Partner | None:
    """The single organisation that opens text[start:end] after "together with", when a
    lower-case word (its verb) follows it; None when a list or no name follows."""
    text = ctx.doc.text[start:end]
    words = list(re.finditer(r"\S+", text))
    conj = {c.lower() for c in ctx.lex.cues["conjunctions"]}
    stop = nlp.stop_words(ctx.lang)
    t = next((k for k, m in enumerate(words[:4]) if k + 1 < len(words)
              and (inflected_type(m.group(0), words[k + 1].group(0), ctx.lang)
                   or has_org_word(m.group(0)) and m.group(0)[:1].islower() and words[k + 1].group(0)[:1].isupper())), None)
    if t is None or any(not m.group(0).isalpha() or not m.group(0).islower() or m.group(0) in conj for m in words[:t]):
        return None
    n = t + 1
    while n < len(words) and (words[n].group(0)[:1].isupper() or words[n - 1].group(0).endswith("-")):
        if re.search(r"[,;:.]$", words[n].group(0)):
            return None  # a comma after the name: a list, read by the list reader
        n += 1
    if n == t + 1 or n >= len(words):
        return None
    after = words[n].group(0)
    if not re.fullmatch(r"[^\W\d_]+", after) or after[:1] in UPPER or after.lower() in conj or after.lower() in stop:
        return None  # "… s obcou A a obcou B", "… with X in Y": not a lone name before its verb
    name = text[words[t].start():words[n - 1].end()]
    name, code = country_code_tail(name, ctx.lang)
    return Partner(name, PARTNER, start + words[t].start(), start + words[t].start() + len(name), country=code)
