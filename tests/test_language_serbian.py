"""Serbian and Macedonian: Serbian told from Croatian (Latin) and from Macedonian and Bulgarian
(Cyrillic), places in South Slavic case forms, and invented pages in both languages read
end to end with their own cue files."""
import pytest

from pipeline import gazetteer
from pipeline.build import extract_one
from pipeline.language import detect
from pipeline.language_serbian import refine
from pipeline.lexicons import load

# invented sentences, none copied from a gold page
SR_LATIN = ("Opština Bečej i grad Segedin zajedno sprovode projekat prekogranične saradnje. "
            "Ukupna vrednost projekta je 420.000 evra, od čega Evropska unija obezbeđuje 85 odsto. "
            "Projekat traje 18 meseci, a prva radionica biće održana sledećeg meseca u Novom Sadu.")
SR_CYRILLIC = ("Општина Бечеј и град Сегедин заједно спроводе пројекат прекограничне сарадње. "
               "Укупна вредност пројекта је 420.000 евра, од чега Европска унија обезбеђује 85 одсто. "
               "Пројекат траје 18 месеци, а прва радионица ће бити одржана следећег месеца у Новом Саду.")
HR_LATIN = ("Općina Bilje i grad Pečuh zajedno provode projekt prekogranične suradnje. "
            "Ukupna vrijednost projekta je 420.000 eura, od čega Europska unija osigurava 85 posto. "
            "Projekt traje 18 mjeseci, a prva radionica bit će održana sljedećeg mjeseca u Osijeku.")
MK_CYRILLIC = ("Општина Струга и општина Поградец заеднички го спроведуваат проектот за прекугранична соработка. "
               "Вкупната вредност на проектот е 420.000 евра, од кои Европската унија обезбедува 85 проценти. "
               "Проектот ќе трае 18 месеци, а првата работилница ќе се одржи следниот месец во Охрид.")
BG_CYRILLIC = ("Община Петрич и община Струмица заедно изпълняват проект за трансгранично сътрудничество. "
               "Общата стойност на проекта е 420 000 евро, от които Европейският съюз осигурява 85 процента. "
               "Проектът ще продължи 18 месеца, а първият семинар ще се проведе следващия месец в Благоевград.")


@pytest.mark.parametrize("text,lang", [(SR_LATIN, "sr"), (SR_CYRILLIC, "sr"), (HR_LATIN, "hr"),
                                       (MK_CYRILLIC, "mk"), (BG_CYRILLIC, "bg")])
def test_serbian_is_told_from_its_neighbours(text, lang):
    assert detect(text)[0] == lang


def test_refine_keeps_what_is_not_a_neighbour_of_serbian():
    assert refine("sl", SR_LATIN) == "sl"  # only a Croatian reading is weighed for Latin Serbian
    assert refine("hr", "Projekt je završen.") == "hr"  # too few markers: langdetect's reading stands
    assert refine("ru", "Проект завершён в Москве.") == "ru"  # no letter of Serbian or Macedonian


@pytest.mark.parametrize("lang,text,cc", [
    ("sr", "Univerzitet u Novom Sadu", "RS"),     # a two-word town, both words inflected
    ("sr", "Универзитет у Новом Саду", "RS"),     # the same in Cyrillic (Cyrillic vowels end a stem)
    ("sr", "Grad Kruševac", "RS"),                # "Grad" names no place; Kruševac is no Kruševo (MK)
])
def test_places_in_south_slavic_case_forms(lang, text, cc):
    lex = load(lang)
    codes = {h.cc for h in gazetteer.find(text, lex)} or {gazetteer.town(text.split()[-1], lex)}
    assert codes == {cc}


