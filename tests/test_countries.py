"""Countries of a project and of its partners: a page's own municipalities, cross-border
programmes' pairs, list labels, bracketed codes and case forms of places (round 15)."""
import pytest

from pipeline.build import extract_one


def record(text: str, name: str) -> dict:
    return extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]


class _Ctx:
    """The little a gazetteer-only reader asks of a context."""
    def __init__(self, lang: str, text: str = ""):
        from pipeline import gazetteer
        from pipeline.lexicons import load
        self.lex, self.lang = load(lang), lang
        self.named_countries = gazetteer.named_countries(text, lang)


# ---------------------------------------------------------------- a page's own municipalities

@pytest.mark.parametrize("lang,name,text,expected", [
    # a village no gazetteer holds, named with the page's own type word, on a page naming no country
    ("hu", "Kisbárány Község Önkormányzata", "A Kisbárány Község Önkormányzata pályázatot nyert.", "HU"),
    ("hr", "Općina Donji Zablaćić", "Općina Donji Zablaćić provodi projekt.", "HR"),
    ("pl", "Gmina Wólka Zabłocka", "Gmina Wólka Zabłocka realizuje projekt w Polsce.", "PL"),
    ("sl", "Občina Zgornja Vrbiščica", "Občina Zgornja Vrbiščica je prejela sredstva.", "SI"),
    # a page that names another country may name its partners across the border in its own language
    ("hu", "Kisbárány Község Önkormányzata", "A szlovákiai Kisbárány Község Önkormányzata és Magyarország.", None),
    ("pl", "Gmina Wólka Zabłocka", "Gmina Wólka Zabłocka i partnerzy z Czech.", None),
    # no type word, no municipality: a name alone says nothing
    ("hu", "Kisbárányi Sportegyesület", "A Kisbárányi Sportegyesület pályázatot nyert.", None),
    # another language's type word is no municipality of this page's country
    ("hu", "Gmina Wólka Zabłocka", "A Gmina Wólka Zabłocka pályázatot nyert.", None),
])
def test_a_municipality_named_with_the_pages_own_type_word(lang, name, text, expected):
    from pipeline.extractors.context import Context
    from pipeline.extractors.partner_home import home_municipality
    from pipeline.model import Section
    from pipeline.readers import read_document
    doc = read_document(text.encode("utf-8"), "x.txt", "x")
    doc.language = lang
    assert home_municipality(name, Context(doc, Section(blocks=(0,)))) == expected


def test_a_page_whose_language_has_several_homes_needs_one_named():
    from pipeline.extractors.context import Context
    from pipeline.extractors.partner_home import page_country
    from pipeline.model import Section
    from pipeline.readers import read_document
    for text, expected in (("Die Gemeinde Kleinwald in Österreich.", "AT"), ("Die Gemeinde Kleinwald.", "DE"),
                           ("Die Gemeinde Kleinwald in Österreich und Bayern, Deutschland.", None)):
        doc = read_document(text.encode("utf-8"), "x.txt", "x")
        doc.language = "de"
        assert page_country(Context(doc, Section(blocks=(0,)))) == expected


def test_a_domestic_page_gives_its_municipal_partner_the_country():
    text = ("Felújítottuk a művelődési házat\n\n"
            "A Kisbárány Község Önkormányzata által benyújtott pályázat 45 millió forint támogatást nyert. "
            "A projekt 2020. március 1-jén indult.\n\nKedvezményezett: Kisbárány Község Önkormányzata\n")
    p = record(text, "home_hu.txt")["projects"][0]
    assert [(x["name"], x["country"]) for x in p["partners"]] == [("Kisbárány Község Önkormányzata", "HU")]
    assert p["countries"] == ["HU"]


# ---------------------------------------------------------------- cross-border programmes

