"""Round 26: "uključujući" / "укључујући" (including) after an activity cue opens its
enumeration as "kao što su" does; the word itself is no part of the first item."""
from pipeline.extractors import activities
from tests.section_context import section_context


def _items(text: str, lang: str) -> list[str]:
    return [a.text for a in activities.extract(section_context(text, lang))]


def test_including_opens_the_list_sr_latin():
    text = "Projekat obuhvata aktivnosti uključujući obuke nastavnika, studijske posete i završnu konferenciju.\n"
    assert _items(text, "sr") == ["obuke nastavnika", "studijske posete", "završnu konferenciju"]


def test_including_opens_the_list_sr_cyrillic():
    text = "Пројекат обухвата активности укључујући обуке наставника, студијске посете и завршну конференцију.\n"
    assert _items(text, "sr") == ["обуке наставника", "студијске посете", "завршну конференцију"]


def test_including_opens_the_list_hr():
    text = "Projekt obuhvaća aktivnosti uključujući edukacije nastavnika, studijske posjete i završnu konferenciju.\n"
    assert _items(text, "hr") == ["edukacije nastavnika", "studijske posjete", "završnu konferenciju"]
