"""Round 21: a lead cue in mid-sentence followed right away by a capitalised name that holds
an organisation-type word names the lead, whatever stands before the cue ("kojemu je glavni
koordinator Osnovna škola X", "на водечкиот партнер Народно читалиште „X“ и …"); a person's
name after the cue is left alone. Invented texts."""
import pytest

from tests.section_context import partners_in


def _lead(text: str, lang: str) -> str | None:
    return next((name for name, _, role in partners_in(text, lang) if role == "lead"), None)


APPOSED = [
    ("hr", "Učenici su posjetili Split u sklopu projekta Zeleni koraci, kojemu je glavni koordinator "
           "Osnovna škola Brezovica. Posjet je trajao pet dana.", "Osnovna škola Brezovica"),
    ("mk", "На 17 февруари во Охрид се одржа состанок во рамките на проектот „Мост“ помеѓу тимовите на "
           "водечкиот партнер Народно читалиште „Светлост“ и проектниот партнер Центар за развој.",
     "Народно читалиште „Светлост“"),
    ("bg", "На 17 февруари в Мелник се проведе среща по проекта „Мост“ между екипите на водещия партньор "
           "Народно читалище „Звезда“ и партньорите от Гърция.", "Народно читалище „Звезда“"),
    ("en", "On 3 May the teams of the project Green Steps met in Porto: the teams of the lead partner "
           "Riverside High School and of the partner schools from Spain.", "Riverside High School"),
]


@pytest.mark.parametrize("lang,text,lead", APPOSED)
def test_a_typed_name_right_after_a_lead_cue_is_the_lead(lang, text, lead):
    assert _lead(text, lang) == lead


PEOPLE = [
    ("hr", "Učenici su posjetili Split u sklopu projekta Zeleni koraci, kojemu je glavni koordinator "
           "Ivana Horvat. Posjet je trajao pet dana."),
    ("en", "On 3 May the teams of the project Green Steps met in Porto: the teams of the lead partner "
           "Mary Jones and of the partner schools from Spain."),
]


@pytest.mark.parametrize("lang,text", PEOPLE)
def test_a_person_after_a_lead_cue_is_no_lead(lang, text):
    assert _lead(text, lang) is None


SUBJECTS = [
    # the subject of "is lead partner": a district's type word makes it no person
    ("de", "Der Bezirk Liberec und die Stadt Zittau arbeiten zusammen. Der Bezirk Liberec ist Leadpartner "
           "in diesem Projekt.", "Bezirk Liberec"),
]


@pytest.mark.parametrize("lang,text,lead", SUBJECTS)
def test_a_typed_subject_of_a_lead_cue_is_the_lead(lang, text, lead):
    assert _lead(text, lang) == lead
