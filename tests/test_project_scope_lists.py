"""A list on a page that names no project and speaks of none in the singular is a programme's
or a call's themes, not a project's activities."""
import pytest

from pipeline.build import extract_one

PAGES = [
    ("en", "New call\n\nThe programme opens its second call on 1 March 2024. The call supports the following "
           "themes:\n\n• Innovation and research\n• Climate adaptation\n• Sustainable tourism\n\n"
           "Projects can apply until 30 June 2024."),
    ("pl", "Nowy nabór\n\nProgram ogłasza drugi nabór wniosków. Wspierane będą następujące działania:\n\n"
           "• badania i innowacje\n• adaptacja do zmian klimatu\n• turystyka zrównoważona\n\n"
           "Projekty można składać do 30 czerwca 2024 r."),
]


@pytest.mark.parametrize("lang,text", PAGES)
def test_programme_list_is_no_activity_list(lang, text):
    doc = extract_one(text.encode("utf-8"), f"list_{lang}.txt", "list")[0]
    assert [a for p in doc["projects"] for a in p["activities"]] == []
