"""About Coach: what it is, what it is not, and every source it is based on."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from coach import __version__
from coach.core.models import Source
from coach.core.red_flags import DISCLAIMER


def about_html(sources: Mapping[str, Source]) -> str:
    rows = "".join(
        f"<li><b>{escape(s.id)}</b>: {escape(s.name)}<br><small>{escape(s.address)}</small></li>"
        for s in sources.values()
    )
    return (
        f"<h2>Coach {escape(__version__)}</h2>"
        f"<p>{escape(DISCLAIMER)}</p>"
        "<p>Coach guides stretches, massage, warmth and rest for leg cramps in pregnancy. "
        "It suggests no medicines or remedies of any kind: ask your "
        "midwife or GP about those. Coach works offline and keeps your data on this "
        "computer only.</p>"
        "<h3>Sources</h3><p>Each exercise cites these by id. The cue wording is Coach's own.</p>"
        f"<ul>{rows}</ul>"
    )


class AboutDialog(QDialog):
    def __init__(self, sources: Mapping[str, Source], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Coach and its sources")
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # offline: addresses are shown, never opened
        self.text.setHtml(about_html(sources))
        self.text.setAccessibleName("About Coach and its sources")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addWidget(self.text)
        root.addWidget(buttons)
        self.resize(760, 640)
