"""Dates and date ranges in the conventions of each language, to ISO 8601 at the stated
precision: "1.4. 2011" -> 2011-04-01, "prosince 2010" -> 2010-12, "2013 r." -> 2013.

Day-month order is European (day first) everywhere, except slash dates in a text that
itself shows month first ("04/30/2015"); a year written first is always followed by the
month ("2011/01/01", "2011. április 1."); "01/2012" is a month. A date
that cannot exist (31.02.2014) is returned with `valid=False`, never silently corrected.
A day and month without a year ("am 27. September") is read only against a reference
date (the page's publication date), and is marked `inferred`.
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from pipeline.lexicons import Lexicon
from pipeline.normalise.weekdays import stated_years, weekday_at, year_of
from pipeline.regex_cache import compiled

DASHES = "–—-−"
DASH = "[" + re.escape(DASHES) + "]"  # as a regex character class


@dataclass(frozen=True)
class DateValue:
    iso: str  # 2011-04-01, 2010-12 or 2013
    start: int
    end: int
    text: str
    valid: bool = True
    inferred: bool = False  # the year (or month) was taken from elsewhere

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.iso)]


@dataclass(frozen=True)
class DateRange:
    start: DateValue
    end: DateValue | None
    span_start: int
    span_end: int


def _iso(year: int, month: int | None = None, day: int | None = None) -> tuple[str, bool]:
    if month is None:
        return f"{year:04d}", 1000 <= year <= 2999
    if day is None:
        return f"{year:04d}-{month:02d}", 1 <= month <= 12
    valid = 1 <= month <= 12 and 1 <= day <= (calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 31)
    return f"{year:04d}-{month:02d}-{day:02d}", valid


def _alternation(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda w: (-len(w), w)))


def _month_pattern(lex: Lexicon) -> str:
    return _alternation(lex.months)


def _full_month_pattern(lex: Lexicon) -> str:
    """Month forms that are not an abbreviation of a longer form of the same month
    ("led" of "leden", "pro" of "prosince" are everyday words in Czech)."""
    forms = [f for f, n in lex.months.items()
             if not any(g != f and g.startswith(f) and m == n for g, m in lex.months.items())]
    return _alternation(forms)


# Months in Roman numerals ("1. VII. 2014", "VII.2014", "IX/2015"), written in Czech,
# Slovak, Polish, Hungarian, Croatian and Romanian documents: upper case only, so that
# "vi" or "mix" is never a month.
ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
                "X": 10, "XI": 11, "XII": 12}
ROMAN = "(?-i:" + "|".join(sorted(ROMAN_MONTHS, key=lambda r: (-len(r), r))) + ")"

# Day-of-month ordinal marks: "1.", "1er", "1°", "1º", "1st", "2nd", "3rd", "4th", and
# Bulgarian's after a hyphen: "1-ви", "2-ри", "3-ти", "7-ми", "22-и", "22-ия", Ukrainian's "1-го",
# Welsh "1af", "2il", "3ydd", "5ed", "12fed", "13eg", "21ain".
# English's and French's marks are also written apart from their day in typed and extracted text:
# "15 th to 19 th October", "1 er janvier". Macedonian and Bulgarian pages glue the mark to the day
# too ("Од 9ти до 13ти мај", "8ми и 9ти Јуни"; not "и", which is "and"), and Greek writes the
# day's feminine ordinal ("την 1η Μαΐου 2017", "της 1ης Απριλίου").
ORDINAL = (r"(?:\.|er|°|º|st|nd|rd|th|af|il|ydd|fed|ed|eg|ain|-(?:ви|ри|ти|ми|и)(?:я|ят)?|-го"
           r"|(?:ви|ри|ти|ми|ης|η)(?!\w)|\s(?:st|nd|rd|th|er)(?!\w))?")


def _connector(lex: Lexicon) -> str:
    """Words between day, month and year: Spanish "1 de enero de 2012", "1st of May"."""
    words = sorted(lex.cues.get("date_connectors", []), key=lambda w: (-len(w), w))
    return rf"(?:\s(?:{'|'.join(re.escape(x) for x in words)}))?" if words else ""


def _patterns(lex: Lexicon) -> list[tuple[str, re.Pattern]]:
    mon = _month_pattern(lex)
    full = _full_month_pattern(lex)
    long = _alternation(f for f in lex.months if len(f) >= 5)
    year = r"(?P<y>(?:1[89]|2[01])\d\d)"
    w = r"(?<![\w.])"
    # a full numeric date may be glued to the label word before it ("Tidsperiod2010-09-01",
    # "Laufzeit01.09.2010"): three letters before it, never a digit, dot or a lone letter ("v1.2")
    wg = r"(?:(?<![\w.])|(?<=[^\W\d_]{3}))"
    c = _connector(lex)
    # a second day after a dash: "May 19-21, 2001", "2012. május 3–5."
    d2 = rf"(?:\s?{DASH}\s?(?P<d2>\d{{1,2}}){ORDINAL})?"
    # year first, the second day may follow an "and" word too: "2023. október 10. és 13. között"
    and_words = lex.cues.get("date_and", [])
    d2_and = rf"(?:(?:\s?{DASH}|\s(?:{_alternation(and_words)}))\s?(?P<d2>\d{{1,2}}){ORDINAL})?" if and_words else d2
    pats = [
        ("iso", rf"{wg}{year}-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),
        # not when a day-first date follows the year: "v roce 2011. 1. 4. 2012 byl …"
        # the second day may follow a dash or an "and" word: "2023.03.20. és 24. között"
        ("ymd", rf"{wg}{year}(?P<sep>[./])\s?(?P<m>\d{{1,2}})(?P=sep)\s?(?P<d>\d{{1,2}})\.?(?![\d.]\d)"
                rf"(?!\.?\s?(?:1[89]|2[01])\d\d){d2_and}(?![\d.]\d)"),
        ("hu", rf"{w}{year}\.\s?(?P<mon>{mon})\.?\s(?P<d>\d{{1,2}})\.?{d2_and}(?!\d)"),
        # ISO's order with spaces for its hyphens, month and day of two digits each, as Lithuanian
        # and German pages write it ("Projekto trukmė: 2017 04 01 – 2018 09 30"); not inside a
        # longer run of grouped digits
        ("ymd_space", rf"{wg}(?<!\d[ .,]){year} (?P<m>0[1-9]|1[0-2]) (?P<d>0[1-9]|[12]\d|3[01])(?![.,]?\d| \d)"),
    ]
    # year-first dates with a word after the year: Lithuanian "2020 m. liepos 1 d." (month, then
    # day), Latvian "2020. gada 1. jūlijā" (day, then month); only for languages that list such words
    first = lex.cues.get("year_first", [])
    if first:
        yf = rf"{w}{year}\.?\s?(?:{_alternation(first)})"
        days = lex.cues.get("day_suffix", [])
        ds = rf"(?:\s?(?:{_alternation(days)}))?" if days else r"\.?"
        pats += [
            ("yf_mon_d", rf"{yf}\s(?P<mon>{mon})\.?\s(?P<d>\d{{1,2}}){d2}{ds}(?!\w|\.?\d)"),
            ("yf_d_mon", rf"{yf}\s(?P<d>\d{{1,2}})\.{d2}\s?(?P<mon>{mon})(?![\w])"),
            # a month of five letters or more, or a full name however short ("2023 yılı Ocak"):
            # the year word says it is a date
            ("yf_mon", rf"{yf}\s(?P<mon>{long}|{full})(?![\w])"),
        ]
        if days:
            # the year word may be left out where the day word follows: "iki 2020 sausio 31 d.";
            # a full month's form between a year and a day, then the day's word, is a date
            pats.append(("y_mon_d", rf"{w}{year}\s(?P<mon>{long}|{full})\s(?P<d>\d{{1,2}}){d2}"
                                    rf"\s?(?:{_alternation(days)})(?!\w|\.?\d)"))
    pats += [
        ("dmy", rf"{wg}(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?{year}(?!\d)"),
        # the last day of a range of numeric days whose months carry no full stop, the year
        # after a space: "21.11-27.11 2021 г.", "3.5 – 7.5 2019" (only right after the dash)
        ("dm_y_ranged", rf"(?:(?<=[{re.escape(DASHES)}])|(?<=[{re.escape(DASHES)}]\s))"
                        rf"(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\s{year}(?!\d)"),
        # the same after a "from" word: "от 16.05 2019 г. до 16.05.2022 г." (checked in find_dates)
        ("dm_y_from", rf"(?<=\s)(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\s{year}(?!\d)"),
        ("dmy_slash", rf"{w}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/{year}(?!\d)"),
        # "14-02-2018" (Dutch, Romanian, Italian, Spanish pages); not inside a code ("AT-CZ-12-2018")
        ("dmy_dash", rf"(?<![\w.,/-])(?P<d>\d{{1,2}})-(?P<m>\d{{1,2}})-{year}(?![\d-])"),
        # a month of two digits and its year after a hyphen, as forms write a period ("Termín
        # realizácie01-2021 – 12-2021"), glued to a label word too; only as an end of such a range
        # (checked in find_dates): alone it is as often a number or a code
        ("m_dash_y", rf"(?:(?<![\w.,/-])|(?<=[^\W\d_]{{3}}))(?P<m>0[1-9]|1[0-2])-{year}(?![\d-])"),
        # the day's full stop may be glued to the month's name: "31.mart 2020", "1.März 2019"
        ("d_mon_y", rf"{w}(?P<d>\d{{1,2}})(?:{ORDINAL}{c}\s|\.)(?P<mon>{mon})\.?,?{c}\s{year}(?!\d)"),
        ("mon_d_y", rf"{w}(?P<mon>{mon})\.?\s(?P<d>\d{{1,2}}){ORDINAL}{d2},?\s{year}(?!\d)"),
        ("hu_ym", rf"{w}{year}\.\s?(?P<mon>{mon})(?![\w])"),
        # a year-first month without the dot ("2011 áprilisától"): full month forms only
        ("y_mon", rf"{w}{year}\s(?P<mon>{long})(?![\w])"),
        ("mon_y", rf"{w}(?P<mon>{mon})\.?,?{c}\s{year}(?!\d)"),
        ("m_slash_y", rf"{w}(?P<m>\d{{1,2}})/{year}(?!\d)"),
        ("d_roman_y", rf"{w}(?P<d>\d{{1,2}})\.\s?(?P<rm>{ROMAN})\.\s?{year}(?!\d)"),
        ("roman_y", rf"(?<![\w.])(?P<rm>{ROMAN})[./]{year}(?!\d)"),
        # a range of years with the second written short: "2017-19", "2014 – 20"
        # (not inside a code: "2019-21-KA229")
        ("y_yy", rf"{w}{year}\s?{DASH}\s?(?P<y2>\d\d)(?![\w.,]?\d)(?!\s?{DASH}\s?\d)(?![-/]\w)"),
        # not four digits of a longer number ("18408 euro" holds no year 1840)
        ("y", rf"{w}{year}(?!\d|[.,]\d)"),
        # no year: read only against a reference date
        # the day's full stop may be glued to the month's name here too: "7. – 8.maijā"
        ("d_mon", rf"{w}(?P<d>\d{{1,2}})(?:{ORDINAL}{c}\s|\.)(?P<mon>{full})(?![\w])"),
        ("mon_d", rf"{w}(?P<mon>{full})\s(?P<d>\d{{1,2}}){ORDINAL}(?![\w.]?\d)"),
    ]
    return [(name, re.compile(p, re.IGNORECASE)) for name, p in pats]


def _partial_pattern(lex: Lexicon) -> re.Pattern:
    """A day (and maybe a month) right before a full date, joined by a dash, a "to" word
    or an "and" word: "20. - 21. listopadu 2014", "du 26 au 28", "31. januára – 1. …"."""
    words = lex.cues.get("range_to", []) + lex.cues.get("date_and", [])
    # a Maltese "to" word takes the article joined to the day: "mis-17 sal-21 ta' Novembru"
    joiner = rf"{DASH}|(?<!\w)(?:{_alternation(words)})-?" if words else DASH
    # the second day's weekday may stand after the joiner: "12 e mercoledì 13 marzo"
    days = lex.cues.get("weekdays", [])
    weekday = rf"(?:\s(?:{_alternation(days)}),?)?" if days else ""
    # the language's connector may stand between the day and its month: "del 28 de noviembre al 4 …"
    return re.compile(
        rf"(?<![\w.,/:])(?P<date>(?P<d>\d{{1,2}}){ORDINAL}(?:\s?(?P<m>\d{{1,2}})(?:\.|(?=\s?{DASH})))?(?:{_connector(lex)}\s?(?P<mon>{_month_pattern(lex)})\.?)?)"
        rf"\s*(?:{joiner}){weekday}\s*$", re.IGNORECASE)


def _this_year_pattern(lex: Lexicon) -> re.Pattern | None:
    words = lex.cues.get("this_year", [])
    return re.compile(rf"^,?\s(?:{_alternation(words)})(?!\w)", re.IGNORECASE) if words else None


_CACHE: dict[str, tuple] = {}


def _compiled(lex: Lexicon) -> tuple:
    if lex.lang not in _CACHE:
        _CACHE[lex.lang] = (_patterns(lex), _partial_pattern(lex), _this_year_pattern(lex))
    return _CACHE[lex.lang]


def _ref_date(ref: str | None) -> datetime.date | None:
    """The reference date as a day (a month counts from its middle, a year from July)."""
    if not ref or not re.fullmatch(r"\d{4}(-\d\d){0,2}", ref):
        return None
    nums = [int(p) for p in ref.split("-")]
    try:
        return datetime.date(nums[0], nums[1] if len(nums) > 1 else 7, nums[2] if len(nums) > 2 else 15)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, ref: datetime.date) -> int:
    """The year that puts day.month closest to the reference date (a news item reports
    the recent past and the near future)."""
    def gap(y: int) -> int:
        try:
            return abs((datetime.date(y, month, min(day, 28)) - ref).days)
        except ValueError:
            return 10 ** 6
    return min((ref.year - 1, ref.year, ref.year + 1), key=gap)


def _closes_month(text: str, m: re.Match, mon_y: re.Pattern) -> bool:
    """A year-first month's year ends a month-then-year date right before it, itself not
    after a year ("tammikuusta 2024 joulukuuhun 2026"; but "2011 áprilisától 2013 márciusáig")."""
    for x in mon_y.finditer(text, max(0, m.start() - 40), m.end("y")):
        if x.end() == m.end("y"):
            return not re.search(r"(?:1[89]|2[01])\d\d\.?\s*$", text[:x.start()])
    return False


def find_dates(text: str, lex: Lexicon, ref: str | None = None, nearest: bool = True) -> list[DateValue]:
    """Every date in text, most specific reading first, none overlapping. `ref` (an ISO
    date, the publication date) lets a day and month without a year be read: in the year
    of `ref` when the text says "this year" ("1. februarja letos"), else, if `nearest`,
    in the year that puts it closest to `ref`."""
    pats, partial, this_year = _compiled(lex)
    ref_day = _ref_date(ref)
    month_first = _month_first(text, dict(pats)["dmy_slash"])
    taken: list[tuple[int, int]] = []
    out: list[DateValue] = []
    for name, pat in pats:
        for m in pat.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if name == "dm_y_from" and not _after_from_word(text, m.start(), lex):
                continue
            if name in ("y_mon", "y_mon_d") and _closes_month(text, m, dict(pats)["mon_y"]):
                continue  # the year closes a month before it ("tammikuusta 2024 joulukuuhun 2026")
            if name == "m_dash_y" and not _paired_month(text, m):
                continue
            if name in ("m_slash_y", "y") and _numbered(text, m):
                continue  # "Regulamentul (CE) nr. 614/2007", "Decision 2011/833/EU": a number and its year
            g = dict(m.groupdict())
            if name == "y_yy":
                out += _short_year_range(m, text)
                if out and out[-1].end == m.end():
                    taken.append((m.start(), m.end()))
                continue
            if name == "dmy_slash" and month_first:
                g["d"], g["m"] = g["m"], g["d"]
            month = int(g["m"]) if g.get("m") else (lex.months.get(g["mon"].lower()) if g.get("mon") else None)
            if g.get("rm"):
                month = ROMAN_MONTHS[g["rm"]]
            if g.get("mon") and month is None:
                continue
            day = int(g["d"]) if g.get("d") else None
            end, inferred = m.end(), False
            if g.get("y"):
                y = int(g["y"])
            else:
                said = this_year.match(text[m.end():]) if this_year else None
                if ref_day is None or not 1 <= month <= 12 or not (said or nearest):
                    continue
                y = ref_day.year if said else _nearest_year(month, day, ref_day)
                # a weekday beside the date picks its year among those around the reference
                named = None if said or not day else weekday_at(text, m.start(), m.end(), lex)
                if named is not None:
                    y = year_of(month, day, named, (ref_day.year - 1, ref_day.year, ref_day.year + 1)) or y
                end, inferred = (m.end() + said.end() if said else m.end()), True
            if g.get("d2") and int(g["d2"]) <= (day or 0):
                # "2023.03.20 and 5 partners": a second day must come after the first
                end, g["d2"] = m.end("d"), None
            if g.get("d2"):
                first_end = m.end("d")
                iso, valid = _iso(y, month, day)
                out.append(DateValue(iso, m.start(), first_end, text[m.start():first_end], valid, inferred))
                iso, valid = _iso(y, month, int(g["d2"]))
                out.append(DateValue(iso, m.start("d2"), end, text[m.start("d2"):end], valid, inferred))
            else:
                iso, valid = _iso(y, month, day)
                out.append(DateValue(iso, m.start(), end, text[m.start():end], valid, inferred))
            taken.append((m.start(), end))
    out += _partials(text, out, lex, partial, taken)
    out.sort(key=lambda d: d.start)
    return out


_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
_MONTH_DASH_YEAR = r"(?:0[1-9]|1[0-2])-(?:1[89]|2[01])\d\d"


def _paired_month(text: str, m: re.Match) -> bool:
    """A month written "01-2021" is read as one end of a range of two such months joined by a
    dash ("01-2021 – 12-2021"), not alone."""
    return bool(compiled(rf"\s?{DASH}\s?{_MONTH_DASH_YEAR}(?![\d-])").match(text, m.end())
                or compiled(rf"(?<![\d-]){_MONTH_DASH_YEAR}\s?{DASH}\s?$").search(text[max(0, m.start() - 12):m.start()]))


def _numbered(text: str, m: re.Match) -> bool:
    """A year written as one half of a number and its year, as acts, regulations and decisions
    are numbered ("Uredba (EU) br. 1143/2014", "Regulation (EU) No 1303/2013", "nr. 29/2015",
    "Directive 2009/147/EC"): the other half is a number that is no month (over 12, or of three
    digits or more) and no year a few years off; the year dates the act, not the project."""
    y = m.start("y")
    if "m" in m.groupdict():  # "nr. 29/2015": the pattern read the number as a month
        number = m.group("m")
    else:
        before = re.search(r"(?<![\d/])(\d+)/$", text[max(0, y - 12):y])
        number = before.group(1) if before else None
    year = int(m.group("y"))
    if number and (int(number) > 12 or len(number) > 2) and not _years_apart(int(number), year):
        return True
    after = re.match(r"/(\d+)(?!\d)", text[m.end("y"):])
    return bool(after) and len(after.group(1)) > 2 and not _years_apart(year, int(after.group(1)))


def _years_apart(a: int, b: int) -> bool:
    """Two numbers joined by a slash are two years when the second follows the first within
    a budget period ("2018/2019", "2021/2027"); "1828/2006" is a regulation's number."""
    return bool(_YEAR.fullmatch(str(a)) and _YEAR.fullmatch(str(b))) and 0 < b - a <= 10


