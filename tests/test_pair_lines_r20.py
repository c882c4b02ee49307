"""Round 20: a line of its own that only pairs a long name with its short form, the short
form's letters the long form's initials (pipeline/extractors/name_pair_lines.py), names the
project when nothing else does. Invented texts."""
from pipeline.build import doc_ids, extract_one


def _projects(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    name = f"t_{lang}.txt"
    rec, _ = extract_one(text.encode("utf-8"), name, doc_ids([name])[name])
    return [(p["name"], p["title"]) for p in rec["projects"]]


DA = """Nyheder

Udvalget bevilger 40 millioner kroner til grænseregionen

Den 3. maj mødtes udvalget i Flensborg for at bevilge midler til nye initiativer og drøfte et nyt koncept for kommunikationen i regionen.

De nye godkendte initiativer er:

Nordic Water Network – NWN

Virksomheder i regionen skal samarbejde om rent vand. Det samlede budget er 2,4 millioner euro, og Leadpartner er Eksempel Kommune.
"""

NL = """Interreg

Grensregio

Netwerk+

Kleine initiatieven

Samenwerking Kust Oost (SKO)

In dit kaderproject worden grensoverschrijdende activiteiten ondersteund met een budget van 1,5 miljoen euro.
"""

DE = """Aktuelles

Grenzüberschreitende Zusammenarbeit

Neue Förderung für die Region

Der Ausschuss hat am 4. Mai in Flensburg getagt und neue Vorhaben in der Grenzregion beschlossen.

Digitale Grenzregion Nord (DIGNO)

Die Partner erhalten 800.000 Euro für drei Jahre. Leadpartner ist die Hochschule Beispielstadt.
"""

# an organisation written with its acronym is no project's name
EN_ORG = """News

Cycling in the region

The committee met on 3 May in Northport to approve new initiatives.

Regional Development Agency (RDA)

The agency received 300,000 euros for a new cycling path.
"""


def test_long_dash_short_line_da():
    assert _projects(DA, "da") == [("NWN", "Nordic Water Network")]


def test_long_bracket_short_line_nl():
    assert _projects(NL, "nl") == [("SKO", "Samenwerking Kust Oost")]


def test_long_bracket_short_line_de():
    assert _projects(DE, "de")[0][0] == "DIGNO"


def test_organisation_pair_is_no_name_en():
    from pipeline.extractors.context import Context
    from pipeline.extractors.name_pair_lines import pair_line_name
    from pipeline.model import Section
    from pipeline.readers import read_document
    doc = read_document(EN_ORG.encode("utf-8"), "t_en.txt", "t_en")
    doc.language = "en"
    assert pair_line_name(Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))) is None
