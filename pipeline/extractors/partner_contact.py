"""Contact details read into a partner's name, or read as a partner.

A partner directory, a press release's footer or a coordinator's box gives an organisation or a
person with an address, a telephone and an e-mail ("Ludzas novada pašvaldība, Raiņa iela 16,
Ludza", "X: Jan Hansen, tlf. 6550 3970", "Tel. 63048446 a.b@c.lv"). None of those details
belongs to a name:

- cut_contact: a name whose later comma- or colon-separated pieces hold a contact detail keeps
  what comes before its first separator ("Gmina Rajcza , ul. Górska, 34-370 Rajcza" -> "Gmina
  Rajcza");
- contact_only: a name that opens with a contact detail, or is a street and house number alone
  ("Tālr. 63048446 …", "Taikos iela 19"), is no partner.

A contact detail is an e-mail address, a contact label of the language ([contact_labels]:
"Tel.", "Tālr.", "tlf.") before a number or an address, a telephone number (seven digits or
more), a postcode before a town, or a street's house number.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.context import Context
from pipeline.extractors.partner_names import has_org_word
from pipeline.extractors.partner_record import Partner, reslice
from pipeline.textnorm import EMAIL, LOWER, UPPER

# seven digits or more in one run, spaces, slashes, dots or dashes between groups ("+371 630 48446")
_PHONE = re.compile(r"(?<![\w.,])\+?\(?\d(?:[\d()]|[\s/.-](?=\d)){6,}")
# a postcode before a capitalised town ("34-370 Rajcza", "029 55 Novoť", "1010 Wien")
_POSTCODE = re.compile(rf"(?<![\w,.])(?:\d{{2}}-\d{{3}}|\d{{3}}\s\d{{2}}|\d{{4,5}})\s+[{UPPER}]")
# a street and its house number: a capitalised word, a lower-case street word, a number
# ("Raiņa iela 16", "Brīvības iela 120"), or a street abbreviation before the street ("ul. Górska 5")
_STREET = re.compile(rf"^(?:[{UPPER}][\w-]+\s+[{LOWER}][\w]*\.?|[{LOWER}]{{1,4}}\.\s?[{UPPER}][\w-]+)\s+\d{{1,4}}[a-zA-Z]?$")
_STREET_ABBREV = re.compile(rf"(?<!\w)(?:ul|al|str)\.\s?[{UPPER}]")
_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d")  # "2014-2020": a period, no number to call


@lru_cache(maxsize=None)
def _labels(lang: str) -> re.Pattern | None:
    from pipeline.lexicons import load
    labels = sorted({c.rstrip(".").lower() for c in load(lang).cues.get("contact_labels", []) if c.strip(".")},
                    key=len, reverse=True)
    if not labels:
        return None
    # the label before a number, a "+" or an e-mail address: "Tel. 630", "tlf.: +45", "E-mail: a@b.dk"
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(x) for x in labels)})\.?\s*:?\s*(?=[+(\d]|[\w.+-]+@)", re.I)


def contact_detail(text: str, lang: str) -> bool:
    """text holds a contact detail (see the module's docstring)."""
    labels = _labels(lang)
    return bool(EMAIL.search(text) or _phone(text) or _POSTCODE.search(text) or (labels and labels.search(text))
                or any(_STREET.match(piece) for piece in re.split(r"\s*[,;]\s*", text.strip())) or _STREET_ABBREV.search(text))


def _phone(text: str, at_start: bool = False) -> bool:
    """A telephone number: seven digits or more in one run, no period of years."""
    for m in _PHONE.finditer(text):
        if at_start and m.start() > 0:
            return False
        if len(re.sub(r"\D", "", m.group())) >= 7 and not _YEARS.fullmatch(m.group().strip()):
            return True
    return False


def cut_contact(p: Partner, ctx: Context) -> Partner:
    """The name before its first separator when a later piece holds a contact detail."""
    m = re.search(r"\s*[,:|]\s+|\s*,\s*|\s+[–—]\s+", p.name)
    if not m or m.start() == 0:
        return p
    head, rest = p.name[:m.start()], p.name[m.end():]
    if not contact_detail(rest, ctx.lang) or contact_detail(head, ctx.lang) or not head[:1].isupper():
        return p
    return reslice(p, 0, m.start(), ctx.doc.text)


def contact_only(name: str, ctx: Context) -> bool:
    """A contact line read as a name: it opens with a contact label, an e-mail address or a
    telephone number, or it is a street and a house number with no organisation word."""
    head = name.strip()
    if opens_contact(head, ctx.lang):
        return True
    return bool(_STREET.match(head)) and not has_org_word(head)


def opens_contact(text: str, lang: str) -> bool:
    """text opens with a contact label, an e-mail address or a telephone number."""
    labels = _labels(lang)
    text = text.strip()
    return bool(labels and labels.match(text) or EMAIL.match(text) or _phone(text, at_start=True))
