"""An EU budget period (2007–2013, 2014–2020, 2021–2027) in running text is the programme's,
not the project's, when

- a programming-period word stands right beside it (cue key `programming_period`: "Nel
  periodo di programmazione 2014-2020", "a 2014–2020-as programozási időszakra",
  "programovací období 2007–2013");
- it follows a programme's name right after: a brand ("Interreg 2014-2020") or two countries
  joined by a dash, as cross-border programmes are named ("Polska – Republika Słowacka
  2007 – 2013");
- or its sentence does not name the project: a programme's own description ("Mae'n rhedeg am
  saith mlynedd, o 2014 tan 2020").

A project that ran through such a period and says so in its own sentence keeps it ("fizeram
parte, no período 2007-2013, do projeto X").
"""
from __future__ import annotations

import re

from pipeline import gazetteer, nlp
from pipeline.extractors import border_pairs, project_sentence
from pipeline.extractors.brand_years import BUDGET_PERIODS
from pipeline.extractors.context import Context
from pipeline.extractors.name_text import alternation, name_cues
from pipeline.normalise.dates import DateRange

# words that may stand between a programming-period word and the years ("okres programowania
# UE na lata 2014-2020", "programming period of 2014-2020")
GAP_WORDS = 3
# words a cross-border programme's country may take (Rzeczpospolita Polska)
PAIR_WORDS = 2 * border_pairs.MAX_NAME_WORDS
_DASH = re.compile(r"\s[-–—]\s|\w[-–—]\w")


def is_budget_period(r: DateRange) -> bool:
    return (r.end is not None and r.start.precision == "year" and r.end.precision == "year"
            and (r.start.iso, r.end.iso) in BUDGET_PERIODS)


def programmes(ctx: Context, i: int, sent: nlp.Span, r: DateRange, name: str | None) -> bool:
    """Is the range `r` of sentence `sent` (block i) a programme's budget period?"""
    if not is_budget_period(r):
        return False
    at, to = sent.start + r.span_start, sent.start + r.span_end
    text = ctx.doc.text
    for c in ctx.cues(i, {"programming_period"}):
        if sent.start <= c.start and c.end <= at and _gap(text[c.end:at]) <= GAP_WORDS:
            return True
        # "2014–2020-as programozási időszakra", "2014-2020 programming period": an ending on
        # the last year, then the word
        if to <= c.start < sent.end and _gap(re.sub(r"^[-‑]\w+", "", text[to:c.start])) == 0:
            return True
    before = text[sent.start:at]
    if _after_programme_name(ctx, before):
        return True
    return not project_sentence.names_project(ctx, i, sent, name)


def _gap(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _after_programme_name(ctx: Context, before: str) -> bool:
    """The years come right after a programme's brand or a dashed pair of countries."""
    if not before.endswith((" ", "\u00a0")) or not before.strip():
        return False
    brands = name_cues(ctx.lang).get("programme_names", [])
    if brands and re.search(rf"(?<!\w)(?:{alternation(brands)})(?![\w+])\s*$", before):
        return True
    words = before.split()
    tail = " ".join(words[-PAIR_WORDS - 1:])
    if any(border_pairs.country_phrase(words[-k:]) for k in range(1, border_pairs.MAX_NAME_WORDS + 1)):
        if border_pairs.dashed_pair(tail):
            return True
    # the page's own names and adjectives: "Rzeczpospolita Polska – Republika Słowacka"
    hits = [h for h in gazetteer.find(tail, ctx.lex, adjectives=True) if h.kind in ("country", "adjective")]
    if len(hits) < 2 or tail[hits[-1].end:].strip() or hits[-1].cc == hits[-2].cc:
        return False
    between = tail[hits[-2].end:hits[-1].start]
    return bool(_DASH.search(between)) and _gap(between) < border_pairs.MAX_NAME_WORDS
