"""Organisations in a coordinated list sharing their sentence's partner cue
(pipeline/extractors/partner_coordination.py), two organisations joined by "with"
(partner_comitative.py) and a bare town under its typed name (partner_typed_place.py)."""
from pipeline.build import extract_one
from pipeline.extractors import partner_coordination as pc
from pipeline.extractors.partner_clean import _nominative
from pipeline.extractors.partner_record import PARTNER, Partner
from pipeline.extractors.partner_typed_place import typed_form
from tests.section_context import section_context as _ctx


def _listed(sentence: str, lang: str) -> tuple[list[str], list[str]]:
    """(candidates, those in a list of organisations)."""
    ctx = _ctx(sentence, lang)
    names, listed = [], []
    for i in ctx.indices:
        for s in ctx.sentences(i):
            cands, enumerated = pc.listed_candidates(ctx, i, s)
            names += [c[0] for c in cands]
            listed += [cands[k][0] for k in sorted(enumerated)]
    return names, listed


def _partners(text: str, lang: str) -> list[str]:
    rec = extract_one(text.encode("utf-8"), f"co_{lang}.txt", f"co_{lang}")[0]
    assert rec["language"] == lang
    return [p["name"] for pr in rec["projects"] for p in pr["partners"]]


DE = """Grüne Brücke – ein Forschungsprojekt am Oberrhein

Das Projekt Grüne Brücke läuft drei Jahre. Neben der Universität Valmora, der Université de Haute-Sarre und dem Institut für Agrarforschung Tannau sind auch die Hochschule für Technik, Wirtschaft und Gestaltung Lindbach, die SATT Innova Rhin, das Institut National des Sciences Appliquées und die Fachhochschule Nordhain als Partner beteiligt.
"""


def test_a_long_list_shares_a_cue_that_stands_at_its_end():
    # the cue ("als Partner beteiligt") is far from the first items; foreign names keep their
    # joiners ("de", "des"), an item without its article goes on with the one before, an acronym
    # opening an item is no article
    assert _partners(DE, "de") == [
        "Universität Valmora", "Université de Haute-Sarre", "Institut für Agrarforschung Tannau",
        "Hochschule für Technik, Wirtschaft und Gestaltung Lindbach", "SATT Innova Rhin",
        "Institut National des Sciences Appliquées", "Fachhochschule Nordhain"]


def test_lists_of_organisations_in_several_languages():
    # Czech: the cue after the list; the untyped item between typed ones is an organisation too
    names, listed = _listed("Základní škola Lipník, Gymnázium Hranice, Sokol Valmov a Muzeum Beskyd jsou partnery projektu.", "cs")
    assert listed == ["Základní škola Lipník", "Gymnázium Hranice", "Sokol Valmov", "Muzeum Beskyd"]
    # Portuguese: "X, Y e Z participam como parceiros"
    names, listed = _listed("A Universidade de Valmora, o Instituto Politécnico de Serrana e a Fundação Rio Claro "
                            "participam como parceiros.", "pt")
    assert listed == ["Universidade de Valmora", "Instituto Politécnico de Serrana", "Fundação Rio Claro"]
    # Swedish: single words before a name whose type word comes last share it
    names, listed = _listed("Övriga partners: Lunds universitet, Norrby och Söderby Sjukhus, Alby, Bby och Cby Kommun.", "sv")
    assert "Norrby och Söderby Sjukhus" in listed and "Alby, Bby och Cby Kommun" in listed


def test_lists_that_are_no_lists_of_organisations():
    # the first item has no type word: common nouns, not organisations
    assert _listed("Arbeitsstrukturen, Zeitplanung und Öffentlichkeitsarbeit der Universität Valmora.", "de")[1] == []
    # a single capitalised word with no second capital is the start of a sentence-case name
    names, _ = _listed("Partnerji so Občina Kamanje, Občina Metlika, Lokalna akcijska grupa Kolpa.", "sl")
    assert "Lokalna" not in names
    # a country closes the item before it and is no item of its own
    names, _ = _listed("Die Partner sind Universität Valmora, Österreich, Hochschule Lindbach und Stiftung Nordhain.", "de")
    assert "Österreich" not in names


def test_a_visit_is_no_partnership():
    # "together with" is no cue a whole list shares: the museums were visited, not partners
    ro = """Vizita de studiu la Valmora

Proiectul Punți Verzi a continuat cu o vizită. Am vizitat Muzeul Satului Valmora, Muzeul Castelului Valmora și Biblioteca Județeană Valmora împreună cu elevii.
"""
    assert _partners(ro, "ro") == []


def test_two_organisations_joined_by_with():
    pl = """Współpraca ponad granicami

Gmina Zielonka z Gminną Biblioteką Publiczną w Zielonce realizuje projekt Razem w ramach programu Interreg. Projekt potrwa dwa lata.
"""
    assert _partners(pl, "pl") == ["Gmina Zielonka", "Gminna Biblioteka Publiczna w Zielonce"]
    # "z" before a country is "from": no second organisation
    ctx = _ctx("Gmina Łomna z Republiki Czeskiej realizuje projekt.", "pl")
    from pipeline.extractors.partner_comitative import split_comitative
    p = Partner("Gmina Łomna z Republiki Czeskiej", PARTNER, 0, 32)
    assert [q.name for q in split_comitative(p, ctx, _nominative)] == ["Gmina Łomna z Republiki Czeskiej"]
    ctx = _ctx("Obec Lipany spolu s Mestom Prešov realizuje projekt.", "sk")
    p = Partner("Obec Lipany spolu s Mestom Prešov", PARTNER, 0, 33)
    assert [q.name for q in split_comitative(p, ctx, _nominative)] == ["Obec Lipany", "Mesto Prešov"]


