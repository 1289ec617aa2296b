"""Routine content in the person's language: lookup, merging, safe loading, the planner."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.core import content_i18n
from coach.core.content_i18n import (
    ContentTranslation,
    check_translation,
    load_content_translation,
    normalise_language,
    set_content_language,
    translation_for,
    translation_problems,
)
from coach.core.profile import Profile
from coach.core.routine_files import parse_routine, read_document
from coach.core.timeline import SegmentKind, plan
from coach.core.vocab import Condition

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh() -> Iterator[None]:
    content_i18n.clear_cache()
    yield
    set_content_language("en")
    content_i18n.clear_cache()


def write(folder: Path, body: str, lang: str = "ru") -> Path:
    path = folder / "i18n" / f"{lang}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def messages(*pairs: tuple[str, str], lang: str = "ru") -> str:
    lines = [f'  "{en}": "{tr}"' for en, tr in pairs]
    return "schema_version: 1\nlanguage: {}\nmessages:\n{}\n".format(lang, "\n".join(lines))


# -- lookup and merging ----------------------------------------------------------------


def test_a_missing_text_stays_in_english() -> None:
    t = ContentTranslation("ru", {"Ankle circles": "Круги стопой"})
    assert t.text("Ankle circles") == "Круги стопой"
    assert t.text("Toe spreads") == "Toe spreads"


def test_the_routines_own_translation_wins_then_coachs_fills_in(tmp_path: Path) -> None:
    own, builtin = tmp_path / "own", tmp_path / "builtin"
    write(own, messages(("Ankle circles", "Вращение стопой"), ("Heel slides", "Скольжение")))
    write(builtin, messages(("Ankle circles", "Круги стопой"), ("Ankle pumps", "Стопа на себя")))
    t = translation_for((own, builtin), "ru")
    assert t.text("Ankle circles") == "Вращение стопой"
    assert t.text("Heel slides") == "Скольжение"
    assert t.text("Ankle pumps") == "Стопа на себя"
    assert translation_for((None, builtin), "ru").text("Ankle circles") == "Круги стопой"


def test_english_reads_no_file_at_all(tmp_path: Path) -> None:
    write(tmp_path, "not: [valid", lang="en")
    assert translation_for((tmp_path,), "en").messages == {}
    assert load_content_translation(tmp_path, "en").messages == {}


def test_the_current_language_is_used_when_none_is_given(tmp_path: Path) -> None:
    write(tmp_path, messages(("Gentle walk", "Неспешная ходьба")))
    assert translation_for((tmp_path,)).text("Gentle walk") == "Gentle walk"
    set_content_language("ru_RU.UTF-8")
    assert content_i18n.content_language() == "ru"
    assert translation_for((tmp_path,)).text("Gentle walk") == "Неспешная ходьба"


@pytest.mark.parametrize(
    ("given", "code"),
    [("ru", "ru"), ("RU", "ru"), ("ru-RU", "ru"), ("ru_RU.UTF-8", "ru"), ("", "en"),
     (None, "en"), ("../../etc", "en"), ("C", "en"), ("english", "en")],
)  # fmt: skip
def test_language_codes_are_normalised_and_cannot_name_a_path(given: str | None, code: str) -> None:
    assert normalise_language(given) == code


def test_system_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert normalise_language("system") == "ru"


def test_translations_are_cached_and_reread_when_the_file_changes(tmp_path: Path) -> None:
    path = write(tmp_path, messages(("Gentle walk", "Ходьба")))
    first = load_content_translation(tmp_path, "ru")
    assert load_content_translation(tmp_path, "ru") is first
    path.write_text(messages(("Gentle walk", "Неспешная ходьба")), encoding="utf-8")
    assert load_content_translation(tmp_path, "ru").text("Gentle walk") == "Неспешная ходьба"
    path.unlink()
    assert load_content_translation(tmp_path, "ru").messages == {}


# -- broken and hostile files are ignored, never fatal -------------------------------------

HOSTILE = {
    "a tag": 'schema_version: 1\nlanguage: ru\nmessages: !!python/object/apply:os.system ["x"]\n',
    "an alias": 'schema_version: 1\nlanguage: ru\nmessages:\n  a: &x "б"\n  b: *x\n',
    "a number": 'schema_version: 1\nlanguage: ru\nmessages:\n  "Gentle walk": 12\n',
    "a list": 'schema_version: 1\nlanguage: ru\nmessages:\n  "Gentle walk": [a, b]\n',
    "a yes": 'schema_version: 1\nlanguage: ru\nmessages:\n  "Gentle walk": yes\n',
    "too long": messages(("Gentle walk", "я" * 241)),
    "empty": messages(("Gentle walk", " ")),
    "wrong language": messages(("Gentle walk", "Ходьба"), lang="de"),
    "wrong version": messages(("Gentle walk", "Ходьба")).replace("schema_version: 1", "schema_version: 2"),
    "unknown field": messages(("Gentle walk", "Ходьба")) + "extra: 1\n",
    "not a mapping": "- a\n- b\n",
    "messages not a mapping": "schema_version: 1\nlanguage: ru\nmessages: [a]\n",
    "broken yaml": 'schema_version: 1\nlanguage: ru\nmessages: {"a": "б"\n',
    "duplicate key": messages(("Gentle walk", "Ходьба"), ("Gentle walk", "Прогулка")),
    "forbidden advice": messages(("Gentle walk", "Выпейте настой валерианы")),
    "too deep": "schema_version: 1\nlanguage: ru\nmessages:\n  a: " + "[" * 30 + "]" * 30 + "\n",
}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_broken_or_hostile_file_is_ignored_with_a_warning(
    tmp_path: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    write(tmp_path, HOSTILE[kind])
    assert load_content_translation(tmp_path, "ru").messages == {}
    assert "ignoring the translation" in caplog.text
    assert check_translation(tmp_path / "i18n" / "ru.yaml")[1] != []


def test_a_huge_file_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = write(tmp_path, messages(("a", "б")) + "# " + "x" * content_i18n.MAX_FILE_BYTES)
    messages_, problems = check_translation(path)
    assert messages_ == {} and "too large" in problems[0].message
    assert load_content_translation(tmp_path, "ru").messages == {}


def test_a_folder_in_place_of_the_file_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "i18n" / "ru.yaml").mkdir(parents=True)
    assert load_content_translation(tmp_path, "ru").messages == {}


def test_validation_warns_about_a_broken_file_and_errs_on_forbidden_advice(tmp_path: Path) -> None:
    write(tmp_path, HOSTILE["a number"], lang="ru")
    write(tmp_path, messages(("Warm compress", "Горчичник на ночь"), lang="uk"), lang="uk")
    problems = translation_problems(tmp_path)
    by_file = {Path(p.filename).name: p for p in problems}
    assert by_file["ru.yaml"].severity == "warning"
    assert by_file["uk.yaml"].severity == "error"
    assert "[blocklist]" in by_file["uk.yaml"].message and "mustard" in by_file["uk.yaml"].message
    assert str(by_file["uk.yaml"]).startswith(f"{tmp_path / 'i18n' / 'uk.yaml'}:4:")


# -- the planner words the content, and keeps the routine as written ------------------------


def test_plan_translates_every_content_text_and_keeps_the_english_title(library) -> None:
    t = load_content_translation(ROOT / "routines", "ru")
    relief = library.routines["relief"]
    timeline = plan(relief, library.catalogue_for(relief), None, t.text)
    first = timeline.segments[0]
    assert timeline.title == "Cramp relief"  # the diary keeps the routine's own title
    assert timeline.shown_title == "Помощь при судороге"
    assert first.title == "Растяжка икры в постели: пятка вперёд"
    assert first.cues[0] == "Выпрямите ногу, тянитесь пяткой вперёд."
    assert first.position_label == "Сведённая икра"
    assert first.label_for("left calf") == "Левая икра"
    assert first.why == "Судорогу снимает именно растяжение икры, когда носок подтянут на себя."
    ask = next(s for s in timeline.segments if s.kind == SegmentKind.ASK)
    assert ask.cues[0].startswith("Чуть расслабьте ногу.")
    assert [e.message[:12] for e in timeline.escalations] == ["Продолжайте ", "Судорога дли"]
    assert timeline.escalations[0].after_s == 120
    assert timeline.finish_text is not None and timeline.finish_text.startswith("Отдохните")
    assert relief.title == "Cramp relief"  # the routine itself is untouched


def test_modification_notes_word_their_content(library) -> None:
    t = load_content_translation(ROOT / "routines", "ru").text
    bedtime = library.routines["bedtime"]
    unsteady = Profile(31, frozenset({Condition.UNSTEADY}))
    timeline = plan(bedtime, library.catalogue_for(bedtime), unsteady, t)
    notes = {n for s in timeline.segments for n in s.notes}
    assert any("Растяжка икры с полотенцем сидя" in n for n in notes)  # instead of the wall
    assert any(n.endswith(": Сидите, опираясь на стену или подушки, а не лёжа на спине.")
               for n in notes)  # fmt: skip
    switch = next(s for s in timeline.segments if s.kind == SegmentKind.SWITCH)
    assert switch.cues[0].endswith("Сядьте удобно и чуть приподнимите одну стопу над полом.")


def test_without_a_translation_the_plan_is_unchanged(library) -> None:
    relief = library.routines["relief"]
    catalogue = library.catalogue_for(relief)
    english = plan(relief, catalogue)
    assert plan(relief, catalogue, None, ContentTranslation().text) == english
    assert english.shown_title == "Cramp relief"
    assert english.segments[0].position_label == "Cramping calf"


def test_the_docs_translation_example_loads_and_words_the_docs_routine(tmp_path: Path) -> None:
    text = (ROOT / "docs" / "routine-format.md").read_text(encoding="utf-8")
    routine_text = re.search(r"## A complete example\n\n```yaml\n(.*?)```", text, re.S).group(1)
    example = re.search(r"## Translations\n.*?```yaml\n(.*?)```", text, re.S).group(1)
    folder = tmp_path / "calf_care"
    write(folder, example)
    (folder / "routine.yaml").write_text(routine_text, encoding="utf-8")
    for frame in ("frame1.svg", "frame2.svg"):
        (folder / "heel_slide").mkdir(exist_ok=True)
        shutil.copyfile(
            ROOT / "assets" / "illustrations" / "ankle_pumps" / frame, folder / "heel_slide" / frame
        )
    assert translation_problems(folder) == []
    routine = parse_routine(read_document(folder / "routine.yaml"), None)
    t = translation_for((folder, ROOT / "routines"), "ru")
    assert t.text(routine.title) == "Вечерний уход за икрами"
    assert t.text(routine.exercises[0].name) == "Скольжение пяткой"
    assert t.text("Ankle circles") == "Круги стопой"  # Coach's own words fill in