def _after_from_word(text: str, start: int, lex: Lexicon) -> bool:
    """A "from" word of the language ends the text before `start`, as a whole word."""
    words = text[max(0, start - 30):start].split()
    return bool(words) and words[-1].lower() in set(lex.cues.get("range_from", []))


def _short_year_range(m: re.Match, text: str) -> list[DateValue]:
    """ "2017-19": the second year takes the first one's century. Only a later year up
    to ten on ("2016-18", not "2019-10", which may be October 2019)."""
    y = int(m.group("y"))
    y2 = y // 100 * 100 + int(m.group("y2"))
    if not y < y2 <= y + 10:
        return []
    return [DateValue(f"{y:04d}", m.start(), m.end("y"), m.group("y")),
            DateValue(f"{y2:04d}", m.start("y2"), m.end(), text[m.start("y2"):m.end()])]


def _month_first(text: str, slash: re.Pattern) -> bool:
    """Slash dates are day first, unless the text itself shows month first: a second
    number above 12 and no first one above 12 ("05/01/2012 – 04/30/2015")."""
    pairs = [(int(m.group("d")), int(m.group("m"))) for m in slash.finditer(text)]
    return any(b > 12 for a, b in pairs) and not any(a > 12 for a, b in pairs)


def _partials(text: str, dates: list[DateValue], lex: Lexicon, partial: re.Pattern,
              taken: list[tuple[int, int]]) -> list[DateValue]:
    """The first day of a range written once for both ends ("22. a 23.6.2010",
    "vom 3. bis 5. Mai 2013", "31. januára – 1. februára 2019"): it takes the month and
    year it lacks from the date after it. A reading that would start after that date
    ("1.10. – 31.3.2012": which year?) is not made."""
    out = []
    for f in dates:
        if f.precision != "day" or not f.valid:
            continue
        m = partial.search(text[max(0, f.start - 40):f.start])
        if not m:
            continue
        start = f.start - (len(m.string) - m.start())
        if any(a < f.start and start < b for a, b in taken):
            continue
        g = m.groupdict()
        year, month = int(f.iso[:4]), int(f.iso[5:7])
        if g.get("m"):
            month = int(g["m"])
        elif g.get("mon"):
            month = lex.months.get(g["mon"].lower(), 0)
        iso, valid = _iso(year, month, int(g["d"]))
        if not valid or iso >= f.iso:
            continue
        end = start + len(m.group("date"))
        out.append(DateValue(iso, start, end, text[start:end], valid, True))
        out += _listed_days(text, out[-1], taken)
    return out


