"""Title readers that were wrong more often than right over gold+study (round 31)."""
from pipeline.build import extract_one


def _titles(text: str, lang: str) -> list:
    rec, _ = extract_one(text.encode("utf-8"), f"t_{lang}.txt", f"t_{lang}")
    return [p["title"] for p in rec["projects"]]


def test_line_above_a_bare_name_line_is_no_title():
    # a banner or a news headline above the name's own line says nothing of the title
    de = ("Zum Hauptinhalt springen und weiterlesen\n\nWATERLINK\n\n"
          "Das Projekt WATERLINK verbindet Wasserversorger aus Bayern und Tirol. "
          "Laufzeit: 1. März 2019 bis 28. Februar 2022.\n")
    sv = ("Regionen satsar miljoner på nya samarbeten\n\nGRÄNSVATTEN\n\n"
          "Projektet GRÄNSVATTEN samlar kommuner i Sverige och Norge. Projekttid: 2018-01-01 - 2020-12-31.\n")
    assert all(t is None for t in _titles(de, "de"))
    assert all(t is None for t in _titles(sv, "sv"))


def test_line_above_a_code_and_name_is_the_title():
    sl = ("Obnova mokrišč ob reki Muri za ogrožene vrste ptic\n\nLIFE19-NAT-SI-LIFE MURA\n\n"
          "Čas trajanja projekta: 1. september 2019 do 31. avgust 2024\n")
    assert _titles(sl, "sl")[0] == "Obnova mokrišč ob reki Muri za ogrožene vrste ptic"
