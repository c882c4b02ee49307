"""Round 28: lists after a verb of making up ("the partnership is made up of A, B and C",
written noun, verb, list), and a list whose first item is a suspended compound."""
from tests.section_context import partners_in


def _names(text: str, lang: str) -> list[str]:
    return [n for n, _, _ in partners_in(text, lang)]


def test_slovene_network_made_up_of_list():
    text = ("Projekt vodi Občina Rače. Celotno partnersko mrežo pa sestavljajo Zavod za turizem Maribor, "
            "Razvojni center Slovenske Konjice in Turistična zveza Podravja.")
    names = _names(text, "sl")
    assert "Zavod za turizem Maribor" in names
    assert "Razvojni center Slovenske Konjice" in names
    assert "Turistična zveza Podravja" in names


def test_croatian_partners_made_up_with_also_particle():
    text = ("Nositelj projekta je Udruga Zeleni otok, a partnere čine i Javna ustanova Priroda Splitsko-dalmatinske "
            "županije i Lučka uprava Split.")
    names = _names(text, "hr")
    assert "Lučka uprava Split" in names
    assert any(n.startswith("Javna ustanova Priroda") for n in names)


def test_make_up_verb_without_partner_noun_reads_nothing():
    # the verb alone, after no noun of partners or cooperation, opens no list
    assert not any("Ljubljana" in n for n in _names(
        "Mesto sestavljajo Ljubljana, Maribor in Celje, pravi župan.", "sl"))


def _list_end(text: str, lang: str, opener: str) -> str:
    from pipeline.extractors.partner_items import list_end
    from tests.section_context import section_context
    ctx = section_context(text, lang)
    start = ctx.doc.text.index(opener)
    return ctx.doc.text[start:list_end(ctx, start, len(ctx.doc.text.rstrip()))]


def test_suspended_compound_comma_does_not_end_list_sv():
    text = "Projektet drivs av Jordbruks-, skogs- och fiskeriverket, Länsstyrelsen i Norrbotten och Luleå kommun."
    assert _list_end(text, "sv", "Jordbruks-").startswith("Jordbruks-, skogs- och fiskeriverket, Länsstyrelsen")


def test_suspended_compound_comma_does_not_end_list_fi():
    text = "Kumppaneita ovat Elinkeino-, liikenne- ja ympäristökeskus, Oulun kaupunki ja Kajaanin kaupunki."
    assert _list_end(text, "fi", "Elinkeino-").startswith("Elinkeino-, liikenne- ja ympäristökeskus, Oulun")


def test_lower_case_clause_after_comma_still_ends_list():
    text = "Projektet drivs av Länsstyrelsen i Norrbotten, som samordnar arbetet."
    assert _list_end(text, "sv", "Länsstyrelsen").rstrip(" ,") == "Länsstyrelsen i Norrbotten"
