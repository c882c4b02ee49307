"""An impossible day never dates a page (round 30: the fuzz test found "30/2/2000" written as
the page's publication date 2000-02-30, and "0/0/2000" as 2000-00-00, which failed the
record's schema): each reader of the publication date takes only a real day."""
import pytest

from pipeline.build import extract_one


def _record(text: str) -> dict:
    record, _ = extract_one(text.encode("utf-8"), "doc.txt", "doc")
    return record


@pytest.mark.parametrize("text", [
    "30/2/2000",                                   # a lone day near the top
    "0/0/2000",
    " date 2021-02-30\nProjekt Most přes řeku",    # a capture's date stamp
    "Das Projekt Brücke beginnt.\nSeite zwei.\n31.02.2019",  # a lone day closing the page
    "Publikováno: 31. 2. 2019\nProjekt Most přes řeku začal.",  # after a publication cue
])
def test_impossible_day_dates_no_page(text):
    assert _record(text)["published"] is None


@pytest.mark.parametrize("text, day", [
    (" date 2021-02-28\nProjekt Most přes řeku", "2021-02-28"),
    ("Publikováno: 28. 2. 2019\nProjekt Most přes řeku začal.", "2019-02-28"),
])
def test_real_day_still_dates_the_page(text, day):
    assert _record(text)["published"] == day
