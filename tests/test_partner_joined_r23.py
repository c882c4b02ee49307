"""Round 23, "A and B" read as one name when one side's own name holds a second "and": the split
goes where both sides are organisations, when only one place allows it."""
from types import SimpleNamespace

import pytest

from pipeline.extractors.partner_clean import _split_joined
from pipeline.extractors.partner_record import PARTNER, Partner
from pipeline.lexicons import load


def _split(lang: str, text: str) -> list[str]:
    ctx = SimpleNamespace(lex=load(lang), lang=lang, named_countries=frozenset(), doc=SimpleNamespace(text=text))
    return [p.name for p in _split_joined(Partner(text, PARTNER, 0, len(text)), ctx)]


@pytest.mark.parametrize("lang,text,parts", [
    ("en", "Tartu City Government and Institute of Science and Technology",
     ["Tartu City Government", "Institute of Science and Technology"]),
    ("nl", "Gemeente Arnhem en Stichting voor Kunst en Cultuur",
     ["Gemeente Arnhem", "Stichting voor Kunst en Cultuur"]),
    ("en", "Ministry of Education and Science and Tartu City Government",
     ["Ministry of Education and Science", "Tartu City Government"]),
])
def test_one_place_splits(lang, text, parts):
    assert _split(lang, text) == parts


@pytest.mark.parametrize("lang,text", [
    ("en", "Ministry of Environment and Energy and Climate"),  # no second organisation anywhere
    ("nl", "Faculteit Wiskunde en Informatica en Natuurkunde"),
])
def test_no_place_keeps_the_name(lang, text):
    assert _split(lang, text) == [text]
