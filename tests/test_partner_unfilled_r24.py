"""A project that no partner reader gave a partner takes the organisations its own sentences
name by a type word (partners.unfilled, partner_unfilled): few of them, each naming one body,
none after a funder cue."""
from pipeline.build import doc_ids, extract_one
from pipeline.extractors import partners
from section_context import section_context


def _unfilled(text: str, lang: str) -> list[str]:
    ctx = section_context(text, lang)
    assert partners.extract(ctx) == []  # no phrase rule reads these sentences
    return [p.name for p in partners.unfilled(ctx)]


def test_body_that_presents_the_project():
    assert _unfilled("Il 3 marzo il Comune di Montereale ha presentato il progetto Acque Vive ai cittadini. "
                     "Il progetto durerà tre anni.", "it") == ["Comune di Montereale"]
    assert _unfilled("Das Projekt Grüne Wege stellte die Gemeinde Oberau am 3. März vor. Das Projekt läuft bis 2026.",
                     "de") == ["Gemeinde Oberau"]
    assert _unfilled("Dne 3. března představila Obec Nová Lhota projekt Zelená stezka. Projekt potrvá dva roky.",
                     "cs") == ["Obec Nová Lhota"]


def test_whose_or_where_is_not_read():
    # a hall of the municipality, a member of the institute: the name hangs on a noun before it
    assert _unfilled("Il 3 marzo il gruppo di lavoro del progetto Acque Vive si è riunito nella sala consiliare "
                     "del Comune di Montereale. Il progetto durerà tre anni.", "it") == []


def test_many_bodies_named_are_not_read():
    # a visit's museums and libraries: more than MAX_UNFILLED names, none of them a partner
    assert _unfilled("Il progetto Acque Vive si è riunito nella sala del Comune di Montereale, con il Museo di Rieti, "
                     "la Biblioteca di Terni e il Teatro di Narni. Il progetto durerà tre anni.", "it") == []


def test_funder_is_not_read():
    assert _unfilled("Il progetto Acque Vive è finanziato dal Fondo Europeo di Sviluppo Regionale e dalla Regione "
                     "Lombardia tramite il programma Interreg. Il progetto durerà tre anni.", "it") == []
    assert _unfilled("Das Projekt Grüne Wege wird gefördert durch das Land Kärnten und den Europäischen Fonds für "
                     "regionale Entwicklung. Das Projekt läuft bis 2026.", "de") == []


def test_a_kind_is_no_body():
    # "Jazyková škola": a type word and an adjective, no place or proper name
    assert partners._names_one("Comune di Montereale") and not partners._names_one("Jazyková škola")
    assert not partners._names_one("Kulturni centar")


def test_only_a_project_left_without_partners():
    text = ("Projekt Grüne Wege\n\nDas Projekt Grüne Wege stellte die Gemeinde Oberau am 3. März vor. "
            "Das Projekt läuft bis 2026.\n")
    rec, _ = extract_one(text.encode(), "u_de.txt", doc_ids(["u_de.txt"])["u_de.txt"])
    assert [p["name"] for p in rec["projects"][0]["partners"]] == ["Gemeinde Oberau"]
    text = ("Projekt Grüne Wege\n\nProjektpartner: Stadt Linz, Universität Graz\n\nDas Projekt Grüne Wege stellte "
            "die Gemeinde Oberau am 3. März vor. Das Projekt läuft bis 2026.\n")
    rec, _ = extract_one(text.encode(), "u_de.txt", doc_ids(["u_de.txt"])["u_de.txt"])
    assert "Gemeinde Oberau" not in [p["name"] for p in rec["projects"][0]["partners"]]
