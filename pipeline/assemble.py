"""Run the extractors over each section and assemble the nested document record
(the output contract in DESIGN.md)."""
from __future__ import annotations

import copy
import re
from functools import lru_cache

from pipeline import gazetteer, nlp, rules
from pipeline.extractors import activities, budgets, counts, durations, events, names, partners, programme, titles
from pipeline.extractors.name_actions import action_only, brand_not_name
from pipeline.extractors import budget_owners, budget_sums, home_country, lead_in_period, name_layout, project_scope
from pipeline.extractors import border_pairs, partner_clean, partner_countries, partner_items, partner_record
from pipeline.extractors.context import Context
from pipeline.lexicons import LINGUA_FRANCA, _read_toml, languages, load
from pipeline.model import Document, Section
from pipeline.sections import divide
from pipeline.section_same_project import joined
from pipeline.textnorm import UPPER, fold


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60].rstrip("-") or "x"


def _ev(ctx: Context, start: int, end: int) -> dict:
    return ctx.evidence(start, end).as_dict()


# cues that make a sentence naming countries one about the countries taking part, or where
# the project is carried out ("Die Umsetzung des Projektes erfolgt in Österreich und Ungarn")
_COUNTRY_TALK = {"partners", "partner_nouns", "participation", "implementation"} | partner_record.LEAD_KEYS


def _countries(ctx: Context, found: list[partner_record.Partner], programme_name: str | None = None) -> list[str]:
    """Partner countries, then countries listed together in any sentence but one that counts
    projects ("partners from Austria and Italy", "Norge og Danmark", "in four countries – A,
    B, C and D"), in order of first mention, then the two
    countries of a cross-border programme ("Interreg V-A Česká republika – Polsko"):
    its projects are carried out on both sides of the border. Countries in other
    sentences are places the text talks about ("12 projects in France, Italy, …")."""
    out = [p.country for p in found if p.country]
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            # countries listed in a block about several listed projects at once are theirs together
            listed = _listed_countries(sent.text, ctx) if i not in ctx.section.shared else []
            # countries listed together ("Norge og Danmark", "z Polski i Grecji", "Italy, Spain,
            # Greece") are nearly always the countries taking part, unless the sentence counts projects
            about = bool(listed) and _about_participants(ctx, i, sent)
            if listed and not about and _about_projects(ctx, i, sent):
                continue  # "12 projets en France, Italie, …", "projecten langs … Frankrijk en Nederland"
            out.extend(listed)
            if not _about_projects(ctx, i, sent):  # "douze projets dans l’espace franco-germano-suisse": the programme's
                out.extend(_border_adjectives(sent.text, ctx))
            out.extend(_partners_from(ctx, i, sent))
    out.extend(_listed_places(ctx))
    out.extend(_item_country(ctx))
    out.extend(bilateral(programme_name or "", ctx) or _programme_mentioned(ctx))
    # a project of a page that names no other country is in the page's own country
    return home_country.default_countries(ctx, list(dict.fromkeys(out)))


PROGRAMME_WINDOW = (80, 120)  # characters before and after a programme word where its name stands


def _programme_mentioned(ctx: Context) -> list[str]:
    """The two countries of a cross-border programme the section names beside a programme
    word or "Interreg" ("iz programa čezmejnega sodelovanja Slovenija – Hrvaška", "the
    Slovakia-Hungary programme"), where the programme read for the project names none; only
    when every such mention names the same pair."""
    pairs = set()
    for i in ctx.indices:
        text = ctx.doc.text
        anchors = [(c.start, c.end) for c in ctx.cues(i, {"programme"})]
        block = ctx.block(i)
        anchors += [(block.start + m.start(), block.start + m.end()) for m in re.finditer(r"(?i)interreg", ctx.text(i))]
        for start, end in anchors:
            sent = ctx.sentence_at(i, start)
            window = text[max(sent.start, start - PROGRAMME_WINDOW[0]):min(sent.end, end + PROGRAMME_WINDOW[1])]
            if pair := bilateral(window, ctx):
                pairs.add(tuple(pair))
    return list(next(iter(pairs))) if len({frozenset(p) for p in pairs}) == 1 else []


