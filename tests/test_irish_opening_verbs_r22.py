"""Irish, like Welsh, opens its sentences with the verb ("Tá Ollscoil na Gaillimhe ina
comhpháirtí …"); the verb is no part of the organisation's name after it (round 22: the
blind and gold Irish pages had "Tá …" glued to their partners)."""
from pipeline.build import extract_one
from pipeline.nlp import stop_words

TEXT = ("Tionscadal GLAS\n\nTá Ollscoil na Gaillimhe ina comhpháirtí i dtionscadal nua Erasmus+ agus beidh sé ag "
        "obair le scoileanna sa réigiún. Mairfidh an tionscadal trí bliana agus tá súil againn go mbeidh toradh "
        "maith air. Beidh na scoileanna ag obair leis na comhpháirtithe eile.")


def test_irish_opening_verbs_are_stop_words():
    assert {"tá", "bhí", "beidh"} <= stop_words("ga")


def test_the_opening_verb_is_cut_from_the_partner():
    rec = extract_one(TEXT.encode("utf-8"), "ga_t.txt", "ga_t")[0]
    names = [p["name"] for proj in rec["projects"] for p in proj["partners"]]
    assert rec["language"] == "ga"
    assert names == ["Ollscoil na Gaillimhe"], names
