"""Start and end dates and the stated duration of a project, from duration / start / end
cues, and the founding year of a cluster ("istnieje od 2013 r.").

Labels are read first ("Laufzeit (von - bis):" with its value on the next line, "Doba
realizace: 2013"), then running text. A range under a duration or start cue gives both
ends; a lone date under a start or end cue gives that end, and under a duration cue the
word before it decides ("bis September 2027" ends, "od 1. 3. 2012" starts). The duration
in months comes only from a stated number and unit ("36 měsíců", "Laufzeit: 3 Jahre",
"a 24-month project", "dvouletý projekt"), never from the dates. A range right after
the stated length that agrees with it is the project's ("sur deux ans (2016-2018)"); with
no cue at all, two bare years beside the project word or name are ("an Erasmus+ Project
2017-19", "projet X (2020 – 2023)"), not an EU budget period. A few days are an event's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from fractions import Fraction

from pipeline import lexicons, nlp
from pipeline.extractors import brand_years, budget_periods, date_header_pairs, events
from pipeline.extractors import project_sentence, range_lines
from pipeline.extractors.context import Context
from pipeline.model import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Evidence, Section
from pipeline.normalise.dates import DateRange, end_before_start, find_dates, find_ranges, months_between
from pipeline.textnorm import UPPER, fold

KEYS = {"duration", "start", "end"}
PROJECT_KEYS = {"project_before", "project_after", "cluster_names"}
# a statement of months closer before the duration cue than this still counts
# ("de dos años de duración")
BEFORE_CUE = 40
# a stated length and the range written right after it agree within this many months
# ("two years (2016-2018)", "approximately 8 years from 2019-10-01 to 2027-09-30")
AGREE_MONTHS = 12
# the most years a project's bare years beside its name span ("projekt X 2016-2019"); the EU's
# budget periods are a programme's (brand_years.bare_years)
PROJECT_YEARS = 10
# the months a length with no cue word may span to be the project's (_named_length): a year or
# less is as often a school year or a stay, more than six years a partnership's history
NAMED_LENGTH = (18, 72)
# words that may stand between a project word and its bare years ("projet Erasmus+ X (…)")
NAME_GAP_WORDS = 4
# a founding sentence opens with its subject: "Únia klastrov Slovenska vznikla v roku 2010"
SUBJECT_WORDS = 5
# an alone label's value may be styled as a heading too ("Durée du projet" / "Mai 2018 -
# avril 2021" in a fact box): the value must then be exactly a date or range (see _label)
LABEL_VALUES = (PARAGRAPH, TABLE_ROW, HEADING, LIST_ITEM)


@dataclass
class Period:
    start: str | None = None
    end: str | None = None
    months: int | None = None
    evidence: Evidence | None = None
    months_evidence: Evidence | None = None
    flags: list[str] = field(default_factory=list)


def extract(ctx: Context, name: str | None) -> Period:
    period = Period()
    pub = _published(ctx)
    for i in ctx.indices:
        pair = date_header_pairs.read(ctx, i)
        if pair:  # "Start date End date 01.03.2019 28.02.2022": headers first, then their values
            period.start, period.end, period.evidence = pair
            break
    for n, i in enumerate(ctx.indices):
        found = ctx.label_block(i, KEYS | {"period_label"}, LABEL_VALUES)
        if not found and n:
            found = _glued_label(ctx, ctx.indices[n - 1], i)
        if found:
            _label(ctx, period, *found, pub)
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            _sentence(ctx, period, i, sent, name, pub)
    if period.end is None:
        _until(ctx, period, name, pub)
    if not (period.start or period.end):
        _length_between_dates(ctx, period)
    if not (period.start or period.end):
        _range_line(ctx, period)
    if not (period.start and period.end):
        _spanning_range(ctx, period, name)
    if not (period.start or period.end):
        _years_beside_project(ctx, period, name)
    if not (period.start or period.end):
        _brand_years(ctx, period)
    if not (period.start or period.end):
        since = _since(ctx, name)
        period.start, period.evidence = since.start, since.evidence
    if end_before_start(period.start, period.end) and "end-before-start" not in period.flags:
        period.flags.append("end-before-start")
    return period


def _published(ctx: Context) -> str | None:
    """The page's publication date, the reference for "letos" / "this year"."""
    whole = Context(ctx.doc, Section(blocks=tuple(range(len(ctx.doc.blocks)))))
    found = events.published(whole)
    return found[0] if found else None


# ---------------------------------------------------------------- labels

def _label(ctx: Context, period: Period, key: str, paren: str, start: int, end: int, alone: bool,
           pub: str | None) -> None:
    """A label's value must open with what the label announces (a date, a range or a
    length of time): a menu word such as "Start" followed by a paragraph is no label."""
    text = ctx.doc.text[start:end]
    lead = len(text) - len(text.lstrip())
    if key == "duration" and period.months is None:
        m = _unit_pattern(ctx).match(text, lead)
        bare = re.match(r"(\d{1,3})(?!\S)", text[lead:].rstrip(". "))
        unit = _paren_unit(ctx, paren)
        if m:
            _set_months(ctx, period, m, start)
        elif bare and unit and bare.group(0) == text.strip().rstrip(". "):
            period.months = int(bare.group(1)) * unit
            period.months_evidence = ctx.evidence(start + lead, start + lead + len(bare.group(1)))
    elif key == "period_label" and period.months is None:
        # "Период: 24 месеца", "Period: 24 months": a period label whose whole value is a length
        # of time states the duration (a few days or weeks under "Dates:" are an event's)
        m = _unit_pattern(ctx).match(text, lead)
        if m and ctx.lex.duration_units[m.group("u").lower()] >= 1 and (
                not text[m.end():].strip(" .;") or _agreeing_range_after(ctx, text, m, start, pub)):
            # "Projekta periods:" / "15 mēneši, no 2010. gada 30. septembra līdz 2011. gada 31.
            # decembrim": a length, then the range it spans, is the project's whole period
            _set_months(ctx, period, m, start)
            key = "duration"
    ranges = find_ranges(text, ctx.lex, pub, nearest=False)
    if key == "duration" and ranges and period.months_evidence and period.months_evidence.start >= start:
        # "Trajanje projekta: 60 mesecev (od 4. 9. 2017 do 31. 8. 2022)": the length, then its dates
        r = _range_after_months(ctx, period, nlp.Span(start, end, text), pub)
        if r is not None:
            _assign(ctx, period, r, key, text, start)
            return
    if ranges and not _opens(text, ranges[0], ctx) and key in ("duration", "period_label"):
        _cued_dates(ctx, period, text, start, ranges)
        return
    if not ranges or not _opens(text, ranges[0], ctx):
        return
    r = ranges[0]
    if key == "period_label":
        # "Dates :", "Termín:" also head an event's days, "Period: 2014-2020" a
        # programme's years: only a range of months or days, three months or longer
        if r.end is None or "year" in (r.start.precision, r.end.precision) or months_between(r) < 3:
            return
        key = "duration"
    exact = _bare_value(ctx, text) == text[r.span_start:r.span_end].strip().rstrip(".")
    if not exact and key == "duration" and r.end is not None and _bracketed_length(ctx, text, r):
        # "01.04.2018 – 30.11.2019 (20 mēneši).": the range, then its length in brackets
        exact = re.fullmatch(r"\s*\([^()]*\)", _bare_value(ctx, text[r.span_end:])) is not None
    if alone and not exact:
        return  # "Start" alone then "12.5.2012 Workshop in Brno": a menu and a news list
    _assign(ctx, period, r, key, text, start, whole_period=key == "duration" and exact)


