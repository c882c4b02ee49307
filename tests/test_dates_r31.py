"""Round 31: bare years after a "from" word in a sentence naming the project are its period
("Piloté de 2010 à 2014, ce projet …"); a programme's budget period is not."""
from pipeline.extractors import durations
from section_context import section_context


def _period(text: str, lang: str, name: str | None = None):
    p = durations.extract(section_context(text, lang), name)
    return p.start, p.end


def test_years_from_to_fr():
    assert _period("Mené de 2011 à 2015, ce projet a restauré trois étangs.\n", "fr") == ("2011", "2015")


def test_years_from_to_it():
    assert _period("Il progetto, che dal 2016 al 2019 ha coinvolto sei scuole, è concluso.\n", "it") == ("2016", "2019")


def test_years_from_to_nl():
    assert _period("Het project liep van 2012 tot 2016 in vier gemeenten.\n", "nl") == ("2012", "2016")


def test_budget_period_is_a_programmes():
    assert _period("Het programma loopt van 2014 tot 2020 en steunt veel projecten.\n", "nl") == (None, None)


def test_no_project_named():
    assert _period("De 2010 à 2014, la commune a rénové ses écoles.\n", "fr") == (None, None)


def test_too_long_a_span():
    assert _period("Le projet a été suivi de 1990 à 2015 par la commune.\n", "fr") == (None, None)

