"""Tables of projects that lost their column separators (pipeline/section_tables.py, round 21):
a header that ends with a colon, an acronym column between other columns, the lead's column read
up to a closing run of country codes, name cells that end with no dash or small joining word.
Invented texts in several languages."""
from pipeline.assemble import document_record
from pipeline.readers import read_document
from pipeline.sections import divide
from pipeline.section_tables import _prose
from pipeline.extractors.context import Context
from pipeline.model import Section


def _doc(text: str, lang: str):
    doc = read_document(text.encode("utf-8"), f"t_{lang}.txt", f"t_{lang}")
    doc.language = lang
    return doc


def _names(text: str, lang: str) -> list[str | None]:
    cut, sections = divide(_doc(text, lang))
    return [cut.text[s.name[0]:s.name[1]] if s.name else None for s in sections]


def _leads(text: str, lang: str) -> dict:
    rec = document_record(_doc(text, lang))
    return {p["name"]: p["lead_partner"] for p in rec["projects"]}


NO_CODES = """Overvåkningskomiteen har godkjent fire nye prosjekter i programmet, alle med norsk deltagelse.

Prosjektnavn Leadpartner Partnere i:
Snow Roads North Luleå tekniska universitet NO, SE, FI
Green Harbours of the Arctic UiT – Norges arktiske universitet NO, FI, RU
Reindeer Paths in Barents region UiT – Norges arktiske universitet NO, SE
Coastal Heritage Network Tromsø kommune NO, FI

Neste søknadsrunde åpner i september, med søknadsfrist i desember.
"""

EN_CODES = """The monitoring committee approved three new projects with a total of 4 million euro.

Project name Lead partner Partners in:
Cold Climate Roads Oulu University of Applied Sciences FI, SE, NO
Open Archives of the North UArctic – Oulun yliopisto FI, NO
Fishing Villages in Lapland region Lapland University of Applied Sciences FI, SE

The next call opens in autumn.
"""


def test_a_header_may_end_with_a_colon():
    assert _names(NO_CODES, "no") == ["Snow Roads North", "Green Harbours of the Arctic",
                                      "Reindeer Paths in Barents region", "Coastal Heritage Network"]


def test_the_lead_column_runs_to_the_country_codes():
    leads = _leads(NO_CODES, "no")
    assert leads["Snow Roads North"] == "Luleå tekniska universitet"
    assert leads["Green Harbours of the Arctic"] == "UiT – Norges arktiske universitet"
    assert leads["Reindeer Paths in Barents region"] == "UiT – Norges arktiske universitet"


def test_a_name_cell_ends_with_no_dash_or_small_word_en():
    names = _names(EN_CODES, "en")
    assert names[1] == "Open Archives of the North"
    assert names[2] != "Fishing Villages in"


SK_MIDDLE = """Prehľad úspešných projektov

Názov inštitúcie Akronym projektu Názov projektu Partneri
Technická univerzita v Košiciach WaterLAB Centre for smart water management
• UNIVERSITAT POLITECNICA DE VALENCIA (ES)
• AALTO-KORKEAKOULUSAATIO (FI)
Žilinská univerzita v Žiline RailSMART Rail transport research centre • Výskumný ústav dopravný, a.s.
Ústav materiálov PolyCEL Centre for biopolymer materials
• FRAUNHOFER-GESELLSCHAFT (DE)
"""

DE_MIDDLE = """Geförderte Projekte der Hochschulen im Land

Hochschule Akronym Titel Partner
Universität Kassel AquaNET Netzwerk für Wasserforschung
- UNIVERSITEIT TWENTE (NL)
Hochschule Fulda CareLINK Pflege und Digitalisierung
- TAMPEREEN YLIOPISTO (FI)
"""


def test_an_acronym_column_between_other_columns_sk():
    assert _names(SK_MIDDLE, "sk") == ["WaterLAB", "RailSMART", "PolyCEL"]


def test_the_cells_before_a_middle_acronym_name_the_lead_sk():
    leads = _leads(SK_MIDDLE, "sk")
    assert leads["WaterLAB"] == "Technická univerzita v Košiciach"
    assert leads["RailSMART"] == "Žilinská univerzita v Žiline"


def test_an_acronym_column_between_other_columns_de():
    assert _names(DE_MIDDLE, "de") == ["AquaNET", "CareLINK"]
    assert _leads(DE_MIDDLE, "de")["AquaNET"] == "Universität Kassel"


def test_a_row_ending_with_a_legal_form_is_no_sentence():
    text = "Žilinská univerzita v Žiline RailSMART Rail transport research centre for Slovakia • Výskumný ústav dopravný, a.s."
    doc = _doc(text, "sk")
    ctx = Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))
    assert not _prose(ctx, 0)
    prose = _doc("Projekt podporuje výskum dopravy v regióne a spolupracuje s mnohými partnermi zo zahraničia.", "sk")
    assert _prose(Context(prose, Section(blocks=tuple(range(len(prose.blocks))))), 0)


def test_two_labels_ending_with_a_colon_introduce_a_list_not_a_table():
    from pipeline.section_tables import table_sections
    text = """A projekt célja a két város közötti együttműködés erősítése.

Projekt partnerek:
Letenye Város Önkormányzata Magyarország
Čakovec Grad Horvátország
"""
    doc = _doc(text, "hu")
    assert table_sections(doc, Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))) == []


def test_the_lead_column_runs_to_the_end_of_its_organisation():
    from pipeline.section_tables import _org_end
    row = "Snow Roads North Lapin ammattikorkeakoulu Oy Tromsø kommune 120 000 €"
    assert row[17:_org_end(row, 17)] == "Lapin ammattikorkeakoulu Oy"
    row = "Border Jobs Oulun seudun koulutuskuntayhtymä (OSAO) Bedriftskompetense AS"
    assert row[12:_org_end(row, 12)] == "Oulun seudun koulutuskuntayhtymä (OSAO)"
    row = "Open Rivers Luleå tekniska universitet Narvik kommune"
    assert row[12:_org_end(row, 12)] == "Luleå tekniska universitet"
    assert _org_end("Open Rivers Green roads for the rural north of the country", 12) is None


def test_leads_of_a_table_without_codes_no():
    text = """Styringskomiteen har godkjent tre nye prosjekter med norsk deltagelse.

Navn på prosjekt Leadpartner Norsk partner
Snø og Is i Nord Lapin ammattikorkeakoulu Oy Tromsø kommune
Grenseløs Handel Luleå tekniska universitet Narvik kommune
Nye Veier Oulun seudun koulutuskuntayhtymä (OSAO) Alta kommune

Totalt mottar prosjektene 2 millioner euro i støtte.
"""
    leads = _leads(text, "no")
    assert leads["Grenseløs Handel"] == "Luleå tekniska universitet"
    assert leads["Snø og Is i Nord"] == "Lapin ammattikorkeakoulu Oy"


def test_one_closing_code_is_a_legal_form_not_a_column_of_countries():
    text = """Styrekomiteen har godkjent tre nye prosjekter.

Navn på prosjekt Leadpartner Norsk partner
Våre Historier Lapin ammattikorkeakoulu Oy Ihana! AS
Grenseløs Handel Luleå tekniska universitet Narvik kommune
Nye Veier Oulun kaupunki Alta kommune
"""
    assert _leads(text, "no")["Våre Historier"] == "Lapin ammattikorkeakoulu Oy"
