"""A page's language is read from its running sentences, so that long lists of partners and
titles in English (or in the partners' own languages) do not outvote a prose paragraph."""
from pipeline.language import detect, prose_sample

SV = ("Kommissionen har valt ut sju nya allianser av universitet, och de kommer att få bidrag "
      "under en period på tre år. Samarbetet mellan länderna har vuxit stadigt sedan starten, "
      "och flera svenska lärosäten är med i de nya nätverken som presenterades i veckan.\n"
      "Alla allianser ska ta emot studenter från hela Europa och erbjuda gemensamma kurser, "
      "och de första utbytena väntas redan under nästa läsår.")
LIST = "\n".join(
    f"{acr} – European University Alliance for {topic}\n"
    "University of Vienna (AT), Technical University of Munich (DE), University College Dublin "
    "(IE), Free University of Brussels (BE), University of Bologna (IT), Charles University (CZ)"
    for acr, topic in [("ALPHA", "Open Science"), ("BETA", "Global Health"),
                       ("GAMMA", "Sustainable Cities"), ("DELTA", "Digital Education"),
                       ("EPSILON", "Marine Research"), ("ZETA", "Civic Engagement")])


def test_prose_outvotes_english_partner_lists():
    assert detect(SV + "\n\n" + LIST)[0] == "sv"


def test_prose_sample_keeps_only_running_sentences():
    sample = prose_sample(SV + "\n\n" + LIST)
    assert "Kommissionen" in sample and "ALPHA" not in sample


def test_page_without_prose_is_read_whole():
    assert prose_sample(LIST) == LIST
    assert detect(LIST)[0] == "en"
