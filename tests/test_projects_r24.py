"""Round 24: what opens no project (pipeline/section_counted_names.py, sections._not_passing):
a count of projects, a bare programme or its nature strand, a naming word after its name,
and a project a paragraph names only in passing. Invented texts in several languages."""
from pipeline.extractors.name_guards import programme_only
from pipeline.readers import read_document
from pipeline.section_counted_names import after_programme_word, counted, names_before
from pipeline.sections import divide


def _names(text: str, lang: str) -> list[str | None]:
    doc = read_document(text.encode("utf-8"), f"t_{lang}.txt", f"t_{lang}")
    doc.language = lang
    doc, secs = divide(doc)
    return [doc.text[s.name[0]:s.name[1]] if s.name else None for s in secs]


def _span(text: str, name: str) -> tuple[int, int]:
    s = text.index(name)
    return s, s + len(name)


def test_a_number_and_a_country_word_count_projects():
    et = "Fondist on raha saanud 12 Läti projekti."
    assert counted(et, _span(et, "12 Läti"), "et")
    en = "The fund has backed 12 Latvia projects so far."
    assert counted(en, _span(en, "12 Latvia"), "en")


def test_a_name_that_opens_with_a_number_is_a_name():
    hr = "Projekt Tri rijeke jedan cilj povezuje općine."
    assert not counted(hr, _span(hr, "Tri rijeke jedan cilj"), "hr")
    pl = "Projekt 25 lat współpracy zakończył się."
    assert not counted(pl, _span(pl, "25 lat współpracy"), "pl")


def test_a_name_with_a_year_or_a_figure_inside_is_no_count():
    en = "In the 2021 BLUEWAVE project, schools meet."
    assert not counted(en, _span(en, "BLUEWAVE"), "en")
    de = "Das Projekt 4EU+ Alliance beginnt."
    assert not counted(de, _span(de, "4EU+ Alliance"), "de")
    et = "Projekt 2smart 2start algab."
    assert not counted(et, _span(et, "2smart 2start"), "et")


def test_the_nature_strand_of_life_is_the_programme():
    assert programme_only("LIFE Nature", "en")
    assert programme_only("LIFE-Természet", "hu")
    assert programme_only("LIFE Natura", "it")
    assert not programme_only("LIFE RIVERFISH", "en")
    assert not programme_only("LIFE Natura2000 Crete", "el")


def test_a_naming_word_after_its_name():
    assert names_before("adlı", "tr")
    assert names_before("niminen", "fi")
    assert not names_before("named", "en")


def test_the_word_for_programme_does_not_open_the_name():
    tr = "Erasmus+ Programı Green Steps adlı proje"
    assert tr[slice(*after_programme_word(tr, _span(tr, "Programı Green Steps"), "tr"))] == "Green Steps"
    assert after_programme_word(tr, _span(tr, "Green Steps"), "tr") == _span(tr, "Green Steps")


TR_NAMED = ("Okulumuzun hazırladığı Erasmus+ Programı Green Steps adlı Stratejik Ortaklık Projesi Ulusal "
            "Ajans tarafından kabul edildi. Proje 24 ay sürecek. Green Steps adlı projemizin bütçesi 120.000 avrodur.\n")


def test_turkish_name_before_its_naming_word_is_one_project():
    assert _names(TR_NAMED, "tr") in ([None], ["Green Steps"])


CA_PASSING = ("El dijous 3 de maig l'Associació Forestal del Segre (AFS), per donar continuïtat al projecte LIFE "
              "Riberes, va presentar una nova proposta de projecte LIFE Natura a la Comissió Europea: \"Recuperació "
              "dels boscos de ribera del Segre (LIFE RIBERBOSC)\". Aquest projecte es preveu dur a terme a Catalunya "
              "entre l'1/01/2021 i el 31/12/2024. Amb un pressupost total estimat de 1.200.000,00 €, s'espera que la "
              "Comissió Europea en cobreixi el 60%. Si el projecte LIFE RIBERBOSC és acceptat, estarà format per un "
              "consorci de socis catalans i andorrans coordinat per l'AFS.\n")

EN_PASSING = ("On 3 May the River Trust, to continue the project Salmon Return, submitted a new project proposal to "
              "the Commission: \"Restoring salmon runs in the Tyne (TYNE-RUN)\". The project would run from 1 January "
              "2021 to 31 December 2024. With a total budget of EUR 1,200,000, the Commission is expected to cover 60%. "
              "If the project TYNE-RUN is approved, it will be led by the River Trust with partners from Scotland and "
              "Norway.\n")


def test_a_project_named_in_passing_opens_none():
    assert len(_names(CA_PASSING, "ca")) == 1
    assert len(_names(EN_PASSING, "en")) == 1


EN_TWO = ("The school takes part in two projects. The project SEAWAY, led by the University of Northport, "
          "has a budget of EUR 300,000. The project RIVERLINK, led by Eastford City Council, "
          "has a budget of EUR 250,000.\n")


def test_two_projects_reported_one_after_the_other_still_part():
    assert _names(EN_TWO, "en") == ["SEAWAY", "RIVERLINK"]


# a page that counts its projects and then names as many, after a capitalised article
HU_COUNTED = ("Két határon átnyúló projekt indul a városban. A GreenLink projekt esetében a szerződést hamarosan "
              "aláírják, a RiverWay projekt pedig március 1-jén kezdődik.\n")
EN_COUNTED = ("The town starts two projects. The SEALINK project will sign its contract soon, while the RIVERWAY "
              "project starts on 1 March.\n")


def test_as_many_projects_as_counted_each_open_one():
    assert _names(HU_COUNTED, "hu") == ["GreenLink", "RiverWay"]
    assert _names(EN_COUNTED, "en") == ["SEALINK", "RIVERWAY"]


# "another project … which is called X", after a paragraph about a first project
IT_ANOTHER = ("Il 18 marzo gli studenti sono partiti per un progetto in Spagna. Il progetto si chiama GREEN SCHOOLS e "
              "riguarda l'ambiente.\n\nIl progetto dura due anni e i paesi partecipanti sono Spagna, Italia e Grecia.\n\n"
              "Contemporaneamente è partito anche un altro progetto Erasmus che si chiama OPEN DOORS e tratta "
              "l'inclusione.\n\nI paesi coinvolti sono Francia e Malta.\n")
FR_ANOTHER = ("Les élèves sont partis en Espagne pour un projet. Le projet s'appelle GREEN SCHOOLS et porte sur "
              "l'environnement.\n\nLe projet dure deux ans avec l'Espagne, l'Italie et la Grèce.\n\nEn même temps a "
              "démarré un autre projet Erasmus qui s'appelle OPEN DOORS sur l'inclusion.\n\nLes pays concernés sont "
              "la France et Malte.\n")


def test_another_project_named_by_a_naming_verb_opens_one():
    assert _names(IT_ANOTHER, "it") == [None, "OPEN DOORS"]
    assert _names(FR_ANOTHER, "fr") == [None, "OPEN DOORS"]
