"""Round 21: units a finder missed in a run it found, added by the run's regular step
(pipeline/section_stride.py). Invented texts."""
from pipeline.readers import read_document
from pipeline.section_stride import stride_filled
from pipeline.sections import divide


def _doc(text: str, lang: str):
    doc = read_document(text.encode("utf-8"), f"t_{lang}.txt", f"t_{lang}")
    doc.language = lang
    return doc


def _block(doc, start: str) -> int:
    return next(i for i, b in enumerate(doc.blocks) if doc.text[b.start:b.end].lstrip(" •").startswith(start))


def _opener(doc, start: str, name: str):
    b = _block(doc, start)
    s = doc.text.index(name, doc.blocks[b].start)
    return b, s, s + len(name)


def _names(doc, openers) -> list[str | None]:
    return [doc.text[s:e] if s >= 0 else None for _, s, e in openers]


# every third block a list item, then two label lines: the found run misses one in the middle,
# one before it and one after it
SV = """Sex svenska projekt får stöd från fonden i år.

 • Inventering av havsörnar.

Mottagare: Exempelkommunen tillsammans med partner i Finland.

Finansiering: 12 miljoner kronor

 • Restaurering av våtmarker i norr

Mottagare: Länsstyrelsen i Testlän

Finansiering: 8 miljoner kronor

 • Minskade utsläpp från hamnar

Mottagare: Hamnbolaget AB

Finansiering: 5 miljoner kronor

 • Utveckla metoder för EU:s vattendirektiv

Mottagare: Provuniversitetet

Finansiering: 9 miljoner kronor

 • Bättre fiskvägar i Provälven

Mottagare: Provälvens vattenråd

Finansiering: 4 miljoner kronor

 • Renare sjöar = test av nya filter i reningsverk

Mottagare: Teststad, Filterbolaget AB

Finansiering: 3 miljoner kronor
"""


def test_step_fills_the_middle_and_both_ends_with_whole_lines():
    doc = _doc(SV, "sv")
    found = [_opener(doc, "Restaurering", "Restaurering av våtmarker i norr"),
             _opener(doc, "Minskade", "Minskade utsläpp från hamnar"),
             _opener(doc, "Bättre", "Bättre fiskvägar i Provälven")]
    names = _names(doc, stride_filled(doc, found))
    assert names == ["Inventering av havsörnar", "Restaurering av våtmarker i norr", "Minskade utsläpp från hamnar",
                     "Utveckla metoder för EU:s vattendirektiv", "Bättre fiskvägar i Provälven",
                     "Renare sjöar = test av nya filter i reningsverk"]


# a list of projects whose items open with a head before a comma, a dash or a colon
NL = """Vijf Nederlandse organisaties doen mee aan nieuwe projecten:

 • BLOOM - Kunst in de wijk, Stichting Voorbeeld (projectpartner)
 • Samen zingen in de buurt, Stichting Koorhuis (projectpartner)
 • TIDES: verhalen van de kust, Stichting Kustmuseum (projectleider)
 • Nieuwe stemmen, Theater Testdorp (projectpartner)
 • ECHO - Europese podia, Gemeente Proefstad (projectpartner)
"""


def test_step_of_one_fills_the_items_between_with_their_heads():
    doc = _doc(NL, "nl")
    found = [_opener(doc, "BLOOM", "BLOOM"), _opener(doc, "TIDES", "TIDES"), _opener(doc, "ECHO", "ECHO")]
    assert _names(doc, stride_filled(doc, found)) == ["BLOOM", "Samen zingen in de buurt", "TIDES", "Nieuwe stemmen", "ECHO"]


def test_no_regular_step_leaves_the_run_alone():
    doc = _doc(SV, "sv")
    # list items stand off the step the found units make (every sixth block, items between)
    found = [_opener(doc, "Restaurering", "Restaurering av våtmarker i norr"),
             _opener(doc, "Utveckla", "Utveckla metoder för EU:s vattendirektiv")]
    assert stride_filled(doc, found) == found


# headings over partner lines; the last units' lines are long and read as paragraphs, but
# open with the same head and dash
EN = """The Commission selected the first European university alliances; five of them include a Danish member.

ALPHA – The European University of Coasts

Aarhus Testuniversitet (DK), Université de Exemple (FR), Universidad de Prueba (ES)

BETA – A European Alliance for Rural Futures

Odense Prøveskole (DK), Universität Beispiel (DE), Università di Esempio (IT)

GAMMA – European Universities for Sustainable Cities and Regions of Tomorrow

Roskilde Testhøjskole (DK), Hogeschool Voorbeeld (NL), Politechnika Próbna (PL)

DELTA! – Network for Innovation, Design and Engineering across the Continent

Aalborg Eksempel (DK), Tekniska Provhögskolan (SE), Instituto Exemplo (PT)
"""


def test_step_adds_lines_that_open_like_the_found_headings():
    doc = _doc(EN, "en")
    kinds = {doc.blocks[_block(doc, w)].kind for w in ("ALPHA", "BETA")}
    found = [_opener(doc, w, doc.block_text(doc.blocks[_block(doc, w)]).strip()) for w in ("ALPHA", "BETA")]
    found.append((_block(doc, "GAMMA"), *_opener(doc, "GAMMA", doc.block_text(doc.blocks[_block(doc, "GAMMA")]).strip())[1:]))
    names = _names(doc, stride_filled(doc, found))
    assert len(names) == 4 and names[-1].startswith("DELTA!"), (kinds, names)


def test_divide_keeps_the_added_units_that_hold_facts():
    doc = _doc(SV, "sv")
    _, secs = divide(doc)
    names = [doc.text[s.name[0]:s.name[1]] for s in secs if s.name]
    assert "Inventering av havsörnar" in names and "Utveckla metoder för EU:s vattendirektiv" in names, names
