"""Guards on names read from fresh pages (round 16): a capitalised project word inside a
sentence that begins a Title Case compound ("Project Manager …"), a coined name that runs on
into a place ("X em Santander"), a programme's strand before a coined name, a short name
given under an acronym label in a bracket, and a short name clipped from its long form.
Invented sentences, several languages."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.acronym_labels import labelled_short, title_before
from pipeline.extractors.acronym_pairs import clipped
from pipeline.extractors.name_guards import acronym_run_on, strand_before_coined, titled_compound


def _doc(text: str, lang: str) -> dict:
    doc = extract_one(text.encode("utf-8"), f"guards_{lang}.txt", f"guards_{lang}")[0]
    assert doc["language"] == lang
    return doc


def _names(text: str, lang: str) -> list:
    return [p.get("name") for p in _doc(text, lang)["projects"]]


# --- Title Case compounds after a capitalised project word -----------------------------------

def test_titled_compound_reads_the_capital_against_the_texts_own_lowercase():
    text = "The project started in May. We thank our Project Manager Anna Berg and the team."
    at = text.index("Project")
    assert titled_compound(text, at, at + 7, "Manager Anna Berg")
    # a coined word after it still names a project
    assert not titled_compound(text, at, at + 7, "GREENWAY")
    # the same word opening the sentence says nothing by its capital
    other = "The project runs. Project Greenfield Works started in May."
    at = other.index("Project")
    assert not titled_compound(other, at, at + 7, "Greenfield Works")
    # a language (or text) that always capitalises the word gives no sign either
    german = "Das Projekt startet. Die Projekt Manager Anna Berg und Jan Kos leiten es."
    at = german.index("Projekt", 10)
    assert not titled_compound(german, at, at + 7, "Manager Anna Berg")


ROLES = [
    ("en", "The kick-off meeting of the project AQUALINK took place on 4 May 2021 in Gdynia.\nRepresentatives of all "
           "partners involved in the project joined the meeting. The lead partner in the project is the University of "
           "Gdansk (PL), which was represented by Project Manager Tom Baker and Researcher Anna Lee. Other partners are "
           "Riga Port (LV) represented by Project Managers Ewa Nowak and Jan Kowal, and Tallinn Port (EE) represented "
           "by Ola Berg – Project Manager- and Piotr Zak.\nThe next meeting of the project partners is planned in "
           "October 2021.", "AQUALINK"),
    ("en", "Kick-off Meeting 4-5/03/2020\n\nThe Kick-off Meeting of the SEAROUTE Project – led by the University of "
           "Turku – took place in Turku (Finland) on 4-5 March 2020.\n\nThe first part was dedicated to WP3 Structure "
           "Overview (Knowledge Network) by WP3 Coordinator Aalto University. The second part concerned WP6 Structure "
           "Overview (Project Website) by WP6 Coordinator Tartu University, Estonia, and WP1 Structure Overview "
           "(Project Management) presented by the University of Turku (SEAROUTE Lead Partner). At the end of this day "
           "the project manager summed up the meeting.", "SEAROUTE"),
]


@pytest.mark.parametrize("lang,text,name", ROLES, ids=["managers", "work-packages"])
def test_a_role_or_part_after_a_capitalised_project_word_is_no_project(lang, text, name):
    assert _names(text, lang) == [name]


# --- a coined name does not run on into the sentence ------------------------------------------

def test_acronym_run_on_cuts_after_the_coined_words_only():
    assert acronym_run_on("SOLLAGUA em Santander", "pt") == len("SOLLAGUA")
    assert acronym_run_on("EMBRACER nach Bukarest", "de") == len("EMBRACER")
    assert acronym_run_on("Start in Mountains", "en") is None  # plain words: a title, kept whole
    assert acronym_run_on("GREENWAY", "en") is None
    assert acronym_run_on("Living River Lahn", "en") is None
    # two names joined by a conjunction are a list, not a run-on
    assert acronym_run_on("SAIL en North Sea Fish", "nl") is None
    assert acronym_run_on("RIVUS i Zelena Cesta", "pl") is None


RUN_ON = [
    ("pt", "Assinatura do acordo do projeto RIOVIVO em Lisboa\n\nO projeto RIOVIVO reúne oito parceiros de "
           "Portugal e Espanha. O orçamento total é de 1,2 milhões de euros.", "RIOVIVO"),
    ("es", "Reunión del proyecto AGUAVIVA en Sevilla\n\nEl proyecto AGUAVIVA reúne a seis socios de España y "
           "Francia. El presupuesto total es de 900.000 euros.", "AGUAVIVA"),
]


@pytest.mark.parametrize("lang,text,name", RUN_ON, ids=[r[0] for r in RUN_ON])
def test_a_coined_name_before_a_place_is_the_name(lang, text, name):
    assert _names(text, lang)[0] == name


# --- a programme's strand before a coined name -------------------------------------------------

def test_strand_before_coined():
    assert strand_before_coined("South Baltic SEAPLANSPACE") == len("South Baltic ")
    assert strand_before_coined("Danube Transnational Programme") is None
    assert strand_before_coined("SEAPLANSPACE") is None


def test_the_name_after_an_unknown_strand_of_a_programme():
    text = ("The Kick-off Meeting of the Interreg North Lakes WATERNET Project took place in Turku on "
            "3 March 2020. The lead partner is the University of Turku. Twelve partners attended.")
    assert _names(text, "en")[0] == "WATERNET"


# --- a short name under an acronym label --------------------------------------------------------

def test_labelled_short_in_several_languages():
    for lang, text, short in [
        ("hr", "projekta „Zelena baština naših sela (akronim: „Zelenko“)", "Zelenko"),
        ("en", "the project “Rivers that Unite Our Towns (acronym: RIVUNITE)”", "RIVUNITE"),
        ("pl", "projektu „Wspólne szlaki dwóch dolin (akronim: SZLAKI)”", "SZLAKI"),
    ]:
        hit = labelled_short(text, lang)
        assert hit and text[hit[1]:hit[2]] == short
    assert labelled_short("the project (see the acronym list)", "en") is None


def test_title_before_needs_an_opening_quotation():
    text = "u projektu „Zelena baština naših sela (akronim: „Zelenko“)."
    hit = labelled_short(text, "hr")
    s, e = title_before(text, hit[0])
    assert text[s:e] == "Zelena baština naših sela"
    plain = "Die Stadt beteiligt sich am Projekt Grüne Wege (Akronym: GRÜWE)."
    assert title_before(plain, labelled_short(plain, "de")[0]) is None


def test_a_name_and_title_given_with_an_acronym_label():
    text = ("Sastanak projektnih partnera u Splitu\n\nDana 3. svibnja 2019. održan je sastanak partnera projekta "
            "„Zelena baština naših sela (akronim: „Zelenko“). Ukupna vrijednost projekta iznosi 850.000,00 EUR. "
            "Vodeći partner je Općina Klis.")
    project = _doc(text, "hr")["projects"][0]
    assert project["name"] == "Zelenko"
    assert project["title"] == "Zelena baština naših sela"


# --- a short name clipped from its long form ------------------------------------------------------

def test_clipped_short_forms():
    assert clipped("GoInt", "Go International")
    assert clipped("InnoVet", "Innovative Veterinary")
    assert not clipped("GoInt", "Go Into Town")  # three words, two parts
    assert not clipped("SOLLAGUA", "Solutions Aqua")  # no capitals mark the parts
    assert not clipped("GoInt", "Great International")


def test_a_clipped_name_gets_its_title():
    text = ("On 15 July 2021 the first meeting of the Smart Harbours (SmaHa) project was held online. "
            "The lead partner is the Port of Varna, and the partners are two chambers of commerce. All work "
            "packages of the SmaHa project were discussed.")
    project = _doc(text, "en")["projects"][0]
    assert project["name"] == "SmaHa"
    assert project["title"] == "Smart Harbours"


# --- a name in capitals joined to the project word by a hyphen ---------------------------------

HYPHENED = [
    ("nl", "Met het SAFE HAVEN-project hebben we veel geleerd. De partners uit Duitsland en Nederland werkten "
           "drie jaar samen. Het budget is 1,2 miljoen euro.", "SAFE HAVEN"),
    ("de", "Im SAFE HAVEN-Projekt haben wir viel gelernt. Die Partner aus Deutschland und den Niederlanden "
           "arbeiteten drei Jahre zusammen. Das Budget beträgt 1,2 Mio. Euro.", "SAFE HAVEN"),
]


@pytest.mark.parametrize("lang,text,name", HYPHENED, ids=[h[0] for h in HYPHENED])
def test_a_name_of_words_in_capitals_before_a_hyphened_project_word(lang, text, name):
    assert _names(text, lang)[0] == name


# --- a headline reporting a project's event ---------------------------------------------------

EVENT_HEADLINES = [
    ("en", "SEABIRD 2.0 kickoff meeting in Aarhus (DK)\n\nOn 4 and 5 May, the SEABIRD 2.0 kickoff meeting was hosted "
           "by lead partner Aarhus Kommune (DK). Every partner gave a presentation about its role in the project.",
     "SEABIRD 2.0"),
    ("it", "Kick-off meeting GREENLAB a Torino\n\nIl 3 e 4 marzo si è svolto a Torino il primo incontro di GREENLAB. "
           "Il capofila Politecnico di Torino ha presentato i partner del progetto.", "GREENLAB"),
]


@pytest.mark.parametrize("lang,text,name", EVENT_HEADLINES, ids=[e[0] for e in EVENT_HEADLINES])
def test_the_coined_word_beside_the_event_in_a_headline_names_the_project(lang, text, name):
    assert _names(text, lang)[0] == name


def test_an_event_headline_with_a_programme_brand_only_gives_no_name():
    text = ("INTERREG kick-off meeting in Lille\n\nOn 4 May the INTERREG secretariat met the lead partners "
            "of the approved projects in Lille to explain the reporting rules.")
    assert all(n != "INTERREG" for n in _names(text, "en"))


def test_a_headline_in_capitals_gives_no_coined_word():
    text = ("TREĆI SASTANAK PARTNERA PROJEKTA U SPLITU\n\nU Splitu je održan treći sastanak projektnih partnera. "
            "Projekt se provodi s partnerima iz Italije i Malte, a financiran je iz programa Europa za građane.")
    assert "TREĆI" not in _names(text, "hr")


def test_a_capitalised_project_word_of_another_language_is_apposition():
    text = "Gmina realizuje projekt od maja. W tym roku Projekt Aktywna Gmina objął dwie szkoły."
    at = text.index("Projekt ")
    assert not titled_compound(text, at, at + 7, "Aktywna Gmina")


def test_programme_only():
    from pipeline.extractors.name_guards import programme_only
    assert programme_only("LIFE", "fr")
    assert programme_only("IPA", "sr")
    assert not programme_only("LIFE RISORGIVE", "it")
    assert not programme_only("SEAPLANSPACE", "en")


def test_a_programme_brand_alone_is_no_name():
    text = ("Le programme LIFE soutient la restauration de la baie. Le projet LIFE a débuté en 2021 et dure "
            "six ans ; son budget total est de 4,2 millions d'euros. Le bénéficiaire coordinateur est le Parc naturel.")
    assert all(n != "LIFE" for n in _names(text, "fr"))
