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

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from parapp import __version__
from parapp.store.connect import is_busy, is_storage_error
from parapp.logfile import current_log, get_logger
from parapp.ui.texts import tr

_showing = False
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
    """What the user reads: what happened in words, and what to do."""
    if is_busy(exc):
        return tr("Dữ liệu đang bận (một chương trình khác đang ghi vào tệp dữ liệu), nên thao tác vừa rồi chưa thực "
                  "hiện được. Hãy đợi một lát rồi làm lại.")
    if is_storage_error(exc):
        return tr("Không đọc hoặc ghi được tệp dữ liệu ({0}). Thao tác vừa rồi chưa thực hiện được; dữ liệu đã lưu "
                  "trước đó không bị ảnh hưởng. Nếu lỗi lặp lại, hãy dùng Tệp → Khôi phục….").format(exc)
    if isinstance(exc, MemoryError):
        return tr("Máy tính không đủ bộ nhớ cho thao tác vừa rồi. Hãy đóng bớt chương trình khác rồi làm lại.")
    return tr("ParApp gặp một lỗi chưa lường trước, nên thao tác vừa rồi có thể chưa thực hiện xong. Dữ liệu đã lưu "
              "trước đó không bị ảnh hưởng. Hãy làm lại; nếu lỗi lặp lại, bấm “Sao chép chi tiết” và gửi cho người "
              "hỗ trợ.")


def show_error_dialog(exc_type, exc, tb, parent=None) -> QMessageBox:
    """The dialog itself (returned unshown: the hook shows it, the tests look at it)."""
    global last_details
    details = details_text(exc_type, exc, tb)
    last_details = details
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Có lỗi xảy ra"), message_for(exc),
                      QMessageBox.StandardButton.NoButton, parent)
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
    from parapp.ui.screen_fit import fit_window

    fit_window(box)
    return box


def handle(exc_type, exc, tb) -> None:
    """sys.excepthook: log, then tell the user (once at a time: a failing paint would repeat it)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    get_logger().error("Lỗi không lường trước", exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    if app is None or _showing:
        return
    if threading.current_thread() is not threading.main_thread():
        QTimer.singleShot(0, app, lambda: handle(exc_type, exc, tb))  # widgets live in the main thread
        return
    _showing = True
    try:
        box = show_error_dialog(exc_type, exc, tb, app.activeWindow())
        box.exec()
    except Exception:  # noqa: BLE001 - the handler of last resort must never raise itself
        get_logger().exception("Không hiện được thông báo lỗi")
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle
    threading.excepthook = lambda args: handle(args.exc_type, args.exc_value, args.exc_traceback)
