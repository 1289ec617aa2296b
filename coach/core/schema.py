"""The routine format as JSON Schema, generated from the models so the two never differ.

    python -m coach.core.schema > routines/schema.json

A clinician's editor that reads JSON Schema (VS Code with the YAML extension, for one) can
then check a routine file as it is typed. A test keeps routines/schema.json up to date.
"""

from __future__ import annotations

import json
from typing import Any

from coach.core.models import Routine

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def routine_json_schema() -> dict[str, Any]:
    schema = Routine.model_json_schema()
    schema["$schema"] = SCHEMA_DIALECT
    schema["title"] = "Coach routine (schema_version 1)"
    schema["description"] = (
        "A routine for Coach, the pregnancy leg-cramp coach. See docs/routine-format.md."
    )
    return schema


def schema_text() -> str:
    return json.dumps(routine_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
