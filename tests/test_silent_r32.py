"""Round 32, silent mistakes in countries and dates: a value written wrong is worse than none.
Each test is a real shape from the gold or study pages, written anew."""
from pipeline.build import extract_one


def _record(text: str, name: str) -> dict:
    return extract_one(text.encode("utf-8"), name, name.split(".")[0])[0]


def _partners(text: str, name: str) -> dict[str, str | None]:
    rec = _record(text, name)
    return {p["name"]: p["country"] for q in rec["projects"] for p in q["partners"]}


# ---------------------------------------------------------------- province codes

def test_a_province_code_after_a_municipality_whose_name_is_shared():
    # "Tirano" is also a name of Tirana: on an Italian page the municipality is Italy's, and
    # "(SO)" its province, Sondrio, not Somalia
    it = ("Progetto CON VALORE\n\nCapofila italiano Comune di Tirano (SO). Il progetto, con un budget di "
          "1,3 milioni di euro per la parte italiana, intende valorizzare i legami tra Valtellina e "
          "Valposchiavo nel programma Interreg Italia-Svizzera.\n")
    got = _partners(it, "tirano_it.txt")
    assert got.get("Comune di Tirano") == "IT"


# ---------------------------------------------------------------- legal forms spelt like codes

def test_a_legal_form_opening_a_name_closes_no_country_item():
    # "SA" (sihtasutus, a foundation) opens an Estonian name: it is no Saudi Arabia closing the
    # partner before it, and without it "Eesti" alone opens no glued country either
    et = ("Projekt SÕBRALIKE SAARTE MATKARAJAD\n\nJuhtpartner: Viimsi vald. Partnerid: Tallinna linn, "
          "Paldiski linn, Eesti Rahvusringhääling, MTÜ Muusa Kapriis, SA Kalana Jahisadam, Kotka linn.\n")
    got = _partners(et, "sa_et.txt")
    assert "SA" not in got.values()
    assert got.get("MTÜ Muusa Kapriis") != "SA" and "Eesti Rahvusringhääling" in got
