"""`coach install-desktop` writes a launcher entry with a Cramp relief action."""

from __future__ import annotations

from coach.desktop_entry import install_desktop


def test_install_desktop_writes_entry_with_relief_action_and_icon(tmp_path) -> None:
    entry, icon = install_desktop(tmp_path, command="/opt/coach/coach")
    text = entry.read_text()
    assert entry == tmp_path / "applications" / "coach.desktop"
    assert "Exec=/opt/coach/coach\n" in text
    assert "[Desktop Action relief]\nName=Cramp relief\nExec=/opt/coach/coach --relief" in text
    assert "Actions=relief;bedtime;" in text
    assert icon.read_text().lstrip().startswith("<")
    install_desktop(tmp_path, command="/opt/coach/coach")  # idempotent
    assert entry.read_text() == text