def _listed_days(text: str, first: DateValue, taken: list[tuple[int, int]]) -> list[DateValue]:
    """Days listed before a range's first day with commas ("27, 28 et 29 novembre",
    "5, 6 and 7 May"): each takes the month and year, when they count down one by one."""
    out = []
    day = datetime.date.fromisoformat(first.iso) if first.valid and len(first.iso) == 10 else None
    start = first.start
    while day is not None:
        m = re.search(rf"(?<![\w.,/:])(\d{{1,2}}){ORDINAL}\s*,\s*$", text[max(0, start - 12):start])
        prev = day - datetime.timedelta(days=1)
        if not m or int(m.group(1)) != prev.day or any(a < start and start - len(m.group(0)) < b for a, b in taken):
            break
        start -= len(m.group(0))
        out.append(DateValue(prev.isoformat(), start, start + len(m.group(1)), m.group(1), True, True))
        day = prev
    return out


def months_between(r: DateRange) -> int:
    """Whole months from a range's start to its end, at the coarser precision."""
    a, b = r.start.iso, r.end.iso
    if len(a) == 4 or len(b) == 4:
        return (int(b[:4]) - int(a[:4])) * 12
    return (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7])


def find_ranges(text: str, lex: Lexicon, ref: str | None = None, nearest: bool = True) -> list[DateRange]:
    """Dates paired into ranges where the text between them says so: a dash, or
    "od … do", "from … to", "von … bis", "22. a 23."; lone dates become open ranges."""
    dates = find_dates(text, lex, ref, nearest)
    to_words = set(lex.cues.get("range_to", []))
    from_words = set(lex.cues.get("range_from", []))
    and_words = set(lex.cues.get("date_and", []))
    fillers = set(lex.cues.get("year_suffix", [])) | set(lex.cues.get("date_fillers", [])) | \
        {w + "," for w in lex.cues.get("weekdays", [])} | set(lex.cues.get("weekdays", []))
    out: list[DateRange] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        if i + 1 < len(dates):
            b = dates[i + 1]
            gap = text[a.end:b.start]
            between = _between(gap, fillers)
            joined = between and (all(c in DASHES for c in between) or between in to_words
                                  or _suffix_from(gap, from_words)
                                  or between in and_words and (_next_day(a, b) or _between_pair(text, a, b, lex)))
            # Hungarian marks the range on the month: "2011 áprilisától 2014 márciusáig"
            suffixed = not gap.strip() and a.text.lower().endswith(tuple(from_words)) \
                and b.text.lower().endswith(tuple(to_words))
            if joined or suffixed:
                out.append(DateRange(a, b, a.start, b.end))
                i += 2
                continue
        out.append(DateRange(a, None, a.start, a.end))
        i += 1
    out = _merge_listed(out, text)
    # extend spans over a leading "from"/"od" so evidence holds the whole phrase
    result = []
    for r in out:
        before = text[:r.span_start].rstrip()
        word = before.split()[-1].lower() if before.split() else ""
        start = r.span_start - (len(text[:r.span_start]) - len(before)) - len(word) if word in from_words and r.end else r.span_start
        if r.end is not None and start == r.span_start:
            start -= len(_phrase_before(text[:r.span_start], lex.cues.get("date_between", [])))
        result.append(DateRange(r.start, r.end, start, r.span_end))
    return result


