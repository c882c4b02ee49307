"""A listing cue ("including", "darunter") opens a partner list after a partner noun, not
after a verb of taking part: who took part in an event are guests, not the project's partners."""
from tests.section_context import partners_in

VERB_THEN_LISTING = [
    ("en", "The opening ceremony took place in the town hall.\n\nMany guests took part in the festival, "
           "including Grand Hotel Rivermouth and Old Harbour Museum.\n"),
    ("de", "Die Eröffnung fand im Rathaus statt.\n\nAn dem Fest nahmen viele Gäste teil, "
           "darunter Hotel Seeblick und Stadtmuseum Altburg.\n"),
]

NOUN_THEN_LISTING = [
    ("en", "The project has five partners, including Northfield Development Agency and Lakeside Energy Cluster.\n",
     "Northfield Development Agency"),
    ("de", "Das Projekt hat fünf Partner, darunter die Entwicklungsagentur Nordfeld und der Energiecluster Seeland.\n",
     "Entwicklungsagentur Nordfeld"),
]


def test_no_partners_from_a_listing_after_a_verb_of_taking_part():
    for lang, text in VERB_THEN_LISTING:
        names = [n for n, _, _ in partners_in(text, lang)]
        assert not any("Hotel" in n or "Museum" in n or "museum" in n for n in names), (lang, names)


def test_a_listing_after_a_partner_noun_still_reads_the_partners():
    for lang, text, expected in NOUN_THEN_LISTING:
        names = [n for n, _, _ in partners_in(text, lang)]
        assert expected in names, (lang, names)
