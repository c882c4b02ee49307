"""Round 20: lists of projects read by their structure (pipeline/section_list_leads.py,
section_openers.list_openers): a compound project word over the list, the items' partners
as their facts, an item's own label lines between items. Invented texts."""
from pipeline.readers import read_document
from pipeline.section_list_leads import compound_project_plural
from pipeline.sections import divide


def _names(text: str, lang: str) -> list[str | None]:
    doc = read_document(text.encode("utf-8"), f"t_{lang}.txt", f"t_{lang}")
    doc.language = lang
    doc, secs = divide(doc)
    return [doc.text[s.name[0]:s.name[1]] if s.name else None for s in secs]


# the project word is the head of a compound over the list
FI_COMPOUND = """Alueen toimijat saivat rahoitusta useisiin uusiin hankkeisiin tänä vuonna.

Kaikki uudet allekirjoitetut Horisontti-hankkeet:

 • ALPHA-NET, Esimerkin yliopisto, 1 200 000 €
 • BetaLab, Malliyhtiö Oy, 450 000 €
 • GAMMA, Testikaupunki, 300 000 €
"""

DE_COMPOUND = """Die Hochschule ist an mehreren Vorhaben beteiligt.

Die neuen Forschungsprojekte:

 • SEALINK, Universität Musterstadt, 800 000 Euro
 • RiverNet, Beispiel GmbH, 250 000 Euro
 • TERRA, Stadt Irgendwo, 120 000 Euro
"""


def test_compound_project_word_opens_list_fi():
    assert _names(FI_COMPOUND, "fi") == ["ALPHA-NET", "BetaLab", "GAMMA"]


def test_compound_project_word_opens_list_de():
    assert _names(DE_COMPOUND, "de") == ["SEALINK", "RiverNet", "TERRA"]


def test_compound_project_plural_shapes():
    assert compound_project_plural("Die neuen Forschungsprojekte:", "de", ["Projekte"])
    assert compound_project_plural("De onderzoeksprojecten met ons als trekker:", "nl", ["projecten"])
    assert compound_project_plural("Alle Interreg-Projekte", "de", ["Projekte"])
    assert not compound_project_plural("Die Projekte:", "de", ["Projekte"])  # the word itself, no compound
    assert not compound_project_plural("Die neuen Themen:", "de", ["Projekte"])


# items whose only facts are their partners, under a project word
NL_PARTNERS = """De uitslag van de oproep is bekendgemaakt.

Kleinschalige projecten

  • SOUNDWAY - Music for Everyone, Stichting Klankbord (projectpartner)
  • FieldLab: new forms of rural theatre, Stichting Dorpstoneel (projectpartner)
  • ECHO, Vereniging Stemmen (associate partner)
"""

EN_PARTNERS = """The results of the call were published today.

Selected projects

  • WAVE - Waterfront Arts, Harbour Theatre Foundation (project partner)
  • ReMap: mapping rural heritage, Northfield Heritage Trust (associate partner)
  • LUMEN, Eastford Light Festival Association (project partner)
"""


def test_list_items_with_partners_only_nl():
    assert _names(NL_PARTNERS, "nl") == ["SOUNDWAY", "FieldLab", "ECHO"]


def test_list_items_with_partners_only_en():
    assert _names(EN_PARTNERS, "en") == ["WAVE", "ReMap", "LUMEN"]


# each item carries its own label line before the next item; the list goes on across it
NO_LABEL_LINES = """Programmet godkjenner tre nye prosjekter.

Følgende prosjekter har norsk deltagelse:

• B2X: From Bridges to Crossings – better transport for remote areas.
Norsk partner: Eksempel kommune

• Sea-NRG: Sea Energy Regions – renewable energy at the coast.
Norsk partner: Universitetet i Eksempelby
"""

SV_LABEL_LINES = """Tre svenska projekt får stöd från programmet.

Dessa projekt får stöd:

• FORA: skogens framtid i norr
Partner: Exempelstads kommun

• Lake-CLR: renare sjöar i mellersta Sverige
Partner: Länsstyrelsen i Exempellän
"""


def test_list_goes_on_across_label_lines_no():
    assert _names(NO_LABEL_LINES, "no") == ["B2X", "Sea-NRG"]


def test_list_goes_on_across_label_lines_sv():
    assert _names(SV_LABEL_LINES, "sv") == ["FORA", "Lake-CLR"]


# a list of topics under a project word stays one project
EN_TOPICS = """The project ALPHA works on three themes.

Themes of the project:

  • Education, schools and training
  • Health, care and prevention
"""


def test_topic_list_is_no_project_list_en():
    assert len(_names(EN_TOPICS, "en")) == 1


# a list of partner schools under a project word: items open with organisations, not names
EN_SCHOOLS = """The Erasmus+ project WAVES brought together five schools from five countries:

  • Northport College (Netherlands) – coordinating school
  • Holbaek 10. Klassecenter (Denmark)
  • 4th General Lyceum of Eastford (Greece)
"""

DE_SCHOOLS = """Am Erasmus+ Projekt BRIDGES nahmen fünf Schulen aus fünf Ländern teil:

  • Gymnasium Beispielstadt (Deutschland) – koordinierende Schule
  • 2. Realschule Musterdorf (Deutschland)
  • Liceo 3 di Esempio (Italien)
"""


def test_partner_list_under_project_word_stays_one_project_en():
    assert len(_names(EN_SCHOOLS, "en")) == 1


def test_partner_list_under_project_word_stays_one_project_de():
    assert len(_names(DE_SCHOOLS, "de")) == 1
