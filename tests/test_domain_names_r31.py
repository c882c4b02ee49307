"""A type word, a capitalised word or code, then a preposition and its lower-case domain:
the domain belongs to the name ("Zavod RS za varstvo narave")."""
import pytest

from pipeline.extractors.partner_names import name_span
from tests.section_context import partners_in, section_context


@pytest.mark.parametrize("text, lang, name", [
    ("Zavod RS za gozdove Slovenije, partnerji so občine.", "sl", "Zavod RS za gozdove Slovenije"),
    ("Градски завод за заштиту споменика, а партнери су општине.", "sr", "Градски завод за заштиту споменика"),
    ("Centar Novi za razvoj turizma, a partneri su gradovi.", "hr", "Centar Novi za razvoj turizma"),
])
def test_domain_after_two_words(text, lang, name):
    a, b = name_span(text, section_context(text, lang))
    assert text[a:b] == name


@pytest.mark.parametrize("text, lang, name", [
    # a comma after the second word closes the name; a stop word after the preposition is no domain
    ("Zavod Celje, za katerega velja pravilo.", "sl", "Zavod Celje"),
    ("Zavod Celje za to skrbi.", "sl", "Zavod Celje"),
])
def test_no_domain(text, lang, name):
    a, b = name_span(text, section_context(text, lang))
    assert text[a:b] == name


def test_lead_keeps_domain():
    found = partners_in("Vodilni partner projekta je Zavod RS za varstvo gozdov, partnerji so občine Ptuj in Ormož.", "sl")
    assert ("Zavod RS za varstvo gozdov", None, "lead") in [(n, None, r) for n, _, r in found]
