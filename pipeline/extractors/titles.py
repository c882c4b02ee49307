"""A project's title: from a title label, the line above a code and name, a quotation or a candidate."""
from __future__ import annotations

import re

from pipeline import nlp
from pipeline.extractors.context import Context
from pipeline.extractors.acronym_labels import labelled_short, title_before
from pipeline.extractors.acronym_pairs import long_form
from pipeline.extractors.names import long_before_acronym
from pipeline.extractors.form_labels import label_parts, title_label
from pipeline.extractors.name_candidates import CODE, candidates, is_code
from pipeline.extractors.name_gloss import parallel
from pipeline.extractors.name_text import is_name_like, cue_re, initials_cover, quoted_at, quoted_before, span, split_acronym
from pipeline.textnorm import QUOTE_MARKS
from pipeline.extractors.title_forms import title_beside
from pipeline.extractors.title_together import cell_together, line_together, quoted_together
from pipeline.lexicons import org_words
from pipeline.model import HEADING, PARAGRAPH
from pipeline.textnorm import fold


def _title_above(ctx: Context, name: str) -> tuple[str, int, int] | None:
    """The line above a line that is only the name (perhaps after a registration code or an
    acronym label), near the page's top: "Lepkevédelmi jó gyakorlatok … Közép-Kelet-Európában"
    over "LIFE21-NAT-SK-LIFE Metamorphosis", "Izboljšanje stanja … jezeru (projekt LIFE)" over
    "Akronim projekta: LIFE STRŽEN". A bracket that says what it is ("(projekt LIFE)") and a
    final full stop are left out."""
    label = cue_re(ctx.lang, "acronym")
    for pos, second in enumerate(ctx.indices[1:6], start=1):
        line = ctx.text(second).strip()
        code = CODE.match(line)
        labelled = label.match(line)
        rest = line[labelled.end():].lstrip(" :") if labelled else None
        # only a name line that carries a registration code or an acronym label: the line
        # above a bare name line was a banner, a menu or a news headline eleven times in
        # thirteen over gold+study ("Skip to main content", "Met steun van het Europees Fonds …")
        if rest == name or code and code.end() == len(line) - len(name) and line.endswith(name):
            break
    else:
        return None
    first = ctx.indices[pos - 1]
    text = ctx.text(first).strip()
    typed = re.search(r"[^\S\n]*\(([^()]{2,40})\)$", text)
    if typed and nlp.cues(typed.group(1), ctx.lang, {"project_before", "project_after"}):
        text = text[:typed.start()]
    if text.endswith(".") and not text.endswith("..") and not re.search(r"[.!?]\s", text):
        text = text[:-1]  # one sentence written with its full stop
    if not 3 <= len(text.split()) <= 25 or ":" in text or text.endswith((".", "?", "!")) or name in text:
        return None
    start = ctx.block(first).start + ctx.text(first).find(text)
    return text, start, start + len(text)


def _title_before_label(ctx: Context, name: str) -> tuple[str, int, int] | None:
    """„Kulturna baština kao temelj … turizma (akronim: „Prebujanje/Buđenje“): the quoted
    long name before a bracket that gives the name under an acronym label."""
    for i in ctx.indices:
        text = ctx.text(i)
        hit = labelled_short(text, ctx.lang)
        if hit and text[hit[1]:hit[2]] == name:
            long = title_before(text, hit[0])
            if long:
                return span(text, ctx.block(i).start, *long)
    return None


def _quoted_before_acronym_label(ctx: Context, name: str) -> tuple[str, int, int] | None:
    """'„Tineri antreprenori pentru un viitor verde”, cu acronimul „GreenYouth”': the quotation
    of three words or more closed in the same sentence before an acronym label that gives
    the name (a few words may stand between, "cu")."""
    label = cue_re(ctx.lang, "acronym").pattern
    after = re.compile(r"(?:" + label + r")[^\S\n]*[:–—-]?[^\S\n]*[" + QUOTE_MARKS + r"]?[^\S\n]*" + re.escape(name)
                       + r"(?![\w-])", re.I)
    for i in ctx.indices:
        text = ctx.text(i)
        for m in after.finditer(text):
            close = re.search(r"[" + QUOTE_MARKS + r"](?:[^\S\n]*,)?(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]*$", text[:m.start()])
            q = quoted_before(text, close.start()) if close else None
            if q and len(text[q[1]:q[2]].split()) >= 3 and name not in text[q[1]:q[2]]:
                return span(text, ctx.block(i).start, q[1], q[2])
    return None


