"""Nothing Coach ships may present what the content brief (section 6) rules out:
herbs, homeopathy, needles or pins, mustard plasters, supplement or drug doses, quinine,
fluid restriction, eggshell calcium, or fear claims."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.core.blocklist import FORBIDDEN


def shipped_text_files(repo: Path) -> list[Path]:
    files = sorted((repo / "routines").glob("*.yaml"))
    files += sorted((repo / "routines" / "i18n").glob("*.yaml"))  # translations too
    files += sorted(p for p in (repo / "coach").rglob("*.py") if p.name != "blocklist.py")
    files += sorted((repo / "assets").rglob("*.svg"))
    return files


def test_the_scan_covers_routines_and_ui(repo: Path) -> None:
    names = {p.name for p in shipped_text_files(repo)}
    assert {"exercises.yaml", "relief.yaml", "player_screen.py", "red_flags.py"} <= names
    assert "ru.yaml" in names


@pytest.mark.parametrize("label", sorted(FORBIDDEN))
def test_no_shipped_file_presents_forbidden_advice(repo: Path, label: str) -> None:
    pattern = re.compile(FORBIDDEN[label], re.IGNORECASE)
    hits = []
    for path in shipped_text_files(repo):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                hits.append(f"{path.relative_to(repo)}:{number}: {line.strip()}")
    assert hits == []


@pytest.mark.parametrize(
    "sample",
    [
        "Take 300 mg magnesium",
        "try a mustard plaster",
        "prick the calf with a pin",
        "valerian tea",
        "drink less water at night",
        "Stramonium ampoules",
    ],
)
def test_the_patterns_catch_what_the_seeds_said(sample: str) -> None:
    assert any(re.search(p, sample, re.IGNORECASE) for p in FORBIDDEN.values())
