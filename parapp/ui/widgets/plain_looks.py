"""Colours, sizes and spacing set through a widget's palette, font and margins, not a stylesheet.

The first stylesheet a process sets builds Qt's whole stylesheet engine (about 45M instructions,
20–30 ms on the project's machine, more on an old office PC) and restyles every widget after it.
The frame, its sidebar, the "opening" line and the reminder strip are on screen before the first
page is filled, so they do without: the engine is built, if ever, when a page that uses a
stylesheet is first opened.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def set_point_size(widget: QWidget, points: int, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSize(points)
    if bold:
        font.setBold(True)
    widget.setFont(font)


def set_text_colour(widget: QWidget, colour: str) -> None:
    """Text drawn with the palette's WindowText (labels and frames); children inherit it."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)


def fill_background(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
