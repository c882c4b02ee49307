"""The parts of a programme's total stated in the same sentence ("…, of which … from the
ERDF") are the programme's money too, not the project's EU contribution."""
import pytest

from tests.budget_kinds import budgets


CASES = [
    ("en", "GreenLink\n\nThe GreenLink project has a total budget of EUR 1.250.000.\n\n"
           "The total budget of the programme amounts to EUR 80.000.000, of which EUR 68.000.000 "
           "come from the ERDF and EUR 12.000.000 from national funds.",
     [("1250000.00", "total")]),
    ("el", "AquaNet\n\nΤο έργο AquaNet έχει συνολικό προϋπολογισμό 950.000 ευρώ.\n\n"
           "Ο συνολικός προϋπολογισμός του Προγράμματος ανέρχεται στα €70.500.000, από τα οποία τα "
           "€59.925.000 προέρχονται από το ΕΤΠΑ και τα €10.575.000 από εθνικούς πόρους.",
     [("950000.00", "total")]),
    ("de", "RiverLab\n\nDas Projekt RiverLab hat Gesamtkosten von 640.000 Euro.\n\n"
           "Das Gesamtbudget des Programms beträgt 95.000.000 Euro, davon 76.000.000 Euro aus dem EFRE.",
     [("640000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_parts_of_programme_total_are_not_the_projects(lang, text, expected):
    assert budgets(text, lang) == expected


OF_WHICH = [
    ("fr", "Trans-Vallée\n\nCe projet sera soutenu à hauteur de 1,8 million d’euros par le Feder dont "
           "0,6 million d’euros pour la commune de Foix.", ("1800000.00", "eu_contribution")),
    ("en", "SeaLink\n\nThe project receives EUR 1.200.000 from the ERDF, of which EUR 300.000 go to the "
           "University of Gdańsk.", ("1200000.00", "eu_contribution")),
]


@pytest.mark.parametrize("lang,text,expected", OF_WHICH)
def test_cue_before_of_which_names_the_whole(lang, text, expected):
    assert expected in budgets(text, lang)


EU_NAMED = [
    ("de", "KinderNetz\n\nDie Gesamtkosten des Projektes belaufen sich auf 3,4 Millionen Euro, die EU soll "
           "davon 2,9 Millionen Euro tragen.", [("2900000.00", "eu_contribution"), ("3400000.00", "total")]),
    ("en", "CoastCare\n\nThe project's total cost is EUR 2.000.000 and the EU will cover EUR 1.700.000 of it.",
     [("1700000.00", "eu_contribution"), ("2000000.00", "total")]),
    ("it", "AlpiVerdi\n\nIl progetto ha un costo totale di 1.500.000 euro, di cui la UE finanzia 1.275.000 euro.",
     [("1275000.00", "eu_contribution"), ("1500000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", EU_NAMED)
def test_eu_named_after_the_total_gives_the_next_amount(lang, text, expected):
    assert budgets(text, lang) == expected


PLURAL_ONLY = [
    ("fr", "Vélo-Garonne\n\nLe Feder a accordé 9,2 millions d’euros à plusieurs acteurs afin de développer des "
           "projets de coopération. Le projet Vélo-Garonne a un budget total de 1.400.000 euros.",
     [("1400000.00", "total")]),
    ("ro", "Pod-Verde\n\nProiectele aprobate în acest apel primesc în total 12 milioane de euro. Proiectul "
           "Pod-Verde are un buget total de 800.000 de euro.", [("800000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", PLURAL_ONLY)
def test_sentence_about_projects_in_the_plural_is_not_this_projects(lang, text, expected):
    assert budgets(text, lang) == expected