def _between_pair(text: str, a: DateValue, b: DateValue, lex: Lexicon) -> bool:
    """Two dates joined by "and" are a range when a "between" word opens the pair
    ("mezi lety 2017 a 2019", "tra il 2017 e il 2019") or, in Hungarian, closes it
    ("2017 és 2019 között"); the later date second."""
    if b.iso[:4] < a.iso[:4]:
        return False
    # date words may stand between: "între data 01.04.2018 și data 28.02.2022"
    fillers = set(lex.cues.get("date_fillers", [])) | set(lex.cues.get("year_suffix", []))
    before = text[:a.start]
    while (words := before.split()) and words[-1].lower() in fillers:
        before = before[:before.rstrip().rfind(words[-1])]
    opened = _phrase_before(before, lex.cues.get("date_between", []))
    closed = any(re.match(rf"\s*{re.escape(w)}(?!\w)", text[b.end:], re.IGNORECASE)
                 for w in lex.cues.get("date_between_after", []))
    return bool(opened) or closed


def _phrase_before(before: str, phrases: list[str]) -> str:
    """The longest of `phrases` that ends `before` as whole words (with the space after it)."""
    low = before.lower()
    for p in sorted(phrases, key=lambda w: (-len(w), w)):
        m = compiled(rf"(?<!\w){re.escape(p)}\s*$").search(low)
        if m:
            return before[m.start():]
    return ""


