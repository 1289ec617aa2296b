"""Small helpers for keyboard and screen-reader use, shared by every screen and dialog.

- `enter_presses(root)`: Enter and Return press the focused button everywhere, not only in
  dialogs (Qt's push buttons ignore Enter outside a dialog; tool buttons always do).
- `announce(widget, text)`: a screen reader says `text` now, without moving the focus
  (cue changes, advice that appears, a reminder). Nothing happens when no screen reader is
  running, so it costs nothing at 3 a.m. for everyone else.
- `describe(widget, name, description)`: accessible name, description and tool tip at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QPushButton, QToolButton, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterPresses(QObject):
    """Clicks a focused push or tool button on Enter/Return (with no modifier)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QPushButton | QToolButton)
            and watched.isEnabled()
        ):
            if isinstance(watched, QToolButton) and watched.menu() is not None:
                watched.showMenu()
            else:
                watched.click()
            return True
        return False


def enter_presses(root: QWidget) -> None:
    """Let Enter press every push and tool button under `root` that has the focus."""
    helper = root.findChild(_EnterPresses, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if helper is None:
        helper = _EnterPresses(root)
    for button in root.findChildren(QAbstractButton):
        if isinstance(button, QPushButton | QToolButton):
            button.installEventFilter(helper)  # installing twice keeps one


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Have a running screen reader say `text` (politely, or at once when `urgent`)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def name_changed(widget: QWidget, name: str) -> None:
    """Set an accessible name that changes with the state, and tell a screen reader."""
    if widget.accessibleName() == name:
        return
    widget.setAccessibleName(name)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def describe(widget: QWidget, name: str, description: str, tip: str | None = None) -> None:
    """Name and describe a control for screen readers; the tool tip says the same (and keys)."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description if tip is None else tip)


def tab_chain(widgets: Iterable[QWidget]) -> None:
    """Tab visits `widgets` in this order: the way the page reads, not the way it was built."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