def _agreeing_range_after(ctx: Context, text: str, m: re.Match, base: int, pub: str | None) -> bool:
    """A label's value that goes on from its length to a range of days or months, with only a
    comma, a colon, a bracket or a "from" word between, whose span the length states to within
    a few months: the value is the project's period, not an event's days."""
    probe = Period()
    if not _set_months(ctx, probe, m, base):
        return False
    for r in find_ranges(text, ctx.lex, pub, nearest=False):
        if r.span_start < m.end():
            continue
        gap = text[m.end():r.span_start].strip(" ,:;(\u00a0").lower()
        return r.end is not None and "year" not in (r.start.precision, r.end.precision) and \
            (not gap or gap in ctx.lex.cues["range_from"]) and abs(months_between(r) - probe.months) <= 2
    return False


def _bracketed_length(ctx: Context, text: str, r: DateRange) -> tuple[re.Match, int] | None:
    """A bracket right after a range that holds only a length of time, as project cards and
    sentences write it ("01.04.2018 – 30.11.2019 (20 mēneši).", "25/09/2023 – 24/11/2024 (14
    kuud)"): (the length's match, its offset in text)."""
    m = re.match(r"\s*\(\s*(?P<len>[^()]*?)\s*\)", text[r.span_end:])
    length = _unit_pattern(ctx).fullmatch(m.group("len")) if m else None
    return (length, r.span_end + m.start("len")) if length else None


def _bracket_months(ctx: Context, period: Period, text: str, r: DateRange, base: int) -> None:
    """The months a bracket after the project's range states, where none are known yet."""
    found = _bracketed_length(ctx, text, r) if period.months is None else None
    if found:
        _set_months(ctx, period, found[0], base + found[1])


def _cued_dates(ctx: Context, period: Period, text: str, start: int, ranges: list[DateRange]) -> None:
    """A period label whose value states each date after its own start or end word:
    "Toteutusaika: Alkaa 1.5.2018 ja päättyy 31.3.2021", "Durée : débute le … et finit le …"."""
    words = {k: {w.lower() for w in ctx.lex.cues.get(k, [])} for k in ("start", "end")}
    before = 0
    for r in ranges:
        head = text[before:r.span_start].strip().lower()
        before = r.span_end
        if r.end is not None:
            return
        for key in ("start", "end"):
            if any(head == w or head.endswith(" " + w) for w in words[key]) and getattr(period, key) is None:
                _assign(ctx, period, r, key, text, start)
                break


def _bare_value(ctx: Context, text: str) -> str:
    """A label's value without a closing year mark: "okres realizacji: 2019 rok." is 2019, nor
    a flattened table's closing cell bar ("1. 11. 2023 |")."""
    value = text.strip().rstrip("|").strip().rstrip(".")
    marks = [m.rstrip(".") for m in ctx.lex.cues.get("year_suffix", [])]
    for mark in sorted(marks, key=len, reverse=True):
        if mark and value.lower().endswith(" " + mark.lower()):
            return value[:-len(mark)].rstrip().rstrip(".")
    return value


def _glued_label(ctx: Context, prev: int, i: int) -> tuple[str, str, int, int, bool] | None:
    """A label the capture glued to the end of the paragraph before it, its value alone
    in the next block: "… v různých oblastech.Dotační období" / "01.04.2018 - 31.01.2019".
    The label (a word or two may come before its cue) starts with a capital right after
    the sentence's end and ends the paragraph."""
    phrases = sorted(((p, k) for k in KEYS | {"period_label"} for p in ctx.lex.cues.get(k, []) if "*" not in p),
                     key=lambda pk: (-len(pk[0]), pk[0]))
    tail = ctx.text(prev).rstrip()
    # the label ends the paragraph: only phrases the paragraph ends with need the pattern
    ending = tail.rstrip(":").rstrip().lower()
    for phrase, key in phrases:
        if not ending.endswith(phrase):
            continue
        m = re.search(rf"[.!?]\s*(?P<label>(?:\w+\s){{0,2}}{re.escape(phrase)})\s*:?$", tail, re.IGNORECASE)
        if m and m.group("label")[0].isupper():
            b = ctx.block(i)
            return key, "", b.start, b.end, True
    return None


def _opens(text: str, r: DateRange, ctx: Context) -> bool:
    """The range is the first thing in the value, but for a "from"/"to" word before it."""
    head = text[:r.span_start].strip().lower()
    return not head or head in set(ctx.lex.cues["range_from"]) | set(ctx.lex.cues["range_to"])


def _paren_unit(ctx: Context, paren: str) -> int | None:
    """The unit a label's parenthesis gives its bare number: "Időtartam (hónapokban): 12"."""
    for word in re.findall(r"\w+", paren.lower()):
        if word in ctx.lex.duration_units:
            return ctx.lex.duration_units[word]
    return None


# ---------------------------------------------------------------- running text

