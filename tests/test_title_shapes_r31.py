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


def _after_heading(text: str, lang: str, name: str):
    from pipeline.extractors.context import Context
    from pipeline.extractors.titles import project_title
    from pipeline.model import Section
    from pipeline.readers import read_document
    doc = read_document(text.encode("utf-8"), f"h_{lang}.txt", f"h_{lang}")
    doc.language = lang
    ctx = Context(doc, Section(blocks=tuple(range(len(doc.blocks))), heading=0))
    found = project_title(ctx, name)
    return found[0] if found else None


def test_line_after_a_heading_is_no_title():
    # the line after a section's heading is a teaser or a notice, not the project's title
    sq = ("LAJME\n\nTrajnimi i stafit vazhdon - Takim pune\n\nNë kuadrin e zbatimit të projektit "
          "“Ura të gjelbra”, stafi i Bashkisë Shkodër organizoi sot takimin e rradhës me partnerët.\n")
    ro = ("Proiect ROHU 201\n\nAnunțuri și informații despre licitații în cadrul proiectului\n\n"
          "Primăria Oradea anunță lansarea proiectului ”Drumuri verzi în arealul transfrontalier”.\n")
    assert _after_heading(sq, "sq", "Ura të gjelbra") is None
    assert _after_heading(ro, "ro", "Drumuri verzi") is None


def test_line_after_a_heading_that_is_the_name_is_the_title():
    cs = ("GREENLINK\n\nPropojení zelené infrastruktury v příhraničních regionech\n\n"
          "Projekt řeší společné plánování zeleně.\n")
    en = ("RIVERNET\n\nCross-border Network for River Restoration and Flood Safety\n\n"
          "The partners plan joint river works.\n")
    assert _after_heading(cs, "cs", "GREENLINK") == "Propojení zelené infrastruktury v příhraničních regionech"
    assert _after_heading(en, "en", "RIVERNET") == "Cross-border Network for River Restoration and Flood Safety"
