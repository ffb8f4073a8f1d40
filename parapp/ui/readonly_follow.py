"""A read-only window that reads the data file itself (another ParApp holds the writer lock, the file has a second
name) follows what the other writer saves: its pages were what it read at opening, and went on listing as overdue
tasks the other window had marked done, and printing them so (round 24B). A private copy (read-only media, a full
disk) has no other writer to follow."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

EVERY_MS = 2000


def follow_other_writer(window) -> None:
    db = window.db
    if not db.readonly or db.limited is not None:
        return
    seen = db.data_version()
    timer = QTimer(window)
    timer.setInterval(EVERY_MS)

    def look() -> None:
        nonlocal seen
        from parapp.ui.widgets.operation import RUNNING

        if window.db is not db or QApplication.activeModalWidget() is not None or RUNNING:
            # A dialog open over a page (it may be that page's), or a backup reading on this connection: the next look.
            return
        now = db.data_version()
        if now is not None and now != seen:
            seen = now
            from parapp.ui import pages

            window.reload_all_pages(pages.EVERYTHING)

    timer.timeout.connect(look)
    timer.start()

