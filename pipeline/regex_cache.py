"""Patterns built at run time from lexicon words, compiled once.

The extractors build thousands of small patterns from cue words ("(?<!\\w)<cue>(?!\\w)", one
per cue and language) inside loops. The re module keeps only 512 compiled patterns and drops
the oldest when full, so these were compiled again on nearly every use: 44% of extraction
time on the gold set before this cache (see README, "Measuring").
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=16384)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), kept: least recently used first out, so the cue-word
    patterns every document uses stay while patterns made from one document's text pass."""
    return re.compile(pattern, flags)
