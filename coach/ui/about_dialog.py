"""About Coach: what it is, what it is not, and every source it is based on."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from coach import __version__
from coach.core.records import Source
from coach.core.red_flags import disclaimer
from coach.ui.a11y import enter_presses


def about_html(sources: Mapping[str, Source]) -> str:
    rows = "".join(
        f"<li><b>{escape(s.id)}</b>: {escape(s.name)}<br><small>{escape(s.address)}</small></li>"
        for s in sources.values()
    )
    what = QCoreApplication.translate(
        "AboutDialog",
        "Coach guides stretches, massage, warmth and rest for leg cramps in pregnancy. "
        "It suggests no medicines or remedies of any kind: ask your "
        "midwife or GP about those. Coach works offline and keeps your data on this "
        "computer only.",
    )
    heading = QCoreApplication.translate("AboutDialog", "Sources")
    cited = QCoreApplication.translate(
        "AboutDialog", "Each exercise cites these by id. The cue wording is Coach's own."
    )
    return (
        f"<h2>Coach {escape(__version__)}</h2>"
        f"<p>{escape(disclaimer())}</p>"
        f"<p>{escape(what)}</p>"
        f"<h3>{escape(heading)}</h3><p>{escape(cited)}</p>"
        f"<ul>{rows}</ul>"
    )


class AboutDialog(QDialog):
    def __init__(self, sources: Mapping[str, Source], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Coach and its sources"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # offline: addresses are shown, never opened
        self.text.setHtml(about_html(sources))
        self.text.setAccessibleName(self.tr("About Coach and its sources"))
        self.text.setAccessibleDescription(
            self.tr("What Coach is and is not, and every source; arrow keys scroll")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleDescription(self.tr("Close this window (Esc)"))
        close.setToolTip(close.accessibleDescription())
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addWidget(self.text)
        root.addWidget(buttons)
        self.resize(760, 640)
        enter_presses(self)
