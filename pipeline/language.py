"""Language of a document, by langdetect with a fixed seed so that runs are repeatable;
Serbian, which langdetect lacks, is told from Croatian and Macedonian by language_serbian;
Maltese, Icelandic and Irish, which it lacks too, by language_unprofiled."""
from __future__ import annotations

import re

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

from pipeline.language_serbian import refine
from pipeline.language_unprofiled import refine as refine_unprofiled

DetectorFactory.seed = 0


_WORD = re.compile(r"[^\W\d_]+")


def prose_sample(text: str) -> str:
    """The page's running sentences when they make a fair sample, else the page itself.
    Lists of partners, titles and names are often in English or in the partners' own
    languages, so they outvote a short prose paragraph in the page's language."""
    prose = []
    for line in text.splitlines():
        words = _WORD.findall(line)
        if len(words) >= 8 and sum(w[0].islower() for w in words) * 2 > len(words):
            prose.append(line)
    joined = "\n".join(prose)
    return joined if len(joined) >= 300 else text


def detect(text: str) -> tuple[str | None, float | None]:
    """(language code, probability), or (None, None) for text with no letters."""
    sample = prose_sample(text)[:20000]
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return None, None
    return refine_unprofiled(refine(best.lang.split("-")[0], sample), sample), round(best.prob, 2)
