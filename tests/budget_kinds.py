"""Test helper: the (amount, kind) pairs a text's projects come out with, sorted."""
from pipeline.build import extract_one


def budgets(text: str, lang: str) -> list[tuple]:
    doc = extract_one(text.encode("utf-8"), f"budgets_{lang}.txt", "budgets")[0]
    return sorted((b["amount"], b["kind"]) for p in doc["projects"] for b in p["budgets"])
