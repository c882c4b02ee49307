"""Round 30: a short line ending with a colon over a run of bullets announces the
project's list even when it names neither the kind nor the project ("Těžisky jsou:",
"Obsah:", "У межах ініціативи планується:"). Not a line naming another field, and not a
run of organisations, amounts or labelled figures."""
from pipeline.extractors import activities
from tests.section_context import section_context


def _items(text: str, lang: str) -> list[str]:
    return [a.text for a in activities.extract(section_context(text, lang))]


def test_colon_line_over_bullets_cs():
    text = ("Obsah:\n"
            "- pořádání společných seminářů pro učitele\n"
            "- výměna zkušeností mezi školami\n")
    assert _items(text, "cs") == ["pořádání společných seminářů pro učitele", "výměna zkušeností mezi školami"]


def test_colon_line_over_bullets_fr():
    text = ("Ce qui est prévu :\n"
            "- deux journées consacrées à la mobilité des jeunes\n"
            "- un temps de rencontre avec les élus\n")
    assert _items(text, "fr") == ["deux journées consacrées à la mobilité des jeunes",
                                  "un temps de rencontre avec les élus"]


def test_partner_line_is_no_lead_in_en():
    text = ("Our partners:\n"
            "- training of local guides in the region\n"
            "- exchange of good practice between towns\n")
    assert _items(text, "en") == []


def test_run_of_amounts_is_no_list_cs():
    text = ("Rozdělení:\n"
            "- obec Brandov 120 000 EUR\n"
            "- město Olbernhau 80 000 EUR\n")
    assert _items(text, "cs") == []


def test_one_word_lines_are_a_menu_en():
    text = ("Navigate to:\n"
            "- Home\n"
            "- Contact\n")
    assert _items(text, "en") == []


def test_numbered_day_label_is_no_lead_in_en():
    text = ("Day 1:\n"
            "- welcome of the guests by the host\n"
            "- visit of the old harbour\n")
    assert _items(text, "en") == []


def test_items_closed_by_a_country_are_organisations_fr():
    text = ("Sont impliqués :\n"
            "- GAL du pays Voironnais (France)\n"
            "- GAL Lolland (Danemark)\n")
    assert _items(text, "fr") == []


def test_objectives_line_is_no_lead_in_sk_de():
    # a bare line naming goals heads what is sought, not the work itself
    sk = ("Ciele združenia:\n"
          "- podpora spolupráce medzi regiónmi\n"
          "- rozvoj cestovného ruchu v pohraničí\n")
    de = ("Die Ziele des Treffens:\n"
          "- Austausch über die Lage in den Gemeinden\n"
          "- Stärkung der Zusammenarbeit der Vereine\n")
    assert _items(sk, "sk") == [] and _items(de, "de") == []


def test_results_line_is_no_lead_in_ro_fr():
    ro = ("Rezultatele așteptate:\n"
          "- o rețea de școli partenere din trei țări\n"
          "- un ghid de bune practici pentru profesori\n")
    fr = ("Résultats attendus :\n"
          "- un réseau de sites naturels mieux gérés\n"
          "- un guide des bonnes pratiques pour les élus\n")
    assert _items(ro, "ro") == [] and _items(fr, "fr") == []
