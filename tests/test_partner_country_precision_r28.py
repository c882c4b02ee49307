"""Round 28: partner countries that belong to something else (a neighbour's bracket, a list
of countries, an acronym's end)."""
from pipeline.extractors.partner_countries import country_of
from tests.section_context import partners_in, section_context


def _countries(text: str, lang: str) -> dict[str, str | None]:
    return {name: country for name, country, _ in partners_in(text, lang)}


def test_bracketed_country_before_the_cue_is_the_other_names():
    bg = _countries("На 3 май кметът на Община Брезник (България) в партньорство с Фондация „Зелена пътека“ "
                    "и Община Бабушница (Сърбия) подписа договор за проекта.", "bg")
    assert bg.get("Фондация „Зелена пътека“") is None
    assert bg.get("Община Бабушница") == "RS"
    en = _countries("The mayor of Brezno Town (Slovakia) in partnership with Green Path Foundation and "
                    "Tata Municipality signed the project contract.", "en")
    assert en.get("Green Path Foundation") is None