def _tail_code(text: str, ctx: Context) -> str | None:
    """The country that ends a short line: "(DE)", "– Německo", ", Austria", "(E10123014 - ES)"."""
    text = re.sub(r"(?<=\))\s+\d{1,3}$", "", text.rstrip(" .,;"))  # a table of contents' page number
    if len(text.split()) > 25:
        return None
    m = re.search(r"\(([^()]*)\)$", text)
    if m and (code := partner_countries.country_name(re.sub(r"^\w+\s[-–]\s(?=[A-Z]{2}$)", "", m.group(1)), ctx)):
        return code  # "(DE)", "(Germany)", an Erasmus+ organisation ID and its country "(E10123014 - ES)"
    m = partner_record.DASH_TAIL.search(text)
    if m and (code := partner_countries.country_name(m.group(1), ctx)):
        return code
    return partner_countries.country_tail(text, ctx)[1]


def _item_country(ctx: Context) -> list[str]:
    """The country that ends the list item or line naming the section's project, before an
    amount in brackets ("Living River Lahn, Germania (15,7 milioni di euro);", "BNIP –
    Belgian Nature Integrated Project, Belgio (19 milioni di euro)")."""
    if not ctx.section.name:
        return []
    start = ctx.section.name[0]
    block = next((b for b in ctx.doc.blocks if b.start <= start < b.end), None)
    if block is None or ctx.doc.text[block.start:start].strip(" •-–*·\t"):
        return []  # the name must open its item
    line = re.sub(r"\s*\([^()]*\d[^()]*\)\s*[.;,]?\s*$", "", ctx.doc.block_text(block).rstrip(" .;,"))
    code = _tail_code(line, ctx) if len(line) > ctx.section.name[1] - start else None
    return [code] if code else []


def _listed_places(ctx: Context) -> list[str]:
    """Countries of a run of two or more lines that each end with a country ("- Lycée Jean
    Moulin, Langon, France", "TIS Innovation Park (IT)"): a list of the organisations
    taking part, which the partner readers may not have read as one."""
    out, run = [], []
    for i in (*ctx.indices, None):
        code = _tail_code(ctx.text(i), ctx) if i is not None else None  # short lines read as headings too
        if code:
            run.append(code)
            continue
        if len(run) >= 2:
            out.extend(run)
        run = []
    return out + _country_lines(ctx)


def _country_lines(ctx: Context) -> list[str]:
    """Countries on lines of their own, one a line, after a line that ends with a colon
    ("Szkoły biorące udział w projekcie to szkoły z:" / "Hiszpanii" / "Włoch" / "i Polski."),
    or three of them at least: the countries taking part, in whatever case the intro asks."""
    out, run, intro = [], [], False
    conj = set(ctx.lex.cues["conjunctions"])
    for i in (*ctx.indices, None):
        line = ctx.text(i).strip() if i is not None else ""
        words = line.rstrip(" .,;").split()
        if words and words[0].lower() in conj:
            words = words[1:]
        code = partner_countries.country_name(" ".join(words), ctx) if 0 < len(words) <= 3 and "\n" not in line else None
        if code:
            run.append(code)
            continue
        if len(run) >= 3 or len(run) >= 2 and intro:
            out.extend(run)
        run, intro = [], line.endswith(":")
    return out


