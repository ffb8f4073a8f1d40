"""Every "save as", "open" and "choose a folder" of the window, in one place.

Where a dialog starts: in the folder last used for the same kind of file (documents
saved, backups, evidence, plans imported), else in the user's Documents folder, never
in ParApp's own data folder, which is hidden under %APPDATA% and where a report saved
is a report lost. The folder is remembered per computer user (QSettings), not in the
database: a data file carried to another PC meets other folders.

What it shows: on Windows the system's own dialog, in the system's language and date
format. Elsewhere (and on a PC without one) Qt's own dialog, whose words come from
translations/qt_vi.ts and whose sizes, kinds and dates are written here as the rest of
ParApp writes them ("02/12/2026 16:08", "12,5 KB", "Thư mục").
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget

from parapp.ui.widgets.open_data_folders import inside_data
from parapp.ui.widgets.texts import tr

DOCUMENTS, BACKUPS, EVIDENCE, IMPORTS = "documents", "backups", "evidence", "imports"


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ParApp", "folders")


def _is_dir(path: Path) -> bool:
    """Path.is_dir, False (not a PermissionError) for a folder inside one this account may not enter: the last
    folder used, on a stick mounted under another account's /media, made every file dialog fail (round 16)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if _is_dir(path) else Path.home()


def start_folder(purpose: str) -> Path:
    """The folder last used for this purpose, if it is still there and not the data folder; else Documents."""
    last = _settings().value(purpose)
    if isinstance(last, str) and last:
        folder = Path(last)
        if _is_dir(folder) and not inside_data(folder):
            return folder
    return documents_folder()


def remember(purpose: str, chosen: Path) -> None:
    folder = chosen if _is_dir(chosen) else chosen.parent
    if inside_data(folder):
        return
    s = _settings()
    s.setValue(purpose, str(folder))
    s.sync()


class _ReadableColumns(QIdentityProxyModel):
    """Qt's own dialog, with sizes, kinds and dates as ParApp writes them. Held by the dialog's
    caller for as long as the dialog runs (see the rule of lifetimes in parapp/ui/__init__.py)."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or index.column() == 0:
            return super().data(index, role)
        source = self.sourceModel()
        where = self.mapToSource(index)
        if not isinstance(source, QFileSystemModel) or not where.isValid():
            return super().data(index, role)
        if index.column() == 1:
            return "" if source.isDir(where) else file_size_text(source.size(where))
        if index.column() == 2 and source.isDir(where):
            return tr("Thư mục")
        if index.column() == 3:
            stamp = source.lastModified(where)
            return stamp.toString("dd/MM/yyyy HH:mm") if stamp.isValid() else ""
        return super().data(index, role)


def file_size_text(size: int) -> str:
    """12 byte, 12,5 KB, 3,4 MB: a comma for decimals, as in Vietnamese (a point in English)."""
    from parapp.ui.i18n import current

    comma = current() == "vi"
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            text = f"{size / scale:.1f}"
            return f"{text.replace('.', ',') if comma else text} {unit}"
    return f"{size} byte" if comma else f"{size} bytes"


def _use_qt_dialog() -> bool:
    return sys.platform != "win32"


def _run(dialog: QFileDialog, purpose: str) -> Path | None:
    proxy = None  # held here while the dialog runs: Qt calls its data() (the rule of lifetimes)
    if _use_qt_dialog():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        proxy = _ReadableColumns(dialog)
        dialog.setProxyModel(proxy)
        from parapp.ui.widgets.screen_fit import fit_window

        fit_window(dialog, 820, 520, key="FileDialog")
    if not dialog.exec():
        return None
    chosen = dialog.selectedFiles()
    if not chosen:
        return None
    path = Path(chosen[0])
    remember(purpose, path)
    return path


def ask_save(parent: QWidget | None, title: str, suggested_name: str, filters: str, purpose: str = DOCUMENTS,
             suffix: str | None = None) -> Path | None:
    """Where to save a new file: starts in the last folder used for this purpose with the suggested
    name; asks before replacing a file that is there (the dialog's own question)."""
    dialog = QFileDialog(parent, title, str(start_folder(purpose)), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suffix:
        dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(suggested_name)
    return _run(dialog, purpose)


def ask_open(parent: QWidget | None, title: str, filters: str = "", purpose: str = DOCUMENTS) -> Path | None:
    dialog = QFileDialog(parent, title, str(start_folder(purpose)), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog, purpose)


def ask_folder(parent: QWidget | None, title: str, purpose: str = BACKUPS) -> Path | None:
    dialog = QFileDialog(parent, title, str(start_folder(purpose)))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return _run(dialog, purpose)
