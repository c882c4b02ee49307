"""Round 30 (second wave): a dateline with a comma between month and year ("6 Nollaig,
2019") is no numbered list item."""
from pipeline.readers.lines import item_start


def test_day_month_comma_year_is_no_list_item():
    assert item_start("14 Dùbhlachd, 2020") is None
    assert item_start("3 Mars, 2019") is None
    assert item_start("• 3 Mars, 2019") == (None, "•", "3 Mars, 2019")
    # an item whose text merely holds a year further on is still an item
    assert item_start("3 Partners from 2019") == ("3", None, "Partners from 2019")