def bilateral(text: str, ctx: Context) -> list[str]:
    """The two countries a cross-border programme's name joins with a dash: "Interreg
    Polen – Sachsen", "Interreg CZ-PL", "Slovenská republika - Česká republika" (a country,
    a region of it or its code on each side), or two country names side by side. Three or
    more countries name a transnational programme, whose projects need not reach every one of them."""
    # a capitalised word on a region's adjective stem is the region: "Sasko", "Bavorsko"
    hits = [h for h in gazetteer.find(text, ctx.lex, codes=True, adjectives=True) if h.kind in ("iso", "country", "region")
            or h.kind == "adjective" and h.text[:1].isupper() and h.name in ctx.lex.region_stems]
    # a Roman numeral before a strand's letter is the programme's period: "Interreg VI-A" (no "VI")
    hits = [h for h in hits if not (h.kind == "iso" and re.fullmatch(r"[IVX]+", h.text)
                                    and re.match(r"[-–]\s?[A-D]\b", text[h.end:]))]
    # ... or with its strand's letter run on, after the programme's name: "Interreg VA" (no Vatican)
    hits = [h for h in hits if not (h.kind == "iso" and re.fullmatch(r"[IVX]+[A-D]", h.text)
                                    and re.search(r"(?i)interreg[\s-]*$", text[:h.start]))]
    codes = list(dict.fromkeys(h.cc for h in hits))
    if len(codes) < 2:
        # codes of three letters, names in the other country's language: "SLO-HR", "Italia-Slovenija"
        return border_pairs.dashed_pair(text)
    if len(codes) != 2:
        return []
    # a region's title may stand between the dash and its name: "Česká republika – Svobodný stát Sasko"
    dashed = any(a.cc != b.cc and (re.fullmatch(r"\s*[-–—]\s*", text[a.end:b.start]) or b.kind != "country"
                                   and re.fullmatch(rf"\s*[-–—]\s*(?:[{UPPER}][^\W\d]*\s+)?[^\W\d]+\s+", text[a.end:b.start]))
                 for a, b in zip(hits, hits[1:]))
    # two country names side by side name the pair as well: "Interreg V-A Poľsko Slovensko"
    paired = any(a.cc != b.cc and a.kind == b.kind == "country" and re.fullmatch(r" ", text[a.end:b.start])
                 for a, b in zip(hits, hits[1:]))
    # a third name dashed on makes a programme of three: "Eesti – Läti – Vene", "Estonia-Latvia-Russia"
    after = re.match(rf"\s?[-–—]\s?([{UPPER}]\w*)", text[hits[-1].end:])
    before = re.search(rf"([{UPPER}]\w*)\s?[-–—]\s?$", text[:hits[0].start])
    chained = any(m and _third_country(m.group(1), codes, ctx) for m in (after, before))
    return codes if (dashed or paired) and not chained else []


def _third_country(word: str, codes: list[str], ctx: Context) -> bool:
    """A word dashed onto a pair of countries names a third one, by name or adjective, in the
    page's language or another's ("Vene", "Russia"; not "Vlaanderen", a region of the pair's)."""
    hits = [h for h in gazetteer.find(word, ctx.lex, adjectives=True) if h.kind in ("country", "adjective")]
    cc = hits[0].cc if hits else border_pairs.country_named(word)
    return bool(cc) and cc not in codes


def _listed_countries(text: str, ctx: Context) -> list[str]:
    """Countries a sentence enumerates: three or more, or two in a list ("Austria and
    Italy", "z Polski i Czech"). Countries joined by a dash name a programme or a border
    region ("Interreg Hungary-Serbia", "Slovenia-Hungary-Austria"), not the partners'."""
    found = gazetteer.find(text, ctx.lex)
    hits = [h for h in found if h.kind == "country"]
    dashed = {n for n in range(len(hits) - 1) if re.fullmatch(r"\s*[-–—]\s*", text[hits[n].end:hits[n + 1].start])}
    hits = [h for n, h in enumerate(hits) if n not in dashed and n - 1 not in dashed]
    conj = "|".join(re.escape(c) for c in ctx.lex.cues["conjunctions"])
    joined = rf"\s*(?:,|,?\s(?:{conj}))\s*{_repeated_preposition(ctx.lang)}" if conj else r"\s*,\s*"
    # a region listed among countries stands for its country: "da Portogallo, Polonia e Creta"
    hits = sorted(hits + [r for r in found if r.kind == "region" and any(
        re.fullmatch(joined, text[h.end:r.start] if h.end <= r.start else text[r.end:h.start]) for h in hits)],
        key=lambda h: h.start)
    codes = list(dict.fromkeys(h.cc for h in hits))
    if len(codes) >= 3:
        return codes
    if len(codes) == 2 and any(a.cc != b.cc and re.fullmatch(joined, text[a.end:b.start])
                               for a, b in zip(hits, hits[1:])):
        return codes
    return []


