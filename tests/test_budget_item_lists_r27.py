"""A list of projects, one amount in each item, under a lead-in that names the money: each
item's amount is its own project's, of the kind the lead-in's last sentence names."""
from pipeline.extractors import budgets
from pipeline.extractors.context import Context
from pipeline.readers import read_document
from pipeline.sections import divide


def kinds(text: str, lang: str) -> dict[str | None, list[tuple[str, str]]]:
    doc = read_document(text.encode("utf-8"), f"l_{lang}.txt", f"l_{lang}")
    doc.language = lang
    cut, secs = divide(doc)
    out: dict[str | None, list[tuple[str, str]]] = {}
    for sec in secs:
        name = cut.text[sec.name[0]:sec.name[1]] if sec.name else None
        out.setdefault(name, []).extend((b.amount, b.kind) for b in budgets.extract(Context(cut, sec, len(secs)), name))
    return out


DE = ("Der Verein hat in dieser Runde insgesamt 95.000 Euro an vier Vorhaben vergeben. "
      "Die folgenden Projekte erhalten eine Förderung:\n\n"
      "- 21.500 € für das Projekt Dorfladen Plus in Oberhausen\n\n"
      "- 18.200 € für das Projekt Grüne Höfe im Tal\n\n"
      "- 30.000 € für das Projekt Wanderwege 2030\n")
EN = ("The local action group shared EUR 120,000 among three projects this spring. "
      "The following projects received funding:\n\n"
      "- EUR 45,000 for the project River Paths in the northern valley\n\n"
      "- EUR 38,500 for the project Village Kitchen\n\n"
      "- EUR 36,500 for the project Open Barns\n")


def _all(got):
    return sorted(b for v in got.values() for b in v)


def test_german_items_under_a_funding_lead_are_grants():
    got = _all(kinds(DE, "de"))
    for amount in ("21500.00", "18200.00", "30000.00"):
        assert (amount, "eu_contribution") in got


def test_english_items_under_a_funding_lead_are_grants():
    got = _all(kinds(EN, "en"))
    for amount in ("45000.00", "38500.00", "36500.00"):
        assert (amount, "eu_contribution") in got


def test_items_under_a_partner_lead_are_not_read_so():
    text = ("The project partners and their shares are:\n\n"
            "- EUR 45,000 for the University of Tartu\n\n"
            "- EUR 38,500 for the City of Riga\n")
    got = _all(kinds(text, "en"))
    assert ("45000.00", "eu_contribution") not in got
