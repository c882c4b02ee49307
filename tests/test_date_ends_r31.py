"""Round 31: a lone date is never given the wrong end. An end word between a length word and
the date makes it the end; an end word right after a start verb tells the part of the year;
a one- or two-letter "until" word ends a date only right before it."""
from pipeline.extractors import durations
from section_context import section_context


def _period(text: str, lang: str, name: str | None = None):
    p = durations.extract(section_context(text, lang), name)
    return p.start, p.end


def test_end_word_after_length_word_ca():
    text = "El projecte, amb un termini d'execució que finalitza el 31 de març de 2019, té sis socis.\n"
    assert _period(text, "ca") == (None, "2019-03-31")


def test_until_further_back_el():
    text = "Το έργο έχει διάρκεια έως το τέλος του 2019 και έξι εταίρους.\n"
    assert _period(text, "el") == (None, "2019")


def test_end_of_year_after_start_verb_sl():
    text = "Projekt se je začel konec leta 2016 in povezuje šest občin.\n"
    assert _period(text, "sl")[1] is None


def test_short_until_word_far_from_date_fr():
    text = "Le projet a été soumis à l’UE le 12 mars 2019 par six partenaires.\n"
    assert _period(text, "fr")[1] is None


def test_short_until_word_right_before_date_cs():
    assert _period("Projekt bude probíhat do června 2021.\n", "cs") == (None, "2021-06")

