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



def say_if_writable_now(window) -> None:
    """ParApp started again on data this window holds read-only, and the data can be written now (the USB unlocked,
    the file's read-only mark taken off, the other account's ParApp closed, as the banner advised): the start brings
    this window forward, still read-only, and nothing said so; the banner still gave the reason that is gone."""
    from parapp.store.db import check_openable
    from parapp.store.errors import StoreError
    from parapp.store.writer_lock import WriterLock
    from parapp.ui.widgets.texts import inform, tr

    db = window.db
    if db is None or not db.readonly:
        return
    try:
        check_openable(db.path, write=True)
        lock = WriterLock(db.path)
        if not lock.try_acquire():
            return
        lock.release()
    except (StoreError, OSError):
        return
    inform(window, tr("Dữ liệu giờ đã ghi được"),
           tr("Dữ liệu này giờ đã ghi được, nhưng cửa sổ này mở nó ở chế độ chỉ đọc từ trước. Hãy đóng ParApp "
              "(Tệp → Thoát) rồi mở lại để sửa."))