@lru_cache(maxsize=None)
def _repeated_preposition(lang: str) -> str:
    """A coordinated country may repeat its preposition and article after the conjunction:
    "partenaires de France et d'Espagne", "socios de España y de Francia", "partner d'Italia e di
    Spagna", "Partner aus Österreich und aus Slowenien": at most two such words, an elided one
    joined to the name."""
    cues = load(lang).cues
    words = {w for key in ("country_prepositions", "partners_from", "origin", "articles") for w in cues.get(key, [])}
    words |= {w.replace("'", "’") for w in words}
    if not words:
        return ""
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return rf"(?:(?:{alt})(?:(?<=['’])|\s+)){{0,2}}"


def _border_adjectives(text: str, ctx: Context) -> list[str]:
    """The countries of a compound of two country adjectives ("v česko-polském příhraničí",
    "deutsch-niederländische Zusammenarbeit", "a magyar-szlovák határ mentén"): cooperation
    across their border, which the project's text names as its own."""
    hits = [h for h in gazetteer.find(text, ctx.lex, adjectives=True) if h.kind == "adjective"]
    # a combining form before a hyphen is its country's adjective: "franco-suisse", "Italo-Slovenian"
    prefixes = _border_prefixes(ctx.lang)
    for m in re.finditer(r"(?<![\w-])([^\W\d_]+)(?=-[^\W\d_])", text):
        cc = prefixes.get(fold(m.group(1).lower()))
        if cc and not any(h.start < m.end() and m.start() < h.end for h in hits):
            hits.append(gazetteer.Hit(m.start(), m.end(), m.group(1), cc, "adjective", m.group(1)))
    hits.sort(key=lambda h: h.start)
    out = []
    for a, b in zip(hits, hits[1:]):
        if a.cc != b.cc and re.fullmatch(r"\s?[-–]\s?", text[a.end:b.start]):
            out += [a.cc, b.cc]
    return out


@lru_cache(maxsize=None)
def _border_prefixes(lang: str) -> dict[str, str]:
    """Folded combining form -> country, from the [border_prefixes] table of the language's
    cue file and of English's ("franco" -> FR, "italo" -> IT)."""
    table: dict[str, str] = {}
    for code in dict.fromkeys([lang, LINGUA_FRANCA]):
        if code in languages():
            for k, v in _read_toml(code).get("border_prefixes", {}).items():
                table.setdefault(fold(k.lower()), v)
    return table


def _partners_from(ctx: Context, i: int, sent) -> list[str]:
    """A country the partners come from, in a sentence about them: "partner z Poľska",
    "a partner from Slovenia", "together with schools from Turkey and Spain", or a country
    adjective beside a partner noun ("the Hungarian partners", "partenerul polonez",
    "slovenskí partneri"); with it, the countries or adjectives coordinated with it
    ("los socios noruegos, griegos e italianos", "z Turcji i Hiszpanii")."""
    text = ctx.doc.text
    stems = {fold(w)[:5] for w in ctx.lex.cues["partners"] if " " not in w}
    nouns = [c for c in ctx.cues(i, {"partners", "partner_nouns"})
             if sent.start <= c.start < sent.end and fold(c.text)[:5] in stems]
    # "… se projektu zúčastnily také X z Itálie": a verb of taking part names them too
    together = [c for c in ctx.cues(i, {"partnership_with", "together_with", "participation"})
                if sent.start <= c.start < sent.end]
    if not nouns and not together:
        return []
    hits = gazetteer.find(sent.text, ctx.lex, adjectives=True)
    origin = set(ctx.lex.cues["origin"])
    out = []
    for run in _coordinated(sent.text, hits, ctx):
        h = run[0]
        before = sent.text[:h.start].split()
        if h.kind == "country" and before and before[-1].lower() in origin:
            out.extend(x.cc for x in run)
        elif h.kind == "adjective" and len(run) == 1 and before and before[-1].lower() in origin \
                and h.text.islower() and re.match(rf"\s+[{UPPER}]", sent.text[h.end:]):
            out.append(h.cc)  # "X z německého Mannheimu", "Y z polského Opole": from a town of that country
        elif h.kind == "adjective" and nouns:
            start, end = sent.start + run[0].start, sent.start + run[-1].end
            if any(re.fullmatch(r"\s+", text[end:c.start]) or re.fullmatch(r"\s+", text[c.end:start]) for c in nouns):
                out.extend(x.cc for x in run)
    return out


