"""Round 24, false partners by cause: contact details in or as a name (partner_contact), a person
standing as a contact or post does (partner_person_names.contact_person), a name run on into its
verb (partner_clause), two bodies of one kind joined by "and" (partner_clean.parallel), and a
Turkish type word's case ending after its buffer "n", also on pages without Turkish letters."""
from types import SimpleNamespace

import pytest

from pipeline.extractors.partner_clause import cut_clause
from pipeline.extractors.partner_clean import _nominative, _split_joined, parallel
from pipeline.extractors.partner_contact import contact_only, cut_contact
from pipeline.extractors.partner_person_names import named_person
from pipeline.extractors.partner_record import PARTNER, Partner
from pipeline.lexicons import load


def _ctx(lang: str, text: str):
    return SimpleNamespace(lex=load(lang), lang=lang, named_countries=frozenset(), doc=SimpleNamespace(text=text))


def _p(text: str, name: str | None = None) -> Partner:
    name = name or text
    start = text.index(name)
    return Partner(name, PARTNER, start, start + len(name))


@pytest.mark.parametrize("lang,text,name", [
    ("pl", "Gmina Wola Mała, ul. Leśna 4, 12-345 Wola Mała", "Gmina Wola Mała"),
    ("lt", "Kauno rajono savivaldybė, Laisvės al. 12, Kaunas", "Kauno rajono savivaldybė"),
    ("da", "Aalborg Kommune: Hans Madsen, tlf. 9931 2200", "Aalborg Kommune"),
    ("en", "Harbour Trust, info@harbourtrust.org", "Harbour Trust"),
])
def test_contact_tail_cut(lang, text, name):
    assert cut_contact(_p(text), _ctx(lang, text)).name == name


@pytest.mark.parametrize("lang,text", [
    ("en", "University of Leeds, School of Geography"),
    ("it", "Comune di Lecce, Settore Ambiente"),
    ("de", "Landkreis Görlitz, 2014-2020"),  # a period is no telephone number
])
def test_no_contact_no_cut(lang, text):
    assert cut_contact(_p(text), _ctx(lang, text)).name == text


@pytest.mark.parametrize("lang,name,out", [
    ("lv", "Tālr. 67012345 janis.ozols@pagasts.lv", True),
    ("de", "Tel. +49 351 123456", True),
    ("lt", "Vilniaus gatvė 12", True),
    ("lv", "Liepu iela 5", True),
    ("cs", "Praha 9", False),
    ("it", "Delta 2000", False),
    ("pl", "Szkoła Podstawowa nr 7", False),
])
def test_contact_only(lang, name, out):
    assert contact_only(name, _ctx(lang, name)) is out


@pytest.mark.parametrize("lang,text,name", [
    ("lv", "Projekta vadītājs:\n Jānis Ozols\n Tālr. 67012345\n", "Jānis Ozols"),
    ("en", "For details contact Mary Jones (write to mary.jones@council.gov.uk).", "Mary Jones"),
    ("nl", "Dat zegt coördinator Anneke Peeters van het project.", "Anneke Peeters"),
    ("es", "Lucía Gómez Pardo Coordinadora del Proyecto\nAyuntamiento de Teruel", "Lucía Gómez Pardo"),
])
def test_contact_person(lang, text, name):
    assert named_person(_p(text, name), _ctx(lang, text))


@pytest.mark.parametrize("lang,text,name", [
    ("cs", "Partnerem je Tanec Brno, které pořádá festival.", "Tanec Brno"),
    ("nl", "Signal Productions organiseert de workshops.", "Signal Productions"),
    ("es", "Lucía Gómez Pardo coordina el festival.", "Lucía Gómez Pardo"),  # a verb after a name says nothing of a person
])
def test_not_a_contact_person(lang, text, name):
    assert not named_person(_p(text, name), _ctx(lang, text))


@pytest.mark.parametrize("lang,name,out", [
    ("el", "Δήμος Ξάνθης θα έχει ολοκληρώσει ένα σχέδιο δράσης", "Δήμος Ξάνθης"),
    ("uk", "Львівська обласна рада успішно реалізували проєкт у регіоні", "Львівська обласна рада"),
    ("de", "Zum Ersten wird eine neue Verbindung zwischen den Tälern gebaut", None),
])
def test_clause_cut(lang, name, out):
    got = cut_clause(_p(name), _ctx(lang, name))
    assert (got.name if got else None) == out


@pytest.mark.parametrize("lang,name", [
    ("hr", "Hrvatske vode"),  # "vode" closes the name: a noun, not the verb "they lead"
    ("sk", "Spoločnosť pre výskum a ochranu cicavcov"),
    ("fr", "Office français de la biodiversité"),
])
def test_clause_keeps_names(lang, name):
    assert cut_clause(_p(name), _ctx(lang, name)).name == name


@pytest.mark.parametrize("lang,text,parts", [
    ("lv", "Tukuma novada pašvaldība un Talsu novada pašvaldība", ["Tukuma novada pašvaldība", "Talsu novada pašvaldība"]),
    ("lt", "Kauno rajono savivaldybė ir Jonavos rajono savivaldybė", ["Kauno rajono savivaldybė", "Jonavos rajono savivaldybė"]),
])
def test_parallel_bodies_split(lang, text, parts):
    ctx = _ctx(lang, text)
    assert [p.name for p in _split_joined(_p(text), ctx)] == parts


def test_parallel_needs_a_type_word():
    assert not parallel("Science and", "Technology")
    assert not parallel("Rostock Business", "Technology Development GmbH")


@pytest.mark.parametrize("name,out", [
    ("Bursa Atatürk Anadolu Lisesince", "Bursa Atatürk Anadolu Lisesi"),
    ("Edirne Belediye Baskanliginin", "Edirne Belediye Baskanligi"),  # written without Turkish letters
    ("Trakya Üniversitesinin", "Trakya Üniversitesi"),
])
def test_turkish_case_endings(name, out):
    assert _nominative(_p(name), _ctx("tr", name)).name == out
