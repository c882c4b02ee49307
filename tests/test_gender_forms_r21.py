"""Round 21 (lex2): German gender forms of a noun ("Partner*innen", "Partner:innen", "PartnerInnen",
"Partner_innen", "Teilnehmer/-innen") match the noun's cue, so a count before them is read;
offsets hold. Invented texts."""
import pytest

from pipeline import nlp
from pipeline.textnorm import blank_gender_suffix
from tests.section_context import section_context
from pipeline.extractors import counts


@pytest.mark.parametrize("word", ["Partner*innen", "Partner:innen", "PartnerInnen", "Partner_innen",
                                  "Partner/-innen", "Partner*in"])
def test_the_gender_ending_is_blanked_to_its_length(word):
    out = blank_gender_suffix(f"Es sind 12 {word} dabei.")
    assert len(out) == len(f"Es sind 12 {word} dabei.") and out.split()[3] == "Partner"


@pytest.mark.parametrize("text", ["LinkedIn und Berlin", "Partner: in Berlin", "Marketing-Partnerin"])
def test_other_words_are_kept(text):
    assert blank_gender_suffix(text) == text


@pytest.mark.parametrize("text", [
    "Das Projekt Grünes Band\n\nInsgesamt beteiligen sich 27 Partner*innen aus neun Ländern am Projekt.",
    "Das Projekt Grünes Band\n\nInsgesamt beteiligen sich 27 PartnerInnen aus neun Ländern am Projekt.",
    "Das Projekt Grünes Band\n\nInsgesamt beteiligen sich 27 Partner:innen aus neun Ländern am Projekt.",
])
def test_a_count_before_a_gender_form_is_read(text):
    assert counts.extract(section_context(text, "de")).get("partners", (None,))[0] == 27


def test_the_cue_spans_the_noun_in_the_text():
    text = "Die Schüler*innen und 5 Partner*innen trafen sich."
    hits = [c for c in nlp.cues(text, "de", {"partner_nouns"})]
    assert hits and all(text[c.start:c.end] == c.text for c in hits)
