"""Round 24, values laid out over several lines. A card prints a label alone on its line and
its value on the next, or two lines down after a bracketed note that glosses the label
("Dotacja z EFRR:" / "(85% kosztów kwalifikowalnych)" / "42 500,00 €"); blank lines may part
them or not. The note is skipped, its words name no kind, and it does not make the label too
long to be one. An amount line ending in a short currency word is complete: the next label
is not joined to it. A bracket after a range holding only a length of time states the
months. Who gives the money decides its kind where a bare cue word does not: an EU
programme's name as the giver of a part makes it the EU's, a named organisation after a
bare co-financing noun (a national fund) makes it other."""
import pytest

from pipeline.build import extract_one
from pipeline.label_notes import is_note, label_head
from pipeline.readers.lines import continues
from tests.budget_kinds import budgets


def _project(text: str, lang: str) -> dict:
    return extract_one(text.encode("utf-8"), f"card_{lang}.txt", "card")[0]["projects"][0]


CARD = {
    "sl": ("Projekt ZELENA POT\n\nProjekt ZELENA POT izvaja Občina Kranj s partnerji iz Avstrije. Projekt ureja "
           "kolesarske poti ob reki.\n",
           ["Začetek:", "1.10.2018", "Konec:", "30.9.2020", "Skupna vrednost projekta:", "(vključno z DDV)",
            "512.000,00 EUR", "Prispevek ESRR:", "435.200,00 EUR"]),
    "it": ("Progetto VIA VERDE\n\nIl progetto VIA VERDE è realizzato dal Comune di Gorizia con partner sloveni. "
           "Il progetto costruisce piste ciclabili lungo il fiume.\n",
           ["Data di inizio:", "01/10/2018", "Data di fine:", "30/09/2020", "Costo totale del progetto:",
            "(IVA inclusa)", "512.000,00 €", "Contributo FESR:", "435.200,00 €"]),
    "pl": ("Projekt ROWERY\n\nProjekt ROWERY realizuje gmina Nowa Wieś razem z partnerem ze Słowacji. Projekt "
           "buduje ścieżki rowerowe.\n",
           ["Rozpoczęcie projektu:", "1.10.2018", "Zakończenie projektu:", "30.09.2020",
            "Całkowita wartość projektu:", "(wydatki kwalifikowalne)", "512 000,00 €", "Dotacja z EFRR:",
            "(85% wydatków kwalifikowalnych)", "435 200,00 €"]),
}


@pytest.mark.parametrize("lang", sorted(CARD))
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_label_takes_the_value_below_its_note_whatever_the_blank_lines(lang, gap):
    head, lines = CARD[lang]
    p = _project(head + "\n" + gap.join(lines) + "\n", lang)
    assert sorted((b["amount"], b["kind"]) for b in p["budgets"]) == [("435200.00", "eu_contribution"),
                                                                      ("512000.00", "total")]
    assert (p["start"], p["end"]) == ("2018-10-01", "2020-09-30")


@pytest.mark.parametrize("lang,text,expected", [
    # label and a long note joined by the reader into one paragraph, the amount below
    ("pl", "Projekt ROWERY\n\nProjekt ROWERY realizuje gmina Nowa Wieś razem z partnerem ze Słowacji.\n\n"
           "Partner wiodący: Gmina Nowa Wieś\nDotacja z EFRR:\n(85% kosztów kwalifikowalnych mikroprojektu "
           "zgodnie z umową)\n42 500,00 €\n", [("42500.00", "eu_contribution")]),
    # a total cue inside the note does not name the amount
    ("cs", "Projekt STEZKA\n\nProjekt STEZKA realizuje město Krnov s partnery z Polska.\n\n"
           "• Partner: Gmina Głuchołazy\nPříspěvek EFRR:\n(85 % celkových nákladů projektu)\n42 500,00 EUR\n",
     [("42500.00", "eu_contribution")]),
])
def test_the_notes_words_neither_lengthen_the_label_nor_name_its_kind(lang, text, expected):
    assert budgets(text, lang) == expected


