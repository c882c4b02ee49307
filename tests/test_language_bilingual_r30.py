"""A bilingual page, Basque paragraphs and then an English version, is Basque when its Basque
paragraphs are the longer part, as round 24 found for Irish (round 30: a vocational school's
page, Basque first and English after, was read as English)."""
from pipeline.language_unprofiled import refine

BASQUE = ("Ikastetxeak Europako proiektu berri batean parte hartu du eta bertan izan dira beste hiru herrialdetako "
          "irakasleak. Proiektua iaz hasi zen eta datorren urtean amaituko da, eta ikasleek hainbat lan egin "
          "dituzte ingurumenari buruz.\n"
          "Topaketa honetan proiektuaren emaitzak aurkeztu dira eta hurrengo urratsak adostu dira beste "
          "ikastetxeekin batera, eta ikasleek bideo bat egingo dute.")
ENGLISH = ("The school takes part in a new European project and teachers from three other countries were "
           "there. The project started last year and will end next year.")
LONG_ENGLISH = ENGLISH + (" The students have made several pieces of work on the environment, and at this "
                          "meeting the results of the project were presented to the other schools and to the "
                          "parents, and the next steps were agreed with the partners of the project.")


def test_basque_paragraphs_before_a_shorter_translation_are_basque():
    assert refine("en", BASQUE + "\n" + ENGLISH) == "eu"


def test_basque_paragraphs_before_longer_english_stay_english():
    assert refine("en", BASQUE + "\n" + LONG_ENGLISH + "\n" + LONG_ENGLISH + "\n" + LONG_ENGLISH) == "en"


def test_english_page_alone_stays_english():
    assert refine("en", ENGLISH + "\n" + LONG_ENGLISH) == "en"
