"""Writing a routine back out as tidy YAML, and as a bundle Coach can import.

The routine builder makes a `Routine` model; clinicians and reviewers then read the file, so
it is written the way a person would write it: defaults left out, fields in the model's order,
small doses on one line (`dose: {hold_s: 20, reps: 3}`), dates as YYYY-MM-DD. The text is
always read back by the same strict loader, so what is saved is exactly what gets played.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from coach.core import records
from coach.core.atomic import atomic_write_bytes
from coach.core.models import Routine

__all__ = ["BUNDLE_ROUTINE_NAME", "routine_to_yaml", "save_bundle"]

BUNDLE_ROUTINE_NAME = "routine.yaml"
ALWAYS_WRITTEN = ("schema_version", "id", "title", "steps")
WIDTH = 100


class _Flow(dict[str, Any]):
    """A small mapping written on one line, like the built-in routine files do for doses."""


class _FlowList(list[Any]):
    """A short list of words written on one line (days, times)."""


class _TidyDumper(yaml.SafeDumper):
    """SafeDumper that indents lists under their key and knows the two flow markers."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _flow_mapping(dumper: yaml.SafeDumper, data: _Flow) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


def _flow_sequence(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


_TidyDumper.add_representer(_Flow, _flow_mapping)
_TidyDumper.add_representer(_FlowList, _flow_sequence)


def _tidy(routine: Routine) -> dict[str, Any]:
    """The routine as plain data, defaults dropped, ready for the dumper."""
    if not isinstance(routine, Routine):  # a played record: check it back into the model
        routine = Routine.model_validate(records.to_data(routine))
    data: dict[str, Any] = routine.model_dump(mode="json", exclude_defaults=True)
    full = routine.model_dump(mode="json")
    # Keep the model's key order while making sure the identifying fields are present.
    out = {
        key: data[key] if key in data else full[key]
        for key in full
        if key in data or key in ALWAYS_WRITTEN
    }
    for step in out.get("steps", []):
        if isinstance(step.get("dose"), dict):
            step["dose"] = _Flow(step["dose"])
    for exercise in out.get("exercises", []):
        if isinstance(exercise.get("dose"), dict):
            exercise["dose"] = _Flow(exercise["dose"])
        if isinstance(exercise.get("safety"), dict):
            exercise["safety"] = _Flow(exercise["safety"])
        for mod in exercise.get("modifications", []):
            for key in ("when", "dose"):
                if isinstance(mod.get(key), dict):
                    mod[key] = _Flow(mod[key])
            if "sources" in mod:
                mod["sources"] = _FlowList(mod["sources"])
        if "sources" in exercise:
            exercise["sources"] = _FlowList(exercise["sources"])
    assigned = out.get("assigned")
    if isinstance(assigned, dict):
        for key in ("issued", "review_by"):
            if isinstance(assigned.get(key), str):
                # A real date is written bare (2026-03-01), not as a quoted string.
                assigned[key] = date.fromisoformat(assigned[key])
        frequency = assigned.get("frequency")
        if isinstance(frequency, dict):
            for key in ("days", "at"):
                if isinstance(frequency.get(key), list):
                    frequency[key] = _FlowList(frequency[key])
    return out


def routine_to_yaml(routine: Routine) -> str:
    """A human-readable routine file that loads back into an equal `Routine`."""
    body = yaml.dump(
        _tidy(routine),
        Dumper=_TidyDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=WIDTH,
    )
    title = " ".join(routine.title.split())
    return f"# Coach routine: {title} (made with Coach's routine builder)\n{body}"


def bundle_bytes(routine: Routine) -> bytes:
    """The zip Coach imports: just routine.yaml, since catalogue exercises bring their pictures."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo(BUNDLE_ROUTINE_NAME, date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        archive.writestr(info, routine_to_yaml(routine).encode("utf-8"))
    return buffer.getvalue()


def save_bundle(routine: Routine, path: Path) -> Path:
    """Write the bundle atomically (a crash never leaves half a zip); returns the path used."""
    path = Path(path)
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    atomic_write_bytes(path, bundle_bytes(routine), own_folder=False)
    return path
