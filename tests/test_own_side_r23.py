"""A page about a partnership across borders lists the partners abroad by country and locates
its own side by a town, a region, a municipality or the country's name: that country takes
part too (home_country.own_side)."""
from pipeline.build import doc_ids, extract_one


def _countries(text: str, name: str) -> list[list[str]]:
    rec, _ = extract_one(text.encode("utf-8"), name, doc_ids([name])[name])
    return [p["countries"] for p in rec["projects"]]


IT_TOWN = ("Progetto Erasmus+ SEMI DI PACE\n\n"
           "BOLOGNA – Gli studenti arrivati da Francia, Polonia e Romania per il progetto Erasmus+ "
           "SEMI DI PACE sono stati accolti ieri dal sindaco. Durante la settimana visiteranno il "
           "centro storico e lavoreranno sul tema della pace.\n")
MK_MUNICIPALITY = ("Проектот ЗЕЛЕН ПАТ\n\n"
                   "Ученици и професори од Италија, Португалија и Полска денеска беа во посета на "
                   "општина Битола во рамките на проектот ЗЕЛЕН ПАТ. Проектот трае две години.\n")
ES_COUNTRY = ("Proyecto VOCES DEL MAR\n\n"
              "Nuestro instituto participa en el proyecto VOCES DEL MAR con socios de Italia, "
              "Grecia y Portugal. Es la primera vez que un centro de la comarca acoge a "
              "estudiantes extranjeros en España.\n")
DE_ABROAD = ("Projekt WASSERWEGE\n\n"
             "Das Projekt WASSERWEGE verbindet Schulen in Polen, Tschechien und Ungarn. Die "
             "Schülerinnen und Schüler untersuchen gemeinsam die Wasserqualität ihrer Flüsse.\n")
EN_TOWN = ("The SEAWAYS project\n\n"
           "Pupils from Cork take part in the SEAWAYS project with partner schools from Spain, "
           "Italy and Poland.\n")


def test_town_of_the_page_country_joins_the_partners_abroad():
    countries = _countries(IT_TOWN, "it_own.txt")
    assert "IT" in countries[0] and {"FR", "PL", "RO"} <= set(countries[0])


def test_municipality_named_by_its_type_word_joins():
    # "Битола" is in no gazetteer's Cyrillic spelling: the type word before it names it
    assert any("MK" in c and "IT" in c for c in _countries(MK_MUNICIPALITY, "mk_own.txt"))


def test_country_name_joins():
    assert any("ES" in c and "IT" in c for c in _countries(ES_COUNTRY, "es_own.txt"))


def test_page_naming_no_own_place_adds_nothing():
    assert all("DE" not in c and "AT" not in c for c in _countries(DE_ABROAD, "de_abroad.txt"))


def test_english_page_adds_nothing():
    assert all("IE" not in c and "GB" not in c for c in _countries(EN_TOWN, "en_own.txt"))


def test_common_word_is_no_place():
    from pipeline.extractors.home_country import _common_word
    assert _common_word("Gaur", "Gaur ikasleak etorri dira. gaur goizean")
    assert not _common_word("Palermo", "PALERMO – la scuola di Palermo, www.scuolapalermo.it e palermo.it")