def _sentence(ctx: Context, period: Period, i: int, sent, name: str | None, pub: str | None) -> None:
    # "Umsetzung des Projektes" dates the project as a duration word does
    cues = [replace(c, key="duration") if c.key == "implementation" else c
            for c in ctx.cues(i, KEYS | {"duration_for", "implementation", "implemented"})
            if sent.start <= c.start < sent.end]
    # a sentence that goes on from one naming the project speaks of it too ("Sie werden in den
    # nächsten drei Jahren …")
    about = project_sentence.about(ctx, i, sent, name)
    stated = False
    if period.months is None:
        stated = _months(ctx, sent, cues, about, period, _name_spans(ctx, i, sent, name))
    if stated and not (period.start or period.end):
        # "sur deux ans (2016-2018)": the stated length's own dates, whatever else is near
        r = _range_after_months(ctx, period, sent, pub)
        if r is None and about:
            r = _sole_agreeing_range(ctx, period, sent, pub)
        if r is not None and budget_periods.programmes(ctx, i, sent, r, name):
            # "runs for seven years, from 2014 to 2020": the length is the programme's as its years are
            period.months = period.months_evidence = None
        elif r is not None:
            _assign(ctx, period, r, "duration", sent.text, sent.start)
    event_cues = events.event_cues(ctx, sent)
    cues = [c for c in cues if _counts(ctx, i, c, sent, name, about, stated, bool(event_cues))]
    if not cues or period.start and period.end:
        return
    first = min(c.start for c in cues)
    # verb-final languages close the sentence with the cue: "A projekt 2011. április
    # 1-jétől 2014. március 31-ig tart."
    # tr "projenin … 01 Haziran 2024 – 31 Ağustos 2025 tarihleri arasında gerçekleştirileceğini":
    # a verb of carrying out that kept its place (the project named before it) closes it too
    closing = about and any(c.key in ("duration", "implemented") for c in cues) or \
        any(c.key == "implemented" and not ctx.is_label(i, c) for c in cues)
    taken = events.event_range(ctx, sent) if event_cues else None
    for r in find_ranges(sent.text, ctx.lex, pub, nearest=False):
        offset = sent.start + r.span_start
        cue = _attached_cue(ctx, i, cues, sent, r)
        if _programme_period(ctx, i, sent, r, name):
            cues = _spent_on_programme(ctx, cues, offset)
            if not cues:
                return
            continue
        if cue is None and (offset < first and not (closing and r.end is not None)):
            continue
        if _year_in_name(ctx, sent.text, r):
            continue
        short = events.days_apart(r)
        if short is not None and short <= events.SHORT_DAYS and not ctx.is_label(i, cue or _nearest_cue(cues, offset)):
            continue  # "în perioada 22-28 martie": a week is an event's, not a project's
        cue = cue or _nearest_cue(cues, offset)
        if event_cues and not ctx.is_label(i, cue) and not _owns(cue, r, sent, event_cues, taken):
            continue
        key = "start" if cue.key == "end" and r.end is not None and _start_and_end(ctx, cues, cue, sent) else cue.key
        if r.end is None:
            key = _governing_end(ctx, i, sent, cue, offset, key)
        _assign(ctx, period, r, key, sent.text, sent.start)
        if r.end is not None or period.start and period.end:
            return


# words at most between a duration cue and the programme's period it governs ("în perioada 2007 – 2013")
GOVERNED_GAP = 2


def _spent_on_programme(ctx: Context, cues, offset: int) -> list:
    """The cues left once a programme's period is read: the duration cue right before it is the
    programme's ("Programul LIFE+ se desfăşoară în perioada 2007 – 2013 şi a intrat în vigoare
    … din 9 iunie 2007"), so no later date of the sentence takes it for the project's."""
    before = [c for c in cues if c.end <= offset]
    if not before or before[-1].key != "duration" or len(ctx.doc.text[before[-1].end:offset].split()) > GOVERNED_GAP:
        return cues
    return [c for c in cues if c is not before[-1]]


def _governing_end(ctx: Context, i: int, sent, cue, at: int, key: str) -> str:
    """Which end a lone date after its cue names, so that start and end are never swapped.
    A length word dates a lone date as the start only when no end word stands between them
    ("termini d'execució que finalitza el 30 de setembre", "διάρκεια έως το τέλος του 2012":
    the end). An end word right after a start verb tells the part of the year, and the verb
    governs ("se je začel konec leta 2014", "started at the end of 2014")."""
    text = ctx.doc.text
    if key == "end":
        starts = [c for c in ctx.cues(i, {"start"}) if sent.start <= c.start and c.end <= cue.start]
        if any(not text[c.end:cue.start].strip() for c in starts):
            return "start"
        return key
    if key != "duration" or cue.end > at:
        return key
    between = text[cue.end:at]
    if _preposition(ctx, between) is not None:
        return key  # _assign reads it
    if any(cue.end <= c.start and c.end <= at for c in ctx.cues(i, {"end"})):
        return "end"
    words = _date_words(ctx, between)
    # an "until" word further back than _preposition looks: "έως το τέλος του 2012"; a one- or
    # two-letter one ("a", "do") is too common to govern from afar
    if any(w in ctx.lex.cues["range_to"] and len(w) > 2 for w in words):
        return "end"
    return key


def _date_words(ctx: Context, text: str) -> list[str]:
    """The lower-cased words of `text` without year marks and date connectors ("m.", "gada",
    "и"), which stand between a cue and its date without saying anything of it."""
    fillers = set(ctx.lex.cues["year_suffix"]) | set(ctx.lex.cues.get("date_connectors", []))
    return [w for w in text.lower().replace("\u2019", "'").split() if w not in fillers]


def _start_and_end(ctx: Context, cues, cue, sent) -> bool:
    """An end cue joined by a conjunction to a start word before it names both ends: "algus- ja
    lõppkuupäev", "Beginn- und Enddatum", "alkamis- ja päättymispäivä" (the first half of a
    compound cut off at its hyphen), "datum zahájení a ukončení" (a start cue): a range after it
    is the period, not its end."""
    conj = "|".join(re.escape(c) for c in ctx.lex.cues.get("conjunctions", []))
    if not conj:
        return False
    text = ctx.doc.text
    before = text[sent.start:cue.start]
    if re.search(rf"[^\W\d_]{{3,}}-\s+(?:{conj})\s+$", before, re.IGNORECASE):
        return True
    return any(c.key == "start" and c.end <= cue.start and sent.start <= c.start
               and re.fullmatch(rf"\s+(?:{conj})\s+", text[c.end:cue.start], re.IGNORECASE) for c in cues)


def _counts(ctx: Context, i: int, cue, sent, name: str | None, about: bool, stated: bool, event: bool) -> bool:
    """Whether a cue in running text may date the project. A label always may. A start
    or end verb must follow a mention of the project with no programme word between
    ("Projekt … odstartoval v lednu 2014", not "The programme started in 2014"); in a
    sentence that reports an event, every cue must speak of the project ("Výstava trvá
    do 30. 6." is the exhibition's); a "for" phrase counts where it stated the duration."""
    if cue.key in KEYS and (ctx.is_label(i, cue) or _colon_after(ctx, cue)):
        return True
    if cue.key == "duration_for":
        return stated and not event
    if cue.key == "duration":
        return about or not event
    # a verb of carrying out, like a start or end verb, must speak of the project: not
    # "la mise en œuvre du prochain programme … à partir de 2021"
    return _subject(ctx, i, sent, cue, name) or _opens_carried_sentence(ctx, i, sent, cue, name)


def _opens_carried_sentence(ctx: Context, i: int, sent, cue, name: str | None) -> bool:
    """A start or end verb that opens its sentence has no subject of its own: it is the
    project's when the sentence goes on from one naming the project and names nothing else
    ("… “Birds of a feather”. Finalitzat l’agost de 2021.", "… projekt X. Zakończył się w
    grudniu 2020.")."""
    if cue.key not in ("start", "end") or ctx.doc.text[sent.start:cue.start].strip(" •-–*·\t\n"):
        return False
    return project_sentence.carries_on(ctx, i, sent, name)


def _colon_after(ctx: Context, cue) -> bool:
    """ "Ukončení: 31. 12. 2014" inside a run of labels on one line."""
    return bool(re.match(r"\s*:", ctx.doc.text[cue.end:cue.end + 3]))