def _quoted_before_acronym(ctx: Context, name: str) -> tuple[str, int, int] | None:
    """„Kulturlandschaften und Identitäten … – 60 Jahre EU“ (KID CZ-A): a quotation of several
    words closed right before the name in brackets is the title."""
    for i in ctx.indices:
        text = ctx.text(i)
        for m in re.finditer(r"\(\s*" + re.escape(name) + r"\s*\)", text):
            before = re.search(r"[“”\"»«‘’″][^\S\n]*$", text[:m.start()])
            if not before:
                continue
            q = quoted_before(text, before.start())
            if q and len(text[q[1]:q[2]].split()) >= 3:
                base = ctx.block(i).start
                return text[q[1]:q[2]], base + q[1], base + q[2]
    return None


# a full stop and a capital inside a line: two sentences of prose (a paragraph cut short), not a title
_SENTENCE_INSIDE = re.compile(r"\w[.!?]\s+[^\W\d_]*[A-ZÀ-ÞĀ-ſА-ЯΑ-Ω]")


def project_title(ctx: Context, name: str | None) -> tuple[str, int, int] | None:
    found = _without_stray_mark(_without_bar(_project_title(ctx, name)))
    if found and name and _only_name(found[0], name):
        return None  # '„Dnevni centar …” KK.08.1.3.04.0038': the name quoted with its code, no title
    if found and name and _name_translated(found[0], name):
        return None  # "„25 lat Euroregionu Glacensis/ 25 let Euroregionu Glacensis”": the name in two languages
    return found


