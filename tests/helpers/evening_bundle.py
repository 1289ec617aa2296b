"""A clinician's routine bundle for tests: YAML with its own exercise and two pictures."""

from __future__ import annotations

import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PICTURES = REPO / "assets" / "illustrations" / "ankle_pumps"

ROUTINE = """\
schema_version: 1
id: evening_care
title: Evening calf care
assigned:
  prescriber: A. Midwife
  clinic: City Maternity Unit
  review_by: 2027-01-10
  frequency: {{days: [mon, wed, fri], at: "21:00"}}
  approvals: [{approvals}]
steps:
  - check: red_flags
  - exercise: seated_towel_calf_stretch
    dose: {{hold_s: {hold}, reps: 2}}
  - exercise: heel_slide
exercises:
  - id: heel_slide
    name: Heel slides
    position: {position}
    illustration: heel_slide
    cues:
      ready: Sit back, legs out.
      do: [Slide one heel toward you, gently, no pain.]
    dose: {{duration_s: 30}}
    sources: [KP]
"""


def evening_yaml(hold: int = 20, position: str = "seated", approvals: str = "") -> str:
    return ROUTINE.format(hold=hold, position=position, approvals=approvals)


def evening_bundle(folder: Path, **changes: object) -> Path:
    """Write evening.zip into `folder` (routine.yaml plus heel_slide/frame1-2.svg)."""
    path = folder / "evening.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("evening/routine.yaml", evening_yaml(**changes))  # type: ignore[arg-type]
        for frame in ("frame1.svg", "frame2.svg"):
            zf.write(PICTURES / frame, f"evening/heel_slide/{frame}")
    return path
