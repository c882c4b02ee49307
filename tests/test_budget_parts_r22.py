"""Round 22, budgets. A total's cue names the amount right after it: a smaller amount later
in the same sentence that has no cue of its own is a part of that total (a partner's share,
the EU's share), never a second total. A "worth" / "in the amount of" word after an amount
names no kind, so it does not take the amount from an EU cue written before it."""
import pytest

from tests.budget_kinds import budgets


PARTS = [
    ("tr", "ALPTEKIN projesi\n\nALPTEKIN projesinin toplam bütçesi 640.000€ iken, Ege Üniversitesi ise "
           "210.500€ pay alacak.",
     [("210500.00", "other"), ("640000.00", "total")]),
    ("en", "The GREENWAVE project\n\nThe total budget of GREENWAVE is €820,000, while the University of Leeds "
           "will manage €300,000 of it.",
     [("300000.00", "other"), ("820000.00", "total")]),
    ("fr", "Le projet Rivière\n\nLe budget total du projet Rivière est de 910 000 €, tandis que la Ville de "
           "Lyon recevra 120 000 €.",
     [("120000.00", "other"), ("910000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", PARTS)
def test_a_smaller_amount_after_the_total_is_a_part(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)


WORTH = [
    ("et", "Projekt Rabamaa\n\nProjekti eelarve: 480 000 €, mis kaetakse Euroopa Liidu LIFE'i programmist "
           "288 000 € ulatuses (60%).",
     [("288000.00", "eu_contribution"), ("480000.00", "total")]),
]


@pytest.mark.parametrize("lang,text,expected", WORTH)
def test_a_worth_word_after_the_amount_names_no_kind(lang, text, expected):
    assert budgets(text, lang) == sorted(expected)


def _per_project(text: str, lang: str) -> dict:
    from pipeline.build import extract_one
    doc = extract_one(text.encode("utf-8"), f"lead_{lang}.txt", "lead")[0]
    return {p["name"]: sorted((b["amount"], b["kind"]) for b in p["budgets"]) for p in doc["projects"]}


LISTED = ("NORDLUX – Nordic University for Light\n\nLunds universitet (SE), Aalto-yliopisto (FI), Universität Wien (AT), "
          "Universidad de Sevilla (ES)\n\n \n\n"
          "BALTIKA – Baltic Sea Alliance\n\nUppsala universitet (SE), Tartu Ülikool (EE), Uniwersytet Gdański (PL), "
          "Universität Rostock (DE)\n\n \n\n"
          "MARENOR – Marine Research North\n\nGöteborgs universitet (SE), Universitetet i Bergen (NO), "
          "Université de Brest (FR), Universidade do Porto (PT)\n")

LEAD_IN = [
    ("sv", "Kommissionen har valt ut de första europeiska universitetsprojekten, 17 projekt av 54 inskickade. De tre "
           "allianser, i vilka Sverige är partner, visar samarbetet. Från hösten kommer varje allians, inom ramen "
           "för programmet Erasmus+, att få bidrag på upp till 4 miljoner euro.\n\n \n\n" + LISTED,
     ["NORDLUX", "BALTIKA", "MARENOR"], ("4000000.00", "eu_contribution")),
    ("en", "The Commission has selected the first European university projects, 17 projects out of 54 submitted. "
           "The three alliances, in which Sweden is a partner, show the cooperation. From the autumn each alliance, "
           "under the Erasmus+ programme, will receive a grant of 4 million euros.\n\n \n\n" + LISTED,
     ["NORDLUX", "BALTIKA", "MARENOR"], ("4000000.00", "eu_contribution")),
]


@pytest.mark.parametrize("lang,text,names,budget", LEAD_IN)
def test_an_amount_the_lead_in_states_of_each_project_is_every_projects(lang, text, names, budget):
    found = _per_project(text, lang)
    for name in names:
        assert budget in found.get(name, []), (name, found)


PAST_CAP = [
    ("et", "Projekt RabaLIFE\n\nLIFE programmi raames loodi meede liikmesriikide võimekuse tõstmiseks. Iga liikmesriik, "
           "kes vastas toetuse saamise kriteeriumitele, võis küsida EL toetust kuni 900 000 eurot. Üksnes "
           "riigiasutused võisid toetust taotleda.\n\nProjekti eesmärgid\n\nProjekti \"RabaLIFE\" eesmärk on "
           "suurendada Eesti ettevõtete teadlikkust LIFE programmist."),
]


@pytest.mark.parametrize("lang,text", PAST_CAP)
def test_what_a_project_could_ask_for_up_to_is_no_budget(lang, text):
    assert budgets(text, lang) == []


def test_a_word_of_each_before_a_unit_of_time_is_a_rate_not_each_projects():
    text = ("Kommissionen har valt ut de första europeiska universitetsprojekten, 17 projekt av 54 inskickade. De tre "
            "allianser, i vilka Sverige är partner, visar samarbetet. Det totala stödet från EU till programmet "
            "uppgår till cirka 250 miljoner kronor varje år.\n\n \n\n" + LISTED)
    found = _per_project(text, "sv")
    assert all(("250000000.00", "eu_contribution") not in found.get(n, []) for n in ("BALTIKA", "MARENOR")), found


def test_croatian_budzet_names_the_total():
    text = ("Projekt Zelena staza\n\nProjekt Zelena staza odobren je za sufinanciranje u okvirima Interreg programa "
            "prekogranične suradnje Mađarska – Hrvatska i ima ukupni budžet od 845.300,00 eura.")
    assert budgets(text, "hr") == [("845300.00", "total")]


def test_lithuanian_grant_size_label_names_the_eu_grant():
    text = ("Projekto pavadinimas: Žalias miestas\nProjekto vadovas: Raseinių rajono savivaldybės administracija\n"
            "Partneriai: Raseinių muziejus (Lietuva), GMINA SEJNY (Lenkija)\nParamos dydis: 21.400 eurų\n")
    assert budgets(text, "lt") == [("21400.00", "eu_contribution")]
