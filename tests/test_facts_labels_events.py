"""Round 15, facts: an EU label before an amount, event words before a month, sentence ends
inside dates (pipeline/extractors/budgets.py, events.py, nlp.py)."""
import pytest

from pipeline import nlp
from pipeline.build import extract_one
from pipeline.lexicons import load


def _doc(text: str, lang: str) -> dict:
    doc = extract_one(text.encode("utf-8"), f"fl_{lang}.txt", "fl")[0]
    assert doc["language"] == lang
    return doc


@pytest.mark.parametrize("lang,text,expected", [
    # a short label naming the EU by its abbreviation: the EU's share, with or without a budget word
    ("sk", "Projekt LIFE LESY obnoví lesy v národnom parku.\n\nRozpočet projektu: 10 622 242,00 EUR\n\n"
           "Výška finančnej podpory EÚ: 6 973 345,00 EUR\n\nDĺžka trvania: 01.01.2021 – 31.12.2030\n",
     [("10622242.00", "EUR", "total"), ("6973345.00", "EUR", "eu_contribution")]),
    ("hr", "Projekt Vrtić Sunce gradi novi vrtić u općini.\n\nUkupna vrijednost projekta: 3.063.933,59 Kn\n\n"
           "Iznos koji financira EU (EAFRD): 2.057.683,59 Kn\n",
     [("2057683.59", "HRK", "eu_contribution"), ("3063933.59", "HRK", "total")]),
    # "eu" in lower case is no abbreviation
    ("en", "The project GREENWAY links the cycle paths of the two regions.\n\nTotal budget: EUR 2,400,000\n",
     [("2400000.00", "EUR", "total")]),
])
def test_an_eu_label_names_the_eus_share(lang, text, expected):
    got = sorted((b["amount"], b["currency"], b["kind"]) for p in _doc(text, lang)["projects"] for b in p["budgets"])
    assert got == sorted(expected)


@pytest.mark.parametrize("lang,text,expected", [
    # an event word right before a month dates it, even in a sentence with a project word
    ("fr", "Le lycée participe au projet Erasmus+ Horizons. Ce projet conjoint a amené une première mobilité "
           "en novembre 2022 au lycée de Munich, pendant une semaine.\n", [("2022-11", None)]),
    ("de", "Die Schule nimmt am Projekt Brücken teil. Im Rahmen des Projekts gab es einen Austausch im März 2023 "
           "mit der Partnerschule in Brünn.\n", [("2023-03", None)]),
])
def test_an_event_word_before_a_month(lang, text, expected):
    assert [(e["date"], e["end"]) for e in _doc(text, lang)["events"]] == expected


@pytest.mark.parametrize("lang,text", [
    # a month far from the event word, in a sentence about the project, stays the project's
    ("fr", "Le projet Horizons, qui prévoit plusieurs mobilités pour les élèves des deux lycées partenaires, "
           "a été approuvé en novembre 2022.\n"),
])
def test_a_month_far_from_the_event_word(lang, text):
    assert _doc(text, lang)["events"] == []


@pytest.mark.parametrize("lang,text,sentences", [
    # a year with its one-letter year mark glued on goes on
    ("pl", "W dniu 16 lipca 2014r. Gmina Jejkowice gościła delegację z Czech. Było to pierwsze spotkanie.",
     ["W dniu 16 lipca 2014r. Gmina Jejkowice gościła delegację z Czech.", "Było to pierwsze spotkanie."]),
    # a range of ordinal days ("6.-10.") goes on into its month
    ("de", "Vom 6.-10. Oktober 2016 fand das erste Treffen statt. Es war gut.",
     ["Vom 6.-10. Oktober 2016 fand das erste Treffen statt.", "Es war gut."]),
])
def test_dates_do_not_end_sentences(lang, text, sentences):
    assert [s.text for s in nlp.sentences(text, load(lang))] == sentences


def test_glued_year_mark_keeps_the_event_verb_with_its_date():
    doc = _doc("Wizyta gości z Czech\n\nW dniu 16 lipca 2014r. Gmina Jejkowice gościła delegację z czeskiej "
               "Gminy Služovice. Było to pierwsze spotkanie partnerów.\n", "pl")
    assert [e["date"] for e in doc["events"]] == ["2014-07-16"]


@pytest.mark.parametrize("text,expected", [
    # Hungarian case endings on the currency after an amount
    ("1,9 millió eurónyi uniós forrásból", [("1900000.00", "EUR")]),
    ("a projekt 20 millió forintra nőtt, 300 ezer euróért", [("20000000.00", "HUF"), ("300000.00", "EUR")]),
])
def test_hungarian_currency_case_endings(text, expected):
    from pipeline.normalise.money import find_money
    assert [(str(m.amount), m.currency) for m in find_money(text, load("hu"))] == expected


def test_an_eu_label_over_its_amount():
    doc = _doc("Projekt Vrtić Sunce gradi novi vrtić u općini.\n\nUkupna vrijednost projekta:\n\n3.063.933,59 Kn\n\n"
               "Iznos koji financira EU (EAFRD):\n\n2.057.683,59 Kn\n", "hr")
    got = sorted((b["amount"], b["kind"]) for p in doc["projects"] for b in p["budgets"])
    assert got == [("2057683.59", "eu_contribution"), ("3063933.59", "total")]
