"""A project's name joined by a hyphen to an inflected or compounded project word (round 20)."""
from pipeline.extractors.name_hyphen import hyphen_joined


def _names(text, lang):
    return [(text[j.start:j.end], j.programme) for j in hyphen_joined(text, lang)]


def test_name_before_an_inflected_project_word():
    assert _names("Tutkijat esittelivät KALEVA-hankkeen tuloksia.", "fi") == [("KALEVA", False)]
    assert _names("Vi deltar i NordWind-projektet sedan 2020.", "sv") == [("NordWind", False)]
    assert _names("Vi er med i NordWind-prosjektet.", "no") == [("NordWind", False)]
    assert _names("Linnad osalesid MERIVEE-projektis aktiivselt.", "et") == [("MERIVEE", False)]
    assert _names("Az ÚTRAKÉSZ-projektben hat partner vesz részt.", "hu") == [("ÚTRAKÉSZ", False)]
    assert _names("Die Ergebnisse des GreenBRIDGE-Projektes liegen vor.", "de") == [("GreenBRIDGE", False)]


def test_compound_and_chained_names():
    # the project word running on into a compound ("hanke" + "suunnitelman")
    assert _names("Valmistelimme AURORA-hankesuunnitelman keväällä.", "fi") == [("AURORA", False)]
    # a name of hyphened parts, the programme's brand last
    assert _names("Saimaannorppa-LIFE-hankkeessa on mukana kuntia.", "fi") == [("Saimaannorppa-LIFE", False)]


def test_a_brand_before_the_hyphen_is_no_name():
    assert _names("Das LIFE-Projekt läuft bis 2027.", "de") == [("LIFE", True)]
    assert _names("Interreg-hankkeen rahoitus alkaa.", "fi") == [("Interreg", True)]
    assert _names("Ein EU-Projekt mit zwölf Partnern.", "de") == []
    assert _names("Eine Pilot-Projektphase folgt.", "de") == []
