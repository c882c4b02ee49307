"""Round 25: partner names bounded by the structure around them (role ends, legal forms, a
conjunction beside a name read on its own, "other partners" labels,
trailing plural type words)."""
from section_context import partners_in, section_context

from pipeline.extractors.partner_role_ends import closed_by_form


def names(text, lang):
    return [n for n, _, _ in partners_in(text, lang)]


def test_role_bracket_closing_the_last_item_of_a_list():
    text = ("Partneři projektu jsou obec Dolní Lhota (partner projektu), město Kravaře (partner projektu) "
            "a obec Bolatice (partner projektu). Projekt potrvá dva roky.")
    got = names(text, "cs")
    assert "obec Bolatice" in got and not any("(" in n for n in got)


def test_role_after_a_dash_in_a_partner_list():
    text = "Partnerët\n\nBashkia Durrës – Partner Kryesor\n\nQendra Rinore Durrës\n\nBashkia Tivar\n"
    got = partners_in(text, "sq")
    assert ("Bashkia Durrës", "lead") in [(n, r) for n, _, r in got]


def test_legal_form_closes_the_first_of_two_owners():
    got = names("Projektägare är Nordic Timber AB och Lapplands universitet. Projektet pågår i tre år.", "sv")
    assert "Nordic Timber AB" in got and "Lapplands universitet" in got


def test_legal_form_check():
    assert closed_by_form("Nordic Timber AB") and closed_by_form("Muster GmbH")
    assert not closed_by_form("Lapplands universitet")


def test_conjunction_to_a_name_read_on_its_own_is_cut():
    ctx_text = ("Проектът се изпълнява от община Бургас в партньорство с Българска фондация Природа и Кралското "
                "дружество за защита на птиците.\nКралското дружество за защита на птиците е от Великобритания.")
    got = names(ctx_text, "bg")
    assert not any(n.endswith(" и Кралското") for n in got)


def test_other_partners_label():
    ctx = section_context("Weitere Partner\n\nStadt Villach\n\nVerein Kulturraum\n", "de")
    from pipeline.extractors.partner_blocks import PARTY_KEYS
    assert ctx.label_alone(ctx.indices[0], PARTY_KEYS) is not None
    ctx = section_context("Andre partnere\n\nNordisk kontor\n", "no")
    assert ctx.label_alone(ctx.indices[0], PARTY_KEYS) is not None


def test_trailing_plural_type_word_spreads():
    got = names("Prosjektet gjennomføres i samarbeid med Nordland, Troms og Finnmark fylker.", "no")
    assert got == ["Nordland fylke", "Troms fylke", "Finnmark fylke"]
    got = names("Naturstyrelsen står for projektet i samarbejde med Nordjyllands, Viborg og Ribe amter, "
                "og projektet løber i fire år.", "da")
    assert {"Nordjyllands amt", "Viborg amt", "Ribe amt"} <= set(got)
