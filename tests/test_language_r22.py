"""Irish told from English by its eclipsed lower-case words, when the page writes few
capitals after its particles (round 22: an Irish Erasmus+ page was read as English)."""
from pipeline.language_unprofiled import refine

IRISH = ("Tá an chomhairle ina páirtí i dtogra nua agus tá súil againn go bhfuil an obair ag dul ar aghaidh. "
         "Beidh cuairteanna le heagrú sna tíortha atá páirteach sa togra seo agus déanfar ceardlanna ann. "
         "Mar chuid den togra seo tá ár gcuid múinteoirí ag obair le chéile chun cur chuige nua a fhorbairt, "
         "agus beidh an obair seo ar fáil freisin do scoileanna eile faoi dheireadh an tionscadail.")
ENGLISH = ("The council is a partner in a new project and we hope that the work is going well. Visits will be "
           "organised in the countries taking part in the project and workshops will be held there, with "
           "teachers from Dublin, Galway and Cork. The Irish name of the project is 'Ár gCuid Teangacha'.")


def test_irish_with_lower_case_eclipsis_is_irish():
    assert refine("en", IRISH) == "ga"


def test_english_quoting_an_irish_name_stays_english():
    assert refine("en", ENGLISH) == "en"


def test_eclipsis_alone_does_not_make_irish():
    # two eclipsed words, but the function words are English
    assert refine("en", "The bhfuil and dtír words are Irish; the page and its sentences are English.") == "en"
