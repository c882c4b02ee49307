"""Sections that name one project are one section (section_same_project)."""
from pipeline.build import _stage
from pipeline.model import Section
from pipeline.section_same_project import joined, same_name


def test_names_that_denote_one_project():
    assert same_name("GreenPorts", "Green Harbour Operations for Regional Transport Systems")
    assert same_name("Alpenwege", "alpenwege")
    assert same_name("ECOTRAIL", "ecotrail")


def test_names_of_two_projects():
    assert not same_name("GreenPorts", "BlueRivers")
    assert not same_name("EU", "EU Green Deal Network")  # too short to prove anything
    assert not same_name("Dance Well", "Digital Inter/Section")
    assert not same_name("Barents", "Agroforestry in Barents region")  # a place, in several names
    assert not same_name("CROSSIT SAFER", "GREVISLIN in CROSSIT SAFER")  # two names read as one
    assert not same_name("Ponti di pietra", "Pietre e ponti del Carso")  # no acronym of it


def _doc(text, lang):
    doc = _stage("read_document")(text.encode("utf-8"), f"same_{lang}.txt", "same")
    doc.language = lang
    return doc


def _span(doc, word, nth=0):
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(word, at + 1)
    return at, at + len(word)


def test_title_and_acronym_sections_are_joined():
    doc = _doc("Projekt „Green Harbour Operations for Regional Transport Systems“ získal 2 mil. EUR.\n\n"
               "GreenPorts vede Univerzita Karlova, začal v roce 2021.\n", "cs")
    long = _span(doc, "Green Harbour Operations for Regional Transport Systems")
    short = _span(doc, "GreenPorts")
    sections = [Section(blocks=(0,), name=long), Section(blocks=(1,), name=short)]
    out = joined(doc, sections)
    assert len(out) == 1
    assert out[0].blocks == (0, 1) and out[0].name == short


def test_sections_of_two_projects_stay_apart():
    doc = _doc("Das Projekt „Alpenwege“ erhielt 1 Mio. Euro.\n\nDas Projekt „Seenland“ erhielt 2 Mio. Euro.\n", "de")
    sections = [Section(blocks=(0,), name=_span(doc, "Alpenwege")), Section(blocks=(1,), name=_span(doc, "Seenland"))]
    assert joined(doc, sections) == sections
