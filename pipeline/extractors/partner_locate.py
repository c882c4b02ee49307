"""Where a partner is, read from what stands in or beside its name wherever the document
names it: a national legal form ("Sp. z o.o.", "Kft.", "e.V."), and a country, an ISO code
or a web address right after one of its mentions ("X (AT)", "X – Rakousko", "X, Slovenia",
"X aus Österreich", "X (www.x.hu)").

These readings do not depend on how the sentence around the name is phrased, so they hold
for a partner any reader found: in a list, a label, running text or a table row.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import gazetteer
from pipeline.country_codes import vehicle_letters
from pipeline.extractors.context import Context
from pipeline.extractors.partner_countries import country_name, place
from pipeline.extractors.partner_record import initials
from pipeline.lexicons import home_countries, legal_forms
from pipeline.textnorm import fold


def _form_pattern(form: str) -> str:
    """A form as a regex: spaces after its dots optional ("Sp.z o.o."), spaces elsewhere any,
    and its last dot may be gone where it ends the name (a name's full stop is cut off)."""
    if form.endswith(".") and len(form) > 2:
        return _form_pattern(form[:-1]) + r"(?:\.|(?=\W*$))"
    out = []
    for n, ch in enumerate(form):
        if ch == " ":
            out.append(r"\s*" if n and form[n - 1] == "." else r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@lru_cache(maxsize=1)
def _forms() -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """(pattern, countries) for every legal form, longest first, so that "spol. s r.o." is read
    before "s.r.o."; a form with a dot also in capitals and in lower case, unless the data
    names that spelling itself ("S.R.L." is Romanian too, "S.r.l." Italian only)."""
    data = legal_forms()
    out: dict[tuple[str, str], frozenset[str]] = {}
    for where in ("forms", "prefix"):
        given = data.get(where, {})
        for form, codes in given.items():
            spellings = [form] + ([form.upper(), form.lower()] if "." in form else [])\
                + ([form[0].upper() + form[1:]] if " " in form and form[:1].islower() else [])
            for spelling in spellings:
                if spelling == form or spelling not in given:
                    out.setdefault((where, spelling), frozenset(codes))
    patterns = []
    for (where, form), codes in sorted(out.items(), key=lambda kv: -len(kv[0][1])):
        body = _form_pattern(form)
        if where == "prefix":
            rx = rf"^\W*{body}(?=\s)"
        elif "." not in form and len(form) <= 3:
            rx = rf"(?<![\w.]){body}\W*$"  # "X AG": only where it ends the name
        else:
            rx = rf"(?<!\w){body}(?!\w)"  # "NÖ.Regional.GmbH" too
        patterns.append((re.compile(rx), codes))
    return tuple(patterns)


def legal_form_countries(name: str) -> frozenset[str]:
    """The countries whose law has the legal forms a name carries (those of every form found:
    "S.C. … S.R.L." is Romanian); empty when it carries none or its forms disagree."""
    found: list[tuple[int, int, frozenset[str]]] = []
    for rx, codes in _forms():  # longest first: "spol. s r.o." holds "s r.o."
        for m in rx.finditer(name):
            if not any(a < m.end() and m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), codes))
    if not found:
        return frozenset()
    return frozenset.intersection(*(codes for _, _, codes in found))


def opens_with_form(text: str) -> bool:
    """A name opens with a legal form written before it ("SA Kalana Jahisadam", "AS Tallinna
    Vesi", "UAB …": Estonia's foundation and company, not Saudi Arabia or American Samoa)."""
    return any(rx.pattern.startswith("^") and rx.match(text) for rx, _ in _forms())


@lru_cache(maxsize=1)
def _running_forms() -> tuple[re.Pattern, ...]:
    """The legal forms read anywhere in a text (not those read only at a name's end or start)."""
    return tuple(rx for rx, _ in _forms() if not rx.pattern.startswith("^") and not rx.pattern.endswith("$"))


def legal_form_end(text: str, pos: int) -> int | None:
    """End of a legal form that opens at `pos` in running text ("Sp. z o.o.", "S.r.l.", "GmbH");
    forms read only at a name's end or start are left to those readers."""
    for rx in _running_forms():
        m = rx.match(text, pos)
        if m:
            return m.end()
    return None


def legal_form_country(name: str, named: frozenset[str] | set[str]) -> str | None:
    """The country a legal form fixes: a form of one country alone; a form of several only
    with the document naming exactly one of them ("GmbH" on a page about Czechia and
    Germany is German; on a page naming Germany and Austria it says nothing)."""
    codes = legal_form_countries(name)
    if len(codes) == 1:
        return next(iter(codes))
    both = codes & set(named)
    return next(iter(both)) if len(both) == 1 else None


