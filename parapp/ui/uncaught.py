"""One handler for every error the code did not expect.

A bundled Windows app has no console: an exception in a slot would vanish,
and the user would only see a button that "does nothing". Here it is written
to the log file with its traceback, and a Vietnamese message says what
happened, that saved data is safe, and offers "Sao chép chi tiết" so the
details can be pasted into a message to whoever helps the commune.
"""

from __future__ import annotations

import sys
import threading
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from parapp import __version__
from parapp.store.connect import is_busy, is_disk_full, is_storage_error
from parapp.logfile import current_log, get_logger
from parapp.ui.widgets.texts import tr
from parapp.ui.widgets.typed_words import HOLDS_UP
from parapp.ui.widgets.virtual_errors import SAY_AGAIN

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

_showing = False
_repeats: dict[tuple[str, str], int] = {}  # each fault seen this session: how often
_said_at: dict[tuple[str, str], int] = {}  # a storage error shown: the count of the clerk's acts once it was closed
last_details: str | None = None


def details_text(exc_type, exc, tb) -> str:
    import platform

    lines = [f"ParApp {__version__}", f"Python {platform.python_version()} – {platform.platform()}"]
    try:
        from PySide6 import __version__ as pyside

        lines.append(f"PySide6 {pyside}")
    except ImportError:  # pragma: no cover - the window cannot run without it
        pass
    log = current_log()
    if log:
        lines.append(tr("Tệp nhật ký lỗi: {0}").format(log))
    lines.append("")
    lines.append("".join(traceback.format_exception(exc_type, exc, tb)).rstrip())
    return "\n".join(lines)


def message_for(exc: BaseException) -> str:
    """What the user reads: what happened in words, and what to do; met storing a value waiting before an output,
    that it holds the output up and how to go on (widgets.typed_words.holding_up)."""
    said, holds_up = _message_for(exc), getattr(exc, HOLDS_UP, "")
    return f"{said}\n\n{holds_up}" if holds_up else said


def _message_for(exc: BaseException) -> str:
    if is_busy(exc):
        return tr("Dữ liệu đang bận (một chương trình khác đang ghi vào tệp dữ liệu), nên thao tác vừa rồi chưa thực "
                  "hiện được. Hãy đợi một lát rồi làm lại.")
    full = _full_folder(exc)
    if full:
        # The disk filled while the window was open: "Không đọc hoặc ghi được … (database or disk is full) … hãy dùng
        # Tệp → Khôi phục…" sent the clerk to a restore, losing work, for a disk that only needs room (round 33B).
        from parapp.store.errors import DiskFull
        from parapp.ui.widgets.texts import error_text

        return error_text(DiskFull(full))
    if is_storage_error(exc):
        # SQLite refusing a value another program put there (a 50,000-byte criterion code as a LIKE pattern:
        # "LIKE or GLOB pattern too complex") is that value, not the disk (round 11).
        found = _unreadable_values()
        if found is not None:
            return found
        if _read_medium_lost():  # a read-only window's (round 25A): nothing was being saved, Restore is off there
            return tr("Không đọc được tệp dữ liệu nữa ({0}): ổ đĩa, USB hoặc thư mục dùng chung chứa dữ liệu vừa bị "
                      "rút ra hoặc ngắt. Dữ liệu trong tệp không bị ảnh hưởng. Hãy cắm lại USB hoặc nối lại ổ đĩa, rồi "
                      "đóng và mở lại ParApp.").format(exc)
        if _medium_lost():  # not "use File → Restore…": the data is sound where it is, the medium went (round 24B)
            return tr("Không ghi được vào tệp dữ liệu nữa ({0}): ổ đĩa hoặc USB chứa dữ liệu vừa bị rút ra hoặc chuyển "
                      "sang chỉ đọc. Thao tác vừa rồi chưa được lưu; những gì đã lưu trước đó vẫn còn trong tệp. Hãy "
                      "cắm lại USB hoặc kiểm tra ổ đĩa, rồi đóng và mở lại ParApp.").format(exc)
        return tr("Không đọc hoặc ghi được tệp dữ liệu ({0}). Thao tác vừa rồi chưa thực hiện được; dữ liệu đã lưu "
                  "trước đó không bị ảnh hưởng. Nếu lỗi lặp lại, hãy dùng Tệp → Khôi phục….").format(exc)
    if isinstance(exc, MemoryError):
        return tr("Máy tính không đủ bộ nhớ cho thao tác vừa rồi. Hãy đóng bớt chương trình khác rồi làm lại.")
    found = _unreadable_values()
    if found is not None:  # a value another program put in the database: which, and the way back
        return found
    return tr("ParApp gặp một lỗi chưa lường trước, nên thao tác vừa rồi có thể chưa thực hiện xong. Dữ liệu đã lưu "
              "trước đó không bị ảnh hưởng. Hãy làm lại; nếu lỗi lặp lại, bấm “Sao chép chi tiết” và gửi cho người "
              "hỗ trợ.")


