"""Dated events: a sentence with a date and an event cue ("Konference proběhne 24. října
2011 v Miláně"), or a dateline under a heading that names an event ("Mezinárodní
projektové setkání" / "Dobrzejewice, Polsko, 20. - 21. listopadu 2014").

A verb or a visit with no event word ("took place", "hosted", "obisk") reports an event
only beside a day or a few days near it, or a month in a sentence with no project word.
Dates under a duration, start or end label, or in a sentence with a publication or
founding cue, are not events; nor are two bare years ("Interreg 2021-2027"), which name a
programme period. A day and month without a year ("am 27. September") is read in the
year that puts it nearest the page's publication date."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from itertools import islice

from pipeline import gazetteer, nlp
from pipeline.extractors.context import Context
from pipeline.textnorm import UPPER
from pipeline.model import HEADING, LIST_ITEM, Evidence
from pipeline.normalise.dates import DateRange, DateValue, end_before_start, find_dates, find_ranges, weekday_reference

NOT_EVENT = {"duration", "start", "end", "published", "since"}
# cues that rule out an event anywhere in their sentence; the others only as labels
ALWAYS_NOT_EVENT = {"published", "since"}
# a dateline is short: a place, a country and a date
DATELINE_WORDS = 10
# where a page puts its own date
HEAD_BLOCKS = 6
# a range of days no longer than this is an event's (a week's mobility, a three-day
# visit), never a project's: no project in the gold set is shorter than three months
SHORT_DAYS = 31
# a range this long is a project's period, never an event's
LONG_MONTHS = 12
# a verb or visit reports the event of a date at most this many words from it
WEAK_WINDOW = 12
# a start or end word governs a date at most this many words after it ("avviato nel febbraio")
OWN_WORDS = 2


@dataclass
class Event:
    date: str
    end: str | None
    place: str | None
    country: str | None
    description: str
    evidence: Evidence
    flags: list
    places: tuple = ()  # every place the sentence names, to match a restatement of the event


def extract(ctx: Context) -> list[Event]:
    pub = published(ctx)
    # no publication date: a weekday beside a yearless date may still say the page's year
    ref = pub[0] if pub else weekday_reference(ctx.doc.text, ctx.lex)
    out = []
    stamped = page_stamp(ctx.doc.text)
    # a stale stamp leaves the page's year unknown: its yearless days are read near no date
    stated = [] if ref or stamped else _stated_dates(ctx)
    page_ref = ref
    for n, i in enumerate(ctx.indices):
        sents = ctx.sentences(i)
        if stamped:  # the page's own date is no event's: read its first sentence without it
            sents = [nlp.Span(max(s.start, stamped[2]), s.end, ctx.doc.text[max(s.start, stamped[2]):s.end])
                     for s in sents if s.end > stamped[2]]
        for k, sent in enumerate(sents):
            ref = page_ref or _nearest_stated(stated, sent)
            cues = _cues(ctx, i, sent)
            if not cues and k + 1 < len(sents) and _only_date(ctx, sent):
                # "May 19-21, 2001. Consortium meeting in …": the date heads the entry
                nxt = sents[k + 1]
                cues = _cues(ctx, i, nxt)
                sent = nlp.Span(sent.start, nxt.end, ctx.doc.text[sent.start:nxt.end])
            if not any(c.key == "events" for c in cues):
                timed = None if cues else _timed(ctx, sent)
                if not cues and (timed or n and (_dateline(ctx, ctx.indices[n - 1], sent) or
                                                 _dated_name(ctx, ctx.indices[n - 1], sent) or
                                                 _dated_item(ctx, n, sent) or _labelled_day(ctx, n, sent) or
                                                 k == 0 and _headed(ctx, ctx.indices[n - 1], sent))):
                    out += _event(ctx, sent, ref, timed)
                else:
                    out += _weak_event(ctx, i, sent, cues, ref) or \
                        (_today(ctx, sent, pub[0]) if pub and not cues else []) or \
                        ([] if cues else _few_days(ctx, sent, ref))
                continue
            if any(c.key in ALWAYS_NOT_EVENT or c.key in NOT_EVENT and ctx.is_label(i, c) for c in cues):
                continue
            if _project_start(ctx, sent, cues, ref):
                continue
            out += _each_event(ctx, sent, ref) or _event(ctx, sent, ref) or (_today(ctx, sent, pub[0]) if pub else [])
    # (the page's first blocks only: stop reading blocks once HEAD_BLOCKS are found)
    blocks = list(islice((b for b in ctx.doc.blocks if ctx.doc.block_text(b).strip()), HEAD_BLOCKS))
    return _once(out, blocks[-1].end if blocks else 0)


def _stated_dates(ctx: Context) -> list[tuple[int, str]]:
    """Days and months the page states with their year, where they sit."""
    return [(d.start, d.iso) for d in find_dates(ctx.doc.text, ctx.lex)
            if d.valid and not d.inferred and d.precision in ("day", "month")]


def _nearest_stated(stated: list[tuple[int, str]], sent) -> str | None:
    """A page with no date of its own: a day and month without a year ("od 6. do 8.
    studenog", "de 11 a 14 de dezembro") is read near the nearest date the page gives
    with its year ("28. studenoga 2017."), as a report dates its events around one time."""
    if not stated:
        return None
    return min(stated, key=lambda d: abs(d[0] - sent.start))[1]


# a time of day: "10:00", "9.30", "9h30", "14h", "10:00 a.m.", "10:00 Uhr"
_TIME = r"\d{1,2}(?:[:.h]\d{2}|h)(?![\d\w])(?:\s*(?:[ap]\.\s?m\.|[ap]m|h|uhr|hod\.?|óra|godz\.?|sati?)(?!\w))?"


def _timed(ctx: Context, sent) -> DateRange | None:
    """"Date: Friday, March 31, 2023, 10:00 a.m. to 12:00 p.m", "3. 5. 2019, 9:00–15:00":
    a day followed by a range of hours (a comma or one word between) is the date of an
    event, as programmes and invitations state it; a page's own date carries one time of
    posting, not a range."""
    to = "|".join(re.escape(w) for w in sorted(ctx.lex.cues.get("range_to", []), key=len, reverse=True))
    joint = rf"(?:[-–—]|(?:{to})(?!\w))" if to else "[-–—]"
    hours = re.compile(rf"[\s,(|@·]*(?:\w+\s+)?{_TIME}\s*{joint}\s*{_TIME}", re.IGNORECASE)
    for r in find_ranges(sent.text, ctx.lex):
        if r.start.precision == "day" and r.end is None and hours.match(sent.text, r.span_end):
            return r
    return None


def _today(ctx: Context, sent, published: str) -> list[Event]:
    """"Početna konferencija projekta … održana je danas", "trafen sich heute digital, um das
    Projekt mit einem Kick-off-Meeting offiziell zu starten": an event word and a word of
    "today" in a sentence without a date date the event on the page's day of publication."""
    if len(published) != 10 or find_ranges(sent.text, ctx.lex) or not ctx.doc_cues(sent, {"today"}) \
            or not (event_cues(ctx, sent) or ctx.doc_cues(sent, {"event_weak"})):
        return []
    day = DateRange(DateValue(published, 0, 0, "", inferred=True), None, 0, 0)
    return _event(ctx, sent, published, day)


def _once(events: list[Event], head_end: int = 0) -> list[Event]:
    """An event the page reports twice (in the lead and again in the body) is listed
    once: the same dates, and no two different places. A month in the page's head (its
    title or lead, up to `head_end`) restates the event the page dates to days in it."""
    out: list[Event] = []
    for e in events:
        # a heading and the sentence under it may name their places in another order
        # ("Meetings in Tirana and Durrës, 24 April – 5 May" / "… met in Tirana"): one place in common is enough
        if not any(o.date == e.date and o.end == e.end and (o.place is None or e.place is None or o.place == e.place
                                                           or set(o.places) & set(e.places))
                   for o in out):
            out.append(e)
    # "The First Transnational Meeting in Szeged in December 2015" / "Date: 10th – 11th December
    # 2015": the month restates the event the page dates to its days
    return [e for e in out if not (len(e.date) == 7 and e.end is None and e.evidence.start < head_end and any(
        len(o.date) == 10 and o.date.startswith(e.date) and (o.end is None or o.end.startswith(e.date))
        and (o.place is None or e.place is None or o.place == e.place or set(o.places) & set(e.places))
        for o in out))]


def _project_start(ctx: Context, sent, cues, ref: str | None) -> bool:
    """"„EduWine” című projekt 2020. decemberében indult el", "the project started in May
    2021": where every event word of the sentence is also a start word, the sentence names
    the project and the date is a month or a year, the date is the project's start, not a
    launch event (a launch dated to its day, "lansio'n swyddogol ddydd Mercher 11 Mawrth",
    stays an event)."""
    starts = [c for c in cues if c.key == "start"]
    found = [c for c in cues if c.key == "events"]
    if not found or not all(any(s.start <= c.start and c.end <= s.end for s in starts) for c in found):
        return False
    if not ctx.doc_cues(sent, {"project_before", "project_after"}):
        return False
    r = event_range(ctx, sent, ref)
    return r is not None and r.start.precision in ("month", "year") and r.end is None


def _cues(ctx: Context, i: int, sent) -> list:
    return [c for c in ctx.cues(i, NOT_EVENT) if sent.start <= c.start < sent.end
            and (c.key != "since" or _since_date(ctx, sent, c))] + event_cues(ctx, sent)


def _since_date(ctx: Context, sent, cue) -> bool:
    """A "since" or founding word rules out the sentence only where it dates something: a
    lone date right after it ("since 2014", "fondé en 1990", "no 2014. gada") or right before
    it ("2014 óta"). The same words are common prepositions and verbs elsewhere (lv "no",
    ro "începând cu ora 10:00", lv "izveidota mājaslapa"), and before a range of days they
    open it ("no 17.-21. maijam"): there they say nothing about the sentence's dates."""
    at, end = cue.start - sent.start, cue.end - sent.start
    for r in find_ranges(sent.text, ctx.lex):
        if r.end is not None:
            continue
        # no comma between: "23 martie 2019, începând cu ora 10:00" is a time after the day
        after, before = sent.text[end:r.span_start], sent.text[r.span_end:at]
        if end <= r.span_start and len(after.split()) <= OWN_WORDS and not re.search(r"[,;:]", after):
            return True
        if r.span_end <= at and len(before.split()) <= 1 and not re.search(r"[,;:]", before):
            return True
    return False


_HEADS: dict[str, re.Pattern | None] = {}


def event_cues(ctx: Context, sent) -> list[nlp.CueMatch]:
    """Event cues in a sentence, and words that end in an event word where a language
    compounds them ("Abschlusskonferenz", "slotconferentie", "nyitókonferenciát")."""
    found = ctx.doc_cues(sent, {"events"})
    if ctx.lex.lang not in _HEADS:
        heads = sorted(ctx.lex.cues.get("event_heads", []), key=lambda w: (-len(w), w))
        _HEADS[ctx.lex.lang] = re.compile(
            rf"\b\w*(?:{'|'.join(re.escape(h) for h in heads)})\w*", re.IGNORECASE) if heads else None
    pat = _HEADS[ctx.lex.lang]
    for m in pat.finditer(sent.text) if pat else ():
        start = sent.start + m.start()
        if not any(c.start <= start < c.end for c in found):
            found.append(nlp.CueMatch("events", start, sent.start + m.end(), m.group(0)))
    return sorted(found, key=lambda c: c.start)


def _each_event(ctx: Context, sent, ref: str | None, found: list | None = None) -> list[Event]:
    """A sentence that lists several events, each with its event word before its own
    date ("wystawa w Větřkovicach – październik 2016, jarmark w Świerklanach – grudzień
    2016, workshop … – marzec 2017"): one event per date, its place from its own part.
    Nothing unless every date has an event word of its own."""
    ranges = [r for r in find_ranges(sent.text, ctx.lex, ref)
              if not _years(r) and not _long(r) and not _deadline(ctx, sent.text, r)]
    if len(ranges) < 2:
        return []
    cues = [c.start - sent.start for c in (event_cues(ctx, sent) if found is None else found)]
    out, prev = [], 0
    for r in ranges:
        if not any(prev <= c < r.span_start for c in cues) and not (out and _elided(ctx, sent, prev, r)):
            return []
        lead = len(sent.text[prev:r.span_end]) - len(sent.text[prev:r.span_end].lstrip(" ,;()"))
        part = nlp.Span(sent.start + prev + lead, sent.start + r.span_end, sent.text[prev + lead:r.span_end])
        out += _event(ctx, part, ref, r)
        prev = r.span_end
    return out


# words between one event's date and the next date of a series that leaves out the event
# word ("…, the second – in Italy in March 2013", "and the second in Varaždin in February 2020")
ELIDED_WORDS = 12


def _elided(ctx: Context, sent, prev: int, r: DateRange) -> bool:
    """A date that follows an event's date closely, with no event word of its own, dates
    the next event of a series whose word the sentence leaves out ("Pirmasis susitikimas
    įvyko 2012 m. lapkritį Turkijoje, antrasis – Italijoje 2013 m. kovą", "deux conférences
    (29 avril et 20 mai)"), unless a start, end, duration or project word stands between
    (", and the project ends in June 2021")."""
    gap = sent.text[prev:r.span_start]
    if len(gap.split()) > ELIDED_WORDS or r.start.precision == "year":
        return False
    blockers = ctx.doc_cues(sent, NOT_EVENT | {"project_before", "project_after"})
    return not any(prev <= c.start - sent.start < r.span_start for c in blockers)


def _only_date(ctx: Context, sent) -> bool:
    """A sentence that is nothing but a date or a range ("January 17-20, 2002.")."""
    ranges = find_ranges(sent.text, ctx.lex)
    return len(ranges) == 1 and not (sent.text[:ranges[0].span_start] + sent.text[ranges[0].span_end:]).strip(" .,:;")


def event_range(ctx: Context, sent, ref: str | None = None, found: list | None = None) -> DateRange | None:
    """The date of the event a sentence reports: the first date after an event cue
    ("Projekt byl zahájen 1. 1. 2012 a úvodní konference se konala 12. 2. 2012"), else
    the last one before it. `found`: the cues to read from, when not the event cues."""
    ranges = [r for r in find_ranges(sent.text, ctx.lex, ref)
              if not _years(r) and not _long(r) and not _deadline(ctx, sent.text, r)]
    if found is None and ranges:
        found = event_cues(ctx, sent)
    cues = [c.start - sent.start for c in found] if ranges else []
    if not cues:
        return ranges[0] if ranges else None
    # "… il 3° Meeting del Progetto, avviato nel febbraio 2017": a date after the cue that a
    # start, end or founding word governs is the project's, not the event's
    own = [c.end - sent.start for c in ctx.doc_cues(sent, NOT_EVENT)]
    after = [r for r in ranges if r.span_start > min(cues) and not any(
        0 <= r.span_start - e and len(sent.text[e:r.span_start].split()) <= OWN_WORDS for e in own)]
    # a bare year after the cue is a background date ("mobilnost projekta, u kojem od 2020.
    # godine sudjeluje …"): a day or month before the cue is the event's
    finer = [r for r in ranges if r.start.precision != "year"]
    if after and all(r.start.precision == "year" for r in after) and finer:
        return finer[-1]
    if after:  # "… konference se konala 12. 2. 2012", "a meeting in Graz on 3 May"
        return after[0]
    before = [r for r in ranges if r.span_start < min(cues)]
    return (before or ranges)[-1]  # "Dne 17. – 20. října se konalo první setkání"


def _weak_event(ctx: Context, i: int, sent, cues, ref: str | None) -> list[Event]:
    """A sentence with no event word that reports one by its verb or a visit ("Nous
    accueillerons … du 8 au 13 mars 2020", "se je delegacija 2. 3. 2018 ustavila …
    obiska", "va avea loc în Portugalia, în luna februarie 2018"): the date must be a
    day or a few days; a month counts only with no project word and no start, end or
    duration word, as "the project took place in 2016" dates a project. Beside a
    duration or start word only a few days count ("în perioada 22-28 martie")."""
    projects = ctx.doc_cues(sent, {"project_before", "project_after"})
    # "the new mobility project", "projet de mobilité": the word names the project, not an event
    weak = [c for c in ctx.doc_cues(sent, {"event_weak"}) if not any(_modifies(ctx, c, p) for p in projects)]
    if not weak or any(c.key in ALWAYS_NOT_EVENT or ctx.is_label(i, c) for c in cues):
        return []
    # "two study visits, the first in Gladenbach in November 2019 and the second in Varaždin in
    # February 2020": a series of visits, one event per date
    series = _each_event(ctx, sent, ref, weak)
    if len(series) >= 2 and not cues and all(e.date[4:] for e in series):
        return series
    r = event_range(ctx, sent, ref, weak)
    if r is None or r.start.precision == "year" or r.start.inferred and r.end is None and not _near(r, ref):
        return []
    if not any(_words_between(sent, c, r) <= WEAK_WINDOW for c in weak):
        return []  # "The report was sent on 3 May 2019 and … participated": not its date
    days = days_apart(r)
    if r.end is not None and (days is None or days > SHORT_DAYS):
        return []
    if r.end is None and cues:
        return []
    if r.start.precision == "month" and ctx.doc_cues(sent, {"project_before", "project_after"}) and \
            not any(_governs(sent, c, r) for c in weak):
        return []  # "une première mobilité en novembre 2022": the event word right before the month dates it
    return _event(ctx, sent, ref, r)


def _few_days(ctx: Context, sent, ref: str | None) -> list[Event]:
    """"dal 16 al 22 aprile undici studenti … accompagnati", "šī gada 7. – 8.maijā tika
    noorganizēts Robežtirgus": a range of a few days in a running sentence is an event's
    (a visit, a mobility, a fair) even with no event word, as no project, call or
    programme runs for under a month; each such range is one event."""
    out = []
    # "14.-20. augustil 2010 toimunud projektis": a youth exchange is a project of a few days
    if ctx.doc_cues(sent, {"project_before", "project_after"}):
        return []
    for r in find_ranges(sent.text, ctx.lex, ref):
        days = days_apart(r)
        # a range glued to a digit or dash before it is the tail of a longer date misread
        # ("Tidsperiod2010-09-01 - 2010-12-31" read from "01 - 2010-12-31")
        if re.search(r"\d[-–/.]?$", sent.text[:r.span_start]):
            continue
        if days is not None and 1 <= days <= SHORT_DAYS and not _deadline(ctx, sent.text, r):
            out += _event(ctx, sent, ref, r)
    return out


GOVERN_WORDS = 2  # an event word this close before a date is what the date dates


def _governs(sent, cue, r: DateRange) -> bool:
    """The event word stands right before the date, at most a preposition and article between
    ("mobility in May 2019", "une première mobilité en novembre 2022", "wizyta w maju 2019")."""
    return cue.end <= sent.start + r.span_start and _words_between(sent, cue, r) <= GOVERN_WORDS


NEAR_DAYS = 62  # a news page reports the days around its publication: two months either side


def _near(r: DateRange, published: str | None) -> bool:
    """A day without its year ("questa mattina (21 febbraio)", "w sobotę, 27 maja") that
    falls within two months of the page's day of publication, whose year it took."""
    if not published or len(published) != 10 or r.start.precision != "day" or not r.start.valid:
        return False
    gap = datetime.date.fromisoformat(r.start.iso) - datetime.date.fromisoformat(published)
    return abs(gap.days) <= NEAR_DAYS


def _modifies(ctx: Context, cue, project) -> bool:
    """The cue word stands right beside a project word, at most a short connector between
    ("mobility project", "projet de mobilité", "projekt mobility"). A connector after the
    cue word makes the project its frame, not its modifier ("мобилност по проект X",
    "mobility of the project"): that is an event of the project."""
    gap = ctx.doc.text[min(cue.end, project.end):max(cue.start, project.start)].split()
    if gap and cue.end <= project.start:
        return False
    return len(gap) <= 1 and all(len(w) <= 3 for w in gap)


def _words_between(sent, cue, r: DateRange) -> int:
    """Words between a cue and a date of the sentence, on either side."""
    if cue.start >= sent.start + r.span_end:  # the cue after the date
        return len(sent.text[r.span_end:cue.start - sent.start].split())
    return len(sent.text[cue.end - sent.start:r.span_start].split())


def _in_pair(text: str, hit) -> bool:
    """The place is one half of a hyphenated pair ("INTERREG Bayern-Österreich", "Polska-Saksonia"):
    a programme's or a border's name, not where the event was held."""
    return bool(re.match(rf"[-–]\s?[{UPPER}]", text[hit.end:hit.end + 3])) or \
        bool(re.search(rf"[{UPPER}]\w*\s?[-–]$", text[max(0, hit.start - 30):hit.start]))


def days_apart(r: DateRange) -> int | None:
    """Days from a range's first to its last day, when both are days."""
    if r.end is None or r.start.precision != "day" or r.end.precision != "day" or not (r.start.valid and r.end.valid):
        return None
    return (datetime.date.fromisoformat(r.end.iso) - datetime.date.fromisoformat(r.start.iso)).days


def _event(ctx: Context, sent, ref: str | None, r: DateRange | None = None) -> list[Event]:
    r = r or event_range(ctx, sent, ref)
    if r is None or _background_year(ctx, sent, r):
        return []
    r = _days_long(ctx, sent, r, ref)
    places = [h for h in gazetteer.find(sent.text, ctx.lex) if h.kind in ("city", "region")
              and not _in_pair(sent.text, h)]
    flags = [] if r.start.valid and (r.end is None or r.end.valid) else ["impossible-date"]
    if r.end is not None and end_before_start(r.start.iso, r.end.iso):
        flags.append("end-before-start")
    if (r.end if r.end is not None else r.start).inferred:
        # the text gave no year ("am 27. September", "today"): a reviewer should know it came from the page's date.
        # A range's first day takes its month and year from its last ("23. – 25.6. 2019",
        # "25. in 26. maja 2016"): the text states them there, so only the last day tells
        flags.append("date-inferred")
    return [Event(
        date=r.start.iso, end=r.end.iso if r.end else None,
        place=places[0].name if places else None, country=places[0].cc if places else None,
        description=sent.text.strip(), evidence=ctx.evidence(sent.start, sent.end), flags=flags,
        places=tuple(h.name for h in places))]


def _days_long(ctx: Context, sent, r: DateRange, ref: str | None) -> DateRange:
    """"Dvoudenní meeting projektu začal dne 30.5.2017", "a three-day workshop on 4 March
    2019": an event said to last two or three days, with only its first day stated, ends
    a day or two later. The length must qualify an event word ("two-day workshop", "séminaire
    de deux jours"): a day within a three-day visit ("V okviru tridnevnega obiska … se je
    2. 3. 2018 ustavila …") is one day of it. Nothing changes where another day is stated."""
    if r.end is not None or r.start.precision != "day" or not r.start.valid:
        return r
    lengths = [c for c in ctx.doc_cues(sent, {"two_days", "three_days"})
               if any(_beside(ctx, c, e) for e in event_cues(ctx, sent))]
    if not lengths or sum(x.start.precision == "day" for x in find_ranges(sent.text, ctx.lex, ref)) != 1:
        return r
    days = 3 if lengths[0].key == "three_days" else 2
    last = datetime.date.fromisoformat(r.start.iso) + datetime.timedelta(days=days - 1)
    return DateRange(r.start, DateValue(last.isoformat(), r.start.start, r.start.end, r.start.text, True, True),
                     r.span_start, r.span_end)


def _beside(ctx: Context, a, b) -> bool:
    """Two cues next to each other, at most one word between."""
    gap = ctx.doc.text[min(a.end, b.end):max(a.start, b.start)] if a.end <= b.start or b.end <= a.start else ""
    return len(gap.split()) <= 1


def _background_year(ctx: Context, sent, r: DateRange) -> bool:
    """A bare year dates an event only as part of its name ("Landesausstellung 2009",
    "Festival 2019"): elsewhere in the sentence it is background ("since 2014", "the call
    launched in 2019", "the period after 2020", "the project started at the end of 2016")."""
    if r.start.precision != "year" or r.end is not None:
        return False
    return not any(c.end - sent.start <= r.span_start and not sent.text[c.end - sent.start:r.span_start].strip()
                   for c in event_cues(ctx, sent))


def _deadline(ctx: Context, text: str, r: DateRange) -> bool:
    """A lone date after "do", "until", "bis" (perhaps with a weekday between: "do
    utorka, 24. studenog") is a deadline, not when the event happens. "and"-like words
    ("y", "e", "and") also join ranges, so they do not count here."""
    if r.end is not None:
        return False
    before = text[:r.span_start].lower()
    until = {w for w in ctx.lex.cues["range_to"] if len(w) > 1} - set(ctx.lex.cues["date_and"]) \
        - set(ctx.lex.cues.get("date_on", []))
    words = before.split()
    if any(" ".join(words[-n:]) in until for n in (1, 2, 3) if len(words) >= n):
        return True
    weekday = re.search(r"(?:^|\s)(\S+)\s+\w+,\s*$", before)
    return bool(weekday) and weekday.group(1) in until


def _long(r: DateRange) -> bool:
    """A range of a year or more ("du 1er octobre 2023 au 30 septembre 2025") is a
    project's period, not an event's days. Its last month counts whole when the range
    ends with it ("10/2021–09/2022", "01.10.2019 bis 30.09.2020" are twelve months)."""
    if r.end is None or r.start.precision == "year" or r.end.precision == "year":
        return False
    a, b = r.start.iso, r.end.iso
    months = (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7])
    return months + _whole_last_month(r) >= LONG_MONTHS