def _subject(ctx: Context, i: int, sent, cue, name: str | None) -> bool:
    """The cue speaks of the project: the project is named before it with no programme
    word between ("Projekt … odstartoval", "Projekt kezdete"), or right after it ("The
    start of the project is …"); not "The programme started in 2014 … projects"."""
    if _names_project(ctx, cue.text):
        return True
    spans = _name_spans(ctx, i, sent, name)
    mentions = [a for a, _ in spans if a <= cue.start]
    programmes = [c.start for c in ctx.cues(i, {"programme"}) if sent.start <= c.start < cue.start]
    if mentions and max(mentions) > max(programmes, default=-1):
        return True
    window = cue.end + len(" ".join(ctx.doc.text[cue.end:sent.end].split()[:3])) + 1
    return any(cue.end <= a <= window for a, _ in spans)


def _names_project(ctx: Context, text: str) -> bool:
    """A cue that holds a project word speaks of the project itself: "Projektbeginn",
    "project start", "začátek projektu", "fin du projet"."""
    low = text.lower()
    words = set(ctx.lex.cues["project_before"]) | set(ctx.lex.cues["project_after"])
    return any(w in low for w in words if len(w) >= 5 and " " not in w)


def _owns(cue, r: DateRange, sent, event_cues, taken: DateRange | None) -> bool:
    """In a sentence that reports an event, the event's own date is not the project's
    ("Dvoudenní meeting projektu CHESTNUT začal dne 30.5.2017"); another date is, when
    its cue is nearer to it than any event cue ("Projekt byl zahájen 1. 1. 2012 a
    úvodní konference se konala 12. 2. 2012")."""
    if taken is not None and taken.span_start == r.span_start:
        return False
    offset = sent.start + r.span_start
    return all(abs(offset - cue.end) < abs(offset - e.start) for e in event_cues)


def _name_spans(ctx: Context, i: int, sent, name: str | None) -> list[tuple[int, int]]:
    """Where the project's name and project words stand in the sentence."""
    spans = [(c.start, c.end) for c in ctx.cues(i, PROJECT_KEYS) if sent.start <= c.start < sent.end]
    if name:
        spans += [(sent.start + m.start(), sent.start + m.end()) for m in re.finditer(re.escape(name), sent.text)]
    return spans


def _about_project(ctx: Context, i: int, sent, name: str | None) -> bool:
    """The sentence speaks of the project: a project word or its name."""
    return bool(name and name in sent.text) or any(
        sent.start <= c.start < sent.end for c in ctx.cues(i, PROJECT_KEYS))


UNTIL_WORDS = 3  # how near before a lone date an "until" word makes it the end


def _until(ctx: Context, period: Period, name: str | None, pub: str | None) -> None:
    """A lone date after an "until" word in a sentence that names the project is its end,
    with no end cue ("Il se tient sur trois ans, jusqu’en 2018", "El proyecto … se
    desarrollará hasta finales de 2026", "Das Projekt läuft bis Ende 2027"). Not in a
    sentence that reports an event, names a call or proposals (a deadline), or whose
    programme word comes before any project word ("Das Programm läuft bis 2027")."""
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            if not project_sentence.names_project(ctx, i, sent, name) or events.event_cues(ctx, sent):
                continue
            if any(sent.start <= c.start < sent.end for c in ctx.cues(i, {"call", "proposals_counted", "published"})):
                continue
            for r in find_ranges(sent.text, ctx.lex, pub, nearest=False):
                if r.end is not None or _year_in_name(ctx, sent.text, r):
                    continue
                before = sent.text[:r.span_start]
                if _preposition(ctx, " ".join(before.split()[-UNTIL_WORDS:])) != "end":
                    continue
                if _short_until_apart(ctx, before):
                    continue  # "soumise à l'UE le 31 janvier", "Mis à jour le 22/01/2021"
                at = sent.start + r.span_start
                if any(len(ctx.doc.text[c.end:at].split()) <= UNTIL_WORDS for c in ctx.doc_cues(sent, {"start", "since"})
                       if c.end <= at):
                    continue  # "comenzó a realizarse en 2019", "began to run in 2019": the "to" after a start verb opens it
                programmes = [c.start for c in ctx.cues(i, {"programme"}) if sent.start <= c.start < at]
                projects = [s for s, _ in _name_spans(ctx, i, sent, name) if s < at]
                if programmes and min(programmes) < min(projects, default=at):
                    continue  # the programme is the subject: "Interreg … bis 2027 … Projekte"
                _assign(ctx, period, r, "end", sent.text, sent.start)
                return


def _short_until_apart(ctx: Context, before: str) -> bool:
    """A one- or two-letter "until" word ("à", "a", "do", "до") ends a date only right before
    it (year marks and date connectors aside); further back it is a plain preposition."""
    words = _date_words(ctx, before)[-UNTIL_WORDS:]
    to = set(ctx.lex.cues["range_to"])
    for n in reversed(range(len(words))):
        if any(" ".join(words[n:n + k]) in to for k in (3, 2)):
            return False  # "jusqu'à la fin", "fins a": a phrase is no short word
        if words[n] in to:
            return len(words[n]) <= 2 and n < len(words) - 1
    return False


def _year_in_name(ctx: Context, text: str, r: DateRange) -> bool:
    """A bare year written after a capitalised word inside the sentence is part of a
    name: "Plan Estratégico Estatal de Humedales 2030", "Natura 2000", "Europa 2020". Not
    in a language that capitalises every noun ("bis Ende 2026"), and not after the
    sentence's first word ("In 2023", "Since 2019")."""
    if r.end is not None or r.start.precision != "year" or ctx.lex.nouns_capitalised:
        return False
    words = text[:r.span_start].split()
    return len(words) >= 2 and len(words[-1]) >= 4 and words[-1][0].isupper() and words[-1].isalpha()


_YEARS = re.compile(r"\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b")


def _programme_period(ctx: Context, i: int, sent, r: DateRange, name: str | None) -> bool:
    """ "Interreg V-A 2014-2020", "programu … v období 2014–2020": two bare years after
    a programme word are the programme's period, not the project's; so is an EU budget
    period beside a programming-period word or a programme's name, or in a sentence that
    does not name the project (budget_periods)."""
    if budget_periods.programmes(ctx, i, sent, r, name):
        return True
    if r.end is None or r.start.precision != "year" or r.end.precision != "year":
        return False
    at = sent.start + r.span_start
    words = [c.end for c in ctx.cues(i, {"programme"}) if sent.start <= c.start < at]
    # the programme's own period stands between its word and this range: "Interreg Central
    # Baltic Programme 2014-2020 rahoittaa vuosina 2016-2018" dates the project by the second
    return bool(words) and not _YEARS.search(ctx.doc.text[max(words):at])


