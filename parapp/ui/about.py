"""Trợ giúp → Giới thiệu: the version, where the data and the log file are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from parapp import __version__
from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import tr


def about_text(db_path, log_path) -> str:
    return tr("ParApp {0}\nTheo dõi nhiệm vụ cải cách hành chính của UBND xã.\n\nDữ liệu: {1}\nNhật ký lỗi: {2}\n\n"
              "ParApp không kết nối mạng; dữ liệu chỉ nằm trên máy này (và các bản sao lưu).").format(
        __version__, db_path or "", log_path or tr("(không ghi được)"))


def show_about(window) -> QMessageBox:
    from parapp.datadir import data_dir_for
    from parapp.logfile import current_log, log_path

    path = window.db.path if window.db is not None else ""
    # Before the log is opened (the window's first moments) its path is where it will be; a read-only
    # folder (a CD, a locked stick) never gets one, and the box named a file that was not there (round 11).
    log = current_log() or (log_path(data_dir_for(path)) if path and not window.db.readonly else None)
    box = QMessageBox(window)
    box.setWindowTitle(tr("Giới thiệu ParApp"))
    box.setText(about_text(path, log))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.addButton(tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    fit_window(box)
    window.about_box = box
    box.exec()
    return box
