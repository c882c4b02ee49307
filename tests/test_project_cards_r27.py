"""Round 27: a page of project cards, each a title over a label line ("Project period: …",
"Projektpartner:"), where the reader renders the label line as a heading like the title."""
from pipeline import sections
from tests.section_context import section_context


def _names(text: str, lang: str) -> list[str]:
    doc = section_context(text, lang).doc
    cut, secs = sections.divide(doc)
    return [cut.text[s.name[0]:s.name[1]] if s.name else None for s in secs]


EN = """Our projects

The town runs several projects funded by the European Union.

Green Harbour Walk

Project period: 2021-03-01 to 2023-02-28

The project builds a footpath along the old harbour and plants trees along the quay.

River Library Network

Project period: 2020 to 2022-12-31

The project links the libraries of five villages with a shared catalogue and a book bus.

Smart Villages North

Project period: 2019-09-01 to 2021-06-30

The project tests digital services for elderly people living in small villages.
"""

DE = """Projekte

Bodensee Kulturwege

Projektpartner:

Stadt Konstanz (Leadpartner), Kulturverein Bregenz, Gemeinde Rorschach.

Das Projekt verbindet Museen rund um den See.

Alpenrhein Wasser

Projektpartner:

Land Vorarlberg (Leadpartner), Kanton St. Gallen, Gemeinde Lustenau.

Das Projekt untersucht das Grundwasser im Rheintal.
"""


def test_titles_over_period_labels_are_projects():
    assert _names(EN, "en") == ["Green Harbour Walk", "River Library Network", "Smart Villages North"]


def test_titles_over_partner_labels_are_projects():
    assert _names(DE, "de") == ["Bodensee Kulturwege", "Alpenrhein Wasser"]


def test_one_title_with_a_period_is_one_project():
    text = EN.split("River Library Network")[0]
    assert len(_names(text, "en")) == 1


# a partner's card names its title again under a name label: partners, not projects
FR = """Partenaires

Commune de Lanvallay

Nom : Commune de Lanvallay

Adresse : 1 rue de la Mairie, 22100 Lanvallay

Budget total : EUR 120 000

Communauté de communes de Dinan

Nom : Communauté de communes de Dinan

Adresse : 8 boulevard Simone Veil, 22100 Dinan

Budget total : EUR 95 000
"""


def test_partner_cards_are_not_projects():
    assert len(_names(FR, "fr")) == 1

