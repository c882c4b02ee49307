"""Round 31 (second wave): readers of running-text enumerations narrowed from counts over
1390 pages. A verb of carrying out with no frame of the project ("we organised A, B and C")
is not read (4 right, 14 false)."""
import pytest

from pipeline.extractors import activities
from tests.section_context import section_context


def _texts(text: str, lang: str) -> list[str]:
    return [i.text for i in activities.extract(section_context(text, lang))]


VERB_ONLY = [
    ("en", "The town hosted a delegation in May. During the visit we organised guided walks, tastings of "
           "local cheese and a concert in the square.\n"),
    ("sk", "Mesto prijalo delegáciu v máji. Počas návštevy sme usporiadali prehliadky mesta, ochutnávky "
           "syrov a koncert na námestí.\n"),
]


@pytest.mark.parametrize("lang,text", VERB_ONLY)
def test_an_enumeration_after_a_verb_with_no_frame_is_not_read(lang, text):
    assert _texts(text, lang) == []


FRAMED = [
    ("pl", "W ramach projektu zorganizowano warsztaty ceramiczne dla seniorów, wspólny rajd rowerowy "
           "oraz spotkanie podsumowujące.\n",
     ["warsztaty ceramiczne dla seniorów", "wspólny rajd rowerowy", "spotkanie podsumowujące"]),
    ("en", "Within the project, the partners organised cooking classes, a craft fair and a photo exhibition.\n",
     ["cooking classes", "a craft fair", "a photo exhibition"]),
]


@pytest.mark.parametrize("lang,text,want", FRAMED)
def test_an_enumeration_framed_by_the_project_is_still_read(lang, text, want):
    assert _texts(text, lang) == want


# a sector word before "such as" names the fields a region or a call covers, not the project's work
SECTORS_SUCH_AS = [
    ("en", "The region is strong in areas such as renewable energy, health care and scientific research.\n"),
    ("no", "Regionen har styrke innen områder som fornybar energi, helse og forskning.\n"),
]


@pytest.mark.parametrize("lang,text", SECTORS_SUCH_AS)
def test_a_sector_word_before_such_as_leads_no_activities(lang, text):
    assert _texts(text, lang) == []


def test_a_theme_word_before_such_as_still_leads_its_list_de():
    text = "Das Netzwerk konzentriert sich auf Themen wie Weiterbildung, Öffentlichkeitsarbeit und Forschung.\n"
    assert _texts(text, "de") == ["Weiterbildung", "Öffentlichkeitsarbeit", "Forschung"]


# a framed enumeration that runs through capitalised names is the object of one piece of work
FRAMED_NAMES = [
    ("pl", "W ramach projektu zorganizowano wyjazd studyjny ze zwiedzaniem starego miasta, Muzeum Ziemi "
           "Lubuskiej oraz Ogrodu Botanicznego w Zielonej Górze.\n"),
    ("cs", "V rámci projektu proběhla exkurze s prohlídkou hradu, Muzea Těšínska a Botanické zahrady v Opavě.\n"),
]


@pytest.mark.parametrize("lang,text", FRAMED_NAMES)
def test_a_framed_enumeration_through_names_is_not_read(lang, text):
    assert _texts(text, lang) == []


# a bracket after the kind's word lists its items; after a place or a qualifier it glosses those
BRACKETS = [
    ("cs", "Hlavní aktivity projektu (výstava, konference a seminář) se konaly v Ostravě.\n",
     ["výstava", "konference", "seminář"]),
    ("sk", "Zaujímavé boli aj aktivity v Bratislave (prehliadka hradu, výlet loďou a koncert).\n", []),
    ("fr", "Certaines actions passées (extraction de tourbe, drainage, curage des fossés) ont abîmé le site.\n", []),
]


@pytest.mark.parametrize("lang,text,want", BRACKETS)
def test_a_bracket_after_the_kind_or_the_project_word(lang, text, want):
    assert _texts(text, lang) == want