def _without_bar(found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """"a European civic University alliance |": a table row's closing bar is no part of a title."""
    if not found or not re.search(r"\s\|\s*$", found[0]):
        return found
    text = re.sub(r"\s*\|\s*$", "", found[0])
    return text, found[1], found[1] + len(text)


def _without_stray_mark(found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """"European Engineering Learning … Alliance”": a quotation mark closing a title that
    opened no quotation is the one around it, no part of it (as one opening it alone)."""
    if not found:
        return found
    text, start, end = found
    marks = [k for k, ch in enumerate(text) if ch in QUOTE_MARKS]
    if len(marks) == 1 and marks[0] == len(text) - 1:
        text = text[:-1].rstrip()
    elif len(marks) == 1 and marks[0] == 0:
        text = text[1:].lstrip()
        start = end - len(text)
    return text, start, start + len(text)


def _name_translated(title: str, name: str) -> bool:
    """The title is the name and, after a slash, the name in another language."""
    inner = title.strip(" " + QUOTE_MARKS)
    (ns, ne), long = split_acronym(inner)
    return long is None and (ns, ne) != (0, len(inner)) and inner[ns:ne].strip() == name.strip()


def _only_name(title: str, name: str) -> bool:
    """The title is the name once more, with quotation marks or a registration code beside it."""
    rest = title.replace(name, " ", 1) if name in title else None
    return rest is not None and all(is_code(w) or not re.search(r"[^\W\d_]{2,}", w) for w in rest.split())


def _project_title(ctx: Context, name: str | None) -> tuple[str, int, int] | None:
    found = title_label(ctx)
    if found:
        # a labelled title that is the name itself leaves no other title to look for
        if found[0] == name:
            return None
        # "Názov: ConnReg SK-AT (Connecting Regions SK-AT)": the name, then its title in brackets
        m = re.fullmatch(re.escape(name or "") + r"[^\S\n]*\(([^()]{5,200})\)", found[0]) if name else None
        if m and len(m.group(1).split()) >= 2:
            return span(found[0], found[1], m.start(1), m.end(1))
        parts = label_parts(found)
        return parts[1] if parts and parts[0][0] == name else found
    if name:
        long = long_before_acronym(ctx)
        if long and long[0] != name:
            return long  # "„Tarptautinis …“, akronimas – „Ežerai ateičiai“": the long name read before the label
        labelled = _title_before_label(ctx, name) or _quoted_before_acronym_label(ctx, name)
        if labelled:
            return labelled
        given = [c.title for c in candidates(ctx) if c.name == name and c.title]
        if given:
            return given[0]
        together = quoted_together(ctx, name) or cell_together(ctx, name)
        if together:
            return together
        above = _title_above(ctx, name)
        if above:
            return above
        quoted = _quoted_before_acronym(ctx, name)
        if quoted:
            return quoted
        # (a quotation after a registration code, "проект 200CB16… „X“", is the name the code stands for)
        beside = title_beside(ctx, name) if not is_code(name) else None
        if beside:
            return beside
    # the line after a section heading that is the name alone ("CENTRAMO" over "Cluster
    # Excellence Network for …"); after any other heading it was a headline, a funding line
    # or a news teaser 11 times of 13 over gold+study, and a line that opens with the name
    # is the name-dash heading read below
    if name and ctx.section.heading is not None and ctx.text(ctx.section.heading).strip() == name:
        h = ctx.section.heading
        nxt = [i for i in ctx.indices if i > h][:1]
        if nxt:
            b = ctx.block(nxt[0])
            text = ctx.text(nxt[0])
            # a title is a short line, not a paragraph of prose
            if (b.page == ctx.block(h).page and b.kind in (PARAGRAPH, HEADING) and 3 <= len(text.split()) <= 25
                    and ":" not in text and not text.rstrip().endswith(".") and not _SENTENCE_INSIDE.search(text)
                    and not text.startswith(name)):
                return text, b.start, b.end
    if name:
        for i in ctx.indices:
            # "CluStrat – Boosting innovation through new cluster concepts"
            text = ctx.text(i)
            m = re.match(re.escape(name) + r"\s*[–—:-]\s+(.+)$", text)
            typed = nlp.cues(m.group(1), ctx.lang, {"project_before", "project_after"}) if m else None
            if m and ctx.block(i).kind == HEADING and len(m.group(1).split()) >= 3 and not typed:
                # not "Social Europe 2020: an Erasmus+ Project", which says what it is
                s = ctx.block(i).start + m.start(1)
                return m.group(1), s, ctx.block(i).end
        for i in ctx.indices:
            text = ctx.text(i)
            # the long form in brackets, perhaps quoted: "CE4BIG (“cluster excellence for business, …”)",
            # '"GCS" ("Grenzoverschrijdende Cluster Stimulering")'
            # (the name may carry a hyphenated head noun, "ECCO-prosjektet (European value …)",
            # "X-Projekt (…)", and a comma may stand before the bracket, "ARTEMIS, (Alliance …)")
            for m in re.finditer(re.escape(name) + r"(?:-[^\W\d_]{3,})?(?:[^\S\n]?[”“\"»])?(?:\s+\w+){0,2},?\s*\(\s*([„“\"«]?)([^()]{10,200}?)[”“\"»]?\s*\)", text):
                inner = m.group(2)
                if len(inner.split()) >= 3 and (inner[:1].isupper() or m.group(1) and initials_cover(re.sub(r"\d", "", name), inner)) \
                        and not _name_list(name, inner) and not _names_organisation(name, inner) and not _translation(name, inner):
                    s = ctx.block(i).start + m.start(2)
                    return inner, s, s + len(inner)
            # 'SUSTOUR - "Sustainable tourism for local development"': a quotation after a dash
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"[^\S\n]+[–—-][^\S\n]+(?=[„“\"«])", text):
                q = quoted_at(text, m.end())
                if q and len(text[q[0]:q[1]].split()) >= 3:
                    base = ctx.block(i).start
                    return text[q[0]:q[1]], base + q[0], base + q[1]
        return _spelled(ctx, name) or line_together(ctx, name)
    return None


def _spelled(ctx: Context, name: str) -> tuple[str, int, int] | None:
    """Words beside the name that spell it, in a bracket, before it or after a dash or colon
    ("CELIS (Cluster excellence in Life Sciences - …)", "Start in Mountains (SIM)")."""
    for i in ctx.indices:
        text = ctx.text(i)
        found = long_form(text, ctx.lang, name)
        if found:
            return span(text, ctx.block(i).start, *found)
    return None


def _translation(name: str, inner: str) -> bool:
    """"Moja država, tvoja država – naša Evropa (Mein Land, dein Land – unser Europa)": a name of
    plain words with a bracket of about as many words says the name in another language; a
    title spells out a short or coined name, not one of several plain words."""
    return len(name.split()) >= 2 and not is_name_like(name) and not initials_cover(re.sub(r"\d", "", name), inner) \
        and parallel(name, inner)


def _names_organisation(name: str, inner: str) -> bool:
    """"Se.Te (Provincia di Cuneo)": a bracket that opens with an organisation word names the
    project's partner, not its title (unless its initials spell the name)."""
    first = re.match(r"[^\W\d_]+", inner)
    return bool(first) and first.group(0)[:1].isupper() and fold(first.group(0)) in org_words() \
        and not initials_cover(re.sub(r"\d", "", name), inner)


def _name_list(name: str, inner: str) -> bool:
    """"RivierAlp (Comune di Limone, Cônitours, Ente Parco)": a bracket that lists capitalised
    names, comma after comma, names the project's partners, not its title (unless its
    initials spell the name)."""
    pieces = [p.strip() for p in inner.split(",")]
    return len(pieces) >= 2 and all(p[:1].isupper() for p in pieces) and not initials_cover(name, inner)