def test_a_note_is_words_and_percentages_in_brackets():
    assert is_note("(85% …)") and is_note("(IVA inclusa)") and is_note("(10 % całkowitych wydatków).")
    assert not is_note("(943.758,23 €)") and not is_note("(2019)") and not is_note("Contributo (FESR)")
    assert label_head("Dotacja z EFRR: (85% kosztów)") == "Dotacja z EFRR:"
    assert label_head("Iznos koji financira EU (EAFRD):") == "Iznos koji financira EU (EAFRD):"


def test_an_amount_line_is_complete():
    assert not continues("3.730.929,09 kn", "Iznos EU sufinanciranja")
    assert not continues("42 500,00 zł", "Wkład własny")
    assert continues("projekt realizowany w", "Programie Interreg")
    assert continues("The project is funded by the", "European Union")


@pytest.mark.parametrize("lang,text", [
    ("hr", "Ukupna vrijednost projekta\n3.730.929,09 kn\nIznos EU sufinanciranja u ukupnoj vrijednosti projekta\n"
           "2.519.792,09 kn\nRekonstrukcija vrtića – Općina Vinica\n\nProjekt rekonstrukcije vrtića provodi općina.\n"),
    ("pl", "Całkowita wartość projektu\n1.200.500,00 zł\nDofinansowanie UE w całkowitej wartości projektu\n"
           "1.020.425,00 zł\nBudowa świetlicy – Gmina Zelów\n\nProjekt budowy świetlicy realizuje gmina.\n"),
])
def test_stacked_label_value_lines_without_blank_lines(lang, text):
    kinds = [k for _, k in budgets(text, lang)]
    assert sorted(kinds) == ["eu_contribution", "total"]


@pytest.mark.parametrize("lang,text,months", [
    ("lv", "Projekts SAULE\n\nProjekta SAULE mērķis ir uzlabot vidi.\n\nProjekta īstenošanas laiks\n\n"
           "01.04.2018 – 30.11.2019 (20 mēneši).\n", 20),
    ("et", "Projekt PÄIKE\n\nProjekti PÄIKE algus- ja lõppkuupäev on 01/03/2021 – 31/08/2022 (18 kuud).\n", 18),
    ("en", "Project SUN\n\nProject duration: 1 March 2021 – 31 August 2022 (18 months)\n", 18),
])
def test_a_bracketed_length_after_the_range_states_the_months(lang, text, months):
    p = _project(text, lang)
    assert p["duration_months"] == months and p["start"] and p["end"]


@pytest.mark.parametrize("lang,text,expected", [
    ("sv", "Projektet HAV\n\nProjektet HAV ska utveckla ett gemensamt system för övervakning av kustvattnen "
           "och leds av Umeå universitet tillsammans med Åbo Akademi. Total budget 1 860 005 € varav "
           "Botnia-Atlantica finansierar 1 116 002 €.\n",
     [("1116002.00", "eu_contribution"), ("1860005.00", "total")]),
    ("fi", "Hanke MERI\n\nHanketta MERI johtaa Vaasan yliopisto. Kokonaisbudjetti on 900 000 €, josta "
           "Interreg Aurora rahoittaa 585 000 €.\n",
     [("585000.00", "eu_contribution"), ("900000.00", "total")]),
])
def test_an_eu_programme_as_the_giver_of_a_part(lang, text, expected):
    assert budgets(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("hr", "Projekt MORE\n\nUkupna vrijednost projekta MORE iznosi 900.000,00 EUR, od čega je 60% sufinancirano "
           "sredstvima Europske unije (540.000,00 EUR), dok sufinanciranje Fonda za zaštitu okoliša iznosi "
           "120.000,00 EUR.\n",
     [("120000.00", "other"), ("540000.00", "eu_contribution"), ("900000.00", "total")]),
    # the EU's own fund, named by a cue, stays the EU's
    ("hr", "Projekt MORE\n\nUkupna vrijednost projekta MORE iznosi 900.000,00 EUR, a sufinanciranje Europskog "
           "fonda za regionalni razvoj iznosi 540.000,00 EUR.\n",
     [("540000.00", "eu_contribution"), ("900000.00", "total")]),
])
def test_a_named_national_fund_after_a_bare_cofinancing_noun(lang, text, expected):
    assert budgets(text, lang) == expected
