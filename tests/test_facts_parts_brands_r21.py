"""Round 21 (facts): an "of which" part or a bracketed part whose own clause names the EU
or an EU fund after it is the EU's contribution; a short span of bare years right after a
programme's brand dates the project, a programme's own period does not."""
import pytest

from pipeline.build import extract_one
from tests.budget_kinds import budgets


PARTS = [
    ("fr", "Le projet Rivière vive\n\nLe projet Rivière vive, coordonné par la commune de Lourdes, dispose d'un budget "
           "de 2,4 millions d'euros, dont 1.200.000 euros apportés par l'UE, pour restaurer la rivière.",
     [("1200000.00", "eu_contribution"), ("2400000.00", "total")]),
    ("it", "Il progetto Acqua viva\n\nIl progetto Acqua viva è guidato dal Comune di Gorizia.\n\n"
           "BUDGET COMUNE: 300.000,00 EUR (255.000,00 EUR dal fondo FESR e 45.000,00 EUR cofinanziamento nazionale)",
     [("255000.00", "eu_contribution"), ("300000.00", "total"), ("45000.00", "other")]),
    ("mk", "Проектот Зелена река\n\nПроектот Зелена река е со буџет од 520.000,00 еур, од кои 442.000,00 еур се "
           "средства одобрени од ЕУ фондовите за прекугранична соработка.",
     [("442000.00", "eu_contribution"), ("520000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", PARTS)
def test_a_part_whose_clause_names_the_eu_is_the_eus(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)


def test_a_part_whose_clause_names_own_funds_stays_a_share():
    text = ("Le projet Rivière vive\n\nLe projet Rivière vive, coordonné par la commune de Lourdes, dispose d'un budget "
            "de 2,4 millions d'euros, dont 400.000 euros de fonds propres de la commune, pour restaurer la rivière.")
    assert ("400000.00", "eu_contribution") not in budgets(text, "fr")


def period(text: str, lang: str) -> list:
    doc = extract_one(text.encode("utf-8"), f"brand_{lang}.txt", "brand")[0]
    return [(p["start"], p["end"]) for p in doc["projects"]]


BRANDS = [
    ("ca", "Erasmus+ 2019-2021: Camins d'Europa\n\nEl nostre institut coordina el projecte Camins d'Europa amb "
           "escoles de Polònia, Itàlia i Grècia. Els alumnes viatgen i treballen junts sobre el patrimoni.",
     ("2019", "2021")),
    ("sk", "Erasmus+ 2017-2019\n\nNaša škola sa zapojila do projektu Spoločné korene so školami z Poľska, Talianska "
           "a Grécka. Žiaci spolu pracujú na témach kultúrneho dedičstva.",
     ("2017", "2019")),
]


@pytest.mark.parametrize("lang,text,expected", BRANDS)
def test_short_years_after_a_programme_brand_date_the_project(lang, text, expected):
    assert expected in period(text, lang)


def test_a_programme_period_after_the_brand_dates_no_project():
    text = ("Interreg Polska-Saksonia 2014-2022\n\nGmina Sulików realizuje projekt Wspólne tradycje z partnerem "
            "z Saksonii. Uczniowie poznają tradycje świąteczne obu krajów.")
    assert ("2014", "2022") not in period(text, "pl")
