"""Round 27, names: structure that names a project (headings with a project word, a registration
code before the name, an image's file name on its own line, a chronology's dates, Latin names in Cyrillic text, a count of a programme's projects)."""
from pipeline.extractors.name_candidates import SLASHED_CODE, candidates
from pipeline.extractors.name_text import strip_project_cue
from pipeline.readers.lines import continues
from pipeline.section_counted_names import counted
from pipeline.section_names import is_date, name_after
from section_context import section_context


# ---------------------------------------------------------------- a heading with its project word

def test_project_word_and_article_stripped():
    assert strip_project_cue("Il progetto Life ORCHIDEA", "it") == "Life ORCHIDEA"
    assert strip_project_cue("Projekt GreenBridge", "cs") == "GreenBridge"
    assert strip_project_cue("Das Projekt SunRise", "de") == "SunRise"


def test_heading_without_project_word_unchanged():
    assert strip_project_cue("Le parc naturel", "fr") == "Le parc naturel"


# ---------------------------------------------------------------- an image's file name

def test_image_file_line_does_not_continue():
    assert not continues("Il progetto Life ORCHIDEA", "foto_orchidea2.pngIl progetto tutela le orchidee")
    assert not continues("Projekt Most", "obrazek-most.jpg")
    assert continues("Projekt se zaměřuje na", "obnovu mostu")


# ---------------------------------------------------------------- a registration code before the name

def test_slashed_code_skipped_after_cue():
    assert SLASHED_CODE.match("LIFE18 NAT/ES/000123 MARBOSC")
    text = "Il progetto LIFE18 NAT/ES/000123 MARBOSC tutela i boschi."
    span = name_after(text, len("Il progetto"), len(text), "it")
    assert span and text[span[0]:span[1]] == "MARBOSC"
    text = "Projekt LIFE20 CCA/CZ/001234 AquaLand obnovuje mokřady."
    span = name_after(text, len("Projekt"), len(text), "cs")
    assert span and text[span[0]:span[1]] == "AquaLand"


# ---------------------------------------------------------------- a chronology's dates

def test_month_and_year_with_small_words_is_a_date():
    assert is_date("En marzo de 2023", "es")
    assert is_date("In May 2021", "en")
    assert not is_date("Mayo Verde 2023", "es")
    assert not is_date("MARS 2", "fr")


# ---------------------------------------------------------------- Latin words in Cyrillic text

def test_latin_name_after_cue_keeps_small_words():
    ctx = section_context("В ноябре наша городская гимназия участвует в проекте Learning by Doing in the Museum "
                          "программы Erasmus+ вместе с партнёрами из Польши, Латвии и Португалии.\n", "ru")
    names = [c.name for c in candidates(ctx)]
    assert "Learning by Doing in the Museum" in names
    ctx = section_context("Средното училище в града работи по проекта Voices of the River заедно с партньори "
                          "от Румъния, Гърция и Северна Македония през цялата учебна година.\n", "bg")
    assert "Voices of the River" in [c.name for c in candidates(ctx)]


# ---------------------------------------------------------------- a count of a programme's projects

def test_count_then_programme_is_no_name():
    text = "Stjórnin samþykkti 12 LIFE verkefni."
    s = text.index("12")
    assert counted(text, (s, s + len("12 LIFE")), "is")
    text = "Zwei Projekte: 4City und andere."
    assert not counted(text, (text.index("4City"), text.index("4City") + 5), "de")
