"""A read-only window that reads the data file itself (another ParApp holds the writer lock, the file has a second
name) follows what the other writer saves: its pages were what it read at opening, and went on listing as overdue
tasks the other window had marked done, and printing them so (round 24B). A private copy (read-only media, a full
disk) has no other writer to follow."""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

EVERY_MS = 2000


def follow_other_writer(window) -> None:
    db = window.db
    if not db.readonly:
        return
    if db.limited is not None:
        _follow_copy(window, db)
        return
    seen = db.data_version()
    opened = _identity(db.path)
    timer = QTimer(window)
    timer.setInterval(EVERY_MS)

    def look() -> None:
        nonlocal seen
        from parapp.ui.widgets.operation import RUNNING

        if window.db is not db or QApplication.activeModalWidget() is not None or RUNNING:
            # A dialog open over a page (it may be that page's), or a backup reading on this connection: the next look.
            return
        if opened is not None and window.isVisible() and _identity(db.path) not in (None, opened):
            # Another file renamed in (the other ParApp restored a backup): this connection reads the one replaced,
            # whose data_version never changes again; its pages stayed as before the restore for good (round 25A).
            # Hidden in the notification area, a close would not end the app's loop to open it again: once shown.
            timer.stop()
            _open_again(window)
            return
        now = db.data_version()
        if now is not None and now != seen:
            seen = now
            from parapp.ui import pages

            window.reload_all_pages(pages.EVERYTHING)

    timer.timeout.connect(look)
    timer.start()


def _follow_copy(window, db) -> None:
    """A private copy (another account's data in a folder this one may not write, read-only media, a full disk): the
    file itself is watched, and the copy made again when a writer beside it saved (round 26B: the window kept what it
    read at opening, beside the owner's ParApp at work)."""
    import datetime as dt
    import time

    seen = db.copy_source()
    read_at = dt.datetime.now()  # what the pages show was read then
    busy_since: float | None = None
    noted = False
    timer = QTimer(window)
    timer.setInterval(EVERY_MS)

    def look() -> None:
        nonlocal seen, read_at, busy_since, noted
        from parapp.ui.widgets.operation import RUNNING

        if window.db is not db or QApplication.activeModalWidget() is not None or RUNNING:
            return
        now = db.copy_source()
        replaced = _replaced(seen, now)
        if replaced and not window.isVisible():
            return  # hidden in the notification area: said once shown, as a window reading the file itself does
        if now == seen:
            if noted:  # the drive back with the file as it was read: what is shown is current again
                _say_copy_trouble(window, None, read_at)
                noted, busy_since = False, None
            return
        if db.read_copy_again():
            if replaced:
                # Another file renamed in, the data (the owner's ParApp restored a backup): the copy made again showed
                # the older data at once without a word, the tasks just done shown not done (round 29B). Opened again
                # and said, as a window reading the file itself does (round 25A).
                timer.stop()
                _open_again(window)
                return
            seen, read_at, busy_since = now, dt.datetime.now(), None
            if noted:
                _say_copy_trouble(window, None, read_at)
                noted = False
            from parapp.ui import pages

            window.reload_all_pages(pages.EVERYTHING)
            return
        trouble = db.copy_trouble
        if trouble == "busy":  # a writer mid-save: the next look reads it, unless it keeps saving for long
            busy_since = busy_since or time.monotonic()
            if time.monotonic() - busy_since < BUSY_SAID_AFTER_S:
                return
        else:
            busy_since = None
        _say_copy_trouble(window, trouble, read_at)
        noted = True

    timer.timeout.connect(look)
    timer.start()


BUSY_SAID_AFTER_S = 30


def _replaced(seen, now) -> bool:
    """The data file is another file than the one read (store.connect.source_state: its number changed; a system
    that gives no number, 0, never says so)."""
    return bool(seen and now and seen[0] and now[0] and seen[0][0] and now[0][0] and seen[0][0] != now[0][0])


def _say_copy_trouble(window, trouble, read_at) -> None:
    """The copy could not be made again (the temporary folder full, the file not the data for a moment, a writer
    that keeps saving): the pages stayed as they were, and printed so, with nothing said (round 27B). The banner
    says since when what is shown was read, and why; None: the copy is current again, the banner as it was."""
    from parapp.ui.readonly_banner import readonly_text
    from parapp.ui.widgets.texts import tr

    text = readonly_text(window.db, window.readonly_why)
    if trouble is not None:
        if trouble == "busy":
            why = tr("Một ParApp khác đang ghi liên tục; ParApp sẽ đọc lại khi việc ghi ngớt.")
        elif trouble == "unreadable":
            why = tr("Tệp dữ liệu lúc này không đọc được (có thể đang được chép đè, hoặc ổ đĩa vừa bị ngắt); ParApp sẽ "
                     "đọc lại khi tệp trở lại bình thường.")
        else:
            from parapp.ui.widgets.texts import error_text

            why = error_text(trouble)
        text += "\n" + tr("Chưa đọc lại được những gì vừa được lưu vào tệp dữ liệu: những gì đang hiện (và in ra) là "
                          "dữ liệu lúc {0}. {1}").format(_when(read_at), why)
    window.banner.setText(text)


def _when(read_at) -> str:
    """HH:MM, with the day when it is not today (a window left open overnight)."""
    import datetime as dt

    from parapp.ui.widgets.texts import fmt_date

    hour = read_at.strftime("%H:%M")
    return hour if read_at.date() == dt.date.today() else f"{hour} {fmt_date(read_at.date())}"


def _identity(path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:  # gone for a moment, or the medium away: nothing to follow until it is back
        return None
    return st.st_dev, st.st_ino


def _open_again(window) -> None:
    """The window closes its connection and opens the data again, as after its own restore (app._run's loop), and
    says why there."""
    from parapp.ui.widgets.texts import tr

    said = tr("Một ParApp khác vừa thay tệp dữ liệu này bằng một bản khác (ví dụ khôi phục từ bản sao lưu). Cửa sổ "
              "đã mở lại dữ liệu để hiện đúng những gì đang có trong tệp.")
    window.pending_restore = lambda: said
    window.restart_requested = True
    window.close()


def say_if_writable_now(window) -> None:
    """ParApp started again on data this window holds read-only, and the data can be written now (the USB unlocked,
    the file's read-only mark taken off, the other account's ParApp closed, as the banner advised): the start brings
    this window forward, still read-only, and nothing said so; the banner still gave the reason that is gone."""
    from parapp.store.db import check_openable
    from parapp.store.errors import StoreError
    from parapp.store.writer_lock import WriterLock
    from parapp.ui.widgets.texts import inform, tr

    db = window.db
    if db is None or not db.readonly or getattr(window, "_saying_writable", False):
        return  # started again while the box is up: one box, not one more at every start (round 30B)
    try:
        check_openable(db.path, write=True, head=False)  # open here: a read would drop SQLite's locks on it
        lock = WriterLock(db.path)
        if not lock.try_acquire():
            return
        lock.release()
    except (StoreError, OSError):
        return
    window._saying_writable = True
    try:
        inform(window, tr("Dữ liệu giờ đã ghi được"),
               tr("Dữ liệu này giờ đã ghi được, nhưng cửa sổ này mở nó ở chế độ chỉ đọc từ trước. Hãy đóng ParApp "
                  "(Tệp → Thoát) rồi mở lại để sửa."))
    finally:
        window._saying_writable = False
