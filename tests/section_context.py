"""Test helper: a document read from text, its language set, as one section's extraction
context — what the partner tests feed the extractors without running the whole build."""
from pipeline.extractors import partners
from pipeline.extractors.context import Context
from pipeline.model import Section
from pipeline.readers import read_document


def section_context(text: str, lang: str) -> Context:
    doc = read_document(text.encode("utf-8"), f"c_{lang}.txt", f"c_{lang}")
    doc.language = lang
    return Context(doc, Section(blocks=tuple(range(len(doc.blocks)))))


def partners_in(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    """(name, country, role) of every partner the partners extractor reads in the text."""
    return [(p.name, p.country, p.role) for p in partners.extract(section_context(text, lang))]
