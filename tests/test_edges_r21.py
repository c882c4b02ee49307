"""Round 21 (edges): a type word that opens a compound, or carries a suffixed definite article,
is no unknown case form that vetoes a whole list of organisations."""
from types import SimpleNamespace

import pytest

from pipeline.extractors.partner_evidence import _case_unknown
from pipeline.lexicons import load


def _ctx(lang):
    return SimpleNamespace(lex=load(lang), lang=lang)


@pytest.mark.parametrize("lang,name", [
    ("is", "Norðurlands-háskólasjúkrahús í Danmörku"),   # university + hospital
    ("fi", "Oulun yliopistosairaala"),                    # university + hospital
])
def test_compound_type_word_is_no_case_form(lang, name):
    assert not _case_unknown(name, _ctx(lang))


@pytest.mark.parametrize("name", ["Sjóðurinn Norðri", "Klasinn Suðurland", "Embættið á Austurlandi"])
def test_icelandic_definite_type_word_is_as_written(name):
    assert not _case_unknown(name, _ctx("is"))


@pytest.mark.parametrize("lang,name", [
    ("pl", "Politechniki Warmińskiej"),
    ("fi", "Kuopion yliopistossa"),
    ("hu", "Szegedi Egyetemnek"),
])
def test_short_case_endings_still_unknown(lang, name):
    assert _case_unknown(name, _ctx(lang))


def test_icelandic_member_universities_is_a_partner_cue():
    from pipeline import nlp
    text = "Aðildarháskólar verkefnisins eru Háskólinn á Akureyri og Tækniháskólinn í Vilníus."
    assert nlp.cues(text, "is", {"partners"})
