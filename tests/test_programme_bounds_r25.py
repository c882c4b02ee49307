"""Round 25: a programme's name read to its whole list of countries (gazetteer, any case, joined
by dashes, "and", spaces or a wrapped line), with the year word after its years and the kind
of cooperation before a pair; a copula's predicate and a fund sentence under a programme
heading are no programme."""
from pipeline.extractors import programme
from section_context import section_context


def _programme(text: str, lang: str) -> str | None:
    found = programme.programme(section_context(text, lang))
    return found[0] if found else None


def test_year_word_after_the_years_stays():
    text = "Проектът се финансира по Програма INTERREG V-A Румъния – България 2014-2020 г. и ще продължи."
    assert _programme(text, "bg") == "INTERREG V-A Румъния – България 2014-2020 г."
    text = "Projekts tiek īstenots Interreg V-A Latvijas – Lietuvas pārrobežu sadarbības programmas 2014.-2020.gadam ietvaros."
    assert _programme(text, "lv").endswith("2014.-2020.gadam")
