"""Names and titles read this round: where a name ends (a bracket glossing it, the clause after
a naming phrase or a copula, a slash before its short form, a dash-divided headline, a naming
word after it) and what is no name (a role label's value, an action code, a Title Case
compound of an event, a quoted sentence). Invented sentences, several languages."""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.name_gloss import clause_title, glossed
from pipeline.extractors.name_guards import is_sentence
from pipeline.extractors.name_text import split_acronym


def _doc(text: str, lang: str) -> dict:
    doc = extract_one(text.encode("utf-8"), f"r17_{lang}.txt", f"r17_{lang}")[0]
    assert doc["language"] == lang
    return doc


def _project(text: str, lang: str) -> dict:
    doc = _doc(text, lang)
    return doc["projects"][0] if doc["projects"] else {}


GLOSSED = [
    ("sl", "Letos smo na šoli začeli nov mednarodni projekt Naša reka, naš dom – skupna prihodnost (Our River, Our Home – "
           "a Common Future), ki ga financira program Erasmus+. Projekt traja dve leti, sodelujejo šole iz Italije in Avstrije.",
     "Naša reka, naš dom – skupna prihodnost"),
    ("hr", "Naša škola sudjeluje u projektu Zeleni koraci – čisti grad (v izvorniku Green Steps – Clean Town) u okviru "
           "programa Erasmus+. Projekt traje dvije godine, a partneri su škole iz Poljske i Španjolske.",
     "Zeleni koraci – čisti grad"),
    ("pl", "Nasza szkoła realizuje projekt Moje miasto, twoje miasto – nasza Europa (Meine Stadt, deine Stadt – unser "
           "Europa) w ramach programu Erasmus+. Projekt potrwa dwa lata, a partnerami są szkoły z Niemiec i Czech.",
     "Moje miasto, twoje miasto – nasza Europa"),
]


@pytest.mark.parametrize("lang,text,name", GLOSSED, ids=[g[0] for g in GLOSSED])
def test_a_name_runs_to_the_bracket_that_glosses_it(lang, text, name):
    found = _project(text, lang)
    assert found.get("name") == name
    assert found.get("title") is None  # the gloss is the name in another language, no title


def test_a_bracket_listing_places_glosses_no_name():
    text = "projekt Skupna pot vodi šole iz treh držav (Poljska, Nemčija, Avstrija) do novih znanj."
    assert glossed(text, text.index("Skupna")) is None
    text = "the project Green Ways (2019-2021) was approved"
    assert glossed(text, text.index("Green")) is None


NAMED_CLAUSE = [
    ("el", "Το σχολείο μας συμμετέχει στο πρόγραμμα Erasmus+ με τίτλο Water for Our Future, μαζί με σχολεία από την "
           "Ιταλία και την Πολωνία. Οι μαθητές ταξίδεψαν στη Ρώμη τον Μάιο του 2019.", "Water for Our Future"),
    ("it", "La nostra scuola partecipa al programma Erasmus+ dal titolo Bridges of Young Europe, insieme a scuole di "
           "Spagna e Grecia. Gli studenti hanno visitato Atene nel mese di marzo 2019.", "Bridges of Young Europe"),
]


@pytest.mark.parametrize("lang,text,name", NAMED_CLAUSE, ids=[n[0] for n in NAMED_CLAUSE])
def test_a_title_case_name_after_a_naming_phrase_runs_to_its_clause_end(lang, text, name):
    assert _project(text, lang).get("name") == name


def test_a_clause_title_is_mostly_capitalised():
    assert clause_title("Bridges of Young Europe, insieme", 0) == (0, 23)
    assert clause_title("Students visited the museum and the old town, then", 0) is None


PREDICATES = [
    ("nl", "De gemeente werkt al jaren aan natuurherstel langs de rivier. Het nieuwste project is Blauwe Vallei, dat "
           "overstromingen moet tegengaan tussen Hasselt en Diest. Het project loopt vijf jaar.", "Blauwe Vallei"),
    ("pt", "Foram aprovados dois projetos de investigação. O primeiro projeto aprovado é o AGRIMAR, com sede na "
           "Universidade de Aveiro, e terá a duração de cinco anos.", "AGRIMAR"),
    ("en", "The region received funding for two initiatives this year. The largest project is River Link, which "
           "connects schools on both banks of the Danube for three years.", "River Link"),
]


@pytest.mark.parametrize("lang,text,name", PREDICATES, ids=[p[0] for p in PREDICATES])
def test_a_name_as_the_predicate_of_a_project_subject(lang, text, name):
    assert _project(text, lang).get("name") == name