def test_a_bare_town_takes_the_typed_name_the_text_gives():
    text = "W dniu 3 maja Gmina Borowo gościła delegację z czeskiej Gminy Lipany. Współpraca między Borowo i Lipany trwa."
    ctx = _ctx(text, "pl")
    def locate(q):
        return None
    bare = Partner("Lipany", PARTNER, text.rindex("Lipany"), text.rindex("Lipany") + 6)
    assert typed_form(bare, ctx, _nominative, locate).name == "Gmina Lipany"
    bare = Partner("Borowo", PARTNER, text.rindex("Borowo"), text.rindex("Borowo") + 6)
    assert typed_form(bare, ctx, _nominative, locate).name == "Gmina Borowo"
    # a type word in lower case describes the town, and a name written in capitals is another spelling
    text = "Spolupráce mezi obcí Lipany a městem BOROWO pokračuje. Lipany a Borowo jsou partneři."
    ctx = _ctx(text, "cs")
    assert typed_form(Partner("Lipany", PARTNER, 0, 6), ctx, _nominative, locate).name == "Lipany"
    assert typed_form(Partner("Borowo", PARTNER, 0, 6), ctx, _nominative, locate).name == "Borowo"


def test_a_label_run_into_a_name_ends_it():
    from pipeline.extractors.partner_clean import _strip_label
    name = "Főpályázó: Tisza Nemzeti Park Igazgatóság (TNPI) Partnerek: Kisváros Önkormányzata"
    ctx = _ctx(name + " és mások.", "hu")
    assert _strip_label(Partner(name, PARTNER, 0, len(name)), ctx).name == "Tisza Nemzeti Park Igazgatóság (TNPI)"
    name = "Lead partner: Valmora Regional Development Agency (VRDA) Partners: Northfield College"
    ctx = _ctx(name + " and others.", "en")
    assert _strip_label(Partner(name, PARTNER, 0, len(name)), ctx).name == "Valmora Regional Development Agency (VRDA)"


def test_a_title_in_quotes_after_a_name_is_no_part_of_it():
    from pipeline.extractors import partner_evidence as pe
    ctx = _ctx("S potešením oznamujeme, že projekt mesta Valmora „Objavte poklady pohraničia“ získal prostriedky.", "sk")
    names = [c[0] for i in ctx.indices for s in ctx.sentences(i) for c in pe.candidates(ctx, i, s)]
    assert names == ["mesta Valmora"]
    # a quotation closed inside the name stays
    ctx = _ctx("Partnerem projektu jest Związek Euroregion „Beskidy” z Bielska.", "pl")
    names = [c[0] for i in ctx.indices for s in ctx.sentences(i) for c in pe.candidates(ctx, i, s)]
    assert names == ["Związek Euroregion „Beskidy”"]


def test_a_flattened_list_of_names_towns_and_countries():
    en = """Northern Prints

Northern Prints is a two-year project of printmaking studios. The partners are: Valmora Printmakers, Ireland Northfield Printmakers, Scotland Lakeside Printmaking Studio, Odense, Denmark Centre of Graphic Arts, Ljubljana, Slovenia Harbour Lab, Amsterdam, Netherlands
"""
    rec = extract_one(en.encode("utf-8"), "gl_en.txt", "gl_en")[0]
    got = [(p["name"], p["country"]) for pr in rec["projects"] for p in pr["partners"]]
    assert got == [("Valmora Printmakers", "IE"), ("Northfield Printmakers", "GB"), ("Lakeside Printmaking Studio", "DK"),
                   ("Centre of Graphic Arts", "SI"), ("Harbour Lab", "NL")]


def test_as_a_role_is_no_example():
    from pipeline.extractors import partner_evidence as pe
    # Italian "come" is "such as" and "as": before a role noun it gives the role
    it = "Il secondo ha come capofila l’Ente Parco Regionale Valmora ed è finalizzato alla conservazione degli habitat."
    ctx = _ctx(it, "it")
    s = ctx.sentences(ctx.indices[0])[0]
    start = it.index("Ente")
    assert not pe._example(start, s, ctx)
    ctx = _ctx("Hanno partecipato enti come il Comune di Valmora e altri.", "it")
    s = ctx.sentences(ctx.indices[0])[0]
    assert pe._example(ctx.doc.text.index("Comune"), s, ctx)


def _spans(text: str, lang: str) -> list[str]:
    from pipeline.extractors import partner_evidence as pe
    ctx = _ctx(text, lang)
    return [x[0] for i in ctx.indices for s in ctx.sentences(i) for x in pe.spans(ctx, i, s)]


def test_a_name_in_sentence_case_with_its_type_word_after_its_adjectives():
    assert "Národní klastrová asociace" in _spans("Koordinátorem projektu je Národní klastrová asociace.", "cs")
    assert "Státní zemědělská univerzita Valmora" in _spans("Partnerem je Státní zemědělská univerzita Valmora.", "cs")
    # a verb between a capitalised word and a type word: no name
    assert not any("realizuje" in s for s in _spans("Projekt realizuje základní škola Lipník.", "cs"))
