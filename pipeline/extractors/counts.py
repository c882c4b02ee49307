"""Stated counts: "Die 25 Partner … umfassen 11 verschiedene Länder", "liczy 20 członków",
"konsorcium 9 partnerů ze 6 zemí", "Osmnáct partnerů", "Partners (3)".

A number (digits or a number word) followed within three words by a counted noun, unless
"other" stands beside it ("12 autres partenaires", "alţi patru parteneri": the lead is
not counted), "of" stands between ("zwei der Partner": some of them) or the number counts
something else first ("z 5 krajów partnerskich" counts
countries, "štyroch stretnutí partnerov" counts meetings). The word for one is an article
("ein Projektpartner"), not a count. A consortium noun followed by a number counts partners ("konzorcium piatich
univerzít"); a partners label with a bracketed number ("Partners (3)") too. Companies
count a cluster's members only where no member noun is stated ("100 Mitgliedsunternehmen"
beats an earlier "acht Unternehmen"). The first statement of each kind wins.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline import gazetteer, nlp
from pipeline.extractors.context import Context
from pipeline.textnorm import UPPER, fold

NOUNS = {"partner_nouns": "partners", "country_nouns": "countries", "member_nouns": "members",
         "company_nouns": "companies", "school_nouns": "schools"}
WINDOW = 3  # tokens between a number and its noun, the noun included
FLOOR_REACH = 8  # tokens from "at least" to the count it conditions


def _value(tok: nlp.Span, text: str, ctx: Context) -> int | None:
    if re.fullmatch(r"[1-9]\d{0,3}", tok.text):
        # not part of a date or code ("2025-03", "1/2"), not an ordinal ("2. Partner")
        if tok.start and text[tok.start - 1] in "-/.:" or text[tok.end:tok.end + 1] == ".":
            return None
        # "Obzorje 2020 pridruženih državah", "Europa 2020": a year in a name
        if 1990 <= int(tok.text) <= 2099 and re.search(rf"[{UPPER}][\w+!-]*\s+$", text[:tok.start]):
            return None
        if 1900 <= int(tok.text) <= 2099 and _dated(tok, text, ctx):
            return None
        return int(tok.text)
    value = ctx.lex.number_words.get(tok.text.lower())
    # "ein Projektpartner", "un partenaire": the word for one is the article, not a count
    return value if value != 1 else None


def _dated(tok: nlp.Span, text: str, ctx: Context) -> bool:
    """A year, not a count: after a month ("Op 9 april 2019 beslisten de projectpartners", "do
    grudnia 2007 Partnerzy") or before a year word ("2005 yılı Ortak Küçük Projeler")."""
    prev = re.search(r"(\w+)\.?\s+$", text[:tok.start])
    if prev and prev.group(1).lower() in ctx.lex.months:
        return True
    nxt = re.match(r"\s+(\w+)", text[tok.end:])
    plain = lambda w: fold(w).replace("ı", "i")
    return bool(nxt) and any(plain(nxt.group(1)) == plain(w) for w in ctx.lex.cues.get("year_suffix", []) if " " not in w)


def _window(ctx: Context, before: list) -> list:
    """The last WINDOW tokens before a counted noun, not counting country adjectives and the
    conjunctions between them ("24 deutsche und niederländische Bildungsträger", "12 Czech
    and Polish partners"): they say where the partners are from, not what is counted."""
    conj = {w.lower() for w in ctx.lex.cues.get("conjunctions", [])}
    k, adjectives = len(before), 0
    while k and (before[k - 1].text.lower() in conj and adjectives or _country_adjective(ctx, before[k - 1].text)):
        adjectives += before[k - 1].text.lower() not in conj
        k -= 1
    return before[:k][-WINDOW:] + before[k:]


def _country_adjective(ctx: Context, word: str) -> bool:
    return any(h.kind == "adjective" and h.start == 0 and h.end == len(word)
               for h in gazetteer.find(word, ctx.lex, adjectives=True))


def _not_a_count(ctx: Context, toks, n: int, text: str) -> bool:
    """The number at toks[n] states no count: a lower bound ("at least two partners", a
    condition), one end of a range ("acht tot twaalf organisaties", "8-12 partners"), or
    an amount ("konzorcium összesen 26 millió euró")."""
    words = [t.text.lower() for t in toks]
    floor = set(ctx.lex.cues.get("count_floor", []))
    if any(" ".join(words[n - k:n]) in floor for k in (1, 2, 3) if n - k >= 0):
        return True
    if _under_floor(ctx, toks, n, text, floor):
        return True
    until = (set(ctx.lex.cues.get("range_to", [])) - set(ctx.lex.cues.get("date_and", []))) | {"-", "–"}
    if n >= 2 and words[n - 1] in until and _value(toks[n - 2], text, ctx) is not None:
        return True
    if n + 2 < len(toks) and words[n + 1] in until and _value(toks[n + 2], text, ctx) is not None:
        return True
    nxt = words[n + 1] if n + 1 < len(words) else ""
    return nxt in ctx.lex.number_scales or nxt in ctx.lex.currencies


def _under_floor(ctx: Context, toks, n: int, text: str, floor: set) -> bool:
    """"alespoň jednoho partnera ze všech osmi zemí", "at least one partner from each of the
    three countries": a floor a few words back, in the same clause and with no other count
    between, states a condition the count belongs to."""
    words = [t.text.lower() for t in toks]
    for a in range(max(0, n - FLOOR_REACH), n):
        for k in (1, 2, 3):
            if " ".join(words[a:a + k]) in floor and a + k < n:
                gap = toks[a + k:n]
                if not any(re.fullmatch(r"[.;:!?]", t.text) or _value(t, text, ctx) for t in gap):
                    return True
    return False


def _elsewhere(ctx: Context, i: int, toks, n: int, cue: nlp.CueMatch, text: str) -> bool:
    """The count at toks[n], whose noun is `cue`, is not the project's: a count of proposals or
    projects comes first in its sentence ("169 proposals were submitted from 20 countries",
    "dei 261 progetti candidati dai trenta Paesi"), or the programme follows the noun ("două
    state membre participante la program"): the call's or programme's figures."""
    base = ctx.block(i).start
    sent = ctx.sentence_at(i, toks[n].start + base)
    counted = ctx.cues(i, {"proposals_counted", "projects_counted"})
    one_of = ctx.cues(i, {"one_of"})
    for c in counted:
        if not sent.start <= c.start < toks[n].start + base:
            continue
        ahead = [t for t in toks if t.end + base <= c.start][-2:]
        # "one of 12 projects … brings together 8 partners": the sentence is about this one
        if any(_value(t, text, ctx) for t in ahead) and not any(
                o.end <= ahead[0].start + base and ahead[0].start + base - o.end < 3 for o in one_of):
            return True
    # a word between: a programme's name right after the noun ("škol programu Erasmus+") is
    # the project's own
    after = [t for t in toks if t.start >= cue.end - base][:3]
    return len(after) > 1 and any(after[1].start + base <= c.start <= after[-1].start + base
                                  for c in ctx.cues(i, {"programme"}))


def _anaphoric(ctx: Context, text: str, tok: nlp.Span) -> bool:
    """A definite article or demonstrative right before the number ("the two countries", "cele
    două țări", "miż-żewġ pajjiżi"): the number refers back to what the text has named (on a
    cross-border page, the border's two sides), it states no count of its own."""
    before = re.sub(r"[\s-]+$", "", text[:tok.start]).lower()
    return any(re.search((r"" if w[0] in "'’" else r"(?<!\w)") + re.escape(w) + "$", before)
               for w in ctx.lex.cues.get("count_anaphora", []))


# a mark between a number and a counted noun parts them: a percentage ("20 % katavad
# partnerid"), the end of a clause ("penki mokiniai: mokyklos"), or a comma between two
# nouns ("50 onuradun, bazkide": the number counts the first, as before a conjunction)
SEPARATORS = {":", ";", ",", "%", "‰", "·"}


def _punctuated(ctx: Context, between: list) -> bool:
    """A separator among the tokens between a number and its noun; a comma between country
    adjectives ("12 Czech, Polish and Slovak partners") joins them and parts nothing."""
    for k, t in enumerate(between):
        if t.text not in SEPARATORS:
            continue
        if t.text == "," and k + 1 < len(between) and _country_adjective(ctx, between[k + 1].text):
            continue
        return True
    return False


def _subset(ctx: Context, toks, n: int, between: list, cue: nlp.CueMatch, base: int) -> bool:
    """"30 djelatnica i članovi projektnog tima": a conjunction between the number and its noun
    (other than one joining country adjectives) means the number counts the first noun;
    "tre partner Italiani", "3 Czech partners": one country adjective before or after the
    noun, on a page that names several countries, counts the partners of that country, a
    part of the whole."""
    conj = {w.lower() for w in ctx.lex.cues.get("conjunctions", [])}
    for k, t in enumerate(between):
        if t.text.lower() in conj and not (k + 1 < len(between) and _country_adjective(ctx, between[k + 1].text)):
            return True
    if len(ctx.named_countries) < 2:
        return False  # a page about one country's partners: its adjective names them all
    adjectives = [t for t in between if _country_adjective(ctx, t.text)]
    if len(adjectives) == 1 and not any(t.text.lower() in conj for t in between):
        return True  # "3 Italian partners", "drei deutsche Partner"
    after = [t for t in toks if t.start >= cue.end - base][:2]
    return bool(after) and _country_adjective(ctx, after[0].text) and not (
        len(after) > 1 and after[1].text.lower() in conj)


CONJUNCT_REACH = 3  # words from a count's noun to the conjunction and number of a sibling count
STEM = 6  # letters that tell the partner word in its case forms ("partneři", "partnerů")


@lru_cache(maxsize=None)
def _partner_stems(lang: str) -> frozenset[str]:
    """The stems of the language's one-word partner cues ("partneři", "socios", "entidades")."""
    from pipeline.lexicons import load
    return frozenset(fold(w)[:STEM] for w in load(lang).cues.get("partners", []) if " " not in w.strip())


def _conjunct(ctx: Context, toks, m: int, cue: nlp.CueMatch, base: int, text: str) -> bool:
    """The count at toks[m] is one of two counts joined by a conjunction ("syv museer og to
    universiteter", "3 szkoły podstawowe i 3 gimnazja", "five universities and two SMEs"): each
    counts one kind of organisation, a part of the whole. Not where the noun is the partner word
    itself ("Osmnáct partnerů a sedm přidružených institucí": the partners, then others beside
    them) nor a country noun."""
    if NOUNS.get(cue.key) == "countries" or fold(cue.text.split()[0])[:STEM] in _partner_stems(ctx.lang):
        return False
    conj = {w.lower() for w in ctx.lex.cues.get("conjunctions", [])}
    words = [t.text.lower() for t in toks]
    after = [k for k, t in enumerate(toks) if t.start >= cue.end - base][:CONJUNCT_REACH]
    for k in after:
        if re.fullmatch(r"[.;:!?,()]", words[k]):
            break
        if words[k] in conj:
            return k + 1 < len(toks) and _value(toks[k + 1], text, ctx) is not None
    if m >= 2 and words[m - 1] in conj:
        for k in range(m - 2, max(-1, m - 2 - CONJUNCT_REACH), -1):
            if re.fullmatch(r"[.;:!?,()]", words[k]):
                break
            if _value(toks[k], text, ctx) is not None:
                return True
    return False


def _statements(ctx: Context, i: int) -> list[tuple[str, int, int, int]]:
    """(kind, count, start, end) in block i, in text order."""
    text = ctx.text(i)
    base = ctx.block(i).start
    toks = nlp.tokens(text, ctx.lang)
    other = set(ctx.lex.cues.get("count_other", []))
    partitive = set(ctx.lex.cues.get("count_partitive", []))
    found = []
    cues = sorted(ctx.cues(i, set(NOUNS)) + _compound_nouns(ctx, i, toks), key=lambda c: c.start)
    events = ctx.cues(i, {"events"})
    for cue in cues:
        before = _window(ctx, [t for t in toks if t.end <= cue.start - base])
        for n in range(len(before) - 1, -1, -1):
            value = _value(before[n], text, ctx)
            if value is None:
                continue
            if _not_a_count(ctx, toks, toks.index(before[n]), text):
                break
            between = before[n + 1:]
            if any(re.fullmatch(r"[\"„“”«»]", t.text) for t in between):
                break  # "osi priorytetowej 4 "Współpraca instytucji"": the number labels a quoted name
            if _punctuated(ctx, between):
                break  # "20% katavad partnerid", "penki mokiniai: mokyklos", "50 onuradun, bazkide"
            prev = [t for t in toks if t.end <= before[n].start][-1:]
            if any(t.text.lower() in other for t in between + prev) or any(t.text.lower() in partitive for t in between):
                break  # "12 autres partenaires", "zwei der Partner": not the whole count
            # "z 5 krajów partnerskich": the number counts the countries, not partners;
            # "štyroch stretnutí partnerov": it counts the meetings
            if any(c.key != cue.key and before[n].end <= c.start - base < cue.start - base for c in cues + events):
                break
            m = toks.index(before[n])
            if _subset(ctx, toks, m, between, cue, base) or _elsewhere(ctx, i, toks, m, cue, text):
                break
            if _conjunct(ctx, toks, m, cue, base, text):
                break
            if NOUNS[cue.key] == "countries" and value == 2 and _anaphoric(ctx, text, before[n]):
                break  # "between the two countries", "a két ország": the border's pair, named before
            found.append((NOUNS[cue.key], value, before[n].start + base, cue.end))
            break
    for cue in ctx.cues(i, {"consortium"}):
        after = [t for t in toks if t.start >= cue.end - base][:3]
        for t in after:
            value = _value(t, text, ctx)
            if value is not None and _not_a_count(ctx, toks, toks.index(t), text):
                break
            if value is not None and value >= 2:
                found.append(("partners", value, cue.start, t.end + base))
                break
    found += _predicate_counts(ctx, i, toks)
    for cue in ctx.cues(i, {"partners"} | set(NOUNS)):
        # a label with its number in brackets, as database pages show a tab: "Partners (3)"
        m = re.match(r"\s*\((\d{1,3})\)", text[cue.end - base:])
        if m and cue.start - base == len(text) - len(text.lstrip()):
            found.append((NOUNS.get(cue.key, "partners"), int(m.group(1)), cue.start, cue.end + m.end()))
    return sorted(found, key=lambda f: f[2])


def _predicate_counts(ctx: Context, i: int, toks) -> list[tuple[str, int, int, int]]:
    """"Die Projektpartner sind insgesamt 9 und …", "Partnerů je 12.": the count is the
    predicate of the partner noun, after a copula and at most one word ("insgesamt", "celkem"),
    closing its clause (a conjunction or punctuation follows), so it counts the partners
    themselves, not "2 universities" among them."""
    base = ctx.block(i).start
    text = ctx.text(i)
    conj = {w.lower() for w in ctx.lex.cues.get("conjunctions", [])}
    copulas = ctx.cues(i, {"copula"})
    out = []
    for cue in ctx.cues(i, {"partner_nouns"}):
        cop = next((c for c in copulas if c.start >= cue.end and not text[cue.end - base:c.start - base].strip()), None)
        if cop is None:
            continue
        after = [t for t in toks if t.start >= cop.end - base][:3]
        for n, t in enumerate(after[:2]):
            value = _value(t, text, ctx)
            if value is None:
                if not t.text.isalpha():
                    break
                continue
            nxt = after[n + 1].text if n + 1 < len(after) else ""
            if value >= 2 and (nxt == "" or nxt.lower() in conj or re.fullmatch(r"[,.;:]", nxt)) and \
                    not _not_a_count(ctx, toks, toks.index(t), text):
                out.append(("partners", value, cue.start, t.end + base))
            break
    return out


def _compound_nouns(ctx: Context, i: int, toks) -> list[nlp.CueMatch]:
    """A hyphenated compound that ends in a counted noun ("die fünf T2K-partners",
    "12 EU-Partnerländer" where the tail is a noun of its own): the noun's cue."""
    base = ctx.block(i).start
    tails = {w.lower(): key for key in NOUNS for w in ctx.lex.cues.get(key, []) if " " not in w}
    out = []
    for t in toks:
        head, dash, tail = t.text.rpartition("-")
        if dash and head and tail.lower() in tails:
            out.append(nlp.CueMatch(tails[tail.lower()], base + t.start, base + t.end, t.text))
    return out


def extract(ctx: Context) -> dict[str, tuple[int, int, int]]:
    """kind -> (count, start, end); the first statement of each kind wins."""
    found: dict[str, tuple[int, int, int]] = {}
    companies = schools = None
    cluster = any(ctx.cues(i, {"cluster_names"}) for i in ctx.indices)
    for i in ctx.indices:
        statements = _statements(ctx, i)
        for kind, value, start, end in statements:
            # one noun in both lists ("socios"): the members of a cluster, else partners
            if kind == "members" and not cluster and any(
                    k == "partners" and s == start for k, _, s, _ in statements):
                continue
            if kind == "partners" and cluster and any(
                    k == "members" and s == start for k, _, s, _ in statements):
                continue
            if kind == "companies":
                companies = companies or (value, start, end)
            elif kind == "schools":
                schools = schools or (value, start, end)
            elif kind not in found:
                found[kind] = (value, start, end)
    if "members" not in found and companies and cluster:
        found["members"] = companies
    # "5 scuole di differenti paesi": schools count the partners where no partner noun does
    if "partners" not in found and schools:
        found["partners"] = schools
    return found