def test_fleeting_a_of_a_town_name():
    # "Kruševac" -> "grada Kruševca", "Čačak" -> "u Čačku": the a before the last consonant drops
    lex = load("sr")
    assert gazetteer.town("Kruševca", lex) == "RS"
    assert gazetteer.town("Čačku", lex) == "RS"
    assert "kruševc" in gazetteer.alternated_stems("kruševac")
    assert gazetteer.alternated_stems("subotica") == ["subotic"]


def test_a_type_word_alone_is_no_place_in_its_language():
    # Serbian and Croatian "Grad" is a town's council; in Slovenian it stays the municipality Grad
    assert not gazetteer.find("Grad Kraljevo", load("sr")) or {h.cc for h in gazetteer.find("Grad Kraljevo", load("sr"))} == {"RS"}
    assert {h.cc for h in gazetteer.find("Občina Grad", load("sl"))} == {"SI"}


PAGE_SR = """Nova biciklistička staza povezuje Bačku i Čongrad

Grad Sombor i opština Kiškunhalaš realizuju projekat „Zelene staze“ u okviru Interreg IPA programa prekogranične saradnje Mađarska–Srbija.
Ukupna vrednost projekta iznosi 612.400 evra, od čega je EU obezbedila 520.540 evra.
Projekat traje 24 meseca, od 1. marta 2023. do 28. februara 2025. godine.
"""

PAGE_SR_CYRILLIC = """Почела изградња бициклистичке стазе

Пројекат „Зелене стазе“ финансира се из Интеррег ИПА програма прекограничне сарадње Мађарска–Србија.
Укупна вредност пројекта износи 612.400 евра.
Пројекат траје 24 месеца, од 1. марта 2023. до 28. фебруара 2025. године.
"""

PAGE_MK = """Започна проектот „Зелени патеки“

Општина Кочани и општина Благоевград го спроведуваат проектот „Зелени патеки“ во рамки на Интеррег ИПА програмата за прекугранична соработка Бугарија – Северна Македонија.
Вкупната вредност на проектот изнесува 612.400 евра.
Проектот ќе трае 24 месеци, од 1 март 2023 до 28 февруари 2025 година.
"""


def _project(text: str, name: str):
    rec = extract_one(text.encode("utf-8"), name, name)[0]
    return rec, rec["projects"][0]


def test_serbian_latin_page():
    rec, p = _project(PAGE_SR, "sr_page.txt")
    assert rec["language"] == "sr"
    assert ("612400.00", "EUR", "total") in {(b["amount"], b["currency"], b["kind"]) for b in p["budgets"]}
    assert (p["start"], p["end"], p["duration_months"]) == ("2023-03-01", "2025-02-28", 24)
    assert {"RS", "HU"} <= set(p["countries"])


def test_serbian_cyrillic_page():
    rec, p = _project(PAGE_SR_CYRILLIC, "sr_cyr_page.txt")
    assert rec["language"] == "sr"
    assert ("612400.00", "EUR", "total") in {(b["amount"], b["currency"], b["kind"]) for b in p["budgets"]}
    assert (p["start"], p["end"], p["duration_months"]) == ("2023-03-01", "2025-02-28", 24)


def test_macedonian_page():
    rec, p = _project(PAGE_MK, "mk_page.txt")
    assert rec["language"] == "mk"
    assert ("612400.00", "EUR", "total") in {(b["amount"], b["currency"], b["kind"]) for b in p["budgets"]}
    assert (p["start"], p["end"], p["duration_months"]) == ("2023-03-01", "2025-02-28", 24)


@pytest.mark.parametrize("text,name", [
    ("Predstavljen je projekat „Obnova crkve Sv. Nikole u Somboru” koji finansira IPA program. "
     "Ukupna vrednost projekta iznosi 200.000 evra.", "Obnova crkve Sv. Nikole u Somboru"),
    ("Беше презентиран проектот “Обнова на црквата Св. Никола во Струмица” кој е финансиран од ИПА програмата. "
     "Вкупниот буџет изнесува 200.000 евра.", "Обнова на црквата Св. Никола во Струмица"),
    ("Le projet « Les jardins de St. Martin » est financé par le programme Interreg. Son budget est de 200 000 euros.",
     "Les jardins de St. Martin"),
])
def test_a_quoted_name_goes_on_after_an_abbreviation(text, name):
    rec = extract_one(text.encode("utf-8"), "q.txt", "q")[0]
    assert [p["name"] for p in rec["projects"]] == [name]