# ---------------------------------------------------------------- beside a mention

_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.([a-z]{2})(?![\w.])|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.([a-z]{2})(?![\w.])")
_CLOSE_QUOTE = re.compile(r"""^["”“»’']""")


def _domain_country(text: str) -> str | None:
    """The country of the web address or e-mail address that is the whole text."""
    m = _DOMAIN.fullmatch(text.strip())
    tld = m and (m.group(1) or m.group(2))
    return gazetteer.country_of_domain("x." + tld) if tld else None


def _bracket(inner: str, ctx: Context) -> str | None:
    """A bracket after a name that says where it is: a country or its code, a web address,
    or each of its comma parts so ("(Lead Partner, Austria)", "(Graz, AT)")."""
    parts = [x.strip() for x in re.split(r"[,;/]", inner) if x.strip()]
    codes = {c for x in parts if (c := country_name(x, ctx) or _domain_country(x))}
    if not codes and len(parts) == 1 and (c := place(parts[0], ctx)):
        codes = {c}  # "(Graz)": a town the gazetteer knows whole
    return codes.pop() if len(codes) == 1 else None


# one-letter international vehicle codes, which older lists write after a place for its
# country ("Provincie Limburg (B)", "Aachen (D)")
VEHICLE = vehicle_letters()  # "A" Austria, "D" Germany (lexicons/country_signs.toml)


def vehicle_code(name: str, letter: str, ctx: Context) -> str | None:
    """The country of a one-letter bracket after a name, only where it reads as a vehicle code:
    the name holds a place ("Provincie Limburg (B)": the Belgian Limburg), or the page writes
    such codes after two names at least ("A (D), B (F)")."""
    if letter not in VEHICLE:
        return None
    if gazetteer.find(name, ctx.lex) or len(set(re.findall(r"\w\s\(([A-Z])\)", ctx.doc.text)) & set(VEHICLE)) >= 2:
        return VEHICLE[letter]
    return None


def province_code(name: str, inner: str, ctx: Context) -> bool:
    """A two-letter bracket after a name is the code of the province or county of the town the
    name holds, not a country: the town is of another country than the code's ("Comune di
    Bressanvido (VI)", "Comune di Bergamo (BG)"; "Comune di Sesana (SI)" is Slovenia's)."""
    return province_town(name, inner, ctx) is not None


def province_town(name: str, inner: str, ctx: Context) -> str | None:
    """The country of the town whose province code the bracket after a name holds (see
    province_code), or None. A municipality's name that several countries' places share is
    told apart by the page's countries and its language's: "Comune di Tirano (SO)" on an
    Italian page is Italy's Tirano in the province of Sondrio, neither Tirana nor Somalia."""
    code = country_name(inner, ctx) if re.fullmatch(r"\s*[A-Z]{2}\s*", inner) else None
    if not (code and name):
        return None
    town = gazetteer.town_in_name(name, ctx.lex) or gazetteer.municipality_in_name(
        name, frozenset(ctx.named_countries) | home_countries(ctx.lang))
    return town if town and town != code else None


def _bracket_after(name: str, inner: str, ctx: Context) -> str | None:
    """The country a bracket after a name gives: a vehicle code, or what _bracket reads, unless
    the bracket holds a province's code."""
    if re.fullmatch(r"\s*[A-Z]\s*", inner):
        return vehicle_code(name, inner.strip(), ctx)
    return None if province_code(name, inner, ctx) else _bracket(inner, ctx)


def after_mention(rest: str, ctx: Context, name: str = "") -> str | None:
    """The country stated right after a mention of a name, on its line: a bracket, a country
    after a comma or dash that ends the item, a country after "from" ("aus Österreich",
    "z Polski", "iz Slovenije"), or a web address after a comma or dash. A bracket holding
    the name's initials is its acronym ("Pisztráng Kör (PK)" is no Pakistan)."""
    rest = _CLOSE_QUOTE.sub("", rest.split("\n", 1)[0])
    m = re.match(r"\s*\(([^()]{1,60})\)", rest)
    if m:
        return None if m.group(1).strip() == initials(name) else _bracket_after(name, m.group(1), ctx)
    m = re.match(r"\s*(?:,|\s[-–—])\s*([^,;:()–—]{2,40}?)\s*(?=[,;.)]|\s[-–—]\s|$)", rest)
    if m and (code := country_name(m.group(1), ctx) or _domain_country(m.group(1))):
        return code
    words = list(ctx.lex.cues["origin"])
    # any short lower-case word but a conjunction will do before a whole country's name: "de
    # Francia", "uit België", "din România" ("from" is no cue in languages where it means "of")
    m = re.match(r"\s+([^\W\d_]{1,4})\s", rest)
    if m and m.group(1).islower() and m.group(1) not in ctx.lex.cues["conjunctions"]:
        words.append(m.group(1))
    for word in words:
        m = re.match(rf"\s+{re.escape(word)}\s+(\S+(?:\s\S+)?)", rest, re.I)
        if not m:
            continue
        words = m.group(1).rstrip(".,;:)").split()
        for k in (2, 1):
            if len(words) >= k and (code := country_name(" ".join(words[:k]).rstrip(".,;:)"), ctx)):
                return code
    return None


