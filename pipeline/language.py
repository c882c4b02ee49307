"""Language of a document, by langdetect with a fixed seed so that runs are repeatable;
Serbian, which langdetect lacks, is told from Croatian and Macedonian by language_serbian;
Maltese, Icelandic and Irish, which it lacks too, by language_unprofiled."""
from __future__ import annotations

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

from pipeline.language_serbian import refine
from pipeline.language_unprofiled import refine as refine_unprofiled

DetectorFactory.seed = 0


def detect(text: str) -> tuple[str | None, float | None]:
    """(language code, probability), or (None, None) for text with no letters."""
    sample = text[:20000]
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None, None
    return refine_unprofiled(refine(best.lang.split("-")[0], sample), sample), round(best.prob, 2)
