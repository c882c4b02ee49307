"""A town after "from" belongs to the name when the name's type word is one whose town is part
of it (`seat_in_name`): "Universitatea Politehnica din Timișoara", "Liceul Teoretic din
Carei" stay whole, with the town's country; after another name "from" a country still ends it."""
from pipeline.build import extract_one


def partners(text: str, lang: str) -> list[tuple]:
    doc = extract_one(text.encode("utf-8"), f"town_{lang}.txt", "town")[0]
    return [(x["name"], x["country"]) for p in doc["projects"] for x in p["partners"]]


def test_a_universitys_town_after_from_stays_in_its_name():
    text = ("Proiectul AQUA-NET\n\nProiectul AQUA-NET este finanțat prin programul Interreg V-A "
            "România-Ungaria. Partenerii proiectului sunt Universitatea Politehnica din Timișoara și "
            "Universitatea din Debrecen (Ungaria).")
    assert partners(text, "ro") == [("Universitatea Politehnica din Timișoara", "RO"),
                                    ("Universitatea din Debrecen", "HU")]


def test_a_schools_town_after_from_stays_in_its_name():
    text = ("Proiectul VERDE\n\nProiectul VERDE este finanțat prin programul Erasmus+. "
            "Partenerii proiectului sunt Liceul Teoretic din Carei și Colegiul Național din Arad.")
    assert partners(text, "ro") == [("Liceul Teoretic din Carei", "RO"), ("Colegiul Național din Arad", "RO")]
