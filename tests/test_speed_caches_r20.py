"""The caches added for speed keep the answers they replace."""
from pipeline.extractors import partner_names
from pipeline.extractors.programme_names import programme_mentions
from pipeline.lexicons import org_words
from pipeline.regex_cache import compiled


def _by_definition(w: str) -> bool:
    """has_org_word's word test as first written: a scan of every organisation word."""
    words = org_words()
    return w in words or any(len(o) >= 5 and ((w.startswith(o) and len(w) - len(o) <= 2)
                                              or (w.endswith(o) and len(w) - len(o) >= 3)) for o in words)


def test_org_word_lookup_agrees_with_the_scan():
    long = sorted(o for o in org_words() if len(o) >= 5)[:200]
    words = [o + e for o in long for e in ("", "a", "em", "ami", "xyz")] \
        + ["abc" + o for o in long] + ["ab" + o for o in long] + [o[:-1] for o in long] \
        + ["mustermann", "novak", "x", "zz"]
    assert [partner_names._org_word(w) for w in words] == [_by_definition(w) for w in words]
    assert partner_names.has_org_word("Uniwersytetem Wrocławskim")
    assert not partner_names.has_org_word("Jan Nowak")


def test_programme_mentions_gives_a_fresh_list_each_time():
    text = "Il progetto è finanziato dal programma Interreg V-A Italia-Slovenia 2014-2020."
    first = programme_mentions(text, "it")
    assert first
    first.clear()  # a caller that changes its list must not change the next caller's
    assert programme_mentions(text, "it")


def test_compiled_pattern_is_kept():
    assert compiled(r"(?<!\w)projekt(?!\w)") is compiled(r"(?<!\w)projekt(?!\w)")
    assert compiled("a", 2).flags != compiled("a").flags
