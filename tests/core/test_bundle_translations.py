"""A clinician's bundle may carry translations (i18n/<lang>.yaml beside the routine); they are
unpacked safely, checked for forbidden advice at import, and checked by `coach validate`."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from coach.__main__ import main
from coach.core.bundle import BundleError, import_bundle
from coach.core.routine_import import import_routine
from tests.helpers.evening_bundle import PICTURES, evening_yaml

GOOD = 'schema_version: 1\nlanguage: ru\nmessages:\n  "Heel slides": "Скольжение пяткой"\n'
UNSAFE = 'schema_version: 1\nlanguage: ru\nmessages:\n  "Heel slides": "Горчичник на икру"\n'
BROKEN = 'schema_version: 1\nlanguage: ru\nmessages:\n  "Heel slides": 12\n'


def zipped(path: Path, entries: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        for frame in ("frame1.svg", "frame2.svg"):
            zf.write(PICTURES / frame, f"evening/heel_slide/{frame}")
    return path


def evening(tmp_path: Path, translation: str | None, where: str = "evening/i18n/ru.yaml") -> Path:
    entries: dict[str, str | bytes] = {"evening/routine.yaml": evening_yaml()}
    if translation is not None:
        entries[where] = translation
    return zipped(tmp_path / "evening.zip", entries)


def test_a_translation_beside_the_routine_is_unpacked_privately(tmp_path: Path) -> None:
    imported = import_bundle(evening(tmp_path, GOOD), tmp_path / "routines")
    path = imported.folder / "i18n" / "ru.yaml"
    assert path.read_text(encoding="utf-8") == GOOD
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(imported.pictures) == 2


def test_a_translation_elsewhere_in_the_bundle_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="is a translation outside the i18n/ folder"):
        import_bundle(evening(tmp_path, GOOD, "other/i18n/ru.yaml"), tmp_path / "routines")
    assert not (tmp_path / "routines").exists()  # refused before anything was written


def test_a_yaml_file_not_named_like_a_language_still_counts_as_a_routine(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="2 routine files"):
        import_bundle(evening(tmp_path, GOOD, "evening/i18n/russian.yaml"), tmp_path / "routines")


def test_a_translation_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    entries: dict[str, str | bytes] = {
        "evening/routine.yaml": evening_yaml(),
        "evening/i18n/ru.yaml": GOOD.encode("cp1251"),
    }
    with pytest.raises(BundleError, match="not UTF-8"):
        import_bundle(zipped(tmp_path / "e.zip", entries), tmp_path / "routines")


def test_import_refuses_forbidden_advice_in_a_translation(tmp_path: Path, library) -> None:
    with pytest.raises(BundleError) as info:
        import_routine(evening(tmp_path, UNSAFE), library.copy(), tmp_path / "routines", 25)
    assert "translation ru.yaml" in str(info.value) and "[blocklist]" in str(info.value)
    assert not any((tmp_path / "routines").iterdir())


def test_import_keeps_a_routine_whose_translation_is_broken_and_warns(
    tmp_path: Path, library
) -> None:
    lib = library.copy()
    outcome = import_routine(evening(tmp_path, BROKEN), lib, tmp_path / "routines", 25)
    assert outcome.routine.id == "evening_care"
    assert any(w.startswith("translation ru.yaml, line 4") for w in outcome.warnings)


def test_validate_reports_translations_beside_a_routine(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "evening"
    (folder / "i18n").mkdir(parents=True)
    (folder / "heel_slide").mkdir()
    for frame in ("frame1.svg", "frame2.svg"):
        (folder / "heel_slide" / frame).write_bytes((PICTURES / frame).read_bytes())
    (folder / "routine.yaml").write_text(evening_yaml(), encoding="utf-8")
    (folder / "i18n" / "ru.yaml").write_text(BROKEN, encoding="utf-8")
    (folder / "i18n" / "uk.yaml").write_text(UNSAFE.replace("ru", "uk"), encoding="utf-8")
    assert main(["validate", str(folder / "routine.yaml")]) == 1
    out = capsys.readouterr().out
    assert "ru.yaml:4:18: warning: messages['Heel slides']: the translation must be text" in out
    assert "uk.yaml:4:18: messages['Heel slides']: [blocklist] must not present mustard" in out
    (folder / "i18n" / "uk.yaml").unlink()
    assert main(["validate", "-q", str(folder / "i18n" / "ru.yaml")]) == 1  # on its own: error
    (folder / "i18n" / "ru.yaml").write_text(GOOD, encoding="utf-8")
    assert main(["validate", str(folder / "routine.yaml"), str(folder / "i18n" / "ru.yaml")]) == 0
