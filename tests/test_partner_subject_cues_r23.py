"""Cue forms the lists lacked: the Maltese partners' plural "imsieħba" after "together with its"
(as "sħab" was already read), and the Icelandic perfect "hefur X tekið þátt í" (as "tók þátt í")."""
from section_context import partners_in


def test_maltese_subject_together_with_its_partners():
    text = ("Il-proġett Green Harbours\n"
            "Il-Fondazzjoni Wirt Artna flimkien mal-imsieħba tagħha se torganizza sensiela ta' laqgħat.")
    assert "Fondazzjoni Wirt Artna" in " ".join(n for n, _, _ in partners_in(text, "mt"))


def test_icelandic_perfect_of_taking_part():
    text = ("Verkefnið Bláir skógar\n"
            "Frá árinu 2021 hefur Menntaskólinn á Ísafirði tekið þátt í Erasmus+ verkefni um skóga.")
    assert "Menntaskólinn á Ísafirði" in [n for n, _, _ in partners_in(text, "is")]
