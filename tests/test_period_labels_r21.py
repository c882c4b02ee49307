"""Round 21 (lex2): (1) an end cue joined by a conjunction to a start word before it ("algus- ja
lõppkuupäev", "Beginn- und Enddatum", "datum zahájení a ukončení") names both ends: a range after
it is the period; an end cue alone keeps the end only. (2) A label whose cue closes it ("Hankkeen
aikataulu:", "Projektets tidsplan:") alone in its block takes the next paragraph as its value.
Invented texts."""
import pytest

from pipeline.extractors import durations
from tests.section_context import section_context


def _period(text: str, lang: str) -> tuple[str | None, str | None]:
    p = durations.extract(section_context(text, lang), None)
    return p.start, p.end


BOTH = [
    ("et", "Projekt Meretee\n\nProjekti algus- ja lõppkuupäev on 01/03/2021 – 28/02/2023 (24 kuud)."),
    ("de", "Projekt Seeweg\n\nDas Beginn- und Enddatum des Projekts ist 01.03.2021 – 28.02.2023."),
    ("cs", "Projekt Mořská cesta\n\nDatum zahájení a ukončení projektu: 1. 3. 2021 – 28. 2. 2023."),
    ("fi", "Hanke Meripolku\n\nHankkeen alkamis- ja päättymispäivä on 1.3.2021 – 28.2.2023."),
    ("hu", "A Tengeri út projekt\n\nA projekt kezdő- és záródátuma 2021.03.01 – 2023.02.28."),
]


@pytest.mark.parametrize("lang,text", BOTH)
def test_start_and_end_label_gives_the_range(lang, text):
    assert _period(text, lang) == ("2021-03-01", "2023-02-28")


def test_end_cue_alone_keeps_the_end():
    assert _period("Projekt Meretee\n\nProjekti lõppkuupäev on 28/02/2023.", "et") == (None, "2023-02-28")


NEXT_LINE = [
    ("fi", "Hanke Meripolku\n\nHankkeen aikataulu:\n\n1.3.2021 – 28.2.2023\n\nRahoitus: 100 000 euroa"),
    ("cs", "Projekt Mořská cesta\n\nČasový harmonogram:\n\n1. 3. 2021 – 28. 2. 2023\n\nRozpočet: 100 000 EUR"),
]


@pytest.mark.parametrize("lang,text", NEXT_LINE)
def test_closing_cue_label_takes_the_next_paragraph(lang, text):
    assert _period(text, lang) == ("2021-03-01", "2023-02-28")