def row_country(line: str, ctx: Context) -> str | None:
    """The country of a table row ("Name | Graz | Austria", as the readers write a row's
    cells): the one cell that is a country, its code or a web address."""
    cells = [c.strip() for c in line.split(" | ")]
    if len(cells) < 2:
        return None
    codes = {c for x in cells if (c := country_name(x, ctx) or _domain_country(x))}
    return codes.pop() if len(codes) == 1 else None


def before_mention(head: str, ctx: Context) -> str | None:
    """A country adjective in the few words right before a mention, in its clause: "the
    Austrian partner X", "rakouský partner X", "il partner austriaco X", "s mađarske strane je
    partner X". The words between must be lower-case (a capitalised one starts another name),
    and a minority's word beside the adjective makes it no country's ("Hrvatska samouprava")."""
    head = re.split(r"[\n,;:()|•]|\s[-–—]\s", head)[-1]
    words = head.split()[-5:]
    tail = " ".join(words)
    hits = [h for h in gazetteer.find(tail, ctx.lex, adjectives=True) if h.kind in ("adjective", "country")]
    if len({h.cc for h in hits}) != 1 or any(h.kind == "country" for h in hits):
        return None
    after = tail[hits[-1].end:].split()
    if any(w[:1].isupper() for w in after) or _minority(tail):
        return None
    return hits[0].cc


LABEL_WORDS = 4  # "SLO partnerji", "Die österreichischen Projektpartner", "partneri iz Hrvatske"


def list_label(head: str, ctx: Context) -> str | None:
    """The country of a label over a run of names that the mention stands in: a partner noun
    with one country's name, adjective or code before its colon ("SLO partnerji: A, B; HR
    partnerji: C", "Hungarian partners: A, B", "Partner aus Österreich: C"). The run ends at a
    semicolon or the line's end, where the next label may start."""
    from pipeline.extractors.border_pairs import ALPHA3
    head = head.rsplit("\n", 1)[-1]
    colon = head.rfind(":")
    if colon < 0 or ";" in head[colon:]:
        return None
    label = re.split(r"[;(.•|]", head[:colon])[-1].split()
    if not 2 <= len(label) <= LABEL_WORDS:
        return None
    stems = {fold(w)[:5] for w in ctx.lex.cues["partners"] + ctx.lex.cues["partner_nouns"] if " " not in w}
    if not any(fold(w.lower())[:5] in stems for w in label):
        return None
    text = " ".join(label)
    codes = {h.cc for h in gazetteer.find(text, ctx.lex, adjectives=True, codes=True) if h.kind in ("iso", "country", "adjective")}
    codes |= {ALPHA3[w] for w in label if w in ALPHA3}
    return codes.pop() if len(codes) == 1 else None


def _minority(text: str) -> bool:
    from pipeline.extractors.partner_countries import _minority_after, _minority_before
    return _minority_after(text) or _minority_before(text)


def _mentions(name: str, text: str) -> list[tuple[int, int]]:
    """Where each mention of name starts and ends in text (whole words only)."""
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


def beside_country(name: str, acronym: str | None, ctx: Context) -> str | None:
    """The one country stated beside the partner's name (or its acronym) wherever the
    document names it; None when mentions disagree."""
    text = ctx.doc.text
    codes = set()
    for key in (name, acronym):
        if not key or len(key) < 2:
            continue
        for start, end in _mentions(key, text):
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end) % (len(text) + 1)
            code = after_mention(text[end:end + 120], ctx, key) or row_country(text[line_start:line_end], ctx)\
                or before_mention(text[max(line_start, start - 80):start], ctx) or list_label(text[line_start:start], ctx)
            if code:
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def before_span(start: int, ctx: Context) -> str | None:
    """A country adjective right before where the partner was read, in whatever case the
    sentence puts it ("delegacja z czeskiej Gminy X", "so slovenskými partnermi X"): the
    name's nominative may be written nowhere, so its mentions miss this one."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, start) + 1
    return before_mention(text[max(line_start, start - 80):start], ctx) or list_label(text[line_start:start], ctx)
