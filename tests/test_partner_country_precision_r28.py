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


def test_country_before_another_country_is_no_seat():
    es = _countries("El proyecto cuenta con 6 socios, como la Universidad de Burgos, la Diputación de Soria, "
                    "el Gobierno de Cantabria, Portugal y Francia.", "es")
    assert es.get("Gobierno de Cantabria") == "ES"
    it = _countries("Il progetto coinvolge 5 partner, tra cui l'Università di Pavia, la Provincia di Cuneo, "
                    "la Regione Liguria, Francia e Svizzera.", "it")
    assert it.get("Regione Liguria") == "IT"


def test_country_after_a_partner_is_still_its_seat():
    sk = _countries("Partnermi projektu sú Spojená škola Ružomberok, Slovensko, a Gymnázium Opava, Česko.", "sk")
    assert sk.get("Spojená škola Ružomberok") == "SK"
