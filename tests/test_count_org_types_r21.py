"""Round 21 (facts): the partners counted by their organisation type ("seis municípios",
"10 univerzit", "7 europejskich uczelni") where no partner or school noun counts them."""
import pytest

from pipeline.build import extract_one


def partner_count(text: str, lang: str):
    doc = extract_one(text.encode("utf-8"), f"orgs_{lang}.txt", "orgs")[0]
    return [p["stated_partner_count"] for p in doc["projects"]]


TYPED = [
    ("pt", "Projeto Rio Comum\n\nO projeto Rio Comum envolve cinco municípios portugueses e galegos e procura "
           "valorizar o património natural da bacia do rio.", 5),
    ("cs", "Projekt Společná cesta\n\nProjekt Společná cesta sdružuje 8 univerzit z Evropy a Afriky a rozvíjí "
           "společné studijní programy.", 8),
    ("pl", "Projekt Wspólna Droga\n\nW skład projektu Wspólna Droga wchodzi 6 europejskich uczelni, które "
           "razem tworzą nowe programy studiów.", 6),
]


@pytest.mark.parametrize("lang,text,expected", TYPED)
def test_partners_counted_by_their_type(lang, text, expected):
    assert expected in partner_count(text, lang)


def test_a_partner_noun_still_wins_over_the_type():
    text = ("Projeto Rio Comum\n\nO projeto Rio Comum reúne 12 parceiros, entre os quais quatro municípios "
            "portugueses, e procura valorizar o património natural.")
    assert 12 in partner_count(text, "pt")


def test_a_capitalised_type_word_opens_a_name_not_a_count():
    text = ("Projeto Rio Comum\n\nO projeto Rio Comum é coordenado desde 2019 pela Universidade do Minho e "
            "procura valorizar o património natural.")
    assert partner_count(text, "pt") == [None]
