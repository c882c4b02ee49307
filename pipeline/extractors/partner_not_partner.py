"""Guards against three kinds of false partner that any language's running text yields:
a project the text names where a partner could be ("2 projekty: SKYLA i CASPER"), a
person's title without the person ("Prof. Dr.-Ing"), and a person named with the body
they work for ("Sabine Langner von der Hochschule Stralsund": the body is the partner).
A fourth: a clause cut where a name should end ("Kollegin Liane Voss das Projekt")."""
from __future__ import annotations

import re
from dataclasses import replace

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import LEAD_KEYS, Partner
from pipeline.textnorm import LOWER, UPPER

_PARTY = LEAD_KEYS | {"partners", "partner_nouns", "participation"}
# the partner noun's stem, which most languages share in all its case forms ("partnerzy",
# "partnermi", "partenaires", "Partnerji", "партнери")
_PARTNER_STEM = re.compile(r"(?<!\w)(?:partn|parten|партн)", re.I)
# words that tie a person to the body they work for ("von der", "from the", "z", "iz", "de la")
_OF = r"(?:von\s+(?:der|dem|den)|vom|from(?:\s+the)?|of\s+the|aus\s+(?:der|dem)|z|ze|iz|zo|de\s+la|de\s+l'|del|della|dello|dell'|di|de|du|des|van\s+de|van\s+het|van|da|do|dos|din|från|fra|ved|vid|at(?:\s+the)?|bei(?:\s+(?:der|dem))?|presso(?:\s+(?:il|la|l'))?|au\s+sein\s+(?:de\s+la|de\s+l'|du|des))"
_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# a person: a first name and a surname, maybe a middle name or initial, maybe after the
# person's post in one word ("Forskningschef Theis Raaschou Andersen fra VIA University College")
_PERSON_THEN_BODY = re.compile(
    rf"^(?P<post>[^\W\d_]+\s+(?=(?:{_NAME_WORD}|[{UPPER}]\.)\s+{_NAME_WORD}))?"
    rf"(?P<person>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[{UPPER}]\.)){{1,2}})\s+"
    rf"{_OF}\s+(?P<body>[{UPPER}].+)$")
_TITLED_PERSON_THEN_BODY = re.compile(rf"^(?P<person>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+{_OF}\s+(?P<body>[{UPPER}].+)$")


def _project_nouns(ctx: Context) -> list[str]:
    # single words only: "el projecte", "del projecte" open with an article
    return sorted({c.lower() for c in ctx.lex.cues["project_before"] if c.strip() and " " not in c.strip()},
                  key=len, reverse=True)


def presented_as_project(p: Partner, ctx: Context) -> bool:
    """Every mention of the name follows a project noun, alone or after other items of its
    list ("projekty: SKYLA i CASPER", "the projects ALPHA and BETA"), and no partner cue
    governs that noun ("partnerzy projektu: A, B" names partners): the text calls it a project.
    A name with an organisation word is a body, whatever precedes it."""
    nouns = _project_nouns(ctx)
    if not nouns or has_org_word(p.name) or len(p.name.split()) > 4:
        return False
    text = ctx.doc.text
    noun = "|".join(re.escape(n) for n in nouns)
    conj = "|".join(re.escape(c) for c in ctx.lex.cues["conjunctions"] if c.isalpha())
    # an item of the list before the name: a capitalised word or a few, then a comma or a conjunction
    item = rf"[{UPPER}\d„“\"'][^\s,;:.]*(?:\s+[^\s,;:.]+){{0,3}}?\s*(?:,|\s(?:{conj})\s)\s*" if conj\
        else rf"[{UPPER}\d„“\"'][^\s,;:.]*\s*,\s*"
    after_noun = re.compile(rf"(?<!\w)(?i:{noun})\s*:?\s+(?:{item})*$")
    mentions = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(p.name)}(?!\w)", text)]
    if not mentions:
        return False
    for at in mentions:
        before = re.split(r"[.!?]\s|\n", text[max(0, at - 100):at])[-1]
        m = after_noun.search(before)
        if not m:
            return False
        near = before[max(0, m.start() - 40):]
        if nlp.cues(near, ctx.lang, _PARTY) or _PARTNER_STEM.search(near):
            return False  # "Partnerzy projektu: A, B", "the project partners A and B", "Partnermi projektu sú A, B"
    return True


def title_only(name: str, ctx: Context) -> bool:
    """A person's titles without the person ("Prof. Dr.-Ing", "Ing. Mgr."): every word of
    letters is an honorific of the language or an academic title."""
    honorifics = {h.lower().strip(".") for h in ctx.lex.cues["honorifics"]} | {"dr", "prof", "ing", "dipl", "mgr", "phd", "mag"}
    words = re.findall(r"[^\W\d_]+", name.lower())
    return bool(words) and all(w in honorifics for w in words)


def body_of_person(p: Partner, ctx: Context) -> Partner | None:
    """"Sabine Langner von der Hochschule Stralsund" -> the body: two capitalised words with
    no organisation word (a first name and a surname), a word of belonging, then a name that
    holds an organisation word. None when the name is not of that shape."""
    name = _without_title(p.name, ctx)
    # after a title the person may have a middle name ("Forskningschef Theis Raaschou Andersen fra X")
    m = (_TITLED_PERSON_THEN_BODY if name != p.name else _PERSON_THEN_BODY).match(name)
    if not m or has_org_word(m.group("person")) or not has_org_word(m.group("body"))\
            or m.groupdict().get("post") and has_org_word(m.group("post")):
        return None
    shift = len(p.name) - len(name)
    return replace(p, name=m.group("body"), start=p.start + shift + m.start("body"), flags=list(p.flags))


def _without_title(name: str, ctx: Context) -> str:
    """The name after a title that opens it ("Forskningschef Theis Andersen fra …", "Professeur
    Marc Dupont de …"); the name itself when it opens with no title."""
    honorifics = {h.lower().strip(".") for h in ctx.lex.cues["honorifics"]}
    head, _, rest = name.partition(" ")
    if head.lower().strip(".") not in honorifics or not rest:
        return name
    return rest


def clause_cut(name: str, ctx: Context) -> bool:
    """A name that runs on into its clause: it ends with the project noun after a small
    lower-case word ("… Liane Voss das Projekt", "… the project")."""
    words = name.split()
    return len(words) >= 3 and words[-1].lower() in _project_nouns(ctx) and words[-2].islower() and len(words[-2]) <= 4


_REFERENCE = re.compile(r"(?=[\w./-]*\d)[\w.-]+(?:/[\w.-]+){2,}")  # "SK/FMP/06/022", "PL-SK/ZA/IPP/III/008"


def reference_code(name: str) -> bool:
    """A name that holds a reference number (parts joined by two slashes or more, a digit among
    them) and no organisation word: "Kód SK/FMP/06/022" is the project's code and its label."""
    return bool(_REFERENCE.search(name)) and not has_org_word(name)