def _merge_listed(ranges: list[DateRange], text: str) -> list[DateRange]:
    """"27, 28 et 29 novembre": a lone day, a comma, and a range that starts the next day
    are one range."""
    out: list[DateRange] = []
    for r in ranges:
        if out and out[-1].end is None and r.end is not None and r.start.precision == "day" and \
                out[-1].start.precision == "day" and out[-1].start.valid and r.start.valid and \
                re.fullmatch(r"\.?\s*,\s*", text[out[-1].span_end:r.span_start]) and _next_day(out[-1].start, r.start):
            out[-1] = DateRange(out[-1].start, r.end, out[-1].span_start, r.span_end)
            continue
        out.append(r)
    return out


def _between(gap: str, fillers: set[str]) -> str:
    """The words joining two dates, without year marks ("2010 r. do" -> "do", and
    "2021r.-31.12.2021", the mark glued to the dash, -> "-")."""
    # a hyphen glued to the last word is an article joined to the next date, not a dash:
    # Maltese "sal-2021", "u l-2013"
    gap = re.sub(r"(?<=\w)-(?=\s*$)", "", gap)
    words = [w for w in re.sub(rf"({DASH})", r" \1 ", gap).lower().split() if w not in fillers]
    joined = " ".join(words)
    return joined.lstrip(".,").strip()


