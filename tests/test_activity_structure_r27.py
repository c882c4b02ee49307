"""Round 27: activity lists read by their structure — a heading that names the kind heads
the list under a one-paragraph lead-in; a paragraph whose first sentence opens with the cue
and whose last is a short pointer ending with a colon leads its list in; a cue inside a
phrase before a copula and a colon heads nothing; Finnish objectives are no themes."""
from pipeline.extractors import activities
from tests.section_context import section_context


def _texts(text: str, lang: str) -> list[str]:
    return [a.text for a in activities.extract(section_context(text, lang))]


def test_heading_heads_the_list_under_a_lead_in_paragraph_in_czech():
    text = ("Aktivity projektu:\n\n"
            "Práce je rozdělena do pěti balíčků, které se doplňují. Patří k nim například:\n\n"
            "  • Mapování lokalit\n"
            "  • Školení dobrovolníků\n")
    assert _texts(text, "cs") == ["Mapování lokalit", "Školení dobrovolníků"]


def test_heading_heads_the_list_under_a_lead_in_paragraph_in_english():
    text = ("Project activities\n\n"
            "The work is split into five packages. Among them:\n\n"
            "  • Mapping of sites\n"
            "  • Training of volunteers\n")
    assert _texts(text, "en") == ["Mapping of sites", "Training of volunteers"]


def test_lead_in_naming_partners_is_not_bridged():
    text = ("Project activities\n\n"
            "The work is shared by these partners:\n\n"
            "  • Town of Alba\n"
            "  • University of Bera\n")
    assert _texts(text, "en") == []


def test_governed_cue_before_a_copula_heads_nothing_in_french():
    text = ("Les publics visés par les actions du projet sont : les agriculteurs, "
            "les apiculteurs et les écoles.\n")
    assert _texts(text, "fr") == []


def test_governed_cue_before_a_copula_heads_nothing_in_english():
    text = "The groups reached by the activities of the project are: farmers, beekeepers and schools.\n"
    assert _texts(text, "en") == []


def test_cue_as_subject_before_a_colon_still_heads_its_list():
    text = "Les actions du projet sont : ateliers, visites et conférences.\n"
    assert _texts(text, "fr") == ["ateliers", "visites", "conférences"]


def test_finnish_objectives_are_no_themes():
    text = ("Hankkeen kuvaus\n\n"
            "Hanke edistää nuorten osallisuutta ja työllisyyttä Kokkolassa. Hankkeen tavoitteena on:\n"
            "1) edistää nuorten osallisuutta,\n"
            "2) vahvistaa kaupungin kapasiteettia.\n")
    assert _texts(text, "fi") == []


def test_pointer_sentence_after_a_cue_subject_leads_the_list_in_french():
    text = ("Objectifs\n\n"
            "Plusieurs actions sont communes à toutes les communes du territoire. Elles ont pour but :\n\n"
            "  • Échange d’expériences entre partenaires\n"
            "  • Promotion des bonnes pratiques\n")
    assert _texts(text, "fr") == ["Échange d’expériences entre partenaires", "Promotion des bonnes pratiques"]


def test_pointer_sentence_after_a_cue_subject_leads_the_list_in_english():
    text = ("Overview\n\n"
            "The main activities are common to all the towns of the valley. They include:\n\n"
            "  • Exchange of experience between partners\n"
            "  • Promotion of good practice\n")
    assert _texts(text, "en") == ["Exchange of experience between partners", "Promotion of good practice"]


def test_pointer_sentence_without_a_cue_subject_leads_nothing():
    text = ("Overview\n\n"
            "The town joined a network for local activities in the region of the northern lakes last year. They include:\n\n"
            "  • Exchange of experience between partners\n"
            "  • Promotion of good practice\n")
    assert _texts(text, "en") == []
