"""Round 25: a programme's name read to its whole list of countries (gazetteer, any case, joined
by dashes, "and", spaces or a wrapped line), with the year word after its years and the kind
of cooperation before a pair; a copula's predicate and a fund sentence under a programme
heading are no programme."""
from pipeline.extractors import programme
from section_context import section_context


def _programme(text: str, lang: str) -> str | None:
    found = programme.programme(section_context(text, lang))
    return found[0] if found else None


def test_country_named_with_a_conjunction_inside_is_whole():
    text = "Projekti financohet nga Programi IPA II Shqipëri – Mali i Zi 2014-2020 dhe zgjat dy vjet."
    assert _programme(text, "sq").endswith("Shqipëri – Mali i Zi 2014-2020")


def test_pair_on_the_next_wrapped_line():
    text = ("Općina je prijavila zajednički projekt u okviru programa Interreg V-A\n"
            "Slovenija – Hrvatska. Projekt traje dvije godine.")
    assert _programme(text, "hr") == "Interreg V-A Slovenija – Hrvatska"
    text = ("The town applied with a joint project under the Interreg V-A\n"
            "Slovenia – Croatia programme, which funds it.")
    assert _programme(text, "en").startswith("Interreg V-A Slovenia – Croatia")


def test_year_word_after_the_years_stays():
    text = "Проектът се финансира по Програма INTERREG V-A Румъния – България 2014-2020 г. и ще продължи."
    assert _programme(text, "bg") == "INTERREG V-A Румъния – България 2014-2020 г."
    text = "Projekts tiek īstenots Interreg V-A Latvijas – Lietuvas pārrobežu sadarbības programmas 2014.-2020.gadam ietvaros."
    assert _programme(text, "lv").endswith("2014.-2020.gadam")


def test_copula_after_programme_word_names_no_programme():
    text = "Ο συντονιστής του προγράμματος είναι ο Δρ Γ. Παπαδόπουλος από το Πανεπιστήμιο."
    assert _programme(text, "el") is None
    text = "Koordinator programa je dr. Ivan Horvat iz Zagreba, a projekt traje godinu dana."
    assert _programme(text, "hr") is None


def test_fund_sentence_under_a_programme_heading():
    text = ("GRENSOVERSCHRIJDEND SAMENWERKINGSPROGRAMMA\n\nMet steun van het Europees Fonds voor Regionale Ontwikkeling\n\n"
            "AquaLink\n\nProjectleider\n\nGemeente Gent")
    assert _programme(text, "nl") is None
    text = ("CROSS-BORDER COOPERATION PROGRAMME\n\nWith support of the European Regional Development Fund\n\n"
            "AquaLink\n\nLead partner\n\nCity of Ghent")
    assert _programme(text, "en") is None
