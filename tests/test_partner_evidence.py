"""Partners chosen by the evidence of their sentence (pipeline/extractors/partner_evidence.py)."""
from pipeline.build import extract_one
from pipeline.extractors import partner_evidence as pe
from pipeline.sections import divide
from tests.section_context import section_context as _ctx


def _partners(text: str, lang: str) -> list[tuple[str, str | None]]:
    rec = extract_one(text.encode("utf-8"), f"ev_{lang}.txt", f"ev_{lang}")[0]
    assert rec["language"] == lang
    return [(p["name"], p["country"]) for pr in rec["projects"] for p in pr["partners"]]


def _spans(sentence: str, lang: str) -> list[str]:
    ctx = _ctx(sentence, lang)
    return [name for i in ctx.indices for s in ctx.sentences(i) for name, _, _ in pe.candidates(ctx, i, s)]


EN = """Green Harbours – sustainable ports in the Baltic

Green Harbours is a three-year project on cleaner ports and shipping. Within the project, the Porto Valley Business School (Portugal) will work closely with local firms on new logistics services. The results will be presented to the public at the end of the project in a series of open workshops for harbour authorities and companies.
"""

DE = """Grüne Brücke – ein Projekt für die Region

Am 3. Mai 2022 erhielt der Verein Grüne Brücke Oberwald die erfreuliche Nachricht, dass das Projekt genehmigt wurde. In den nächsten zwei Jahren sollen gemeinsam mit Schulen und Gemeinden neue Wanderwege entstehen und die Geschichte der Grenzregion erzählt werden.
"""


def test_organisation_with_its_country_in_a_sentence_on_the_project():
    # no phrase rule reads "Within the project, X (Portugal) will work …"; the country and the
    # partner cue beside a type word do
    assert _partners(EN, "en") == [("Porto Valley Business School", "PT")]


def test_organisation_as_the_subject_of_a_verb_of_receiving():
    assert _partners(DE, "de") == [("Verein Grüne Brücke Oberwald", None)]


def test_candidate_spans_in_several_languages():
    assert _spans("Gli incontri con il Politecnico di Valmora sono finiti.", "it") == ["Politecnico di Valmora"]
    # a type word in lower case inside a sentence-case name; a number after its sign
    assert _spans("Projekt vodi Osnovna šola Ivana Cankarja iz Vrhnike.", "sl") == ["Osnovna šola Ivana Cankarja"]
    assert _spans("Partenerul este Școala Gimnazială nr. 3 Valmora din județ.", "ro") == ["Școala Gimnazială nr. 3 Valmora"]
    # an office before the organisation, joined by an article, is not part of its name (German)
    assert _spans("Heute sprach der Bürgermeister der Gemeinde Oberwald über das Projekt.", "de") == ["Gemeinde Oberwald"]
    # a bracket explains the name before it; its words are no candidate of their own
    assert _spans("Das Projekt wird vom KIT (Karlsruher Institut für Technologie) getragen.", "de") == []
    # a type word inside a quotation is a title
    assert _spans("Das Projekt trägt den Titel „Schule der Zukunft“ und läuft zwei Jahre.", "de") == []


def test_programme_bodies_funds_and_brands_are_no_partners():
    hu, en, cs, de = _ctx("x", "hu"), _ctx("x", "en"), _ctx("x", "cs"), _ctx("x", "de")
    assert pe._programme_body("Nemzeti Fejlesztési Ügynökség Irányító Hatósága", hu)
    assert pe._programme_body("Joint Secretariat Vienna", en)
    assert pe._programme_body("Společného sekretariátu programu", cs)
    assert not pe._programme_body("Technische Universität Dresden", de)
    assert pe._fund("Europäischen Fonds") and pe._fund("Funduszu Mikroprojektów Euroregionu")
    assert not pe._fund("Fondazione Cariplo") and not pe._fund("Fundacja Rozwoju")
    assert pe._coined("UNIgreen The Green European University") and pe._coined("EU4DUAL European University")
    assert not pe._coined("FuE FH Kiel GmbH")


def test_counter_evidence_in_running_text():
    # an affiliation ("member of the Institute"), a place where something happens ("in Regione X"),
    # a visit's list before "together with": no partners
    es = """Nuevo proyecto europeo en la universidad

Se trata de Ana Ruiz, investigadora y miembro del Instituto de Estudios Medievales de Valmora, que ha recibido 1,2 millones de euros para el proyecto Cantares. El proyecto estudiará la poesía oral de la Edad Media durante cinco años.
"""
    ro = """Vizita de studiu la Lublin

În zilele următoare, gazdele ne-au arătat orașul. Am vizitat Muzeul Satului Lublin, Orașul Vechi, Muzeul Castelului împreună cu expoziția de picturi, care ne-a impresionat cel mai mult. Proiectul continuă cu o nouă întâlnire în primăvară.
"""
    assert _partners(es, "es") == []
    assert _partners(ro, "ro") == []


def test_same_body_in_two_cases():
    assert pe.same_body("obce Hażlach", "obec Hażlach")
    assert pe.same_body("města Karviné", "město Karviná")
    assert pe.same_body("Gminy Biała", "Gmina Biała")
    assert pe.same_body("Lubin", "Region of Lubin")
    assert not pe.same_body("Comune di Reggio Emilia", "Regione Emilia-Romagna")
    assert not pe.same_body("Provincia di Trieste", "Comune di Trieste")
