"""With Russian chosen, the routine's own words are shown and spoken in Russian."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from coach.core import content_i18n
from coach.core.player import Answer, PlayerState
from coach.ui.about_dialog import AboutDialog


@pytest.fixture(autouse=True)
def russian() -> Iterator[None]:
    content_i18n.clear_cache()
    content_i18n.set_content_language("ru")
    yield
    content_i18n.set_content_language("en")
    content_i18n.clear_cache()


class FakeVoice:
    """Records what would be said; no speech engine, no thread."""

    def __init__(self) -> None:
        self.spoken: list[str] = []
        self.muted = False
        self.rate = 0.0

    def speak(self, text: str) -> None:
        if not self.muted:
            self.spoken.append(text)

    def stop(self) -> None:
        pass

    def shutdown(self) -> None:
        pass


def test_relief_shows_and_speaks_the_russian_cue(make_window, qtbot, clock) -> None:
    voices: list[FakeVoice] = []
    window = make_window(voice_factory=lambda: voices.append(FakeVoice()) or voices[-1])
    qtbot.mouseClick(window.home.relief_button, Qt.MouseButton.LeftButton)
    screen = window.player_screen
    assert screen.routine_title.text() == "Помощь при судороге"
    assert screen.exercise_title.text() == "Растяжка икры в постели: пятка вперёд"
    assert screen.cue_label.text() == "Выпрямите ногу, тянитесь пяткой вперёд."
    assert screen.side_label.text() == "Сведённая икра"
    qtbot.waitUntil(lambda: bool(voices) and voices[0].spoken != [])
    assert voices[0].spoken[0] == (
        "Растяжка икры в постели: пятка вперёд. Выпрямите ногу, тянитесь пяткой вперёд."
    )
    qtbot.waitUntil(screen.leg_row.isVisible)
    qtbot.mouseClick(screen.leg_buttons["left calf"], Qt.MouseButton.LeftButton)
    assert screen.side_label.text() == "Левая икра"
    for _ in range(130):
        clock.advance(1)
        window.controller.tick()
    assert screen.escalation.isVisible()
    assert "Сообщите акушерке или врачу" in screen.escalation.text()
    qtbot.mouseClick(screen.easing_button, Qt.MouseButton.LeftButton)
    assert screen.exercise_title.text() == "Массаж стопы и икры"
    assert "пропустите, если до икры больно дотронуться" in screen.cue_label.text()
    assert voices[0].spoken[-1].startswith("Массаж стопы и икры. Только если это приятно")


def test_home_lists_routines_in_russian_and_a_finish_in_russian(window, qtbot) -> None:
    items = [
        window.home.routine_list.item(i).text() for i in range(window.home.routine_list.count())
    ]
    assert items[0].startswith("Помощь при судороге")
    assert "Растяжка, массаж, тепло, немного ходьбы, потом отдых на боку." in items[0]
    assert window.home.bedtime_button.text().startswith("Расслабление перед сном")
    window.start_routine("daytime")
    window.controller.answer(Answer.CONTINUE)
    while window.controller.player.state == PlayerState.PLAYING:
        window.controller.skip()
    assert window.finish.message.text() == "Готово. Ваши ноги скажут вам спасибо."
    assert window.controller.timeline.title == "Quick daytime circulation"  # kept for the diary


def test_about_names_the_sources_in_russian(window, qtbot) -> None:
    window.show_about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    html = dialog.text.toPlainText()
    assert "Safer Baby: засыпать на боку с 28 недель" in html
    assert "NHS: судороги в ногах" in html
    dialog.close()


def test_history_shows_the_routine_title_in_russian_but_keeps_it_english(
    make_window, tmp_path, qtbot
) -> None:
    from coach.ui.diary_keeper import DiaryKeeper

    keeper = DiaryKeeper(tmp_path / "diary.sqlite3", tmp_path / "backups")
    window = make_window(diary=keeper)
    window.start_routine("daytime")
    window.controller.answer(Answer.CONTINUE)
    window.controller.stop("tired")
    [session] = keeper.store.sessions()
    assert session.routine_title == "Quick daytime circulation"  # the diary and CSV stay as is
    window.show_history()
    day = window.history.days.topLevelItem(0)
    assert "Дневная разминка для кровообращения: " in day.child(0).text(0)