def test_a_partner_as_the_predicate_is_no_name():
    text = ("Našim partnerom v projekte je ZÁKLADNÁ ŠKOLA HORNÁ, ktorá sa nachádza v Poľsku. Projekt trvá dva roky "
            "a je financovaný z programu Erasmus+.")
    assert _project(text, "sk").get("name") != "ZÁKLADNÁ ŠKOLA HORNÁ"


def test_a_naming_word_after_the_name_ends_it():
    text = ("A Zöld-híd elnevezésű projekt célja a határ menti települések együttműködésének erősítése volt. "
            "A projekt két évig tartott, a partnerek szlovák és magyar önkormányzatok voltak.")
    assert _project(text, "hu").get("name") == "Zöld-híd"


def test_a_hungarian_compound_naming_word_after_a_quotation():
    text = ("Iskolánk „Learning by Doing Together” projektcímmel nyert pályázatot az Erasmus+ program keretében. "
            "A projekt 2019. szeptember 1. és 2021. augusztus 31. között valósul meg öt ország részvételével.")
    assert _project(text, "hu").get("name") == "Learning by Doing Together"


@pytest.mark.parametrize("text,name,title", [
    ("Jaunu risinājumu integrācija kultūras mantojumā/ HeritageNet", "HeritageNet", "Jaunu risinājumu integrācija kultūras mantojumā"),
    ("Naujų sprendimų diegimas kultūros paveldo srityje / GreenLINK", "GreenLINK", "Naujų sprendimų diegimas kultūros paveldo srityje"),
    ("30 lat Euroregionu Nysa/ 30 let Euroregionu Nisa", "30 lat Euroregionu Nysa", None),
    ("Prebujanje/Buđenje", "Prebujanje/Buđenje", None),
])
def test_a_slash_gives_the_short_name_or_the_name_in_two_languages(text, name, title):
    (ns, ne), t = split_acronym(text)
    assert text[ns:ne] == name
    assert (text[t[0]:t[1]] if t else None) == title


def test_a_quoted_name_of_two_plain_words_before_a_dash_is_whole():
    text = "IX Slovensko - Poľské stretnutie obcí"
    (ns, ne), title = split_acronym(text)
    assert (text[ns:ne], title) == (text, None)
    text = "Infobest 4.0 : Maison des services"
    (ns, ne), title = split_acronym(text)
    assert text[ns:ne] == "Infobest 4.0"


ACTION_CODES = [
    ("it", "Si è svolto a Napoli il terzo incontro del progetto Erasmus+ KA2 – Voices of Young Europe, che ha riunito "
           "docenti e studenti delle scuole partner di Spagna, Grecia e Polonia.", "Voices of Young Europe"),
    ("es", "Los alumnos del instituto viajaron a Grecia dentro del proyecto Erasmus KA229 Green Schools Network. "
           "Se trata de la segunda movilidad del curso, con socios de Italia y Portugal.", "Green Schools Network"),
]


@pytest.mark.parametrize("lang,text,name", ACTION_CODES, ids=[a[0] for a in ACTION_CODES])
def test_an_action_code_is_no_name(lang, text, name):
    found = _project(text, lang)
    assert found.get("name") == name
    assert not (found.get("name") or "").startswith("KA")


def test_a_project_meeting_headline_names_no_project():
    text = ("Second Transnational Project Meeting in Poland\n\nThe Second Transnational Project Meeting took place in "
            "Krakow in May 2018.\n\nAll partners presented the progress of the GreenSkills project and discussed the "
            "next steps of the GreenSkills Project work plan.\n")
    assert _project(text, "en").get("name") == "GreenSkills"


def test_a_role_labels_value_opens_no_project():
    text = ("Deux nouveaux projets\n\n  • Grâce au projet « Rives Vertes », un parc transfrontalier sera aménagé "
            "le long du Rhin entre Kehl et Strasbourg.\n\nPorteur du projet : Ville de Kehl\nCo-financement européen : "
            "1 million d’euros\n\n  • Le projet « Scène Commune » crée un théâtre transfrontalier à Breisach.\n\n"
            "Porteur du projet : Communauté de communes du Ried\nCo-financement européen : 2 millions d’euros\n")
    names = [p["name"] for p in _doc(text, "fr")["projects"]]
    assert "Ville de Kehl" not in names and "Communauté de communes du Ried" not in names
    assert "Rives Vertes" in names


