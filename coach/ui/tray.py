"""The tray icon: relief from anywhere, even with the window closed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from coach.ui.main_window import MainWindow


def make_tray(window: MainWindow, icon: QIcon) -> QSystemTrayIcon | None:
    """A tray icon with Cramp relief, Bedtime and Quit; None where the desktop has no tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(icon, window)
    tray.setToolTip(QCoreApplication.translate("Tray", "Coach: click for cramp relief"))
    menu = QMenu(window)
    for text, slot in (
        (
            QCoreApplication.translate("Tray", "Cramp relief now"),
            lambda: window.handle_command("relief"),
        ),
        (
            QCoreApplication.translate("Tray", "Bedtime session"),
            lambda: window.handle_command("routine bedtime"),
        ),
        (
            QCoreApplication.translate("Tray", "Note a cramp in the diary"),
            lambda: (window.handle_command("show"), window.add_diary_entry()),
        ),
        (QCoreApplication.translate("Tray", "Open Coach"), lambda: window.handle_command("show")),
    ):
        action = QAction(text, menu)
        action.triggered.connect(slot)
        menu.addAction(action)
    menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("Tray", "Quit"), menu)
    quit_action.triggered.connect(QApplication.quit)
    menu.addAction(quit_action)
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: (
            window.handle_command("relief")
            if reason == QSystemTrayIcon.ActivationReason.Trigger
            else None
        )
    )
    tray.show()
    window.keep_running_in_tray = True
    return tray
