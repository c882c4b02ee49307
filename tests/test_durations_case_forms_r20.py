"""A stated length whose number word and unit stand in a case form ("v prihodnjih treh
letih", "u ove tri godine implementacije projekta", "v následujících třech rocích") is the
project's duration; and a label whose words before the cue name a programme ("Programové
období: 2014-2020") is no label of the project's."""
import pytest

from pipeline.build import extract_one
from tests.section_context import section_context

from pipeline.extractors.durations import KEYS


def months(text: str, lang: str) -> list:
    doc = extract_one(text.encode("utf-8"), f"case_{lang}.txt", "case")[0]
    return [p["duration_months"] for p in doc["projects"] if p["duration_months"]]


CASE_FORMS = [
    ("sl", "RiverLink\n\nProjekt RiverLink je čezmejni projekt EU. V prihodnjih treh letih bo šest "
           "partnerjev izvajalo projekt ob reki.", 36),
    ("sl", "AlpHerb\n\nProjekt AlpHerb se bo izvajal v obdobju dveh let, v katerih bodo partnerji "
           "zasadili vrtove.", 24),
    ("hr", "SeaWatch\n\nProjekt SeaWatch je predstavljen u Splitu. Partneri su u ove četiri godine "
           "implementacije projekta izradili karte obale.", 48),
    ("cs", "LesNet\n\nProjekt LesNet spojuje obce v pohraničí. V následujících třech rocích bude "
           "projekt realizován v obou zemích.", 36),
]


@pytest.mark.parametrize("lang,text,expected", CASE_FORMS)
def test_length_in_case_form_is_read(lang, text, expected):
    assert months(text, lang) == [expected]


def test_length_about_a_programme_is_no_duration():
    text = ("RiverLink\n\nProgram Interreg podpira obmejne regije. V prihodnjih treh letih bo program "
            "razdelil sredstva občinam.")
    assert months(text, "sl") == []


PROGRAMME_LABELS = [
    ("cs", "Programové období: 2015 – 2019"),
    ("en", "Programme period: 2015 – 2019"),
    ("fi", "Ohjelmakauden aikataulu: 2015 – 2019"),
]


@pytest.mark.parametrize("lang,line", PROGRAMME_LABELS)
def test_programme_words_before_the_cue_make_no_label(lang, line):
    ctx = section_context(f"{line}\n\nToinen kappale.", lang)
    assert ctx.label_block(ctx.indices[0], KEYS | {"period_label"}) is None


PROJECT_LABELS = [
    ("cs", "Celková doba trvání: 24 měsíců"),
    ("en", "Overall project period: 2015 – 2019"),
]


@pytest.mark.parametrize("lang,line", PROJECT_LABELS)
def test_other_prefixed_labels_still_read(lang, line):
    ctx = section_context(f"{line}\n\nSecond paragraph.", lang)
    assert ctx.label_block(ctx.indices[0], KEYS | {"period_label"}) is not None


MORE_CASE_FORMS = [
    # Lithuanian counts "metai" (a plural-only noun) with collective numerals
    ("lt", "MiškoTinklas\n\nProjektas MiškoTinklas prasidėjo pavasarį. Jis truks trejus metus.", 36),
    # the definite plural after an article: "i løpet av de tre årene"
    ("no", "SkogNett\n\nProsjektet SkogNett samler fire skoler. I løpet av de to årene besøkte "
           "prosjektet alle partnerskolene.", 24),
    ("sv", "SkogNät\n\nProjektet SkogNät samlar fyra skolor. Under de tre åren besökte projektet "
           "alla partnerskolor.", 36),
]


@pytest.mark.parametrize("lang,text,expected", MORE_CASE_FORMS)
def test_collective_numerals_and_definite_units(lang, text, expected):
    assert months(text, lang) == [expected]