def _coordinated(text: str, hits: list, ctx: Context) -> list[list]:
    """Runs of hits of one kind joined only by commas, conjunctions and short function
    words ("noruegos, griegos e italianos", "a Hungarian, an Italian and a Polish",
    "z Włoch oraz z Grecji")."""
    conj = set(ctx.lex.cues["conjunctions"])
    glue = conj | set(ctx.lex.cues["origin"]) | {w for w in nlp.stop_words(ctx.lang) if len(w) <= 3}
    runs: list[list] = []
    for h in hits:
        gap = text[runs[-1][-1].end:h.start] if runs else ""
        words = gap.replace(",", " ").lower().split()
        if runs and runs[-1][-1].kind == h.kind and all(w in glue for w in words) \
                and ("," in gap or any(w in conj for w in words)):
            runs[-1].append(h)
        else:
            runs.append([h])
    return runs


def _about_projects(ctx: Context, i: int, sent) -> bool:
    """A sentence that counts projects ("financer 12 projets en …"): the countries it lists
    are those of a programme or a call, not of this project's partners."""
    text = ctx.doc.text
    for c in ctx.cues(i, {"projects_counted"}):
        before = text[sent.start:c.start].split()[-2:]
        if sent.start <= c.start < sent.end and any(w.isdigit() or w.lower() in ctx.lex.number_words for w in before):
            return True
    return False


def _about_participants(ctx: Context, i: int, sent) -> bool:
    """A sentence about the partners or the countries taking part: a partner or
    participation cue, or a country noun that is counted ("ve čtyřech zemích", "3 ţări")
    or labels a list ("Countries: …")."""
    cues = [c for c in ctx.cues(i) if sent.start <= c.start < sent.end]
    # "partnerů", "socios", not "organizácií": nouns of any organisations talk of places
    stems = {fold(w)[:5] for w in ctx.lex.cues["partners"] if " " not in w}
    if any(c.key in _COUNTRY_TALK and (c.key != "partner_nouns" or fold(c.text)[:5] in stems) for c in cues):
        return True
    text = ctx.doc.text
    for c in cues:
        if c.key != "country_nouns":
            continue
        before = text[sent.start:c.start].split()[-2:]
        if any(w.isdigit() or w.lower() in ctx.lex.number_words for w in before) \
                or text[c.end:sent.end].lstrip()[:1] == ":":
            return True
    return False


def _with_item_partner(ctx: Context, found: list) -> list:
    """The partners found, and first the organisations the section's list item names with
    its project ("Gemeente Goes voor het project ENSURE", "A (Org 1, Org 2)"), unless
    already among them."""
    named = []
    if ctx.section.partners or ctx.section.lead:
        # a row or item that names the project's own organisations: text about all the
        # projects at once (a table's lead-in) names none of this one's
        found = [p for p in found if not _in_shared_block(ctx, p.start)]
    # a table row's lead column names its lead, whatever the readers made of it
    cells = [(s, e, partner_record.PARTNER) for s, e in ctx.section.partners]
    if ctx.section.lead:
        s, e = ctx.section.lead
        found = [p for p in found if not (p.start < e and s < p.end)]
        cells.insert(0, (s, e, partner_record.LEAD))
    for s, e, role in cells:
        if any(p.start < e and s < p.end for p in found):
            continue
        item = partner_items.parse_item(ctx.doc.text[s:e], s, ctx, role)
        if item:
            item.evidence = item.evidence or ctx.evidence(item.start, item.end)
            named.append(item)
    # they pass the cleaning every partner passes ("z Gminą X" -> "Gmina X"); those of the item that
    # the readers found as well keep their place among them, in the item's order
    spans = ctx.section.partners + ((ctx.section.lead,) if ctx.section.lead else ())
    own = [p for p in found if any(p.start < e and s < p.end for s, e in spans)]
    cleaned = partner_clean.clean(named, ctx)
    for p in cleaned:  # a part the cleaning cut out of a cell points at its own text
        p.evidence = p.evidence or ctx.evidence(p.start, p.end)
    return sorted(cleaned + own, key=lambda p: p.start) + [p for p in found if p not in own]