def test_a_quoted_sentence_is_no_name():
    assert is_sentence("Via disse projekter skaber vi et bedre samarbejde på tværs af grænsen. Projekterne er vigtige for regionen.")
    assert not is_sentence("Literacy, a Necessity for Democracy")
    assert not is_sentence("Spolu v Európe. Hodnoty a budúcnosť našich regiónov")  # a name of two short sentences
    assert not is_sentence("Obnova kostela sv. Václava a kaple sv. Anny v obci Horní Ves u hranic s Polskem a Německem")


def test_a_dash_divided_headline_opens_with_the_whole_name():
    text = ("AquaLink Danube - KICK-OFF MEETING - 12.03.2018 - VIENNA, AUSTRIA\n"
            "The AquaLink Danube kick-off meeting was held on 12 March 2018 in Vienna. The lead partner welcomed all "
            "project partners from six countries.\n")
    found = _project(text, "en")
    assert found.get("name") == "AquaLink Danube"
    assert found.get("title") is None


LATIN_IN_OTHER_SCRIPT = [
    ("el", "Το πρόγραμμα Erasmus+ Green Schools: Our Common Future ξεκίνησε το 2019 στο σχολείο μας. Στο έργο "
           "συμμετέχουν σχολεία από την Ιταλία, την Ισπανία και την Πολωνία.", "Green Schools: Our Common Future"),
    ("bg", "Училището ни участва в програма Еразъм+ Voices of the River през учебната 2019 година. В проекта участват "
           "училища от Италия, Испания и Полша.", "Voices of the River"),
]


@pytest.mark.parametrize("lang,text,name", LATIN_IN_OTHER_SCRIPT, ids=[x[0] for x in LATIN_IN_OTHER_SCRIPT])
def test_a_latin_name_in_a_greek_or_cyrillic_text(lang, text, name):
    assert _project(text, lang).get("name") == name


def test_latin_words_going_on_to_the_line_end_are_not_read():
    from pipeline.extractors.name_script import latin_name, other_script
    assert other_script("Το πρόγραμμα Erasmus+")
    assert not other_script("The Erasmus+ programme")
    text = "програма Еразъм+ Key Action"
    assert latin_name(text, text.index("Key")) is None


def test_quotation_marks_glued_inside_a_name_make_no_name():
    from pipeline.extractors.name_guards import glued_quote
    assert glued_quote('ЕРАЗЪМ+"ПРОЕКТ "ЕРАЗЪМ+"')
    assert not glued_quote('Zavod "Mladi za Evropo"')


def test_a_name_in_two_languages_of_different_lengths():
    text = "Die Welt gemeinsam zu entdecken / Objevovat svět spolu"
    (ns, ne), title = split_acronym(text)
    assert (text[ns:ne], title) == ("Die Welt gemeinsam zu entdecken", None)


@pytest.mark.parametrize("lang,text,name", [
    ("en", 'Our pupils went to Lisbon for the last mobility of the Erasmus+ project "Building Bridges Through Music," '
           "which took place in May 2022 with partners from Portugal and Italy.", "Building Bridges Through Music"),
    ("ro", "Primăria a semnat contractul de finanțare pentru proiectul cu titlul Baia Mare – Oraș verde și sigur, ID 12345, "
           "în parteneriat cu Asociația Verde din Cluj.", "Baia Mare – Oraș verde și sigur"),
])
def test_punctuation_that_closes_a_clause_and_a_dash_after_two_plain_words(lang, text, name):
    found = _project(text, lang)
    assert found.get("name") == name
    assert found.get("title") is None


def test_a_short_name_after_a_slash_in_the_bracketed_english_form():
    text = ("Darbai atlikti įgyvendinant Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per sieną programos projektą "
            "Nr. LLI-999 „Pasienio parkų tinklo kūrimas ir plėtra“ („Creation and development of a network of border "
            "parks / Green Parks“). Bendra projekto vertė – 500 000 eurų.")
    found = _project(text, "lt")
    assert found.get("name") == "Green Parks"
    assert found.get("title") == "Pasienio parkų tinklo kūrimas ir plėtra"


def test_a_project_number_before_the_quoted_name_is_no_name():
    text = ("Savivaldybės kartu su partneriais teikto projekto Nr. LT-PL-2-045 „Shared Rivers for Young People of the "
            "Border Region” paraiška patvirtinta ir projekto įgyvendinimui skirtas finansavimas.")
    assert _project(text, "lt").get("name") == "Shared Rivers for Young People of the Border Region"


def test_the_other_project_as_subject_names_no_project_of_the_section():
    text = ("Foram aprovados dois projetos. O primeiro tem sede em Braga e parceiros em Espanha. Já o outro projeto "
            "aprovado é o AQUAMAR, da Universidade do Algarve.")
    assert _project(text, "pt").get("name") != "AQUAMAR"