def _whole_last_month(r: DateRange) -> int:
    """1 when a range ends with its last month: the month alone, or its last day."""
    if r.end.precision == "month":
        return 1
    if r.end.precision != "day" or not r.end.valid:
        return 0
    day = datetime.date.fromisoformat(r.end.iso)
    return int((day + datetime.timedelta(days=1)).month != day.month)


def _years(r: DateRange) -> bool:
    """Two bare years ("2021-2027") are a programme or project period, not an event."""
    return r.end is not None and r.start.precision == "year" and r.end.precision == "year"


def _dateline(ctx: Context, prev: int, sent) -> bool:
    """A short block of a place and a date, in either order, right under a heading with an
    event cue."""
    block_text = sent.text.strip()
    if ctx.block(prev).kind != HEADING or len(block_text.split()) > DATELINE_WORDS:
        return False
    b = ctx.block(prev)
    if not event_cues(ctx, nlp.Span(b.start, b.end, ctx.text(prev))) or ctx.cues(prev, NOT_EVENT):
        return False
    ranges = find_ranges(block_text, ctx.lex)
    if not ranges or ranges[0].start.precision != "day":
        return False
    # the place before the date ("Dobrzejewice, Polsko, 20. - 21. listopadu 2014") or after it
    # ("27 September 2017, Milan, Italy")
    return any(_place_only(ctx, part) for part in (block_text[:ranges[0].span_start], block_text[ranges[0].span_end:]))