def _before_own_name(ctx: Context, pos: int) -> bool:
    """On a page of several projects, a list in a block before the one that names this
    project ("Den første utlysningsrunden … innen fire innsatsområder:", "De fyra projekten
    handlar om områden som …") is the page's lead-in: the call's areas or what all the
    projects are about, none of them alone."""
    if ctx.siblings < 2 or not ctx.section.name:
        return False
    named = next((b for b in ctx.doc.blocks if b.start <= ctx.section.name[0] < b.end), None)
    return named is not None and pos < named.start


def _in_shared_block(ctx: Context, pos: int) -> bool:
    return any(ctx.doc.blocks[i].start <= pos < ctx.doc.blocks[i].end for i in ctx.section.shared)


def _in_shared(ctx: Context, pos: int) -> bool:
    """An amount or count in a block about several listed projects at once ("Estos ocho
    proyectos … cuentan con un presupuesto total de …") is theirs together, not this one's,
    unless the text says it of each ("mit einem Budget von jeweils 5 Millionen Euro")."""
    for i in ctx.section.shared:
        if ctx.doc.blocks[i].start <= pos < ctx.doc.blocks[i].end:
            return not _each(ctx, i, pos)
    return False


DISTRIBUTIVE_BEFORE = 4  # "von jeweils 5 Millionen", "each with a grant of €2m": a few words before the figure
DISTRIBUTIVE_AFTER = 3  # "2 millions d'euros chacun", "€2 million each"


def _each(ctx: Context, i: int, pos: int) -> bool:
    """A word of "each" next to the figure at `pos`, in its sentence: a few words before it
    or right after its amount ("jeweils 5 Millionen Euro", "2 millions d'euros chacun",
    "po 50 tys. euro każdy")."""
    sent = ctx.sentence_at(i, pos)
    text = ctx.doc.text
    for c in ctx.cues(i, {"distributive"}):
        if not sent.start <= c.start < sent.end or _per_time(ctx, c):
            continue
        if c.end <= pos and len(text[c.end:pos].split()) <= DISTRIBUTIVE_BEFORE \
                or c.start > pos and len(text[pos:c.start].split()) <= DISTRIBUTIVE_AFTER + 2:
            return True
    return False


