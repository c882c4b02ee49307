"""The lead's role written after its name.

(1) A lead cue right after a name's dash, closed by a comma, a bracket or the sentence's end,
or followed by a conjunction, is that name's role ("A - lead partner and B"): the name after
it is the next item, not the lead. A name right after the cue is still the cue's own
("Project X – lead partner Y …").
(2) A legal form in small letters ("e.V.", "s.r.o.") closes a capitalised name: the
lower-case verb after it is the clause's, not a part of the lead's name.
"""
import pytest

from pipeline.build import extract_one
from pipeline.extractors.lead_role_marker import role_marker_after_name


def lead(text: str, lang: str) -> str | None:
    rec = extract_one(text.encode("utf-8"), f"{lang}_test.txt", f"{lang}_test")[0]
    return next((p["lead_partner"] for p in rec["projects"] if p.get("lead_partner")), None)


MARKED = [
    ("bg", "Проект Зелена граница\n\nПроектът на обща стойност 200 000 евро ще се изпълнява съвместно от "
           "Община Тополовград - водещ партньор и Община Лалапаша, Турция - втори партньор.",
     "Община Тополовград"),
    ("ro", "Proiectul Pădurea Verde\n\nProiectul este implementat de Asociația Ecologică Arad, în parteneriat cu "
           "Universitatea Tehnică Timișoara - lider de proiect și Asociația Natura din Ungaria.",
     "Universitatea Tehnică Timișoara"),
    ("cs", "Projekt Zelená hranice\n\nNa projektu spolupracují Město Tábor – vedoucí partner a Gmina Kłodzko z Polska.",
     "Město Tábor"),
    ("sk", "Projekt Zelená hranica\n\nNa projekte spolupracujú Mesto Senica – vedúci partner a Gmina Krynica z Poľska.",
     "Mesto Senica"),
    # the list reader's item ran across the marker ("Grad Čakovec – vodeći partner i Općina")
    ("hr", "Projekt Zelena granica\n\nU projektu sudjeluju Grad Čakovec – vodeći partner i Općina Lendava iz Slovenije.",
     "Grad Čakovec"),
    ("sl", "Projekt Zelena meja\n\nV projektu sodelujejo Občina Brežice – vodilni partner in Grad Samobor iz Hrvaške.",
     "Občina Brežice"),
]


@pytest.mark.parametrize("lang,text,expected", MARKED)
def test_a_role_marker_after_a_dash_qualifies_the_name_before_it(lang, text, expected):
    assert (lead(text, lang) or "").rstrip(".") == expected


@pytest.mark.parametrize("before,after,conj,expected", [
    ("съвместно от Община Тополовград - ", " и Община Лалапаша.", ["и"], True),
    ("Mateřská škola Beruška (Slovinsko) – ", ", Základní škola Lipník.", ["a"], True),
    ("Hochschule Kehl – ", ".", ["und"], True),
    # the cue introduces the name after it: a project or a country before the dash
    ("«Song and Dance» – ", " MTÜ Euregio toetab …", ["ja"], False),
    ("Szkoły z: Portugalii – ", " Escola Básica de Braga oraz …", ["oraz", "i"], False),
    ("Projekt TERRA – ", ": Stadt Passau, …", ["und"], False),
    ("Partnerem vedoucím je ", " a Město Tábor.", ["a"], False),  # no dash before the cue
])
def test_role_marker_shape(before, after, conj, expected):
    assert role_marker_after_name(before, after, conj) is expected


LEGAL_FORM_THEN_VERB = [
    ("de", "Projekt Grenzenlos\n\nUnter der Federführung der Bürgerstiftung Pirna e.V. beteiligen sich die "
           "Gemeinden Dohna und Heidenau an dem Projekt.",
     "Bürgerstiftung Pirna e.V"),
    ("de", "Projekt Flusslandschaft\n\nKoordiniert von der Umweltwerkstatt Görlitz gGmbH arbeiten fünf Partner "
           "aus Polen und Deutschland zusammen.",
     "Umweltwerkstatt Görlitz gGmbH"),
    ("hu", "Zöld Völgy projekt\n\nA projekt vezető partnere a Zöld Völgy Egyesület e.V. tervezte meg a tanösvényt "
           "a határ mentén.",
     "Zöld Völgy Egyesület e.V"),
    ("en", "Project Blue Coast\n\nCoordinated by Harbour Trust Ltd. applies new methods to the coast.",
     "Harbour Trust Ltd"),
]


@pytest.mark.parametrize("lang,text,expected", LEGAL_FORM_THEN_VERB)
def test_a_lower_case_legal_form_does_not_carry_the_lead_into_its_verb(lang, text, expected):
    assert (lead(text, lang) or "").rstrip(".") == expected
