"""Check every record against the JSON Schemas in schemas/ (draft 2020-12)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


@lru_cache(maxsize=1)
def _registry() -> Registry:
    resources = []
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        schema = json.loads(path.read_text("utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(resources)


@lru_cache(maxsize=None)
def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema, registry=_registry())


def problems(record: dict, name: str = "document") -> list[str]:
    """One line per violation ('projects/0/budgets/1/amount: … does not match …'), sorted."""
    out = []
    for err in _validator(name).iter_errors(record):
        where = "/".join(str(p) for p in err.absolute_path) or "(record)"
        out.append(f"{where}: {err.message}"[:300])
    return sorted(out)