def _assign(ctx: Context, period: Period, r: DateRange, key: str, text: str, base: int,
            whole_period: bool = False) -> None:
    """Put a range or a lone date where its cue says. `whole_period`: a duration label
    whose whole value is one year or month ("Okres realizacji: 2013") ran within it."""
    ev = ctx.evidence(base + r.span_start, base + r.span_end)
    if r.end is not None:
        if key == "end" or (period.start or period.end) and not _refines(period, r):
            return
        period.start, period.end = r.start.iso, r.end.iso
        _bracket_months(ctx, period, text, r, base)
    else:
        iso = r.start.iso
        if key in ("duration_for", "implemented"):  # "pe o perioadă de doi ani, până în septembrie 2017"
            # "zrealizovalo od května 2014": a verb of carrying out dates one end only
            # with a "from" or "to" word; "realizováno v roce 2014" may be either
            key = _preposition(ctx, text[:r.span_start]) or ""
        if key == "duration":
            key = _preposition(ctx, text[:r.span_start]) or "start"
            if whole_period and key == "start" and r.start.precision in ("year", "month"):
                if period.start is None and period.end is None:
                    period.start = period.end = iso
                    period.evidence = period.evidence or ev
                    _check(period, r)
                return
        if key == "end" and period.end is None:
            period.end = iso
        elif key == "start" and period.start is None:
            period.start = iso
        else:
            return
    period.evidence = period.evidence or ev
    _check(period, r)


def _refines(period: Period, r: DateRange) -> bool:
    """A range whose one end states the lone date already read, as precisely or more
    ("Începând cu luna decembrie 2020 …" / "de la 1 decembrie 2020 până la 31 decembrie
    2023"), completes it."""
    if period.start and period.end:
        return False
    known, same = (period.start, r.start.iso) if period.start else (period.end, r.end.iso)
    return same.startswith(known)


def _preposition(ctx: Context, before: str) -> str | None:
    """ "bis", "do", "until" shortly before a date make it an end ("až do konce roku
    2014"); "ab", "od", "from" a start. Year marks ("roku", "r.") are skipped."""
    fillers = set(ctx.lex.cues["year_suffix"])
    # a typographic apostrophe is the cue's apostrophe: "jusqu’en 2018"
    words = [w for w in before.lower().replace("\u2019", "'").split() if w not in fillers][-3:]
    connectors = set(ctx.lex.cues.get("date_connectors", []))
    fallback = None
    for n in reversed(range(len(words))):  # the nearest word first: "a partir de" starts
        for size in (3, 2, 1):
            phrase = " ".join(words[n:n + size])
            found = "end" if phrase in ctx.lex.cues["range_to"] else \
                "start" if phrase in ctx.lex.cues["range_from"] else None
            if found and phrase in connectors:
                # "hasta finales de 2026", "until the end of 2026": a word that joins a date's
                # parts ("de", "of") is no "from" when a "to" word stands before it
                fallback = fallback or found
                continue
            if found:
                return found
    return fallback


def _attached_cue(ctx: Context, i: int, cues, sent, r: DateRange):
    """A cue right after a date, with at most a case suffix or a year mark between, belongs to it:
    Hungarian puts the verb after its date ("2016. március 1-jén kezdődött és 2019.
    február 28-án zárul"). A label after a date opens the next value instead
    ("Zahájení: 1. 1. 2012 Ukončení: 31. 12. 2014")."""
    end = sent.start + r.span_end
    # a year mark may stand between: "1. svibnja 2017. godine započeo je projekt"
    marks = {fold(w) for w in ctx.lex.cues.get("year_suffix", [])}
    for c in cues:
        gap = " ".join(w for w in ctx.doc.text[end:c.start].split() if fold(w) not in marks).strip(" .")
        # the suffix may be set off by a spaced dash: "2021. 06. 30. – án zárult"
        if c.start >= end and re.fullmatch(rf"(?:-\w+|[-–]\s?[^\W\d{UPPER}]{{1,4}})?\s*", gap) \
                and not ctx.is_label(i, c) and not _colon_after(ctx, c):
            return c
    return None


def _nearest_cue(cues, offset: int):
    """The cue closest before a date decides whether it starts or ends the project."""
    before = [c for c in cues if c.start <= offset]
    return before[-1] if before else cues[0]


def _range_line(ctx: Context, period: Period) -> None:
    """A block that is only a range of months or days, a project's length (range_lines):
    a fact box's value whose label was dropped or set apart."""
    found = range_lines.range_alone(ctx)
    if found:
        r, base = found
        period.start, period.end = r.start.iso, r.end.iso
        period.evidence = ctx.evidence(base + r.span_start, base + r.span_end)
        _check(period, r)


def _spanning_range(ctx: Context, period: Period, name: str | None) -> None:
    """Without a cue, a "from … to …" range of months or days, a few months to ten years
    long, in a sentence about no event, is the project's period when the sentence names
    the project, or when it completes a start or end already read ("Projekt byl
    realizován v období říjen 2011 až …" / "budou spolupracovat od října 2011 do září
    2014"); it never contradicts what was read."""
    from_words = set(ctx.lex.cues["range_from"])
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            if not (period.start or period.end or _about_project(ctx, i, sent, name)):
                continue
            others = [c for c in ctx.cues(i, {"events", "published", "since", "call", "programme"})
                      if sent.start <= c.start < sent.end]
            for r in find_ranges(sent.text, ctx.lex):
                if r.end is None or r.span_start == r.start.start:
                    continue
                # the range's own from-word may be a "since" word too (lv "no", es "desde", fi
                # "alkaen"): only a cue elsewhere in the sentence makes it another's period
                if any(not sent.start + r.span_start <= c.start < sent.start + r.start.start for c in others):
                    continue
                word = sent.text[r.span_start:r.start.start].strip().lower()
                if word not in from_words:
                    continue
                if "year" in (r.start.precision, r.end.precision) and not _years_from_to(ctx, i, sent, r, name, period):
                    continue
                months = months_between(r)
                if not range_lines.MIN_MONTHS <= months <= range_lines.MAX_MONTHS or (period.start or period.end) and not _refines(period, r):
                    continue
                # a start already read ("v období říjen 2011 až …") gains its end here
                period.start, period.end = r.start.iso, r.end.iso
                period.evidence = period.evidence or ctx.evidence(sent.start + r.span_start, sent.start + r.span_end)
                _check(period, r)
                return


def _years_from_to(ctx: Context, i: int, sent, r: DateRange, name: str | None, period: Period) -> bool:
    """ "Piloté de 2010 à 2014, ce projet …", "dal 2012 al 2015": bare years after a "from"
    word are the project's in a sentence naming it, when nothing was read yet and they are no
    EU budget period (a programme's "od 2014 do 2020")."""
    if period.start or period.end or not project_sentence.names_project(ctx, i, sent, name):
        return False
    return r.start.precision == r.end.precision == "year" and 0 < months_between(r) <= PROJECT_YEARS * 12 \
        and not budget_periods.programmes(ctx, i, sent, r, name) and not _programme_period(ctx, i, sent, r, name)