def project_record(ctx: Context, n: int) -> dict | None:
    evidence: dict[str, dict] = {}
    name = names.project_name(ctx)
    if name and action_only(name[0], ctx.lang):
        name = None  # "Stratejik Ortaklık": an action type or a strand names no project; the layout may
    branded = bool(name) and brand_not_name(name[0], ctx.lang)
    if branded:
        name = None  # "New Erasmus+ School", "Projekt LIFE": a programme's brand read as the name
    if name:
        evidence["name"] = _ev(ctx, name[1], name[2])
    title = titles.project_title(ctx, name[0] if name else None)
    if title:
        evidence["title"] = _ev(ctx, title[1], title[2])
    fields = {}
    for key, fn in (("programme", programme.programme), ("funder", programme.funder), ("call", programme.call)):
        found = fn(ctx)
        fields[key] = found[0] if found else None
        if found:
            evidence[key] = _ev(ctx, found[1], found[2])
    found_partners = _with_item_partner(ctx, partners.extract(ctx))
    found_budgets = [b for b in budgets.extract(ctx, name[0] if name else None) if not _in_shared(ctx, b.evidence.start)]
    found_budgets = budget_owners.organisation_shares(ctx, found_budgets)
    found_budgets = budget_sums.apply(ctx, found_budgets)
    period = durations.extract(ctx, name[0] if name else None)
    stated = {k: v for k, v in counts.extract(ctx).items() if not _in_shared(ctx, v[1])}
    scoped = project_scope.speaks_of_one(ctx, name[0] if name else None)
    if not scoped:
        # no project named, none spoken of: the figures are a programme's, a call's or many projects',
        # a list its priorities or themes
        found_budgets, period, stated = [], durations.Period(), {}
    if period.evidence:
        evidence["period"] = period.evidence.as_dict()
    if period.months_evidence:
        evidence["duration_months"] = period.months_evidence.as_dict()
    for kind, (_, s, e) in stated.items():
        evidence[f"stated_{kind[:-1] if kind != 'countries' else 'country'}_count"] = _ev(ctx, s, e)
    items = activities.extract(ctx) if scoped else []
    items = [a for a in items if not _before_own_name(ctx, a.evidence.start)]
    if not found_partners and (name or found_budgets or period.start or period.end or items):
        # a project that no reader gave a partner: the organisations its own sentences name
        found_partners = _with_item_partner(ctx, partners.unfilled(ctx))
    has_facts = found_partners or found_budgets or period.start or period.end or period.months or items or stated or any(fields.values())
    if not name and not has_facts:
        return None
    if not name and not branded:
        # a project whose facts were found and whose name no reader phrased: the page's layout
        # (not where the reader's name was a brand: the layout then reads the same funding line)
        name = name_layout.layout_name(ctx)
        if name:
            evidence["name"] = _ev(ctx, name[1], name[2])
        expanded = name and not title and name_layout.expanded_title(ctx, name[1])
        if expanded:
            title = expanded  # "(EWY - Europe Week for Youth 2015)": the acronym's long form
            evidence["title"] = _ev(ctx, title[1], title[2])
    lead = next((p for p in found_partners if p.role == partner_record.LEAD), None)
    cluster_words = {fold(c) for c in ctx.lex.cues["cluster_names"]}
    kind = "cluster" if name and fold(name[0].split()[0]) in cluster_words or "members" in stated else "project"
    return {
        "project_id": f"{ctx.doc.doc_id}#{slug(name[0]) if name else n}",
        "kind": kind,
        "name": name[0] if name else None,
        "title": title[0] if title else None,
        "programme": fields["programme"],
        "funder": fields["funder"],
        "call": fields["call"],
        "lead_partner": lead.name if lead else None,
        "partners": [{
            "name": p.name, "acronym": p.acronym, "country": p.country, "role": p.role, "url": p.url,
            "evidence": p.evidence.as_dict(),
        } for p in found_partners],
        "countries": _countries(ctx, found_partners, fields["programme"]),
        "budgets": [{
            "amount": b.amount, "currency": b.currency, "kind": b.kind, "ambiguous": b.ambiguous,
            "evidence": b.evidence.as_dict(),
        } for b in found_budgets],
        "start": period.start,
        "end": period.end,
        "duration_months": period.months,
        "stated_partner_count": stated.get("partners", (None,))[0],
        "stated_country_count": stated.get("countries", (None,))[0],
        "stated_member_count": stated.get("members", (None,))[0],
        "activities": [_item(a) for a in items],
        "flags": sorted(set(period.flags)),
        "evidence": evidence,
    }


def _item(a: activities.Item) -> dict:
    return {"position": a.position, "text": a.text, "kind": a.kind,
            "children": [_item(c) for c in a.children], "evidence": a.evidence.as_dict()}


def _shared_programme(doc: Document, sections: list[Section]) -> tuple[str, int, int] | None:
    """A news item that reports several projects names their common programme once, in
    its lead before the first project: the blocks of the first section before the block
    that opens it."""
    if len(sections) < 2 or sections[0].name is None:
        return None
    first = next(i for i, b in enumerate(doc.blocks) if b.start <= sections[0].name[0] <= b.end)
    if first == 0:
        return None
    return programme.programme(Context(doc, Section(blocks=tuple(range(first)))))


def _opening(doc: Document, section: Section) -> int:
    """Where a section's own text opens: its name, else its first block not shared with others."""
    if section.name:
        return section.name[0]
    own = [i for i in section.blocks if i not in section.shared]
    return doc.blocks[own[0]].start if own else doc.blocks[section.blocks[0]].start


def _lead_in_starts(doc: Document, projects: list[dict], openings: list[int]) -> None:
    """A start date a lead-in sentence gives several projects at once, for each project it
    governs that states no period of its own (lead_in_period)."""
    leads = lead_in_period.lead_ins(doc)
    if not leads:
        return
    for rec, opening in zip(projects, openings):
        if rec["start"] or rec["end"]:
            continue
        lead = next((x for x in reversed(leads) if lead_in_period.governed(x, opening, leads)), None)
        if lead:
            rec["start"] = lead.start
            whole = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
            rec["evidence"]["period"] = _ev(whole, lead.evidence_start, lead.evidence_end)


