"""Round 26: an enumeration after an activity cue or a project frame one of whose pieces
after the first opens with a relative pronoun is a sentence cut into its clauses, not the
project's work. A pronoun that is also an article ("die") may open an item."""
from pipeline.extractors import activities, activity_lists
from tests.section_context import section_context


def _items(text: str, lang: str) -> list[str]:
    return [a.text for a in activities.extract(section_context(text, lang))]


def test_relative_clause_closes_the_enumeration_en():
    text = ("The project activities include training for teachers, which helps small schools, "
            "supports parents and builds networks.\n")
    assert _items(text, "en") == []


def test_relative_clause_closes_the_enumeration_sk():
    text = ("Aktivity projektu zahŕňajú školenie učiteľov, ktoré pomáha malým školám, "
            "podporuje rodičov a buduje siete.\n")
    assert _items(text, "sk") == []


def test_article_that_is_a_pronoun_opens_no_clause_de():
    ctx = section_context("Geplant sind Schulungen.\n", "de")
    items = [("Schulungen", 0, 0), ("die Organisation von Workshops", 0, 0), ("eine Konferenz", 0, 0)]
    assert not activity_lists.opens_clause(ctx, items)


def test_declined_pronoun_opens_a_clause_pl():
    ctx = section_context("Zorganizowano warsztaty.\n", "pl")
    items = [("warsztaty", 0, 0), ("którym pomogli rodzice", 0, 0), ("konferencję", 0, 0)]
    assert activity_lists.opens_clause(ctx, items)