def _place_only(ctx: Context, text: str) -> bool:
    hits = gazetteer.find(text, ctx.lex)
    return bool(text.strip(" ,")) and bool(hits) and all(h.kind in ("city", "region", "country") for h in hits)


# the page's date stamp: the text opens with one label word and an ISO date ("date
# 2022-08 Lendava, …"), as capture tools and feeds put the page's date before its title
_STAMP = re.compile(r"\s*[^\W\d]{1,12}:?[ \t]+(\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)(?![\d-])")


def page_stamp(text: str) -> tuple[str, int, int] | None:
    """(ISO date, start, end) of the date stamp that opens the text, if any."""
    m = _STAMP.match(text)
    if not m or (len(m.group(1)) == 10 and not _real_day(m.group(1))):  # "2021-02-30" dates no page
        return None
    return m.group(1), m.start(1), m.end(1)


def stale_stamp(text: str, stamped: tuple[str, int, int], lex) -> bool:
    """A stamp that is the page's capture, not its publication: every day or month the page
    dates with its year lies before the stamp's year by more than a year ("date 2017-01" over
    a news item that says "în martie 2007"). A day and month without a year cannot be read
    against it: the page's own year is unknown."""
    dated = [d.iso for d in find_dates(text[stamped[2]:], lex)
             if d.valid and not d.inferred and d.precision in ("day", "month")]
    return bool(dated) and int(max(dated)[:4]) < int(stamped[0][:4]) - 1