def _lead_in_budgets(doc: Document, projects: list[dict], openings: list[int]) -> None:
    """An amount the page's lead-in, before the first project is named, states of each of
    them ("Från hösten 2019 kommer varje allians … få bidrag på upp till 5 miljoner euro",
    "each of the selected consortia receives about €5 million") over the list of projects:
    every project's, not only the first one's, whose section holds the lead-in."""
    whole = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    first = min(openings)
    each = []
    for rec in projects:
        for b in rec["budgets"]:
            pos = b["evidence"]["start"]
            i = next((k for k, blk in enumerate(doc.blocks) if blk.start <= pos < blk.end), None)
            if pos < first and i is not None and (_each(whole, i, pos) or _each_subject(whole, i, pos)):
                each.append(b)
    for rec in projects:
        held = {(b["amount"], b["currency"]) for b in rec["budgets"]}
        for b in each:
            if (b["amount"], b["currency"]) not in held:
                rec["budgets"].append(copy.deepcopy(b))
                held.add((b["amount"], b["currency"]))


def _each_subject(ctx: Context, i: int, pos: int) -> bool:
    """A word of "each" anywhere before the figure in its sentence ("varje allians … få bidrag
    på upp till 5 miljoner euro", "Fiecare dintre consorții … primește 5 milioane"): the
    subject the figure is said of is each one of several."""
    sent = ctx.sentence_at(i, pos)
    return any(sent.start <= c.start and c.end <= pos and not _per_time(ctx, c) for c in ctx.cues(i, {"distributive"}))


def _per_time(ctx: Context, cue) -> bool:
    """The word of "each" qualifies a unit of time ("2,5 miljarder kronor varje år", "€5m each
    year", "hvert år"): a rate, not a share per project."""
    m = re.match(r"\s+(\w+)", ctx.doc.text[cue.end:cue.end + 40])
    return m is not None and m.group(1).lower() in ctx.lex.duration_units


def _mark_ocr(value, pages: frozenset[int]) -> None:
    """Every evidence on a page read by OCR says so ("ocr": true)."""
    if isinstance(value, dict):
        if "start" in value and "text" in value and value.get("page") in pages:
            value["ocr"] = True
        for v in value.values():
            _mark_ocr(v, pages)
    elif isinstance(value, list):
        for v in value:
            _mark_ocr(v, pages)


def document_record(doc: Document) -> dict:
    record = rules.apply(_document_record(doc))  # a value that breaks a rule is flagged, not written clean
    if doc.ocr_pages:
        _mark_ocr(record, doc.ocr_pages)
    return record


def _document_record(doc: Document) -> dict:
    doc, sections = divide(doc)
    sections = joined(doc, sections)
    shared = _shared_programme(doc, sections)
    projects = []
    openings = []
    for n, section in enumerate(sections, start=1):
        ctx = Context(doc, section, siblings=len(sections))
        rec = project_record(ctx, n)
        if rec:
            if shared and not rec["programme"]:
                rec["programme"] = shared[0]
                rec["evidence"]["programme"] = _ev(ctx, shared[1], shared[2])
                rec["countries"] = list(dict.fromkeys(rec["countries"] + bilateral(shared[0], ctx)))
            projects.append(rec)
            openings.append(_opening(doc, section))
    if len(projects) >= 2:
        _lead_in_starts(doc, projects, openings)
        _lead_in_budgets(doc, projects, openings)
    whole = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    pub = events.published(whole)
    return {
        "doc_id": doc.doc_id,
        "source": {"path": doc.path, "sha256": doc.sha256, "format": doc.format, "encoding": doc.encoding},
        "language": doc.language,
        "language_confidence": doc.language_confidence,
        "published": pub[0] if pub else None,
        "text_path": f"text/{doc.doc_id}.txt",
        "projects": projects,
        "events": [{
            "date": e.date, "end": e.end, "place": e.place, "country": e.country,
            "description": e.description, "flags": e.flags, "evidence": e.evidence.as_dict(),
        } for e in events.extract(whole)],
    }
