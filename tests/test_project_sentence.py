"""Facts read in sentences about the project without a field cue (pipeline/extractors/project_sentence.py)."""
import pytest

from pipeline.build import extract_one


def _project(text: str, name: str) -> dict:
    doc = extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]
    return doc


def _budgets(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = _project(text, f"ps_{lang}.txt")
    assert doc["language"] == lang
    return sorted((b["amount"], b["currency"], b["kind"]) for p in doc["projects"] for b in p["budgets"])


@pytest.mark.parametrize("lang,text,expected", [
    # the amount in a sentence naming the project, no budget word: the project's whole
    ("de", "Das Projekt WALDWEG verbindet die Wanderwege beider Länder und baut neue Brücken über die Flüsse. "
           "Mit dem Projekt WALDWEG fließen in den kommenden Jahren rund 2,4 Millionen Euro in die Region.\n",
     [("2400000.00", "EUR", "total")]),
    ("it", "Il progetto RETIVERDI collega i sentieri delle due valli alpine e crea nuovi punti di sosta. "
           "Il progetto ha una disponibilità complessiva di 1,8 milioni di euro, da spendere in tre anni.\n",
     [("1800000.00", "EUR", "total")]),
    # the sentence after the one naming the project, whose budget word says the kind
    ("de", "Auch das Projekt Grenzgarten erhält eine Förderung aus dem Interreg-Programm. "
           "Hier sind 2,2 Millionen Euro vorgesehen. Die Gärten entstehen auf beiden Seiten des Flusses.\n",
     [("2200000.00", "EUR", "eu_contribution")]),
    # the EU named as the giver; a later amount of the sentence is a part (a partner's share)
    ("en", "The new project BRIDGES started in March with a meeting of all the partners in Riga. "
           "The project is financed by the European Union. The support granted to the consortium "
           "amounts to 2 million EUR, and 300 000 EUR goes to the tasks of our university.\n",
     [("2000000.00", "EUR", "eu_contribution"), ("300000.00", "EUR", "other")]),
    # an organisation is the subject of the money: its share
    ("es", "El proyecto MARNET quiere mejorar la gestión de los puertos pesqueros del Atlántico. "
           "La Universidad de Vigo dispondrá de más de 150.000 euros para coordinar el proyecto.\n",
     [("150000.00", "EUR", "other")]),
    # a further amount after the project's own money is another source
    ("de", "Das Projekt Seenland wird aus dem Europäischen Fonds für regionale Entwicklung mit 1,5 Mio. Euro "
           "gefördert. Weitere 0,3 Mio. Euro stammen aus Mitteln der beiden Landkreise.\n",
     [("1500000.00", "EUR", "eu_contribution"), ("300000.00", "EUR", "other")]),
    # the same figure in another currency is no second amount
    ("sv", "Projektet Gränslöst kommer att stärka samarbetet mellan skolorna på båda sidor av gränsen. "
           "Med projektet investeras 2 miljoner euro eller 22 miljoner svenska kronor i regionen.\n",
     [("2000000.00", "EUR", "total")]),
])
def test_amount_in_a_sentence_about_the_project(lang, text, expected):
    assert _budgets(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # the programme's money, in a sentence that names no project
    ("de", "Das Projekt WALDWEG verbindet die Wanderwege beider Länder. "
           "Das Programm verfügt insgesamt über 120 Millionen Euro für die Region.\n"),
    # an amount two sentences off a sentence about something else
    ("en", "The city council met on Monday to discuss the new parking rules for the old town. "
           "The renovation of the town hall will cost 2 million EUR.\n"),
    # a list item with an amount is a cost line or a partner's share, not the project's whole
    ("fr", "Le projet SENTIERS relie les chemins de randonnée des deux vallées.\n\n"
           "- la commune de Morteau : 45 000 euros\n- la commune de Villers : 30 000 euros\n"),
    # projects in the plural share the money; a call's envelope is the call's
    ("nl", "Het project Grenswater verbindet de waterschappen van beide landen.\n\n"
           "Er gaat 12 miljoen euro naar de nieuwe projecten in de grensregio.\n"),
    ("fr", "Le projet SENTIERS relie les chemins de randonnée des deux vallées. Un nouvel appel à projets "
           "sera ouvert en 2025 avec une enveloppe de 40 millions €.\n"),
])
def test_amounts_not_about_the_project(lang, text):
    assert _budgets(text, lang) == []


def _period(text: str, lang: str) -> tuple:
    doc = _project(text, f"psd_{lang}.txt")
    assert doc["language"] == lang
    p = doc["projects"][0]
    return p["start"], p["end"], p["duration_months"]


@pytest.mark.parametrize("lang,text,expected", [
    # a "for the next" length in the sentence after the one naming the project
    ("de", "Zu den geförderten Vorhaben gehört das Projekt „Digitale Wälder“ der Universität Leipzig. "
           "Sie werden in den nächsten drei Jahren neue Modelle der Wälder erstellen.\n", (None, None, 36)),
    ("en", "The project GREENWAY links the cycle paths of the two regions and builds new bridges. "
           "The partners will work together over the next two years on the missing links.\n", (None, None, 24)),
])
def test_duration_in_a_sentence_carrying_on_from_the_project(lang, text, expected):
    assert _period(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("es", "El proyecto LAGUNAS restaurará zonas húmedas durante los próximos cinco años, superando los "
           "objetivos del Plan Estratégico de Humedales 2030.\n"),
    ("it", "Il progetto BOSCHI curerà i boschi della valle per i prossimi quattro anni, secondo la "
           "Strategia Forestale Nazionale 2030.\n"),
])
def test_a_year_after_a_capitalised_word_names_a_plan_not_a_date(lang, text):
    start, end, _ = _period(text, lang)
    assert start is None and end is None