def _real_day(iso: str) -> bool:
    try:
        datetime.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


NAME_WORDS = 4  # an event's name alone on its line ("Nyitórendezvény", "Kick-off meeting")


def _dated_name(ctx: Context, prev: int, sent) -> bool:
    """A day alone on its line under a short line that names an event ("Nyitórendezvény" /
    "2013. május 1."), as a programme table flattened to lines puts them."""
    name = ctx.text(prev).strip(" |:")
    if not name or len(name.split()) > NAME_WORDS or ctx.cues(prev, NOT_EVENT) or not _only_date(ctx, sent):
        return False
    span = nlp.Span(ctx.block(prev).start, ctx.block(prev).end, ctx.text(prev))
    if not event_cues(ctx, span):
        return False
    r = find_ranges(sent.text, ctx.lex)[0]
    return r.start.precision == "day" and (r.end is None or r.end.precision == "day")


def _headed(ctx: Context, prev: int, sent) -> bool:
    """"Projektpartnertreffen in Graz" / "Die Partner des Projekts kamen am 26. Juni 2017
    zusammen, …": the opening sentence of a news item under a heading that names an event
    reports that event when it states one day (or a few days) and nothing else is dated."""
    b = ctx.block(prev)
    if b.kind != HEADING or ctx.cues(prev, NOT_EVENT) or ctx.block(ctx.indices[ctx.indices.index(prev) + 1]).start > sent.start:
        return False
    # a date alone is the post's own date line ("24 maja 2023" under the title), not a report
    if not event_cues(ctx, nlp.Span(b.start, b.end, ctx.text(prev))):
        return False
    ranges = find_ranges(sent.text, ctx.lex)
    if len(ranges) == 1 and not re.search(r"[^\W\d_]", sent.text[:ranges[0].span_start] + sent.text[ranges[0].span_end:]):
        return False
    return len(ranges) == 1 and ranges[0].start.precision == "day" and (
        ranges[0].end is None or days_apart(ranges[0]) is not None and days_apart(ranges[0]) <= SHORT_DAYS)


