"""A bilingual page, an Irish paragraph and then its English translation, is Irish when its
Irish paragraphs are the longer part (round 24: such a school page was read as English,
since the English half brings as many function words as the Irish half)."""
from pipeline.language_unprofiled import refine

IRISH = ("Tá an scoil páirteach i dtionscadal Eorpach nua agus tá súil againn go bhfuil an obair ag dul "
         "ar aghaidh go maith. Thug múinteoirí ón Fhrainc agus ón Iodáil cuairt ar an scoil i mí na Samhna "
         "agus chaith siad trí lá ag obair leis na daltaí ar na ceardlanna, agus beidh cuairt eile ann san "
         "earrach chun deireadh a chur leis an obair.")
ENGLISH = ("The school is taking part in a new European project and we hope the work is going well. "
           "Teachers from France and Italy visited the school in November and spent three days working "
           "with the students.")
LONG_ENGLISH = ENGLISH + (" The visit ended with a concert in the town hall, and the students will travel to "
                          "Italy in the spring to finish the work with their partners and to present it to "
                          "the parents and to the other schools of the region at a final meeting.")


def test_irish_paragraph_before_a_shorter_translation_is_irish():
    assert refine("en", IRISH + "\n" + ENGLISH) == "ga"


def test_irish_paragraph_before_a_longer_translation_stays_english():
    assert refine("en", IRISH + "\n" + LONG_ENGLISH + "\n" + LONG_ENGLISH) == "en"


def test_english_page_alone_stays_english():
    assert refine("en", ENGLISH) == "en"
