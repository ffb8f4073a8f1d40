"""Hướng dẫn sử dụng: the guide, in ParApp's own window, offline.

The guide is an HTML file in resources/doc (one per interface language) with
screenshots of the real window beside it; F1 opens it at the section of the
page being shown. A test keeps its list of pages equal to the window's and
fails on a screenshot it names that does not exist.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout

from parapp.assets import asset
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import tr


def guide_path(language: str) -> Path:
    p = asset("doc", f"guide_{language}.html")
    return p if p.exists() else asset("doc", "guide_vi.html")


class HelpWindow(QDialog):
    """Not modal: the guide stays open beside the window while the user follows it."""

    def __init__(self, parent=None, anchor: str = ""):
        super().__init__(parent)
        from parapp.ui.i18n import current

        self.setWindowTitle(tr("Hướng dẫn sử dụng ParApp"))
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: links outside the guide are not followed
        path = guide_path(current())
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        back = QPushButton(tr("Quay lại"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(tr("Mục lục"))
        home.clicked.connect(lambda: self.browser.scrollToAnchor("top"))
        close = QPushButton(tr("Đóng"))
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(home)
        bar.addStretch()
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
        fit_window(self, 900, 700)
        if anchor:
            self.browser.scrollToAnchor(anchor)

    def go_to(self, anchor: str) -> None:
        if anchor:
            self.browser.scrollToAnchor(anchor)


def show_guide(window, anchor: str | None = None) -> HelpWindow:
    """F1 and Trợ giúp → Hướng dẫn sử dụng: one guide window, opened at the page being shown."""
    if anchor is None:
        shown = window.current_page() if hasattr(window, "current_page") else None
        anchor = f"page-{shown}" if shown else ""
    existing = getattr(window, "help_window", None)
    if existing is not None:
        try:
            existing.go_to(anchor)
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        except RuntimeError:  # closed and deleted
            pass
    w = HelpWindow(window, anchor)
    window.help_window = w
    w.show()
    w.go_to(anchor)
    return w
