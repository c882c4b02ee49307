"""Country codes other than ISO 3166-1 alpha-2: ISO alpha-3 ("SVN", from pycountry through the
generated lexicon), IOC codes ("CRO", "GER") and the international vehicle signs ("SLO", "A",
"D"), from lexicons/country_signs.toml. Codes of two or three letters are read wherever a
country code is (a bracket after a name, a table cell, a programme's pair); the one-letter
vehicle signs only where a caller knows the bracket follows a name (partner_locate)."""
from __future__ import annotations

import json
import tomllib
from functools import lru_cache
from pathlib import Path

_LEXICONS = Path(__file__).with_name("lexicons")


@lru_cache(maxsize=1)
def _signs() -> dict:
    return tomllib.loads((_LEXICONS / "country_signs.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def vehicle_letters() -> dict[str, str]:
    """The one-letter vehicle signs: "A" Austria, "D" Germany, "I" Italy."""
    return {k: v for k, v in _signs()["vehicle"].items() if len(k) == 1}


@lru_cache(maxsize=1)
def long_codes() -> dict[str, str]:
    """Codes of two or three letters -> alpha-2, Europe's only: elsewhere in the world a
    three-letter code is as often an organisation's acronym ("ETH" is no Ethiopia here)."""
    from pipeline.gazetteer import _european_codes

    europe = _european_codes() | {"XK", "TR", "GE", "AM", "AZ"}  # and the Council of Europe's eastern members
    alpha3 = json.loads((_LEXICONS / "generated" / "alpha3.json").read_text("utf-8"))["alpha3"]
    out = {k: v for k, v in alpha3.items() if v in europe}
    for table in ("vehicle", "olympic"):
        out.update({k: v for k, v in _signs()[table].items() if len(k) >= 2})
    return out


def code_country(code: str) -> str | None:
    """The alpha-2 country of a code of two or three capitals that is not itself alpha-2."""
    return long_codes().get(code) if 2 <= len(code) <= 3 and code.isupper() else None
