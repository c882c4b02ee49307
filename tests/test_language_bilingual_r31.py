"""A bilingual page, Icelandic paragraphs and then an English version, is Icelandic when its
Icelandic paragraphs are the longer part, as for Irish (round 24) and Basque (round 30); round 31:
a school's page, Icelandic first and a shorter English version after, was left as Norwegian."""
from pipeline.language_unprofiled import refine

ICELANDIC = ("Nemendur skólans eru um þessar mundir í heimsókn hjá samstarfsskóla sínum á Ítalíu og taka þátt í "
             "verkefninu sem er styrkt af Erasmus+ og stendur yfir í tvö ár.\n"
             "Skólinn hefur unnið að verkefnum tengdum menningu og sögu í vetur, og nemendurnir gista hjá "
             "fjölskyldum þar sem þeir kynnast nýju fólki og læra mikið af því.\n"
             "Þau koma heim aftur eftir viku og verða reynslunni ríkari, að sögn kennara sem fór með þeim í ferðina.")
ENGLISH = ("Pupils of the school are visiting their partner school in Italy in a project funded by Erasmus+. "
           "They will come home after a week with many new experiences.")
LONG_ENGLISH = ENGLISH + (" The school has worked on projects about culture and history this winter, and the "
                          "pupils stay with families where they meet new people and learn a great deal about "
                          "the country, its language and the work of the other schools of the project.")


def test_icelandic_paragraphs_before_a_shorter_translation_are_icelandic():
    assert refine("no", ICELANDIC + "\n\n" + LONG_ENGLISH) == "is"


def test_icelandic_paragraphs_before_longer_english_stay_english():
    assert refine("en", ICELANDIC + "\n" + (LONG_ENGLISH + "\n") * 4) == "en"


def test_english_page_quoting_an_icelandic_name_stays_english():
    assert refine("en", "Háskóli Íslands and Þjóðminjasafn take part. " + LONG_ENGLISH) == "en"
