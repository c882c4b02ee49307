"""Suspended compounds ("Umwelt- und Naturschutz", "elinkeino-, liikenne- ja ympäristökeskus"):
a word that ends in a hyphen waits for the rest of its word, so no splitter of names or lists
cuts at the conjunction or comma right after it."""
from pipeline.extractors import activities as acts
from pipeline.extractors.enumeration import split_items
from pipeline.suspended import suspended_before
from tests.section_context import section_context


def test_open_first_part():
    assert suspended_before("Stiftung für Wald-")
    assert suspended_before("Suomen elinkeino-,")
    assert suspended_before("Ministerie van Land- ", None)
    assert suspended_before("A Nord- und B", len("A Nord-"))
    assert not suspended_before("Stiftung Wald")
    assert not suspended_before("2014-")  # a year before a range, no word
    assert not suspended_before("Gesellschaft -")  # a dash between spaces


def _items(text, conj):
    return [text[a:b] for a, b in split_items(text, conj, lambda t: False)]


def test_list_not_cut_inside_a_compound():
    de = "Stadt Görlitz, Kultur- und Sportverein Zittau und Landkreis Bautzen"
    assert _items(de, ["und", "oder"]) == ["Stadt Görlitz", "Kultur- und Sportverein Zittau", "Landkreis Bautzen"]
    nl = "Gemeente Venlo, Vereniging Land- en Tuinbouw Noord en Provincie Limburg"
    assert _items(nl, ["en", "of"]) == ["Gemeente Venlo", "Vereniging Land- en Tuinbouw Noord", "Provincie Limburg"]
    fi = "Oulun kaupunki, Lapin elinkeino-, liikenne- ja ympäristökeskus ja Kemin kaupunki"
    assert _items(fi, ["ja", "tai"]) == ["Oulun kaupunki", "Lapin elinkeino-, liikenne- ja ympäristökeskus", "Kemin kaupunki"]


def test_activity_pieces_keep_the_compound():
    sk = section_context("Projekt sa zameria na oblasti: fotoniku, mikro- a nanoelektroniku a biotechnológie.", "sk")
    body = "fotoniku, mikro- a nanoelektroniku a biotechnológie"
    assert [t for t, _, _ in acts._split_enumeration(sk, body, 0)] == ["fotoniku", "mikro- a nanoelektroniku", "biotechnológie"]
    hu = section_context("A projekt: képzés, közép- és kelet-európai hálózat és konferencia.", "hu")
    body = "képzés, közép- és kelet-európai hálózat és konferencia"
    assert [t for t, _, _ in acts._split_enumeration(hu, body, 0)] == ["képzés", "közép- és kelet-európai hálózat", "konferencia"]


def test_commas_of_a_run_of_first_parts_split_nothing():
    body = "koulutus, leik-, grunn- og framhaldsskóla, tutkimus"
    assert [body[a:b].strip() for a, b in acts._top_level(body)] == ["koulutus", "leik-, grunn- og framhaldsskóla", "tutkimus"]
