"""The copula cut reads the stop words of languages spaCy has no tokenizer for (nlp keeps its
own list for Welsh): a capitalised pronoun before the copula names nothing."""
from section_context import section_context

from pipeline.extractors.partner_copula import cut_copula
from pipeline.extractors.partner_record import PARTNER, Partner


def _cut(name: str, lang: str) -> str:
    ctx = section_context(name + ".", lang)
    return cut_copula(Partner(name, PARTNER, 0, len(name)), ctx).name


def test_welsh_pronoun_before_the_copula_is_cut():
    assert _cut("Ni yw Prifysgol Bangor", "cy") == "Prifysgol Bangor"


def test_welsh_name_before_the_copula_stays_whole_when_the_predicate_is_capitalised():
    assert _cut("Cyngor Sir Ceredigion yw Partner Arweiniol", "cy") == "Cyngor Sir Ceredigion yw Partner Arweiniol"
