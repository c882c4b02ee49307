"""Round 31: an enumeration that follows its cue in running text, with no colon, bracket,
list marker or "such as" to open it, is not read as the project's activities. Counted on
1390 pages, those enumerations were wrong more often than right (what a sentence's
object is about, an activity report, the areas of a call), so the reader was dropped.
Lists after a colon, in brackets and after "such as" are still read."""
import pytest

from pipeline.extractors import activities
from tests.section_context import section_context


def _texts(text: str, lang: str) -> list[str]:
    return [i.text for i in activities.extract(section_context(text, lang))]


RUNNING = [
    ("en", "The partners will support research in key sectors of the region, including forestry, "
           "water management and rural tourism.\n"),
    ("nl", "De thema's natuur, recreatie en landbouw worden in dit project samen uitgewerkt.\n"),
    ("it", "Il fondo sostiene piccoli progetti che ricoprono ambiti diversi, quali la cultura, lo sport "
           "e il turismo.\n"),
]


@pytest.mark.parametrize("lang,text", RUNNING)
def test_an_enumeration_after_its_cue_in_running_text_is_not_read(lang, text):
    assert _texts(text, lang) == []


COLON = [
    ("en", "Project activities: study visits, a summer school and a final conference.\n",
     ["study visits", "a summer school", "a final conference"]),
    ("nl", "Activiteiten van het project: excursies, workshops en een slotconferentie.\n",
     ["excursies", "workshops", "een slotconferentie"]),
]


@pytest.mark.parametrize("lang,text,expected", COLON)
def test_an_enumeration_after_a_colon_is_still_read(lang, text, expected):
    assert _texts(text, lang) == expected