@pytest.mark.parametrize("text,country", [
    ("Проектот е дел од програмата за прекугранична соработка меѓу Р. Македонија и Р. Албанија, "
     "а партнери се Општина Охрид и Општина Поградец.", "Р. Македонија"),
    ("Projekat je deo programa saradnje između R. Srbija i R. Hrvatska, a partneri su Grad Sombor i Grad Osijek.",
     "R. Srbija"),
])
def test_a_country_after_an_abbreviated_republic_is_no_partner(text, country):
    rec = extract_one(text.encode("utf-8"), "r.txt", "r")[0]
    names = {p["name"] for pr in rec["projects"] for p in pr["partners"]}
    assert country not in names


@pytest.mark.parametrize("text,name", [
    ("Projekat „Zelena Bačka” finansira se iz programa Interreg IPA. Vodeći partner je Grad Sombor, "
     "a partneri su Opština Apatin i Agencija za ruralni razvoj. Projekat traje 24 meseca.", "Agencija za ruralni razvoj"),
    ("Projekt „Zelená Morava” je financován z programu Interreg. Vedoucím partnerem je Město Hodonín, "
     "partnery jsou Obec Lanžhot a Centrum pro rozvoj cestovního ruchu. Projekt trvá 24 měsíců.",
     "Centrum pro rozvoj cestovního ruchu"),
    ("Проектот „Зелени патеки“ е финансиран од ИПА програмата. Водечки партнер е Општина Струмица, а партнери "
     "се Општина Кукуш (Грција) и Центар за развој на туризмот. Проектот трае 18 месеци.", "Центар за развој на туризмот"),
])
def test_a_type_word_and_its_domain_in_lower_case_is_one_name(text, name):
    # Slavic names put the domain after a preposition, in lower case: "Centar za razvoj turizma"
    rec = extract_one(text.encode("utf-8"), "d.txt", "d")[0]
    assert name in {p["name"] for pr in rec["projects"] for p in pr["partners"]}


@pytest.mark.parametrize("text", [
    "Ukupna vrednost projekta je 459.435 evra. Nacionalno sufinansiranje iznosi 33.585 evra.",
    "Ukupna vrednost projekta je 459.435 evra. Sopstvena sredstva iznose 33.585 evra.",
])
def test_a_short_serbian_latin_page_and_its_shares(text):
    # a few Serbian words ("vrednost", "evra") make a short page Serbian, not Croatian; the
    # Serbian words of co-financing and own funds ("sufinansiranje", "sopstvena sredstva") a share
    rec = extract_one(text.encode("utf-8"), "s.txt", "s")[0]
    assert rec["language"] == "sr"
    assert [(b["amount"], b["kind"]) for b in rec["projects"][0]["budgets"]] == [("459435.00", "total"), ("33585.00", "other")]


def test_ekavian_everyday_words_tell_serbian_latin():
    # "ovde", "savetnik", "opšti", "Erazmus" are Serbian; Croatian writes "ovdje", "savjetnik", "opći", "Erasmus"
    sr = ("Ovde se nalaze informacije o rezultatima opšteg poziva programa Erazmus+. "
          "Ovde možete pronaći spisak savetnika kojima se možete obratiti za pitanja.")
    hr = ("Ovdje se nalaze informacije o rezultatima općeg poziva programa Erasmus+. "
          "Ovdje možete pronaći popis savjetnika kojima se možete obratiti za pitanja.")
    assert refine("hr", sr) == "sr"
    assert refine("hr", hr) == "hr"