# a label opening a line: a word or a few, then a colon ("Place:", "Meeting duration:")
_FIELD = re.compile(r"\s*[^\W\d][^:\n]{0,40}:")


def _labelled_day(ctx: Context, n: int, sent) -> bool:
    """"Kick-off meeting" / … / "Place: Szeged" / "Date: 30/06/2020": a date label whose
    value is one day or a few, among the labelled lines of a record (a line next to it is
    a label too) on a page whose title names an event, gives that event's day. A page
    whose title names no event carries its own date under such a label ("Dátum: 22.03.2022")."""
    i = ctx.indices[n]
    label = [c for c in ctx.cues(i, {"date_label"}) if not ctx.doc.text[ctx.block(i).start:c.start].strip()
             and ctx.doc.text[c.end:c.end + 2].lstrip().startswith(":")]
    if not label or sent.start > label[0].start or ctx.cues(i, NOT_EVENT):
        return False
    value = ctx.doc.text[label[0].end:ctx.block(i).end].lstrip(" :")
    ranges = find_ranges(value, ctx.lex)
    if len(ranges) != 1 or ranges[0].start.precision != "day" or ranges[0].end is not None and (
            days_apart(ranges[0]) is None or days_apart(ranges[0]) > SHORT_DAYS):
        return False
    rest = value[:ranges[0].span_start] + value[ranges[0].span_end:]
    weekdays = {w.lower() for w in ctx.lex.cues.get("weekdays", [])}
    if any(w.lower() not in weekdays for w in re.findall(r"[^\W\d_]+", rest)):
        return False
    if not any(0 <= k < len(ctx.indices) and _FIELD.match(ctx.text(ctx.indices[k])) for k in (n - 1, n + 1)):
        return False
    title = next((k for k in range(len(ctx.doc.blocks)) if ctx.text(k).strip()), None)
    if title is None or title == i or ctx.cues(title, NOT_EVENT):
        return False
    b = ctx.block(title)
    return bool(event_cues(ctx, nlp.Span(b.start, b.end, ctx.text(title))))


