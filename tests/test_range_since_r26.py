"""A "from … to …" range with no date cue is the project's period even where its from-word is
also a "since" word (lv "no", es "desde", pt "desde"); a "since" word elsewhere in the
sentence still makes the range another's."""
from pipeline.extractors import durations
from section_context import section_context


def period(text: str, lang: str):
    p = durations.extract(section_context(text, lang), None)
    return p.start, p.end


def test_latvian_range_from_word_is_no_since():
    assert period("Projekta laiks ir no 01.04.2016 līdz 31.03.2018, to vada biedrība.\n", "lv") == \
        ("2016-04-01", "2018-03-31")


def test_spanish_range_from_word_is_no_since():
    assert period("El proyecto se desarrolla desde marzo de 2019 hasta febrero de 2021.\n", "es") == \
        ("2019-03", "2021-02")


def test_portuguese_range_from_word_is_no_since():
    assert period("O projeto decorre desde setembro de 2020 até agosto de 2022 em três escolas.\n", "pt") == \
        ("2020-09", "2022-08")
