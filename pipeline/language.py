"""Language of a document, by langdetect with a fixed seed so that runs are repeatable."""
from __future__ import annotations

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0


def detect(text: str) -> tuple[str | None, float | None]:
    """(language code, probability), or (None, None) for text with no letters."""
    sample = text[:20000]
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None, None
    return best.lang.split("-")[0], round(best.prob, 2)
