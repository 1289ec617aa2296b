"""Python dates to Qt dates, for the date pickers in dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
