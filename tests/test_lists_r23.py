"""Round 23 (lists): an activity list ends where its sentence ends and is no run of a one-word
cue's modifiers; programme names keep lowercase cooperation words after the country pair
(Latvian, Lithuanian)."""
from pathlib import Path

import pytest

from pipeline.build import doc_ids, extract_one
from pipeline.extractors.programme_names import programme_mentions


def _activities(tmp_path: Path, lang: str, text: str) -> list[str]:
    src = tmp_path / f"{lang}_doc.txt"
    src.write_text(text, encoding="utf-8")
    record, _ = extract_one(src.read_bytes(), src.name, doc_ids([src.name])[src.name])
    return [a["text"] for p in record["projects"] for a in p.get("activities") or []]


@pytest.mark.parametrize("lang, text, bad", [
    ("en", "The GREENWAY project supports pupils, families from rural and mountainous areas and local youth "
           "clubs with little experience in planning. The project runs for two years in three countries.", "mountainous"),
    ("nl", "Het project GROENPAD verbindt scholen in de grensregio. Het project bestaat uit netwerkvorming, "
           "uitwisselingen, ontmoetingen en gezamenlijke acties. Het project loopt twee jaar.", "gezamenlijke"),
])
def test_modifiers_of_a_one_word_cue_are_no_list(tmp_path, lang, text, bad):
    assert bad not in _activities(tmp_path, lang, text)


def test_list_before_a_copula_and_cue_is_still_read(tmp_path):
    text = ("The GREENWAY project connects schools in the border region. Training, consulting and promotion "
            "are the main activities of the project. The project runs for two years.")
    assert {"Training", "consulting", "promotion"} <= set(_activities(tmp_path, "en", text))


@pytest.mark.parametrize("lang, text, last, after", [
    ("ro", "Proiectul ARCUS sprijină familiile din cartier. În cadrul proiectului vor fi realizate următoarele "
           "activități: ateliere de lectură; excursii tematice; tabere de vară și jocuri educative etc. „Proiectul "
           "va schimba comunitatea noastră”, a declarat directorul asociației.",
     "tabere de vară și jocuri educative etc", "a declarat directorul asociației"),
    ("en", "The BRIDGE project brings families of the district together. The following activities will be "
           "carried out in the project: reading workshops; study visits; summer camps and outdoor games etc. "
           "\"The project will change our town\", said the mayor of the town.",
     "summer camps and outdoor games etc", "said the mayor of the town"),
])
def test_list_ends_with_its_sentence(tmp_path, lang, text, last, after):
    found = _activities(tmp_path, lang, text)
    assert found and found[-1] == last
    assert not any(after in item for item in found)


def _mentions(text, lang):
    return [text[a:b] for a, b in programme_mentions(text, lang)]


@pytest.mark.parametrize("text, lang, want", [
    ("Projektu finansē INTERREG Igaunijas – Latvijas pārrobežu sadarbības programma 2015.-2021. gadam un pašvaldība.",
     "lv", "INTERREG Igaunijas – Latvijas pārrobežu sadarbības programma 2015.-2021. gadam"),
    ("Darbus finansuoja Interreg V-A Latvijos–Lietuvos bendradarbiavimo per sieną 2014–2020 m. programos lėšos.",
     "lt", "Interreg V-A Latvijos–Lietuvos bendradarbiavimo per sieną 2014–2020 m."),
    ("Darbi notiek Interreg V-A Latvijas- Lietuvas pārrobežu sadarbības programmas ietvaros.",
     "lv", "Interreg V-A Latvijas- Lietuvas pārrobežu sadarbības"),
    # the cooperation words lead to another pair: not this tail's
    ("U sklopu projekta INTERREG HU-HR prekogranične suradnje Hrvatska – Mađarska, održan je sastanak.",
     "hr", "INTERREG HU-HR"),
])
def test_cooperation_words_after_the_pair(text, lang, want):
    assert _mentions(text, lang) == [want]
