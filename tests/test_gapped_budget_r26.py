"""A paragraph cut at each project's name inside one sentence ("A has received X from the
Interreg programme and the B project Y"): B's part states its amount with the verb, cue and
giver of the clause before the cut, so the amount's role is read there."""
from pipeline.extractors import budgets
from pipeline.extractors.context import Context
from pipeline.readers import read_document
from pipeline.sections import divide


def kinds(text: str, lang: str) -> dict[str, list[tuple[str, str]]]:
    doc = read_document(text.encode("utf-8"), f"g_{lang}.txt", f"g_{lang}")
    doc.language = lang
    cut, secs = divide(doc)
    out = {}
    for sec in secs:
        name = cut.text[sec.name[0]:sec.name[1]] if sec.name else None
        out[name] = [(b.amount, b.kind) for b in budgets.extract(Context(cut, sec, len(secs)), name)]
    return out


EN = ("In total six applications were submitted in the last round of the programme. The project ALPHA "
      "has received EUR 1.5 million from the Interreg programme and the BETA project EUR 300,000.\n")
FR = ("Au total, six demandes ont été déposées lors du dernier appel du programme. Le projet ALPHA reçoit "
      "une subvention européenne de 1,5 million d'euros et le projet BETA 300 000 euros.\n")


def test_english_gapped_part_takes_the_giver_before_the_cut():
    got = kinds(EN, "en")
    assert ("300000.00", "eu_contribution") in [b for k, v in got.items() if k and "BETA" in k for b in v]


def test_french_gapped_part_takes_the_cue_before_the_cut():
    got = kinds(FR, "fr")
    assert ("300000.00", "eu_contribution") in [b for k, v in got.items() if k and "BETA" in k for b in v]


def test_a_part_opening_its_own_sentence_reads_no_clause_before():
    text = ("The project ALPHA has received EUR 1.5 million from the Interreg programme. "
            "The BETA project costs EUR 300,000 in total.\n")
    got = kinds(text, "en")
    assert ("300000.00", "eu_contribution") not in [b for k, v in got.items() if k and "BETA" in k for b in v]