@pytest.mark.parametrize("lang,text,expected", [
    ("sl", "INTERREG SLO-HR", ["HR", "SI"]),  # a three-letter code on one side
    ("hr", "Interreg CRO-SRB", ["HR", "RS"]),
    ("it", "Interreg Italia-Slovenija", ["IT", "SI"]),  # the other country's own name for it
    ("de", "INTERREG Deutschland-Nederland", ["DE", "NL"]),
    ("ro", "Programul Interreg VI-A România-Ungaria", ["HU", "RO"]),  # "VI" is the period, no country
    ("et", "Eesti – Läti – Vene piiriülese koostöö programm", []),  # three countries: no pair
    ("en", "Estonia-Latvia-Russia Programme", []),
    ("fr", "Interreg V A France-Wallonie-Vlaanderen", ["BE", "FR"]),  # a third name of the pair's own regions
    ("en", "Interreg Europe", []),
])
def test_countries_of_a_cross_border_programme_in_codes_and_other_languages(lang, text, expected):
    from pipeline.assemble import bilateral
    assert sorted(bilateral(text, _Ctx(lang))) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("sl", "Projekt KRAS\n\nProjekt KRAS je bil izbran v programu čezmejnega sodelovanja Slovenija – Hrvaška. "
           "Skupna vrednost projekta je 500.000 EUR.\n", ["HR", "SI"]),
    ("en", "Project RIVER\n\nThe project RIVER is funded by the Slovakia-Hungary cross-border programme. "
           "Total budget: EUR 300,000.\n", ["HU", "SK"]),
    # a transnational programme names no pair
    ("en", "Project RIVER\n\nThe project RIVER is funded by the Estonia-Latvia-Russia programme. "
           "Total budget: EUR 300,000.\n", []),
])
def test_a_programme_named_in_the_text_gives_its_pair(lang, text, expected):
    p = record(text, f"prog_{lang}.txt")["projects"][0]
    assert sorted(p["countries"]) == expected


# ---------------------------------------------------------------- labels and brackets

@pytest.mark.parametrize("lang,head,expected", [
    ("sl", "(SLO partnerji: RIC Dolina – vodilni partner, ", "SI"),
    ("sl", "Občina Ribno; HR partnerji: ", "HR"),
    ("en", "Hungarian partners: Alpha Foundation, ", "HU"),
    ("de", "Partner aus Österreich: ", "AT"),
    ("en", "Partners: ", None),  # no country in the label
    ("en", "Austria: ", None),  # no partner noun: a budget line as often
    ("sl", "SLO partnerji: Občina Ribno; HR partnerji: X, Y; ", None),  # a semicolon closes the run
])
def test_a_country_label_over_a_run_of_names(lang, head, expected):
    from pipeline.extractors.partner_locate import list_label
    assert list_label(head, _Ctx(lang)) == expected


def test_a_province_code_after_a_town_is_no_country():
    from pipeline.extractors.partner_locate import after_mention, province_code
    ctx = _Ctx("it")
    assert province_code("Comune di Bergamo", "BG", ctx)  # Bergamo is Italian: "BG" is its province
    assert not province_code("Comune di Sesana", "SI", ctx)  # Sežana is Slovenian: "SI" is the country
    assert after_mention(" (BG) ha coordinato", ctx, "Comune di Bergamo") is None
    assert after_mention(" (SI)", ctx, "Comune di Sesana") == "SI"


def test_a_one_letter_vehicle_code_after_a_place():
    from types import SimpleNamespace
    from pipeline.extractors.partner_locate import vehicle_code
    ctx = _Ctx("nl")
    ctx.doc = SimpleNamespace(text="Provincie Limburg (B), Stichting Werk (B)")
    assert vehicle_code("Provincie Limburg", "B", ctx) == "BE"
    assert vehicle_code("Stichting Werk", "B", ctx) is None  # no place, no list of such codes: a letter


# ---------------------------------------------------------------- case forms of places

