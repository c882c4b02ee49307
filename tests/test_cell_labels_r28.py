"""Labels parted from their values by a table's cells rather than a colon: a row of two cells
whose outer bars were dropped ("Start date | 01.03.2019") and cells run together with no
space ("Tidsperiod2010-09-01 - 2010-12-31")."""
from pipeline.extractors import durations
from tests.section_context import section_context


def _period(text: str, lang: str):
    p = durations.extract(section_context(text, lang), None)
    return p.start, p.end


def test_bar_between_label_and_value_reads_the_dates():
    assert _period("Harbour walk\n\nData de início |01-03-2019\nData de conclusão | 28-02-2021\n", "pt") \
        == ("2019-03-01", "2021-02-28")
    assert _period("Harbour walk\n\nStart date | 01.03.2019\nEnd date |28.02.2021\n", "en") \
        == ("2019-03-01", "2021-02-28")


def test_glued_cells_read_the_dates():
    assert _period("Kustleden\n\nTidsperiod2016-04-01 - 2018-03-31\nBeslutsdatum2016-03-02\n", "sv") \
        == ("2016-04-01", "2018-03-31")
    assert _period("Harbour walk\n\nDuration2016-04-01 - 2018-03-31\n", "en") == ("2016-04-01", "2018-03-31")


def test_a_row_of_more_cells_or_a_word_glued_to_a_digit_is_no_label():
    # a date beside a time, and three cells: no two-cell label row
    assert _period("Harbour walk\n\n12.05.2019 | 11:58\n\nStart date | 01.03.2019 | Mon\n", "en") == (None, None)
    assert _period("Harbour walk\n\nStarters2019 menu\n", "en") == (None, None)
