"""A project for which nothing names a country takes its page's own country, when the page
is written in a national language and names no foreign country (home_country)."""
from pipeline.build import doc_ids, extract_one


def _countries(text: str, name: str) -> list[list[str]]:
    rec, _ = extract_one(text.encode("utf-8"), name, doc_ids([name])[name])
    return [p["countries"] for p in rec["projects"]]


FI = ("Kylätalo uudistuu – hanke KYLÄVOIMA\n\n"
      "Hanke KYLÄVOIMA kunnostaa vanhan kylätalon ja järjestää siellä kursseja nuorille ja "
      "ikääntyneille. Hankkeen kokonaisbudjetti on 120 000 euroa ja se kestää 24 kuukautta. "
      "Rahoitus tulee Euroopan maaseudun kehittämisen maatalousrahastosta.\n")
PL = ("Projekt ZIELONA SZKOŁA w naszej gminie\n\n"
      "Projekt ZIELONA SZKOŁA obejmuje remont boiska oraz zajęcia ekologiczne dla uczniów "
      "szkoły podstawowej. Wartość projektu wynosi 450 000 zł, a dofinansowanie z Europejskiego "
      "Funduszu Rozwoju Regionalnego to 380 000 zł. Realizacja potrwa 18 miesięcy.\n")
SV_ABROAD = ("Projektet BROBYGGE samlar skolor\n\n"
             "Projektet BROBYGGE samlar skolor i Tyskland och Italien kring språkundervisning. "
             "Budgeten är 200 000 euro och projektet pågår i 24 månader.\n")
EN = ("The GREENPATH project\n\n"
      "The GREENPATH project restores footpaths and trains volunteer rangers. Its budget is "
      "EUR 300,000 and it runs for 24 months, funded by the European Regional Development Fund.\n")


def test_finnish_project_without_country_is_finnish():
    assert _countries(FI, "fi_home.txt") == [["FI"]]


def test_polish_project_without_country_is_polish():
    assert _countries(PL, "pl_home.txt") == [["PL"]]


def test_page_naming_foreign_countries_gets_no_default():
    assert all("SE" not in c for c in _countries(SV_ABROAD, "sv_abroad.txt"))


def test_english_page_gets_no_default():
    assert _countries(EN, "en_home.txt") == [[]]
