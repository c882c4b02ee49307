"""A person's name where a partner or lead could be, told by the shape of the name itself.

Pages of school and small projects name their teacher or contact as "Koordinátor: Erdélyi
Lajosné" or "la coordinadora del proyecto, Ana Mª Moral García"; no title stands before such a
name, so `partner_names.person` does not see it. Two signs need no title: an abbreviated given
name ("Mª", "J.") among capitalised words, and a last word with an ending the language gives
surnames ("Kovácsné", "Nováková", "Horvatić", "Jonaitienė", the [surname_endings] cue). The name
must be short (two to four words), with no organisation-type word, acronym, digit or legal form,
and not a place the gazetteer knows ("Moravská Třebová").

Three more signs come from where such a name stands (contact_person): a contact detail right after
it ("Anita Bērziņa / Tālr. 630…"), an e-mail address on the page made of its words
("anita.berzina@…"), and a coordinator noun right before or after it with nothing between
("vertelt coördinator Bernadette De Cat", "Projekta koordinators: Anita Bērziņa", "Pedro Ruiz
Coordinador de Proyecto"): a person's post or contact, not an organisation.
"""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors.context import Context
from pipeline.extractors.partner_contact import EMAIL, opens_contact
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import LEAD, LEGAL_FORM_WORD, Partner
from pipeline.textnorm import LOWER, UPPER, fold

_WORD = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?")
_INITIAL = re.compile(rf"[{UPPER}](?:[{LOWER}]?ª|\.)")  # "Mª", "J."


def _shaped(p: Partner) -> bool:
    """Two to four capitalised words or initials, the last a word, and no organisation-type
    word, acronym or legal form."""
    words = p.name.split()
    if not 2 <= len(words) <= 4 or p.acronym or has_org_word(p.name) or LEGAL_FORM_WORD.search(words[-1].lower()):
        return False
    return all(_WORD.fullmatch(w) or _INITIAL.fullmatch(w) for w in words) and bool(_WORD.fullmatch(words[-1]))


def _place(p: Partner, ctx: Context) -> bool:
    words = p.name.split()
    return bool(gazetteer.village_in_name(p.name, ctx.lex, ctx.named_countries) or gazetteer.town(words[-1], ctx.lex))


def named_person(p: Partner, ctx: Context) -> bool:
    """The name has the shape of a person's: see the module's docstring."""
    if not _shaped(p):
        return False
    words = p.name.split()
    initial = any(_INITIAL.fullmatch(w) for w in words[:-1])
    endings = [e for e in ctx.lex.cues.get("surname_endings", []) if e]
    surname = any(words[-1].endswith(e) and len(words[-1]) > len(e) + 2 for e in endings)
    if not (initial or surname or contact_person(p, ctx)):
        return False
    return not _place(p, ctx)


def contact_person(p: Partner, ctx: Context) -> bool:
    """A person-shaped name that stands as a person's contact or post does (the module's docstring)."""
    doc = getattr(ctx, "doc", None)
    text = doc.text if doc is not None else ""
    if text[p.start:p.end] != p.name:
        return False  # no text to read around the name
    # a contact detail on the rest of the line or the next line ("Anita Bērziņa\n Tālr. 630…", "…, tel. 630")
    after = re.match(r"[ \t]*(?:[,;:–-][ \t]*)?\n?[ \t]*([^\n]{0,60})", text[p.end:p.end + 200])
    if after and after.group(1) and opens_contact(after.group(1), ctx.lang):
        return True
    if _mail_of(p.name, text):
        return True
    return _post_beside(p, ctx)


def _mail_of(name: str, text: str) -> bool:
    """An e-mail address on the page whose local part is made of the name's words: the first
    name (or its initial) and the surname ("anita.skutane@", "a.skutane@")."""
    words = [fold(w).lower() for w in name.split()]
    first, last = words[0], words[-1]
    for m in EMAIL.finditer(text):
        local = re.split(r"[._-]", m.group().split("@")[0].lower())
        if last in local and (first in local or first[:1] in local):
            return True
    return False


def _post_beside(p: Partner, ctx: Context) -> bool:
    """A coordinator noun of one word right before the name (a colon or comma and a line break may
    stand between), or right after it written as a post is, with a capital ("Coordinador de
    Proyecto") or after a comma: a lower-case word right after a name may be a verb of
    coordinating, said of a body."""
    nouns = {c.lower() for c in ctx.lex.cues["coordinator"] if " " not in c}
    text = ctx.doc.text
    # a comma sets the post off as an apposition ("the project coordinator, Oprea Tania", "Claudia
    # Sedda, koordinatur tal-proġett"): a noun there, in any case, not a verb said of a body
    before = re.search(r"([^\W\d_]+)[ \t]*[:,]?\s*$", text[max(0, p.start - 40):p.start])
    after = re.match(r"[ \t]*(,[ \t]*)?([^\W\d_]+)", text[p.end:p.end + 40])
    return bool(before and before.group(1).lower() in nouns
                or after and after.group(2).lower() in nouns and (after.group(1) or after.group(2)[:1].isupper()))


_PERSON_END = re.compile(rf"({_WORD.pattern}) ({_WORD.pattern})$")


def post_and_person(p: Partner, ctx: Context) -> bool:
    """A lead that ends with a person's two names after the post or words that introduce them
    ("Vilkijos seniūnas Kazys Bačėnas", "Finansininkas – Vita Navalinskienė", "… менеджер
    проекту Василь Попович"): a lower-case word that joins no name, or one word and a dash or
    colon, right before the two names, and no organisation-type word anywhere. An organisation
    puts a joiner, a type word or a place before its last words, not a post."""
    if p.role != LEAD or p.acronym or has_org_word(p.name):
        return False
    end = _PERSON_END.search(p.name)
    if not end or _place(p, ctx):
        return False
    before = p.name[:end.start()].rstrip()
    if re.fullmatch(r"[^\W\d_]+\s*[-–—:]", before):
        return True  # "Finansininkas –"
    last = before.split()[-1] if before.split() else ""
    return last.isalpha() and last.islower() and last not in nlp.stop_words(ctx.lang)
