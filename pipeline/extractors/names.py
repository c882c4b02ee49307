"""Project and cluster names.

A name is read from labels first ("Acronym: FAB"), then from structure (a slide or heading
that is a bare name, such as "ClusterCOOP"; a page's first line followed by project facts)
and otherwise from cue words: "projekt ChemClust", "das X Projekt", "Klaster Chemii
Specjalistycznej Chem-Ster" (the cue is part of a cluster's name), a quotation after a
project word in any quoting style ("Das Projekt „Smart Production“", "le projet « X »"),
after a word that introduces a name ("unter dem Namen", "o tytule") or a short name
("skrátene „X“"). A programme between the project word and the name is passed over
("the Interreg CENTRAL EUROPE project TRANS-BORDERS"). "Title (ACR)" and "ACR – Title"
give both, and so do an acronym in brackets after a quotation or a long form ("„…“ (ŐRRAGO)"),
a page's title line "ACR Title …", and a first line above a line with only a code and the name.
A name must be plausible: letters, not a year range or a date, not a registration code
("LIFE08"; a code in front, "LIFE21-NAT-SK-LIFE X", is dropped), not an ordinary word the text
also writes in lowercase, not a label line ("Project Summary"). Cue words live in the [names]
table of each language's cue file.
"""
from __future__ import annotations

import re
from collections import Counter

from pipeline.extractors.acronym_labels import acronym_after, labelled_short
from pipeline.extractors.context import Context
from pipeline.extractors.name_guards import page_section, programme_only
from pipeline.section_counted_names import counted
from pipeline.extractors.form_labels import label_alone, label_parts, name_label, title_label
from pipeline.extractors.name_candidates import ACTION_CODE, candidates, colon_heading, first_sentence, is_code, is_quoted, plausible_name
from pipeline.extractors.name_cards import card_title
from pipeline.extractors.name_evidence import headline_name
from pipeline.extractors.name_pair_lines import pair_line_name
from pipeline.extractors.name_project_label import project_word_label
from pipeline.extractors.name_headline import acronym_of_long, defined_acronyms, event_headline_name, headline
from pipeline.extractors.name_text import QUOTES, strip_project_cue, abbreviates, is_name_like, name_cues, quoted_at, split_acronym
from pipeline.model import HEADING, PARAGRAPH
from pipeline.textnorm import fold


def strip_cue(name: str, ctx: Context) -> str:
    """A heading "Projekt InnoHPC" names the project "InnoHPC" ("Il progetto Life X": "Life X")."""
    return strip_project_cue(name, ctx.lang)


def project_name(ctx: Context) -> tuple[str, int, int] | None:
    found = _long_name(ctx)
    found = found and (_acronym_labelled_after(ctx, found) or found)
    if found and programme_only(found[0], ctx.lang):
        return None  # "LIFE", "IPA": the programme's brand alone names no project
    return found and _as_written_elsewhere(ctx, _stripped(found))


def _stripped(found: tuple[str, int, int]) -> tuple[str, int, int]:
    """« Vis-à-vis Huningue – Weil am Rhein »: the spaces inside French guillemets are no part of the name."""
    name, s, e = found
    lead = len(name) - len(name.lstrip())
    # (and a comma closed inside the quotation, as English punctuation puts it: '"… Web Radio," which')
    kept = name.strip().rstrip(",;").rstrip()
    if re.search(r"[^\W\d_]{4}\.$", kept) and kept.count(".") == 1:
        kept = kept[:-1]  # a sentence's full stop after the last word: "Volunteers at Schools."
    return (kept, s + lead, s + lead + len(kept)) if kept else found


def _long_name(ctx: Context) -> tuple[str, int, int] | None:
    """The name as read before an acronym label after it is looked for: unquoted, named by its
    acronym when it is a long form's opening, by its labelled short form in a bracket."""
    found = _unquoted(ctx, _project_name(ctx))
    found = found and (acronym_of_long(ctx, found) or found)
    return found and (_labelled_short(ctx, found) or found)


def long_before_acronym(ctx: Context) -> tuple[str, int, int] | None:
    """The long name read first when an acronym label after it gives the short name (the
    title of the project `project_name` then names by the short one)."""
    found = _long_name(ctx)
    return found if found and _acronym_labelled_after(ctx, found) else None