def _length_between_dates(ctx: Context, period: Period) -> None:
    """A flattened table row of start, length and end ("Start date Duration End date" /
    "01/09/2024 18 months 28/02/2026"): a length standing alone between two dates of a
    day or month, whose distance it states to within a month, gives all three. The
    agreement is the evidence; no cue is needed."""
    for i in ctx.indices:
        text = ctx.text(i)
        dates = [d for d in find_dates(text, ctx.lex, nearest=False) if d.precision != "year" and not d.inferred]
        for m in _unit_pattern(ctx).finditer(text):
            before = [d for d in dates if d.end <= m.start() and not text[d.end:m.start()].strip()]
            after = [d for d in dates if d.start >= m.end() and not text[m.end():d.start].strip()]
            if not (before and after):
                continue
            a, b = before[-1], after[0]
            r = DateRange(a, b, a.start, b.end)
            probe = Period()
            base = ctx.block(i).start
            if not _set_months(ctx, probe, m, base) or abs(months_between(r) - probe.months) > 1:
                continue
            if period.months not in (None, probe.months):
                continue
            period.start, period.end = a.iso, b.iso
            period.evidence = ctx.evidence(base + a.start, base + b.end)
            period.months, period.months_evidence = probe.months, probe.months_evidence
            _check(period, r)
            return


def _range_after_months(ctx: Context, period: Period, sent, pub: str | None) -> DateRange | None:
    """A range right after the stated length, in brackets or after "from", whose length
    agrees with it: "EASY est un programme sur deux ans (2016-2018)", "w ciągu trzech lat
    (2016-2019)", "runs over approximately 8 years from 2019-10-01 to 2027-09-30"."""
    ev = period.months_evidence
    if ev is None or not sent.start <= ev.start < sent.end:
        return None
    for r in find_ranges(sent.text, ctx.lex, pub, nearest=False):
        if r.end is None or sent.start + r.span_start < ev.end:
            continue
        # "Trvanie projektu: 26 mesiacov: 1.6.2017 - 31.7.2019": a colon may stand between
        gap = sent.text[ev.end - sent.start:r.span_start].strip(" ,:(\u00a0")
        # "24 mois, à titre indicatif du 1er octobre 2023 au …": an approximating word between
        # "(od 4. 9. 2017 do …)": a "from" word opens the range
        if gap and gap.lower() not in ctx.lex.cues.get("approx", []) + ctx.lex.cues["range_from"] or \
                abs(months_between(r) - period.months) > AGREE_MONTHS:
            return None
        return r
    return None


def _sole_agreeing_range(ctx: Context, period: Period, sent, pub: str | None) -> DateRange | None:
    """The one range in a sentence about the project that states its length, wherever it
    stands, when the length agrees with it: "Is tionscadal sé bliana é X … a ritheann idir 2022
    agus 2028" (the programme's years are set aside by the caller)."""
    ranges = [r for r in find_ranges(sent.text, ctx.lex, pub, nearest=False) if r.end is not None]
    if len(ranges) != 1 or abs(months_between(ranges[0]) - period.months) > AGREE_MONTHS:
        return None
    return ranges[0]


def _years_beside_project(ctx: Context, period: Period, name: str | None) -> None:
    """Two bare years beside the project's name or a project word, with no cue: "an
    Erasmus+ Project 2017-19", "au projet Erasmus+ T.I.M.E. (2020 – 2023)", "Projekt X
    (2016–2018)". The years stand in brackets, right after the project word or name, or
    end the sentence; a few words (a brand, the name) may come between, but no programme
    word ("programme Interreg 2014-2020") and no clause break. A plural ("Projects
    2014-2020") heads a list, and an EU budget period (2014-2020) is a programme's."""
    words = set(ctx.lex.cues["project_before"]) | set(ctx.lex.cues["project_after"])
    plural = set(ctx.lex.cues.get("projects_counted", []))
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            anchors = [c.end for c in ctx.cues(i, PROJECT_KEYS - {"cluster_names"})
                       if sent.start <= c.start < sent.end and c.text.lower() in words - plural]
            if name:
                anchors += [sent.start + m.end() for m in re.finditer(re.escape(name), sent.text)]
            for r in find_ranges(sent.text, ctx.lex):
                if not brand_years.bare_years(r, PROJECT_YEARS):
                    continue
                at = sent.start + r.span_start
                near = [a for a in anchors if a <= at and _name_gap(ctx.doc.text[a:at])]
                if not near:
                    continue
                gap = ctx.doc.text[max(near):at]
                after = sent.text[r.span_end:].strip()
                bracketed = gap.rstrip().endswith("(") and after.startswith(")")
                if gap.strip() and not bracketed and after.strip(" .!"):
                    continue
                if any(max(near) <= c.start < at for c in ctx.cues(i, {"programme"})):
                    continue
                period.start, period.end = r.start.iso, r.end.iso
                period.evidence = ctx.evidence(sent.start + r.span_start, sent.start + r.span_end)
                return


def _brand_years(ctx: Context, period: Period) -> None:
    """ "Erasmus+ 2016-2018": a short span right after the programme's brand (see brand_years)."""
    found = brand_years.years_after_brand(ctx)
    if found:
        r, at = found
        period.start, period.end = r.start.iso, r.end.iso
        period.evidence = ctx.evidence(at, at + r.span_end - r.span_start)


def _name_gap(gap: str) -> bool:
    """What may stand between a project word and its years: a few words (a brand, a
    name), an opening bracket, no clause break."""
    return len(gap.replace("(", " ").split()) <= NAME_GAP_WORDS and not re.search(r"[,;]", gap)


# ---------------------------------------------------------------- months

ELAPSED_BEFORE, ELAPSED_AFTER = 3, 2  # words around a length an elapsed word may stand in


def _elapsed(ctx: Context, text: str, m: re.Match) -> bool:
    """A word beside the length that makes it time gone by: "déjà 18 mois de travail", "nació
    hace más de tres años", "ilu għal dan l-aħħar erba' snin", "three years ago" (cue file
    entry `length_elapsed`, the page's language and English)."""
    words = {fold(w) for lang in dict.fromkeys((ctx.lex.lang, "en"))
             for w in lexicons.data_entry(lang, "length_elapsed", []) or []}
    words |= {fold(w) for w in ctx.lex.cues["since"]}  # "depuis plus d'un an", "seit drei Jahren"
    window = " ".join(text[:m.start()].split()[-ELAPSED_BEFORE:] + text[m.end():].split()[:ELAPSED_AFTER])
    window = fold(window.lower().replace("\u2019", "'"))
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", window) for w in words)


_UNIT_PATTERNS: dict[str, re.Pattern] = {}  # per language, built once like the money patterns


def _unit_pattern(ctx: Context) -> re.Pattern:
    """A number (digits, a decimal or a number word) and a duration unit: "36 měsíců",
    "24-month", "2,5 roku", "two years and a half", and compounds written as one word:
    "dvouletý", "zweijährig", "zweieinhalb Jahre"."""
    if ctx.lex.lang not in _UNIT_PATTERNS:
        units = sorted(ctx.lex.duration_units, key=lambda w: (-len(w), w))
        words = sorted(ctx.lex.number_words, key=lambda w: (-len(w), w))
        number = r"\d{1,3}(?:[.,]5)?" + ("|" + "|".join(re.escape(w) for w in words) if words else "")
        unit = "|".join(re.escape(u) for u in units)
        halves = ctx.lex.cues.get("duration_half", [])
        half = "|".join(re.escape(h) for h in sorted(halves, key=lambda w: (-len(w), w))) or "(?!)"
        _UNIT_PATTERNS[ctx.lex.lang] = re.compile(
            rf"(?<![\w.,])(?P<n>{number})(?P<h1>\s?(?:{half}))?(?P<sep>[\s\u00a0-]?)(?P<u>{unit})(?!\w)"
            rf"(?P<h2>\s(?:{half})(?!\w))?", re.IGNORECASE)
    return _UNIT_PATTERNS[ctx.lex.lang]