def show_error_dialog(exc_type, exc, tb, parent=None) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox  # here: its class is built when a box is shown, not at each start

    """The dialog itself (returned unshown: the hook shows it, the tests look at it)."""
    global last_details
    details = details_text(exc_type, exc, tb)
    last_details = details
    message = message_for(exc)
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Có lỗi xảy ra"), message, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setDetailedText(details)
    copy = box.addButton(tr("Sao chép chi tiết"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    copy.clicked.disconnect()  # copying must not close the message

    def copy_details():
        QApplication.clipboard().setText(details)
        copy.setText(tr("Đã sao chép"))

    copy.clicked.connect(copy_details)
    try:
        from parapp.ui.bad_text_repair import offer_repair

        if "UTF-8" in message:  # the data's text named as such (store.schema_check): the scan is not repeated else
            offer_repair(box)  # text a failing disk left unreadable: mended here, not only by a command or a restore
    except Exception:  # noqa: BLE001 - the handler of last resort must never raise itself
        get_logger().exception("Không kiểm tra được chữ hỏng")
    from parapp.ui.widgets.screen_fit import fit_window

    fit_window(box)
    return box


def fault_of(exc_type, tb) -> tuple[str, str]:
    """A fault as one thing however often it repeats: its kind and the line of ParApp's code
    (else any code) where it was raised."""
    where = ""
    for frame, line in traceback.walk_tb(tb):
        name = frame.f_code.co_filename
        if not where or "parapp" in name.replace("\\", "/").split("/"):
            where = f"{name}:{line}"
    return exc_type.__name__, where


def handle(exc_type, exc, tb) -> None:
    """sys.excepthook: log, then tell the user. A fault is shown once: while its message is open
    nothing else opens (an event filter or a paint that fails would repeat it for ever), and a fault
    seen before is only counted (unless it refuses a close: shown again); the log has each fault once, with how often
    it came back."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    fault = fault_of(exc_type, tb)
    seen = _repeats.get(fault, 0)
    _repeats[fault] = seen + 1
    if seen and not getattr(exc, SAY_AGAIN, False) and not _acted_since(fault, exc):
        return  # logged and shown the first time; summary() gives the count
    if not seen:  # shown again (a close it refuses, widgets.virtual_errors), logged once all the same
        get_logger().error("Lỗi không lường trước", exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    if app is None or _showing:
        return
    if threading.current_thread() is not threading.main_thread():
        QTimer.singleShot(0, app, lambda: _show(exc_type, exc, tb))  # widgets live in the main thread
        return
    _show(exc_type, exc, tb)
    if is_storage_error(exc):
        _ACTS.watch(app)
        _said_at[fault] = _ACTS.count  # after the message closed: the click on its "Đóng" is not an act of the page


class _Acts(QObject):
    """Counts the clerk's clicks and keys, once a storage error has been shown (an event filter on the application,
    installed then: nothing watched before)."""

    count = 0
    _app = None

    def watch(self, app) -> None:
        if self._app is not app:
            app.installEventFilter(self)
            self._app = app

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.KeyPress):
            type(self).count += 1
        return False


_ACTS = _Acts()


def _acted_since(fault: tuple[str, str], exc: BaseException) -> bool:
    """A storage error (a full disk, a busy or gone medium) met again after the clerk clicked or typed since it was
    shown: the answer to what the clerk did again, said again. Round 39B: "Lưu" pressed a second time on the same full
    disk did nothing at all, no word, as if the button were dead; a fault repeating with nothing done in between (a
    timer, a paint) is still shown once."""
    return is_storage_error(exc) and fault in _said_at and _ACTS.count > _said_at[fault]


def _show(exc_type, exc, tb) -> None:
    global _showing
    if _showing:
        return
    _showing = True
    try:
        box = show_error_dialog(exc_type, exc, tb, QApplication.activeWindow())
        box.exec()
    except Exception:  # noqa: BLE001 - the handler of last resort must never raise itself
        get_logger().exception("Không hiện được thông báo lỗi")
    finally:
        _showing = False


def summary() -> None:
    """At the end of a session: each fault that came back, with how many times it happened in all."""
    for (kind, where), count in _repeats.items():
        if count > 1:
            get_logger().warning("Lỗi %s tại %s xảy ra %d lần trong phiên này (ghi chi tiết một lần, ở trên)",
                                 kind, where, count)
    _repeats.clear()
    _said_at.clear()


def install() -> None:
    sys.excepthook = handle
    threading.excepthook = lambda args: handle(args.exc_type, args.exc_value, args.exc_traceback)


def _shown_data():
    """The database of the window shown (not one closed and not yet collected), or None."""
    windows = [w for w in QApplication.topLevelWidgets()
               if getattr(w, "db", None) is not None and getattr(w.db, "path", None)]
    windows.sort(key=lambda w: not w.isVisible())
    return windows[0].db if windows else None


def _medium_lost() -> bool:
    """The data was opened for writing, and its folder can no longer be written or its file no longer be found: a
    USB stick pulled out, a drive turned read-only after an error (ext4's errors=remount-ro, a worn SD card)."""
    import os
    import tempfile

    try:
        db = _shown_data()
        if db is None or db.readonly:
            return False
        if not os.path.isfile(db.path):
            return True
        # Tried, not asked: access() still says "writable" of an ext4 turned read-only by an error.
        with tempfile.TemporaryFile(dir=os.path.dirname(os.path.realpath(db.path))):
            return False
    except OSError as exc:
        import errno

        return exc.errno not in (errno.ENOSPC, errno.EDQUOT)  # a full disk is not a drive gone
    except Exception:  # noqa: BLE001 - the handler of last resort must never raise itself
        return False


def _read_medium_lost() -> bool:
    """A read-only window reading the data file itself (not a private copy) whose file is no longer there: the stick
    or the share holding another account's data gone."""
    import os

    try:
        db = _shown_data()
        return db is not None and db.readonly and db.limited is None and not os.path.isfile(db.path)
    except Exception:  # noqa: BLE001 - the handler of last resort must never raise itself
        return False


def _full_folder(exc: BaseException) -> str:
    """The shown data's folder when the error is its disk being full (SQLite's "disk is full", or its "disk I/O error"
    on a folder with no room left, as store.db.failure reads it), else ""; never raises."""
    import os

    from parapp.store.connect import folder_is_full, primary_code

    try:
        db = _shown_data()
        folder = os.path.dirname(os.path.realpath(db.path)) if db is not None else ""
        io_error = is_storage_error(exc) and (primary_code(exc) == 10 or "disk i/o error" in str(exc).lower())
        return folder if folder and (is_disk_full(exc) or (io_error and folder_is_full(folder))) else ""
    except Exception:  # noqa: BLE001 - the handler of last resort must never raise itself
        return ""


def _unreadable_values():
    """The open data's first value ParApp cannot read back (services.safety), said in the window's language,
    or None; never raises."""
    try:
        db = _shown_data()
        path = db.path if db is not None else None
        if path is None:
            return None
        from parapp.services.safety import unreadable_values

        found = unreadable_values(path)
        return None if found is None else found.translated(QCoreApplication.translate)
    except Exception:  # noqa: BLE001 - the handler of last resort must never raise itself
        return None
