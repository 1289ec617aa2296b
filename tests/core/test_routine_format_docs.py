"""The published format: the JSON Schema matches the models, and the docs' example works."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from coach.core.routine_files import parse_routine, read_document, validate_file
from coach.core.schema import routine_json_schema
from coach.core.timeline import plan

ROOT = Path(__file__).resolve().parents[2]


def test_schema_file_is_generated_from_the_models() -> None:
    on_disk = json.loads((ROOT / "routines" / "schema.json").read_text())
    assert on_disk == routine_json_schema(), (
        "run: python -m coach.core.schema > routines/schema.json"
    )


def test_schema_covers_every_routine_field() -> None:
    props = routine_json_schema()["properties"]
    assert {"schema_version", "id", "title", "steps", "exercises", "assigned"} <= set(props)
    assigned = routine_json_schema()["$defs"]["Assigned"]["properties"]
    assert {
        "prescriber",
        "clinic",
        "issued",
        "review_by",
        "frequency",
        "notes",
        "approvals",
    } <= set(assigned)


def test_the_docs_example_imports_and_plays(tmp_path: Path, library) -> None:
    text = (ROOT / "docs" / "routine-format.md").read_text()
    example = re.search(r"## A complete example\n\n```yaml\n(.*?)```", text, re.S).group(1)
    folder = tmp_path / "calf_care"
    (folder / "heel_slide").mkdir(parents=True)
    for frame in ("frame1.svg", "frame2.svg"):
        shutil.copyfile(
            ROOT / "assets" / "illustrations" / "ankle_pumps" / frame, folder / "heel_slide" / frame
        )
    path = folder / "routine.yaml"
    path.write_text(example)
    assert validate_file(path, library, None, 30) == []
    routine = parse_routine(read_document(path), library.catalogue, library.sources, folder)
    timeline = plan(routine, library.catalogue_for(routine))
    assert routine.assigned.prescriber == "A. Midwife"
    assert routine.assigned.frequency.at == ["21:00"]
    assert any(s.exercise_id == "heel_slide" for s in timeline.segments)
    assert 4 * 60 < timeline.total_s < 10 * 60


def test_docs_list_every_catalogue_exercise_and_rule(library) -> None:
    text = (ROOT / "docs" / "routine-format.md").read_text()
    for exercise_id in library.catalogue:
        assert f"`{exercise_id}`" in text
    for rule in (
        "supine",
        "prone",
        "toe-pointing",
        "hold-length",
        "gentle-cue",
        "bouncing",
        "standing-t3",
        "heat",
        "blocklist",
    ):
        assert f"`{rule}`" in text
