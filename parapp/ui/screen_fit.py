"""Windows open no larger than the screen they are on (an office PC is often 1366×768)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(w: QWidget, width: int, height: int, margin: int = 40) -> None:
    """Resize to (width, height), or to the screen's available area less a margin."""
    screen = (w.parentWidget().screen() if w.parentWidget() else None) or QGuiApplication.primaryScreen()
    if screen is None:
        w.resize(width, height)
        return
    avail = screen.availableGeometry()
    w.resize(min(width, avail.width() - margin), min(height, avail.height() - margin))
