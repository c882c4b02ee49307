"""Round 27: a bracket of role cues, one a lead cue, names the lead."""
from tests.section_context import partners_in


def test_bracket_of_lead_cue_and_partner_noun_names_the_lead_en():
    text = ("The consortium consists of the following organisations:\n\n"
            "  1. Harbour Research Institute (coordinator partner)\n"
            "  2. Valley Technical College\n"
            "  3. Northern Rivers Agency\n")
    roles = {n: r for n, _, r in partners_in(text, "en")}
    assert roles.get("Harbour Research Institute") == "lead"
    assert roles.get("Valley Technical College") == "partner"


def test_bracket_of_lead_cue_and_partner_noun_names_the_lead_el():
    text = ("Το εταιρικό σχήμα αποτελείται από τους ακόλουθους φορείς:\n\n"
            "  1. Αναπτυξιακή Εταιρεία Ηπείρου (συντονιστής εταίρος)\n"
            "  2. Δήμος Ιωαννιτών\n"
            "  3. Πανεπιστήμιο Ιωαννίνων\n")
    roles = {n: r for n, _, r in partners_in(text, "el")}
    assert roles.get("Αναπτυξιακή Εταιρεία Ηπείρου") == "lead"
