"""A lead-in whose head noun is a word for projects ("the following projects:", "The
projects are:") announces a list of projects, not one project's activities (round 22:
"De norske aktørene deltar i følgende prosjekter:" and "Verkefnin eru:" over bulleted
project names gave false activities). A lead-in that names the kind stays a list of work."""
from pathlib import Path

import pytest

from pipeline.build import doc_ids, extract_one


def _activities(tmp_path: Path, lang: str, text: str) -> list[str]:
    src = tmp_path / f"{lang}_doc.txt"
    src.write_text(text, encoding="utf-8")
    record, _ = extract_one(src.read_bytes(), src.name, doc_ids([src.name])[src.name])
    assert record["language"] == lang
    return [a["text"] for p in record["projects"] for a in p.get("activities") or []]


@pytest.mark.parametrize("lang, text", [
    ('no', 'Prosjektet NORDSCENE får 200 000 euro fra Kreativt Europa.\n\nDe norske aktørene deltar i følgende prosjekter:\n\n  • Nordic Stages Together – Bergen internasjonale festival\n  • Open Doors Dance – Dansens scene i Oslo\n  • Voices of the Coast – Kystscenen i Moss\n\nProsjektene får til sammen 2 millioner euro fra EU.'),
    ('is', 'Á fundi stjórnar Norðurslóðaáætlunar voru þrjú verkefni samþykkt með íslenskri þátttöku.\n\nVerkefnin eru:\n\n  • Northern Roads Together. Samstarf Svíþjóðar, Finnlands og Íslands.\n  • Coastal Food Futures. Samstarf Noregs, Skotlands og Íslands.\n  • Arctic Light Paths. Samstarf Grænlands og Íslands.\n'),
    ('sv', 'Projektet NORRKRAFT har fått 2 miljoner kronor i stöd från Europeiska regionala utvecklingsfonden.\n\nDe beviljade projekten är:\n\n  • Skogens framtid i norr\n  • Digitala byar längs kusten\n  • Grön hamn och ren luft\n\nTotalt beviljas 40 miljoner kronor.'),
])
def test_list_under_a_projects_head_is_no_activity_list(tmp_path, lang, text):
    assert _activities(tmp_path, lang, text) == []


def test_lead_in_naming_activities_is_still_read(tmp_path):
    text = ("The GREENWAY project is funded by the Interreg programme. The project activities are:\n\n"
            "  • training of local guides\n  • construction of a cycling path\n  • a joint promotion campaign\n")
    assert "training of local guides" in _activities(tmp_path, "en", text)