def _suffix_from(gap: str, from_words: set[str]) -> bool:
    """A "from" suffix on the first date joins it to the next: after a hyphen ("1-jétől 2014. …")
    or the apostrophe that joins a suffix to a number or name (Turkish "2020'den 2022'ye kadar")."""
    m = re.fullmatch(r"\.?[-'’](\w+)\s+", gap)
    return bool(m) and any(m.group(1).lower().endswith(f) for f in from_words)


def _next_day(a: DateValue, b: DateValue) -> bool:
    """Two days joined by "and" are one range only when consecutive ("22. a 23. 6.")."""
    if a.precision != "day" or b.precision != "day" or not (a.valid and b.valid):
        return False
    da, db = (datetime.date.fromisoformat(x.iso) for x in (a, b))
    return (db - da).days == 1


def end_before_start(start: str | None, end: str | None) -> bool:
    if not start or not end:
        return False
    n = min(len(start), len(end))
    return end[:n] < start[:n]


def weekday_reference(text: str, lex: Lexicon) -> str | None:
    """A page with no publication date: the first day and month without a year that a
    weekday names, in the one year the page states ("2014-2020") that puts it on that
    weekday, is the page's reference date (ISO), or None."""
    years = stated_years(text)
    if not years:
        return None
    probe = "2000-07-01"  # any reference lets the yearless date be read; its year is replaced
    for d in find_dates(text, lex, probe):
        if not d.inferred or d.iso.count("-") != 2:
            continue
        named = weekday_at(text, d.start, d.end, lex)
        if named is None:
            continue
        _, month, day = (int(x) for x in d.iso.split("-"))
        y = year_of(month, day, named, years)
        if y:
            return f"{y:04d}-{month:02d}-{day:02d}"
    return None
