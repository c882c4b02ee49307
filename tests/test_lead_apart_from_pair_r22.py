"""A lead read on its own in one sentence is kept when another sentence names it as the
tail of a pair the readers did not split ("Provincie Drenthe en Staatsbosbeheer betalen …"):
a tail is dropped only as a fragment of the same text, not as a mention of its own."""
from pipeline.build import extract_one
from pipeline.extractors.partner_clean import _apart_lead
from pipeline.extractors.partner_record import LEAD, PARTNER, Partner


def test_the_lead_named_in_its_own_sentence_survives_a_pair_elsewhere():
    text = ("Project Groene Oever\n\nStaatsbosbeheer is hoofdaanvrager voor dit LIFE project. De provincie Drenthe is "
            "mede-aanvrager.\n\nProvincie Drenthe en Staatsbosbeheer betalen als aanvragers een forse eigen bijdrage.")
    rec = extract_one(text.encode("utf-8"), "nl_test.txt", "nl_test")[0]
    assert rec["projects"][0]["lead_partner"] == "Staatsbosbeheer"


def test_only_a_lead_apart_from_the_pair_is_kept():
    pair = Partner("Rostock Business and Technology GmbH", PARTNER, 100, 137)
    assert _apart_lead(Partner("Technology GmbH", LEAD, 10, 25), pair)
    assert not _apart_lead(Partner("Technology GmbH", LEAD, 122, 137), pair)  # cut from the pair itself
    assert not _apart_lead(Partner("Technology GmbH", PARTNER, 10, 25), pair)