def _acronym_labelled_after(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """"„Tarptautinis bendradarbiavimas …“, akronimas – „Ežerai ateičiai“": a long name of
    three words or more followed in its sentence by an acronym label and a shorter value is
    the title; the value is the name."""
    if len(found[0].split()) < 3:
        return None
    hit = acronym_after(ctx.doc.text, ctx.lang, found[2])
    if not hit:
        return None
    value = ctx.doc.text[hit[0]:hit[1]]
    if len(value.split()) >= len(found[0].split()) or value in found[0]:
        return None
    return value, hit[0], hit[1]


def _labelled_short(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """A long name read with its labelled short one in a bracket ("„Kulturna baština … turizma
    (akronim: „Prebujanje/Buđenje“"): the short one is the name."""
    hit = labelled_short(found[0], ctx.lang)
    if not hit:
        return None
    return found[0][hit[1]:hit[2]], found[1] + hit[1], found[1] + hit[2]


def _unquoted(ctx: Context, found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """A title line that opens with a quotation ("„Dnevni centar …” KK.08.1.3.04.0038", the name
    quoted, then its code) names the project by the quotation alone."""
    if not found or found[0][:1] not in QUOTES:
        return found
    q = quoted_at(ctx.doc.text, found[1])
    if not q or not found[1] < q[0] < q[1] < found[2]:
        return found
    return ctx.doc.text[q[0]:q[1]], q[0], q[1]


def _as_written_elsewhere(ctx: Context, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """A name of several words in capitals ("NA POLSKO CZESKIEJ GRANICY …", a page shouting it)
    that the text also writes in ordinary case (its title line "Na polsko-czeskiej granicy …")
    is named in that case: capitals hide which words are proper names."""
    name = found[0]
    words = re.findall(r"[^\W\d_]+", name)
    if len(words) < 3 or not name.isupper():
        return found
    pattern = r"(?<!\w)" + r"[\s\-–]+".join(re.escape(w) for w in words) + r"(?!\w)"
    for m in re.finditer(pattern, ctx.doc.text, re.I):
        if not m.group(0).isupper() and "\n" not in m.group(0):
            return m.group(0), m.start(), m.end()
    return found


def _project_name(ctx: Context) -> tuple[str, int, int] | None:
    if ctx.section.name is not None:
        # the splitter read the name that opens this section ("Projekt: X", "Das Projekt „X“ …")
        s, e = first_sentence(ctx.doc.text, ctx.section.name)  # „My future. Moja przyszłość.“
        # „Kom(m)ando – Gemeinsamer Schutz vor Klimafolgen“: the short name before the dash
        (ns, ne), title = split_acronym(ctx.doc.text[s:e])
        return ctx.doc.text[s + ns:s + ne], s + ns, s + ne
    labelled = name_label(ctx)
    if labelled:
        return labelled
    labelled = project_word_label(ctx)  # "Projekt: „X“": the project word as a line's label
    if labelled:
        return labelled.name, labelled.start, labelled.end
    if ctx.section.heading is not None:
        split = colon_heading(ctx, ctx.section.heading)
        if split:  # "AKT4NAT: Aktivno lokalno prebivalstvo … (INTERREG SLO-HR)": the acronym
            return split.name, split.start, split.end
    head = _heading_name(ctx)
    if head and coined_word(head[0]):
        return head  # "ClusterCOOP", "CENTRAMO": a heading that is one coined word names its section's project
    # a programme's brand alone ("„LIFE“ programos projektams") names no project, so it must not
    # absorb the longer name that opens with it ("„LIFE gebėjimų stiprinimas Lietuvoje“")
    # nor does a count of projects ("40 Eesti projekti": forty Estonian projects)
    cands = [c for c in candidates(ctx) if not programme_only(c.name, ctx.lang)
             and not counted(ctx.doc.text, (c.start, c.end), ctx.lang)]
    short = [c for c in cands if c.short]
    if short:
        return short[0].name, short[0].start, short[0].end
    if cands:
        counts = Counter(c.core for c in cands)
        # a long form given with its acronym ("Start in Mountains (SIM)") counts for the acronym
        # (and so does a part of it: "Integrated" in "Belgian Nature Integrated Project (BNIP)")
        for long, short in sorted({(fold(c.title[0]), c.core) for c in cands if c.title}):
            for core in [k for k in counts if k != short and re.search(rf"(?<!\w){re.escape(k)}(?!\w)", long)]:
                counts[short] += counts.pop(core)
        # a run that goes on past a name read elsewhere ("projektu ClusterCOOP György Szabó")
        # is that name once more
        # (or the page's headline opens with it: "Vialuz, una red …" over "el proyecto Vialuz en Sevilla")
        head = headline_name(ctx)
        for core in sorted(counts, key=len):
            if core in counts and (is_name_like(core) or counts[core] > 1 or head and head.core == core):
                for longer in [k for k in counts if k.startswith(core + " ")]:
                    counts[core] += counts.pop(longer)
        # a name that recurs beats one seen once; among equals, the first one written
        # a lone capitalised word ("Współfinansowany") is a weaker name than a quoted one,
        # an acronym or several words
        strong = {c.core for c in cands if is_quoted(ctx, c) or is_name_like(c.name) or " " in c.name}
        # a name written with its long form ("… Project (BNIP)", "KAIROS - Heritage as …") is
        # the surest of equals
        titled = {c.core for c in cands if c.title}
        # a phrase opened by a cluster word ("Cluster Matchmaking Roadshow") is a weaker name
        # than one read after a project word or standing as the subject
        plain = {c.core for c in cands if not c.cluster}
        # a registration code names the project only when nothing else does
        codes = {c.core for c in cands if is_code(c.name)}
        # a quotation marks a name more surely than a capitalised run, which may be an organisation
        # ("projekte PORA-e Razvojne agencije …" beside 'projekt “Rekonstrukcija …”')
        quoted = {c.core for c in cands if is_quoted(ctx, c)}
        best_core = max(counts, key=lambda core: (core not in codes, counts[core], core in titled, core in quoted, core in strong, core in plain,
                                                  -min(c.start for c in cands if c.core == core)))
        # the first form that starts with the cue's dictionary form ("Klaster", not "Klastra")
        forms = [c for c in cands if c.core == best_core]
        title = title_label(ctx)
        if title and counts[best_core] == 1 and best_core not in strong:
            # one ordinary word seen once ("Project Topics: …") is weaker than a labelled title
            return acronym_of(ctx, title[0]) or title
        return forms[0].name, forms[0].start, forms[0].end
    if head:
        # any other heading names the project only when no cue word does: a page's heading is as
        # often its menu, a news title or a label ("Què és LIFE", "FUNDUSZE STRUKTURALNE")
        return head
    # a title given with no short name is the project's name, unless an acronym of it is written
    # (beside it in the label: "Full title – ACR")
    title = title_label(ctx, whole=True)
    if title:
        parts = label_parts(title)
        return parts[0] if parts else acronym_of(ctx, title[0]) or title
    defined = defined_acronyms(ctx, headline_only=True)
    return top_heading(ctx) or (defined[0][0] if defined else None) or headline(ctx, _labelled_facts(ctx) >= 2) \
        or event_headline_name(ctx) or card_title(ctx, FACT_LABELS) or pair_line_name(ctx)


def _heading_name(ctx: Context) -> tuple[str, int, int] | None:
    """The section's heading as its project's name, the project word stripped ("Projekt InnoHPC")."""
    if ctx.section.heading is None:
        return None
    b = ctx.block(ctx.section.heading)
    text = ctx.text(ctx.section.heading)
    name = strip_cue(text, ctx)
    start = b.start + text.find(name)
    if plausible_name(name, ctx.doc.text) and name.lower() not in ctx.lex.cues["project_before"] + ctx.lex.cues["project_after"] \
            and not page_section(name, ctx.lex) and not _action_and_programme(name, ctx.lang):
        # not "PROJEKTY 2021", nor a heading that is only the word "PROJEKT"
        # (nor "KA2 ERASMUS+": a key action's code and its programme classify a project)
        return name, start, start + len(name)
    return None


def coined_word(name: str) -> bool:
    """One word with two capitals in a row ("ClusterCOOP", "CENTRAMO"), not a glued pair of
    ordinary words ("IzglītībaNovads", a menu's two items run together)."""
    return len(name.split()) == 1 and any(a.isupper() and b.isupper() for a, b in zip(name, name[1:]))


def _action_and_programme(name: str, lang: str) -> bool:
    """A key action's code and a programme's brand, in either order ("KA2 ERASMUS+", "Erasmus+ KA229")."""
    m = ACTION_CODE.search(name)
    rest = (name[:m.start()] + " " + name[m.end():]).strip() if m else ""
    return bool(m) and bool(rest) and programme_only(rest, lang)


def acronym_of(ctx: Context, title: str) -> tuple[str, int, int] | None:
    """An acronym written in the section that abbreviates the title, most of its letters
    being the title's initials ("EFFUSE" for "Environment For the Future by Scientific Education")."""
    initials = "".join(w[0] for w in re.findall(r"\w+", title)).lower()
    for i in ctx.indices:
        text = ctx.text(i)
        for m in re.finditer(r"(?<![\w/])[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?![\w/])", text):
            word = m.group(0)
            if len(word) < 3 or not is_name_like(word) or not abbreviates(word, title):
                continue
            rest = iter(initials)
            if sum(c in rest for c in word.lower()) * 2 >= len(word):
                return word, ctx.block(i).start + m.start(), ctx.block(i).start + m.end()
    return None


FACT_LABELS = {"programme", "budget_total", "budget", "budget_eu", "duration", "start", "end",
               "lead_partner", "coordinator", "partners", "funder", "call"}


def top_heading(ctx: Context) -> tuple[str, int, int] | None:
    """A project page's title line: the first heading or line of the section, followed at
    once by a line of project facts ("Operační program: …", "Programme 2014 - 2020 INTERREG
    V-A …", "Wartość projektu: …"). Navigation words before it are passed over."""
    for pos, i in enumerate(ctx.indices[:12]):
        b = ctx.block(i)
        text = ctx.text(i).strip()
        words = text.split()
        if b.kind not in (HEADING, PARAGRAPH) or text.endswith((".", ":", "?", "!")) or ":" in text:
            return None
        if len(words) < 2:
            continue  # "Projekty", "Informacje": a menu word
        # a title may open with a number ("10 let partnerství – …"), not a date ("26 abril 2024"):
        # then most of its words are words
        numbered = text[:1].isdigit() and sum(1 for w in words if w[:1].isalpha()) >= 4
        if not (text[:1].isupper() or numbered) or len(words) > 40 or _opens_with_fact(ctx, i, numbered):
            return None
        following = ctx.indices[pos + 1:pos + 2]
        # a heading over a description, the project's facts labelled further down ("Žadatel",
        # "Dotační program", "Rozpočet"), is that page's title too
        described = following and ctx.block(following[0]).kind == PARAGRAPH and len(ctx.text(following[0]).split()) >= 8 \
            and ctx.text(following[0]).rstrip().endswith(".")
        # (the page's very first line is its title, whatever kind of block the reader made of it)
        if following and _facts_below(ctx, pos) or (b.kind == HEADING or i == ctx.indices[0]) and described \
                and _labelled_facts(ctx) >= 3:
            return text, b.start + ctx.text(i).find(text), b.start + ctx.text(i).find(text) + len(text)
        return None
    return None


def _opens_with_fact(ctx: Context, i: int, numbered: bool) -> bool:
    """A line that holds a fact's cue is a fact, not a title; a numbered title's cue must open
    it to say so ("10 let partnerství – …" names a partnership, it does not list partners)."""
    cues = ctx.cues(i, FACT_LABELS | {"title", "events"})
    if not numbered:
        return bool(cues)
    text = ctx.text(i)
    base = ctx.block(i).start
    return any(len(text[:c.start - base].split()) <= 1 for c in cues)


# a short label, a colon and its value on one line ("Region: Královéhradecký kraj")
_LABELLED_LINE = re.compile(r"\s*[^\W\d_][^:\n]{0,40}:[^\S\n]*\S")


def _facts_below(ctx: Context, pos: int) -> bool:
    """The lines right below a title are labelled project facts: a fact line at once, or after
    other labelled lines ("Programové období: 2014-2020", "Region: …", then "Operační program: …")."""
    for j in ctx.indices[pos + 1:pos + 5]:
        if _fact_line(ctx, j):
            return True
        if _short_fact_line(ctx.text(j)):
            continue
        m = _LABELLED_LINE.match(ctx.text(j))
        if not m or len(ctx.text(j)[:m.end()].split(":")[0].split()) > 4 or "\n" in ctx.text(j).strip():
            return False
    return False


def _short_fact_line(text: str) -> bool:
    """"Stav", "Zrealizované", "Dátum od 29. septembra 2017": a page's table of facts rendered
    as a label and its value on lines of their own (a few words, no sentence)."""
    text = text.strip()
    return "\n" not in text and 1 <= len(text.split()) <= 5 and not text.endswith((".", "!", "?"))


def _labelled_facts(ctx: Context) -> int:
    """How many different project facts the section gives under labels."""
    keys = set()
    for i in ctx.indices:
        found = ctx.label(i, FACT_LABELS) or label_alone(ctx, i, FACT_LABELS)
        if found:
            keys.add(found[0].key)
    return len(keys)
    return None


def _fact_line(ctx: Context, i: int) -> bool:
    """A labelled project fact, or a line that opens with a programme word."""
    if ctx.label(i, FACT_LABELS):
        return True
    first = ctx.cues(i, {"programme"})
    if bool(first) and first[0].start == ctx.block(i).start + len(ctx.text(i)) - len(ctx.text(i).lstrip()):
        return True
    # "Evropski sklad za regionalni razvoj": the fund's name alone under the title, as on a logo
    funds = name_cues(ctx.lang).get("not_programme", [])
    return fold(ctx.text(i).strip(" .")) in {fold(f) for f in funds if len(f.split()) >= 3}
