"""Coach's own Russian translation: complete, current, valid and safe.

When an English text in routines/*.yaml changes, these tests name the texts that need a
new translation (or a key to remove) in routines/i18n/ru.yaml.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.core.blocklist import forbidden_in
from coach.core.content_i18n import MAX_TEXT, check_translation
from coach.core.content_strings import display_strings

ROOT = Path(__file__).resolve().parents[2]
RU = ROOT / "routines" / "i18n" / "ru.yaml"
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


@pytest.fixture(scope="module")
def ru() -> dict[str, str]:
    messages, problems = check_translation(RU)
    assert problems == []
    return messages


def test_every_display_string_has_a_russian_translation(library, ru: dict[str, str]) -> None:
    missing = [text for text in display_strings(library) if text not in ru]
    assert missing == [], "translate these in routines/i18n/ru.yaml"


def test_no_translation_is_stale(library, ru: dict[str, str]) -> None:
    current = set(display_strings(library))
    assert [key for key in ru if key not in current] == [], "remove these from ru.yaml"


def test_the_walk_covers_every_kind_of_content(library) -> None:
    texts = set(display_strings(library))
    assert {
        "Cramp relief",  # a routine title
        "Stretch, massage, warmth, a short walk, then rest on your side.",  # a summary
        "At bedtime, toes up only, then back to resting.",  # a step cue
        "Straighten the leg, heel first.",  # a ready cue
        "Ease off a little.",  # a release cue
        "Warmth helps a cramped muscle relax afterwards.",  # why
        "From 28 weeks, go to sleep on your side.",  # a modification cue
        "All done. Your legs will thank you.",  # a finish
        "Safer Baby: Going to sleep on your side from 28 weeks",  # a source
        "Right foot",  # a side label, after "Which leg?"
        "Cramping calf",
    } <= texts
    assert any(t.startswith("A cramp lasting over 10 minutes") for t in texts)  # escalation


def test_every_translation_is_russian_and_fits(ru: dict[str, str]) -> None:
    assert [en for en, text in ru.items() if not CYRILLIC.search(text)] == []
    assert max(len(text) for text in ru.values()) <= MAX_TEXT
    titles = ["Cramp relief", "Bedtime wind-down", "Quick daytime circulation"]
    assert all(len(ru[t]) <= 120 for t in titles)  # titles are ShortText


def test_the_relief_stretch_keeps_its_anatomy(ru: dict[str, str]) -> None:
    """Heel away, toes toward the shin: never "toes pointed" (the cramp would tighten)."""
    stretch = ru["Push your heel away and ease your toes toward your shin."]
    assert "Пятку" in stretch and "носок" in stretch and "на себя" in stretch
    assert "икр" in ru["Heel-first calf stretch in bed"]
    pointed = re.compile(r"носо?к\w*\s+(\w+\s+)?от себя|вытян\w*\s+носо?к", re.IGNORECASE)
    assert [t for t in ru.values() if pointed.search(t)] == []


def test_shipped_russian_presents_nothing_forbidden(ru: dict[str, str]) -> None:
    assert {en: forbidden_in(t) for en, t in ru.items() if forbidden_in(t)} == {}


@pytest.mark.parametrize(
    ("sample", "label"),
    [
        ("Примите 300 мг магния на ночь", "drug or supplement dose"),
        ("Магне В6 по две таблетки", "drug or supplement dose"),
        ("Пейте хинин", "drug or supplement dose"),
        ("Ешьте яичную скорлупу", "drug or supplement dose"),
        ("Приложите горчичник к икре", "mustard plaster"),
        ("Уколите икру булавкой", "needles or pins"),
        ("Иглоукалывание снимет судорогу", "needles or pins"),
        ("Выпейте настой валерианы", "herbal remedy"),
        ("Травяной сбор с крапивой", "herbal remedy"),
        ("Гомеопатические ампулы Страмониум", "homeopathy"),
        ("Спиртовое растирание на ночь", "alcohol rub"),
        ("Компресс с водкой", "alcohol rub"),
        ("Пейте меньше воды вечером", "fluid restriction"),
        ("Ограничьте питьё после шести", "fluid restriction"),
        ("Судорога переходит на матку", "fear claim"),
        ("Это может вызвать преждевременные роды", "fear claim"),
        ("Встаньте босиком на холодный пол", "cold-floor treatment"),
    ],
)
def test_the_blocklist_catches_russian_advice(sample: str, label: str) -> None:
    assert label in forbidden_in(sample)


@pytest.mark.parametrize(
    "everyday",
    [
        "После травмы спросите врача.",  # травм- is an injury, not a herb
        "Подержите, считая до пяти.",
        "Если в икре кольнёт, остановитесь.",
        "Нужна устойчивая обувь или нескользкий пол.",
        "Сядьте, опираясь на стену или подушки.",
        "Пейте достаточно воды.",
    ],
)
def test_everyday_russian_is_not_flagged(everyday: str) -> None:
    assert forbidden_in(everyday) == []