def _dated_item(ctx: Context, n: int, sent) -> bool:
    """A list item that opens with a date under a short lead-in naming events ("Plánované
    mobility:" / "- marec 2023 na ostrove Réunion", "Meetings:" / "- 12 May 2022, Graz"):
    each item is one event, dated by its own date."""
    i = ctx.indices[n]
    if ctx.block(i).kind != LIST_ITEM or sent.start != ctx.block(i).start + len(ctx.text(i)) - len(ctx.text(i).lstrip()):
        return False
    ranges = find_ranges(sent.text, ctx.lex)
    if not ranges or sent.text[:ranges[0].span_start].strip(" -–•*") or _years(ranges[0]) or _long(ranges[0]):
        return False
    k = n - 1
    while k >= 0 and ctx.block(ctx.indices[k]).kind == LIST_ITEM:
        k -= 1
    if k < 0:
        return False
    lead = ctx.indices[k]
    text = ctx.text(lead).strip()
    # under a heading, a lone dated item is the post's own date line ("Dec 23, 2017"), not a list
    if len(text.split()) > DATELINE_WORDS or ctx.cues(lead, NOT_EVENT) or not (
            text.endswith(":") or ctx.block(lead).kind == HEADING and _dated_items(ctx, k + 1) >= 2):
        return False
    span = nlp.Span(ctx.block(lead).start, ctx.block(lead).end, ctx.text(lead))
    return bool(event_cues(ctx, span) or ctx.doc_cues(span, {"event_weak"}))


