"""A "since" word that is the range's own "from" word opens a project's period (round 26)."""
from pipeline.extractors import durations
from tests.section_context import section_context


def period(text: str, lang: str, name: str | None = None):
    p = durations.extract(section_context(text, lang), name)
    return p.start, p.end


def test_latvian_no_lidz_range_without_cue():
    text = "Projekta darbi notiek no 01.05.2016 līdz 30.04.2018 trīs pilsētās."
    assert period(text, "lv") == ("2016-05-01", "2018-04-30")


def test_spanish_desde_hasta_range_without_cue():
    text = "Las visitas del proyecto van desde marzo de 2019 hasta febrero de 2021 en dos regiones."
    assert period(text, "es") == ("2019-03", "2021-02")


def test_finnish_alkaen_is_still_no_range_opener_elsewhere():
    # a founding "since" apart from any range still keeps the sentence out
    text = "Hanke on toiminut vuodesta 2010, ja kokous pidettiin 3.5.2016 - 4.5.2016 Oulussa."
    assert period(text, "fi") == (None, None)
