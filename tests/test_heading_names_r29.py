"""A section's heading names its project only when no cue word in the section does, unless the
heading is one coined word (round 29: over gold+study the heading reader was right 13 times and
wrong 13 times when read first)."""
from pipeline.extractors.context import Context
from pipeline.extractors.names import coined_word, project_name
from pipeline.model import Section
from pipeline.readers import read_document


def _headed(text: str, lang: str) -> Context:
    doc = read_document(text.encode("utf-8"), f"h_{lang}.txt", f"h_{lang}")
    doc.language = lang
    return Context(doc, Section(blocks=tuple(range(len(doc.blocks))), heading=0))


def test_coined_word():
    assert coined_word("ClusterCOOP") and coined_word("CENTRAMO")
    assert not coined_word("IzglītībaNovads")  # two menu words run together
    assert not coined_word("LOGO VIZULA") and not coined_word("Aktualności")


def test_cue_word_name_beats_a_label_heading_pl():
    ctx = _headed("FUNDUSZE STRUKTURALNE\n\nGmina realizuje projekt „Wspólne ścieżki rowerowe” "
                  "we współpracy z partnerem z Czech.\n", "pl")
    assert project_name(ctx)[0] == "Wspólne ścieżki rowerowe"


def test_cue_word_name_beats_a_news_heading_en():
    ctx = _headed("Latest news from the region\n\nThe project “Green Bridges” links two river towns "
                  "across the border.\n", "en")
    assert project_name(ctx)[0] == "Green Bridges"


def test_coined_heading_still_names_its_section():
    ctx = _headed("RIVERLINK\n\nThe project “Cross-border River Network” links two river towns.\n", "en")
    assert project_name(ctx)[0] == "RIVERLINK"


def test_heading_names_when_no_cue_word_does_de():
    ctx = _headed("Grüne Brücken für die Region\n\nZwei Städte bauen gemeinsam Radwege und pflanzen Bäume.\n", "de")
    assert project_name(ctx)[0] == "Grüne Brücken für die Region"