@pytest.mark.parametrize("lang,text,expected", [
    # a lone date after an "until" word in a sentence naming the project is its end
    ("es", "El proyecto RIBERA ha recibido financiación del programa Interreg Sudoe y se desarrollará "
           "hasta finales de 2027.\n", (None, "2027", None)),
    ("fr", "Ce projet Montagnes entre dans le cadre du partenariat franco-suisse. Il se tient sur deux ans, "
           "jusqu’en 2026.\n", (None, "2026", 24)),
    ("en", "The project SEAGRASS restores the meadows of the northern coast and will run until the end of "
           "2028.\n", (None, "2028", None)),
])
def test_until_a_date_in_a_sentence_naming_the_project_is_its_end(lang, text, expected):
    assert _period(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    # the programme is the subject; a call's deadline
    ("de", "Das Kooperationsprogramm stellt bis 2027 Mittel für das Projekt WALDWEG und andere Vorhaben bereit.\n"),
    ("en", "Project proposals can be submitted in the call until 15 March 2025.\n"),
])
def test_until_a_date_that_is_not_the_projects_end(lang, text):
    doc = _project(text, f"psu_{lang}.txt")
    assert all(p["end"] is None for p in doc["projects"])


@pytest.mark.parametrize("lang,text,expected", [
    # a page that counts several projects: a project word may be another's, only the name counts
    ("nl", "Drie grensoverschrijdende projecten krijgen geld uit Europa. Voor het onderwijs wordt 2,4 miljoen euro "
           "beschikbaar gesteld. Het project Grensleren verbindt de scholen aan beide kanten van de grens.\n", []),
    ("de", "Zwei neue Projekte starten im Grenzraum. Das Projekt Flussland soll die Auen beider Länder verbinden. "
           "Dafür stehen 1,2 Millionen Euro bereit.\n", []),
    # a modal verb: what a project may get, no stated budget
    ("pl", "Klaster, czyli zrzeszenie firm i uczelni, może dostać z UE nawet 3 mln zł. Może je przeznaczyć na "
           "zakup urządzeń.\n", []),
    ("en", "The project GREENWAY links the cycle paths of the two regions. Each partner can get up to 200 000 EUR "
           "for its own works.\n", []),
    ("fr", "Le projet SENTIERS relie les chemins de randonnée des deux vallées. Il pourrait atteindre 2 millions "
           "d'euros si la région suit.\n", []),
])
def test_amounts_that_are_not_the_projects_own(lang, text, expected):
    assert _budgets(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a figure restated in another currency after "or"-words, with or without brackets
    ("sv", "Projektet Gränslöst får stöd från Europeiska regionala utvecklingsfonden med 2 miljoner euro, eller "
           "cirka 22 miljoner kronor.\n", [("2000000.00", "EUR", "eu_contribution")]),
    ("fr", "Le budget total du projet ALPAGES est de 1,2 million d'euros, soit environ 1,3 million de francs.\n",
     [("1200000.00", "EUR", "total")]),
    ("de", "Das Gesamtbudget des Projekts Seenland beträgt 900.000 Euro, umgerechnet 1 Million Franken.\n",
     [("900000.00", "EUR", "total")]),
    # a programme's brand inside the project's name names no giver
    ("it", "Il progetto Boschi LIFE curerà i boschi della valle, con una dotazione di 4 milioni di euro in sei anni.\n",
     [("4000000.00", "EUR", "total")]),
])
def test_conversions_and_kinds(lang, text, expected):
    assert _budgets(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # plain francs are Swiss francs (the only franc left in Europe); older texts' francs by country
    ("fr", "Le projet ALPAGES relie les alpages des deux pays et forme les bergers. Il coûte environ un "
           "demi-million de francs.\n", [("500000.00", "CHF", "total")]),
    ("it", "Il progetto SENTIERI ha un costo totale di 165mila franchi per il versante svizzero.\n",
     [("165000.00", "CHF", "total")]),
    ("de", "Das Projekt Seenland hat ein Gesamtbudget von 2,5 Millionen Franken.\n", [("2500000.00", "CHF", "total")]),
    ("fr", "Le budget total du projet RIVES était de 40 millions de francs belges.\n", [("40000000.00", "BEF", "total")]),
])
def test_francs(lang, text, expected):
    assert _budgets(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # a "to" after a start verb opens the infinitive ("comenzó a realizarse"): no end
    ("es", "La movilidad se ha realizado dentro del proyecto europeo KA2 Amigos del Mar, que comenzó a realizarse "
           "en 2019. Las movilidades se paralizaron por la pandemia.\n", ("2019", None)),
    ("fr", "Le projet ALPAGES, soutenu par Interreg, a commencé à se déployer en 2021 dans les deux vallées.\n",
     ("2021", None)),
    ("en", "The project GREENWAY began to take shape in 2020 in the two regions along the river.\n", ("2020", None)),
])
def test_a_start_verb_before_to_is_no_end(lang, text, expected):
    assert _period(text, lang)[:2] == expected