@pytest.mark.parametrize("lang,text,cc", [
    ("lt", "Vilniaus universitetas", "LT"),  # a Baltic nominative ending swapped for a case ending
    ("lt", "Kaune", "LT"),
    ("lv", "Rīgas Tehniskā universitāte", "LV"),  # a case ending after the whole name
    ("pl", "partnerzy z Węgier", "HU"),  # a plural name whose stem changes
    ("pl", "szkoła z Niemiec", "DE"),
    ("pl", "we Włoszech", "IT"),
])
def test_places_and_countries_in_case_forms(lang, text, cc):
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert [h.cc for h in gazetteer.find(text, load(lang))] == [cc]


def test_another_languages_name_of_a_place_takes_no_case_ending():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert gazetteer.find("Verein Europa Brücke Raabs", load("de")) == []  # "Raab" is Győr in German
    assert [h.cc for h in gazetteer.find("Ludzas novada pašvaldība", load("lv"))] == ["LV"]  # Ludza's region, no Łódź


@pytest.mark.parametrize("lang,name,cc", [
    ("lt", "Panevėžio kolegija", "LT"),
    ("lt", "Šiaulių valstybinė kolegija", "LT"),
    ("lv", "Jelgavas pilsētas dome", "LV"),
])
def test_a_town_in_a_case_form_in_a_partners_name(lang, name, cc):
    from pipeline import gazetteer
    from pipeline.lexicons import load
    assert gazetteer.town_in_name(name, load(lang)) == cc


def test_a_short_adjective_stem_takes_only_a_short_ending():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    # "esztétikai" starts like "észt" (Estonian), "serbatoio" like "serbo"
    assert gazetteer.find("a művelődési ház esztétikai felújítása", load("hu"), adjectives=True) == []
    assert [h.cc for h in gazetteer.find("il serbatoio e i partner serbi", load("it"), adjectives=True)] == ["RS"]
    assert [h.cc for h in gazetteer.find("české a észt partnerek", load("hu"), adjectives=True)][-1:] == ["EE"]


def test_a_country_adjective_before_a_partner_read_in_its_case_form():
    # "z niemieckim Stowarzyszeniem …": the nominative the partner is written in stands nowhere
    text = ("Projekt Most\n\nProjekt realizujemy razem z niemieckim Stowarzyszeniem Przyjaciół Lasu. "
            "Całkowita wartość projektu: 20 000 euro.\n")
    p = record(text, "adj_pl.txt")["projects"][0]
    assert [(x["name"], x["country"]) for x in p["partners"]] == [("Stowarzyszenie Przyjaciół Lasu", "DE")]


@pytest.mark.parametrize("lang,name,cc", [
    ("it", "Regione Siciliana", "IT"),
    ("sl", "Notranjski regijski park", "SI"),
    ("pl", "Preszowski Kraj Samorządowy", "SK"),
    ("de", "Steirische Wirtschaftsförderung", "AT"),
    ("cs", "Jihomoravské inovační centrum", "CZ"),
    ("hr", "Zagrebačka razvojna agencija", "HR"),
])
def test_a_region_adjective_in_a_partners_name(lang, name, cc):
    from pipeline.extractors.partner_countries import country_of
    assert country_of(name, _Ctx(lang)) == cc


def test_an_organisation_type_word_is_no_town():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    # GeoNames has a quarter of Madrid called "Universidad": the French city decides
    assert gazetteer.town_in_name("Universidad de Poitiers", load("es"), frozenset({"ES", "FR"})) == "FR"


def test_a_countrys_own_name_made_an_adjective():
    from pipeline import gazetteer
    from pipeline.lexicons import load
    # "cseh" alone is a short stem; "csehországi" is Csehország's adjective
    hits = gazetteer.find("a csehországi és a svédországi partnerek", load("hu"), adjectives=True)
    assert [(h.cc, h.kind) for h in hits] == [("CZ", "adjective"), ("SE", "adjective")]