def _months(ctx: Context, sent, cues, about: bool, period: Period,
            name_spans: list[tuple[int, int]]) -> bool:
    """Read the stated duration from the sentence; True when it was stated here.

    After a duration cue, or shortly before it ("de dos años de duración"); right after a
    "for" phrase ("durante los próximos cuatro años", "przez dwa lata") in a sentence about
    the project or giving its dates; or as a compound adjective in a sentence about the
    project ("a three-year project", "Projekt je koncipován jako dvouletý")."""
    if not ctx.lex.duration_units:
        return False
    matches = list(_unit_pattern(ctx).finditer(sent.text))
    if not matches:
        return False
    for cue in (c for c in cues if c.key == "duration"):
        offset = cue.start - sent.start
        after = [m for m in matches if m.start() >= offset]
        before = [m for m in matches if m.end() <= offset and offset - m.end() <= BEFORE_CUE]
        for m in after[:1] or before[-1:]:
            if _set_months(ctx, period, m, sent.start):
                return True
    dated = any(r.end is not None for r in find_ranges(sent.text, ctx.lex))
    # a verb of carrying out says what runs for the length: "projekt, který má realizovat
    # během tří let …", "Będziemy go realizować przez najbliższe 18 miesięcy"
    carried = any(c.key == "implemented" for c in cues)
    for cue in (c for c in cues if c.key == "duration_for"):
        end = cue.end - sent.start
        m = next((m for m in matches if _right_after(ctx, sent.text[end:m.start()])), None)
        own = m is not None and _own(ctx, sent.text[end:m.start()])
        # a bare "for" is everywhere ("partners working together for 20 years"); it
        # counts beside the project's dates or a verb of carrying out the project, a
        # longer phrase ("for the next") or a possessive ("for its") about the project
        # or beside such a verb
        strong = (" " in cue.text.strip() or own) and (about or carried)
        if m and (strong or dated or about and carried) and _set_months(ctx, period, m, sent.start):
            return True
    for m in matches:
        if _beside_project(ctx, sent, m, name_spans) and _set_months(ctx, period, m, sent.start):
            return True
    after = ctx.lex.cues.get("duration_for_after", [])
    for m in matches:
        # "a három éven át futó SWAP projekt", "Das Projekt läuft drei Jahre lang": a
        # postposition "for" right after the length, in a sentence about the project
        follows = any(re.match(rf"\s+{re.escape(w)}(?!\w)", sent.text[m.end():], re.IGNORECASE) for w in after)
        if follows and (about or dated) and _set_months(ctx, period, m, sent.start):
            return True
    return _dated_length(ctx, sent, matches, about, period, name_spans) or \
        _named_length(ctx, sent, matches, period, name_spans)


def _named_length(ctx: Context, sent, matches: list[re.Match], period: Period,
                  name_spans: list[tuple[int, int]]) -> bool:
    """The one length of 18 months to six years in an undated sentence that names the project (its
    name or a project word) is the project's, whatever word leads to it: "El projecte és de 2
    anys", "O projeto de 18 meses", "Projekti 3 vjeçar", "das Projekt … über die kommenden drei
    Jahre". Not in a sentence that reports an event, holds a date or a second length, nor a length
    inside the name or a compound, which qualifies its own noun ("a five-year partnership"), nor
    beside a word of time gone by. A shorter length is a stay's or a mobility's, a longer one a
    partnership's history ("oltre 25 anni", "20 let spolupráce"); a year or less as often a school
    year's or a stay's ("Un anno ricco di esperienze") as a project's."""
    plural = {(c.start, c.end) for c in ctx.doc_cues(sent, {"project_plural"})}
    if not set(name_spans) - plural or len(matches) != 1 or events.event_cues(ctx, sent):
        return False  # "polovica týchto projektov … na 5 rokov": several projects' length
    m = matches[0]
    if m.group("sep") in ("", "-"):
        return False  # a compound qualifies its own noun: "a five-year partnership" (_beside_project)
    if find_ranges(sent.text, ctx.lex, nearest=False) or _elapsed(ctx, sent.text, m) or \
            any(a <= sent.start + m.start() < b for a, b in name_spans):
        return False
    probe = Period()
    if not _set_months(ctx, probe, m, sent.start) or not NAMED_LENGTH[0] <= probe.months <= NAMED_LENGTH[1]:
        return False
    period.months, period.months_evidence = probe.months, probe.months_evidence
    return True


def _dated_length(ctx: Context, sent, matches: list[re.Match], about: bool, period: Period,
                  name_spans: list[tuple[int, int]]) -> bool:
    """The one length of months or years in a sentence about the project that also dates it is
    the project's, with no cue word at all, in any word order ("Is tionscadal sé bliana é X … idir
    2022 agus 2028", "Four years X will run from 2014"): a range must agree with the length, a
    lone date must be its start after a "from" word. Not in a sentence that reports an event,
    nor a length inside the project's name."""
    if not about or len(matches) != 1 or events.event_cues(ctx, sent):
        return False
    m = matches[0]
    if ctx.lex.duration_units[m.group("u").lower()] < 1:
        return False  # days and weeks are an event's
    ranges = [r for r in find_ranges(sent.text, ctx.lex, nearest=False) if not _year_in_name(ctx, sent.text, r)]
    if len(ranges) != 1:
        return False
    probe = Period()
    if not _set_months(ctx, probe, m, sent.start):
        return False
    r = ranges[0]
    if r.end is not None and abs(months_between(r) - probe.months) > AGREE_MONTHS:
        return False
    if r.end is None and _preposition(ctx, " ".join(sent.text[:r.span_start].split()[-UNTIL_WORDS:])) != "start":
        return False  # a lone date dates the length only as its start ("ó 2014", "depuis mars 2020")
    if any(a <= sent.start + m.start() < b for a, b in name_spans):
        return False  # "26 let spolupráce měst …": the length is part of the project's name
    period.months, period.months_evidence = probe.months, probe.months_evidence
    return True


def _right_after(ctx: Context, gap: str) -> bool:
    """Nothing but a space, a word that makes the number approximate or a possessive,
    between a "for" phrase and its length: "over approximately 8 years", "przez około
    dwa lata", "for its 36 months"."""
    gap = gap.strip().lower()
    return not gap or gap in ctx.lex.cues.get("approx", []) or _own(ctx, gap)


def _own(ctx: Context, gap: str) -> bool:
    """The gap is a possessive that points back to the subject: "for its 36 months"."""
    return gap.strip().lower() in ctx.lex.cues.get("duration_own", [])


