"""Round 21 (lex2): the organisation words read in every language leave out folded forms that are
another language's function words ("sia", "ab", "ens", "ou", "os") and Norwegian "råd" (advice as
often as council; folded it is the Croatian "rad", work), so a piece of running text holding one
is not taken for an organisation's name."""
import pytest

from pipeline.lexicons import org_words


@pytest.mark.parametrize("word", ["rad", "sia", "ab", "ens", "ou", "os", "sou"])
def test_common_words_are_no_org_words(word):
    assert word not in org_words()


@pytest.mark.parametrize("word", ["universidad", "gmina", "stiftung", "radet", "obec", "skola", "ville"])
def test_org_words_kept(word):
    assert word in org_words()