def _dated_items(ctx: Context, n: int) -> int:
    """How many list items from ctx.indices[n] on, in one run, open with a date."""
    count = 0
    while n < len(ctx.indices) and ctx.block(ctx.indices[n]).kind == LIST_ITEM:
        ranges = find_ranges(ctx.text(ctx.indices[n]), ctx.lex)
        count += bool(ranges) and not ctx.text(ctx.indices[n])[:ranges[0].span_start].strip(" -–•*")
        n += 1
    return count


def published(ctx: Context) -> tuple[str, Evidence] | None:
    """The document's publication date ("Aktualita vydána dne: 26. 07. 2011"), or a day
    alone on its line near the top of the page ("24.10.2018", "vom 17.10.2024")."""
    for i in ctx.indices:
        for cue in ctx.cues(i, {"published"}):
            tail = ctx.doc.text[cue.end:ctx.block(i).end]
            ranges = find_ranges(tail, ctx.lex)
            if ranges and ranges[0].span_start <= 4 and len(ranges[0].start.iso) == 10 and ranges[0].start.valid:
                r = ranges[0]
                return r.start.iso, ctx.evidence(cue.end + r.start.start, cue.end + r.start.end)
    for i in ctx.indices[:HEAD_BLOCKS]:
        text = ctx.text(i)
        ranges = find_ranges(text, ctx.lex)
        if not ranges or ranges[-1].end is not None or ranges[-1].start.precision != "day" or not ranges[-1].start.valid:
            continue  # an impossible day ("30/2/2000", "0/0/2000") dates no page
        d = ranges[-1].start
        # a day that ends a block near the top (a dateline, or the date after a title), or
        # one with the time of posting after it ("21 febbraio 2022 | 17:22 | Share"), where
        # no cue makes it the project's or an event's date
        head = text[:d.start].strip(" ,|")
        posted = re.match(r"[\s.,|]*\d{1,2}:\d{2}(?!\d)", text[d.end:]) and len(head.split()) <= 1 \
            and not re.search(r"[:\d]", head)  # a weekday at most before it, no label ("Date:", "Deadline")
        if (posted or not text[d.end:].strip(" .,|")) and not ctx.cues(i, NOT_EVENT | {"events"}):
            base = ctx.block(i).start
            return d.iso, ctx.evidence(base + d.start, base + d.end)
    stamped = page_stamp(ctx.doc.text)
    if stamped and not stale_stamp(ctx.doc.text, stamped, ctx.lex):
        return stamped[0], ctx.evidence(stamped[1], stamped[2])
    return _closing_day(ctx)


def _closing_day(ctx: Context) -> tuple[str, Evidence] | None:
    """A day alone on the page's last line ("01.09.2016." under a news item's text): the
    date a news page prints under its item, its day of publication."""
    # the document's last line, whichever section holds it: a lone day ending a section
    # may head the next item of a list of news
    i = next((k for k in reversed(range(len(ctx.doc.blocks))) if ctx.text(k).strip()), None)
    if i is None or i < 2:
        return None
    text = ctx.text(i)
    ranges = find_ranges(text, ctx.lex)
    if len(ranges) != 1 or ranges[0].end is not None or ranges[0].start.precision != "day" or not ranges[0].start.valid \
            or (text[:ranges[0].span_start] + text[ranges[0].span_end:]).strip(" .,|") or ctx.cues(i, NOT_EVENT | {"events"}):
        return None
    d = ranges[0].start
    base = ctx.block(i).start
    return d.iso, ctx.evidence(base + d.start, base + d.end)