def _beside_project(ctx: Context, sent, m: re.Match, name_spans: list[tuple[int, int]]) -> bool:
    """A compound ("three-year", "dvouletý") describes the project when a project word or
    its name follows within two words ("a three-year EU project"), or when the sentence
    opens with it and the compound ends a clause ("Projekt je koncipován jako dvouletý,").
    A number and unit apart ("a 18 hónapos projekt") need the project word right after."""
    after = sent.text[m.end():].split()[:3]
    if m.group("sep") not in ("", "-"):  # "18 hónapos projekt": the project word next
        if _length_after_noun(ctx, sent, m):
            return True
        after = after[:1]
    tail = sent.start + m.end()
    near = [s for s, e in name_spans if tail <= s <= tail + len(" ".join(after)) + 1]
    words = {w.lower().strip(".,;:") for w in after}
    project = set(ctx.lex.cues["project_before"]) | set(ctx.lex.cues["project_after"])
    if near or words & project:
        return True
    if m.group("sep") not in ("", "-"):
        return False
    before = sent.text[:m.start()].split()[-1:]
    if before and before[0].lower().strip(".,;:") in project:
        return True  # the adjective after its noun: "progetto biennale", "un projet triennal"
    head = sent.text.split()[:2]
    opens = any(w.lower() in project for w in head) or any(s <= sent.start + 20 for s, e in name_spans)
    return opens and (m.end() == len(sent.text.rstrip(" .")) or sent.text[m.end():m.end() + 1] in ",;")


# the words that may close a noun phrase "project + length": a preposition, conjunction,
# relative pronoun or "for" word opens what follows ("brosiect chwe blynedd yn Iwerddon")
CLOSING_KEYS = ("conjunctions", "country_prepositions", "place_prepositions", "relative_pronouns", "duration_for")


def _length_after_noun(ctx: Context, sent, m: re.Match) -> bool:
    """The length right after a project word, closing its noun phrase, describes the
    project where the adjective follows its noun: "yn brosiect chwe blynedd yn …", "yn
    broject pedair blynedd (2009-2013)", "projektin 3 vjecar për …". Not a noun going on
    after the length ("projekt 26 let spolupráce", "projekto 6 mėnesių veiklos ataskaitą"):
    the next word must be a function word of the language, a bracket, a mark or the end."""
    before = sent.text[:m.start()].split()[-1:]
    project = set(ctx.lex.cues["project_before"]) | set(ctx.lex.cues["project_after"])
    if not before or before[0].lower() not in project:
        return False
    rest = sent.text[m.end():].lstrip()
    if not rest or rest[0] in "(.,;!?":
        return True
    word = rest.split()[0].lower()
    return any(word in (w.lower() for w in ctx.lex.cues.get(k, [])) for k in CLOSING_KEYS)


AGE_GAP = 40  # characters between a word of age and the number it qualifies ("aged between 3 and 12 years")


def _age(ctx: Context, m: re.Match, base: int) -> bool:
    """"elevi cu vârste cuprinse între 3 și 12 ani", "Schüler im Alter von 10 bis 14 Jahren": an age."""
    words = ctx.lex.cues.get("age_words", [])
    before = fold(ctx.doc.text[max(0, base + m.start() - AGE_GAP):base + m.start()])
    return any(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", before) for w in words)


CAP_GAP = 50  # characters between a word of "maximum" and the length it caps ("della durata massima di 24 mesi")


def _capped(ctx: Context, m: re.Match, base: int) -> bool:
    """"I progetti, della durata massima di 24 mesi", "the maximum duration of a project is
    36 months", "projects may last up to 24 months": a call's rule, no project's length. The adjective stands in the same clause
    before the length (budgets read the same words as a call's cap on money)."""
    words = ctx.lex.cues.get("budget_cap", [])
    before = ctx.doc.text[max(0, base + m.start() - CAP_GAP):base + m.start()]
    before = fold(re.split(r"[.;!?\n,]", before)[-1])
    if any(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", before) for w in words):
        return True
    # an "up to" word or a bound right before the length ("una durada de fins a 48 mesos",
    # "non superiore ai 18 mesi", "not more than 24 months"): a ceiling a call sets, as on money
    ups = sorted(ctx.lex.cues.get("money_up_to", []) + ctx.lex.cues.get("length_cap", []), key=len, reverse=True)
    return bool(ups) and re.search(rf"(?<!\w)(?:{'|'.join(re.escape(fold(u)) for u in ups)})\s*(?:\w+\s+)?$",
                                   before, re.IGNORECASE) is not None


def _set_months(ctx: Context, period: Period, m: re.Match, base: int) -> bool:
    if _age(ctx, m, base) or _capped(ctx, m, base):
        return False
    n = m.group("n")
    value = Fraction(n.replace(",", ".")) if n[0].isdigit() else ctx.lex.number_words.get(n.lower())
    if not value:
        return False
    if m.group("h1") or m.group("h2"):  # "dva a půl roku", "two years and a half"
        value = Fraction(value) + Fraction(1, 2)
    months = Fraction(value) * ctx.lex.duration_units[m.group("u").lower()]
    if months.denominator != 1:  # "2,5 měsíce" is no whole number of months
        return False
    period.months = int(months)
    period.months_evidence = ctx.evidence(base + m.start(), base + m.end())
    return True


def _since(ctx: Context, name: str | None) -> Period:
    """A founding year: a since cue right before a date, in a sentence that names the
    project, or, for a cluster (no name, or a name with a cluster word), in a sentence
    whose subject is a cluster ("Únia klastrov Slovenska vznikla v roku 2010",
    "ProBioCluster zawiązany został w 2012 r.")."""
    cluster = not name or _cluster_word(ctx, name)
    for i in ctx.indices:
        for sent in ctx.sentences(i):
            named = bool(name and name in sent.text)
            if not named and not cluster:
                continue
            for cue in ctx.cues(i, {"since"}):
                if not sent.start <= cue.start < sent.end:
                    continue
                head = ctx.doc.text[sent.start:cue.start].split()
                if not named and not (len(head) <= SUBJECT_WORDS and any(_cluster_word(ctx, w) for w in head)):
                    continue
                ranges = find_ranges(ctx.doc.text[cue.end:sent.end], ctx.lex)
                if ranges and ranges[0].span_start <= 2 and ranges[0].end is None:
                    r = ranges[0]
                    return Period(start=r.start.iso, evidence=ctx.evidence(cue.start, cue.end + r.span_end))
    return Period()


def _cluster_word(ctx: Context, text: str) -> bool:
    """A cluster word in the text; a long one also within a compound or a name
    ("ProBioCluster"), a short one ("polo", "grozd") only as a word of its own."""
    low = text.lower()
    words = set(re.findall(r"\w+", low))
    return any(w in low if len(w) >= 6 else w in words
               for w in ctx.lex.cues["cluster_names"] if " " not in w)


def _check(period: Period, r) -> None:
    for d in (r.start, r.end):
        if d is not None and not d.valid and "impossible-date" not in period.flags:
            period.flags.append("impossible-date")
