"""Open a file or folder with the program the system gives it, and say so when there is none; the "Đã lưu"
box that offers to.

QDesktopServices.openUrl returns False when nothing can open the file (no PDF reader on a fresh office PC, a
drawing given as evidence): "Mở tệp" then did nothing, without a word (round 21A)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import show_error, tr


def open_local(parent, path: str | os.PathLike) -> bool:
    path = Path(path)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(os.fspath(path))):
        return True
    where = path if path.is_dir() else path.parent
    show_error(parent, tr("Máy tính này chưa có chương trình mở được “{0}”. Tệp vẫn ở thư mục:\n{1}\nHãy cài chương "
                          "trình phù hợp (ví dụ trình đọc PDF, Word), hoặc chép tệp sang máy khác để xem.")
               .format(path.name, where), tr("Không mở được"))
    return False


def file_saved(parent: QWidget | None, path, title: str | None = None) -> str:
    """Say where a file went, with "Mở tệp" and "Mở thư mục"; returns "file", "folder" or ""."""

    from PySide6.QtWidgets import QMessageBox

    path = Path(path)
    box = QMessageBox(QMessageBox.Icon.Information, title or tr("Đã lưu"),
                      tr("Đã lưu tệp “{0}” vào thư mục:\n{1}").format(path.name, path.parent),
                      QMessageBox.StandardButton.NoButton, parent)
    # A backup opens in no program (the installer registers none): "Mở tệp" on it did nothing (a fresh-eyes walk,
    # round 41); its folder is what the clerk wants to see.
    open_file = box.addButton(tr("Mở tệp"), QMessageBox.ButtonRole.ActionRole) \
        if path.suffix.lower() != ".parapp-backup" else None
    open_folder = box.addButton(tr("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    fit_window(box)
    box.exec()
    if open_file is not None and box.clickedButton() is open_file:
        open_local(parent, path)
        return "file"
    if box.clickedButton() is open_folder:
        open_local(parent, path.parent)
        return "folder"
    return ""
