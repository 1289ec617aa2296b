"""Pregnancy-safety rules: unsafe variants are refused with the rule named, at the line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from coach.core.routine_files import errors_only, validate_file

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "illustrations"

HEAD = """\
schema_version: 1
id: clinic_routine
title: From the clinic
assigned:
  prescriber: A. Midwife
  approvals: [{approvals}]
steps:
  - check: red_flags
  - exercise: mine
    dose: {{{dose}}}
exercises:
  - id: mine
    name: My exercise
    position: {position}
    illustration: mine_pics
    cues:
      ready: {ready}
      do: [{do}]
    dose: {{hold_s: 20, reps: 2}}
    safety: {{{safety}}}
    sources: [KP]
"""


def write(tmp_path: Path, **kw: str) -> Path:
    values = {
        "approvals": "",
        "dose": "",
        "position": "seated",
        "ready": "Sit tall.",
        "do": "Draw the toes gently toward you, no pain.",
        "safety": "",
    }
    values.update(kw)
    folder = tmp_path / "routine"
    (folder / "mine_pics").mkdir(parents=True, exist_ok=True)
    for frame in ("frame1.svg", "frame2.svg"):
        shutil.copyfile(ASSETS / "ankle_pumps" / frame, folder / "mine_pics" / frame)
    path = folder / "routine.yaml"
    path.write_text(HEAD.format(**values), encoding="utf-8")
    return path


def found(tmp_path: Path, library, week: int | None, **kw: str) -> list[str]:
    return [str(p) for p in validate_file(write(tmp_path, **kw), library, None, week)]


def rules(problems: list[str], severity: str = "error") -> set[str]:
    out = set()
    for p in problems:
        is_warning = ": warning: " in p
        tag = re.search(r": \[([a-z0-9-]+)\] ", p)
        if tag and (severity == "warning") == is_warning:
            out.add(tag.group(1))
    return out


def test_the_safe_variant_passes(tmp_path, library) -> None:
    for week in (None, 8, 22, 36):
        assert found(tmp_path, library, week) == []


@pytest.mark.parametrize(
    ("week", "errors", "warnings"),
    [
        (15, set(), set()),
        (17, set(), {"supine"}),
        (20, {"supine"}, set()),
        (None, set(), {"supine"}),
    ],
)
def test_lying_on_the_back(tmp_path, library, week, errors, warnings) -> None:
    problems = found(tmp_path, library, week, position="supine")
    assert rules(problems) == errors
    assert rules(problems, "warning") == warnings
    if errors:
        assert any(":14:15: exercises[0].position: [supine]" in p for p in problems)


def test_approved_supine_is_capped_at_two_minutes(tmp_path, library) -> None:
    ok = found(tmp_path, library, 24, position="supine", approvals="supine_after_week_20")
    assert rules(ok) == set()
    long = found(tmp_path, library, 24, position="supine", approvals="supine_after_week_20",
                 dose="duration_s: 180, hold_s: null")  # fmt: skip
    assert rules(long) == {"supine"}
    assert any("steps[1].dose.duration_s" in p and "180 s" in p for p in long)


def test_face_down_only_in_the_first_trimester(tmp_path, library) -> None:
    assert rules(found(tmp_path, library, 10, position="prone")) == set()
    assert rules(found(tmp_path, library, 14, position="prone")) == {"prone"}
    assert rules(found(tmp_path, library, None, position="prone")) == {"prone"}


@pytest.mark.parametrize(
    "cue", ["Point your toes, gently.", "Plantarflex gently.", "Push toes away gently."]
)
def test_toe_pointing_cues_are_refused(tmp_path, library, cue) -> None:
    assert "toe-pointing" in rules(found(tmp_path, library, 25, do=cue))


def test_long_pointed_foot_is_refused(tmp_path, library) -> None:
    problems = found(tmp_path, library, 25, safety="end_range_plantarflex_s: 5")
    assert rules(problems) == {"toe-pointing"}
    assert any("safety.end_range_plantarflex_s" in p for p in problems)


def test_hold_length(tmp_path, library) -> None:
    assert rules(found(tmp_path, library, 25, dose="hold_s: 45")) == {"hold-length"}
    approved = found(tmp_path, library, 25, dose="hold_s: 45", approvals="hold_over_30s")
    assert rules(approved) == set() and rules(approved, "warning") == {"hold-length"}
    refused = found(tmp_path, library, 25, dose="hold_s: 90", approvals="hold_over_30s")
    assert rules(refused) == {"hold-length"}
    assert any(":10:20: steps[1].dose.hold_s: [hold-length] holds over 60 s" in p for p in refused)


def test_stretch_without_a_gentle_cue_warns(tmp_path, library) -> None:
    problems = found(tmp_path, library, 25, do="Pull the toes toward you.")
    assert rules(problems, "warning") == {"gentle-cue"}


def test_bouncing_is_refused_but_no_bouncing_is_fine(tmp_path, library) -> None:
    assert "bouncing" in rules(found(tmp_path, library, 25, do="Bounce gently three times."))
    assert rules(found(tmp_path, library, 25, do="Hold gently, no bouncing.")) == set()


def test_third_trimester_standing_rules(tmp_path, library) -> None:
    heel = dict(position="standing", safety="single_leg: false")
    path = write(tmp_path, **heel)
    text = path.read_text().replace(
        "id: mine\n    name: My exercise", "id: mine\n    name: Heel raise"
    )
    path.write_text(text)
    t3 = [str(p) for p in validate_file(path, library, None, 30)]
    assert rules(t3) == {"standing-t3"}
    t2 = [str(p) for p in validate_file(path, library, None, 20)]
    assert rules(t2) == set()
    path.write_text(text.replace("single_leg: false", "single_leg: true, support_required: true"))
    assert "single-leg heel raises" in " ".join(
        str(p) for p in validate_file(path, library, None, 30)
    )


def test_heat_is_limited_and_must_be_covered(tmp_path, library) -> None:
    too_long = found(tmp_path, library, 25, safety="heat_min: 30", ready="Wrap it in a cover.")
    assert rules(too_long) == {"heat"}
    uncovered = found(tmp_path, library, 25, safety="heat_min: 10")
    assert rules(uncovered, "warning") == {"heat"}


@pytest.mark.parametrize(
    "text", ["Take 300 mg magnesium.", "Rub with valerian oil.", "Prick the calf with a pin."]
)
def test_forbidden_advice_is_refused_wherever_it_is(tmp_path, library, text) -> None:
    problems = found(tmp_path, library, 25, ready=text.replace(":", ""))
    assert rules(problems) == {"blocklist"}
    assert any("exercises[0].cues.ready" in p for p in problems)


def test_an_unknown_approval_is_refused(tmp_path, library) -> None:
    problems = found(tmp_path, library, 25, approvals="everything_goes")
    assert any("assigned.approvals[0]" in p for p in problems)


def test_own_pictures_must_be_in_the_routine_folder(tmp_path, library) -> None:
    path = write(tmp_path)
    shutil.rmtree(path.parent / "mine_pics")
    [problem] = errors_only(validate_file(path, library, None, 25))
    assert "exercises[0].illustration: needs at least 2 pictures" in str(problem)


def test_builtin_routines_pass_every_rule_at_every_week(repo, library) -> None:
    for name in ("bedtime", "daytime", "relief"):
        for week in (None, *range(0, 46)):
            assert validate_file(repo / "routines" / f"{name}.yaml", library, None, week) == []
