"""Where "Lưu PDF…", "Xuất Word…", backups and evidence dialogs start, and what Qt's own
dialog shows: Documents first, then the folder last used, never the hidden data folder;
kinds, sizes and dates in Vietnamese as the rest of ParApp writes them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView

from parapp.ui.widgets import file_dialogs, open_data_folders


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    docs = tmp_path / "Tài liệu của tôi"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(docs))
    monkeypatch.setattr(open_data_folders, "DATA_DIRS", set())
    return docs


def test_the_first_dialog_starts_in_documents_then_in_the_folder_last_used(tmp_path, own_settings):
    assert file_dialogs.start_folder(file_dialogs.DOCUMENTS) == own_settings
    chosen = tmp_path / "Báo cáo 2026 #1"
    chosen.mkdir()
    file_dialogs.remember(file_dialogs.DOCUMENTS, chosen / "Báo cáo quý IV.pdf")
    assert file_dialogs.start_folder(file_dialogs.DOCUMENTS) == chosen
    assert file_dialogs.start_folder(file_dialogs.BACKUPS) == own_settings  # each kind of file its own folder


def test_never_the_data_folder(tmp_path, own_settings, window):
    data = window.db.data_dir
    file_dialogs.remember(file_dialogs.DOCUMENTS, data / "x.pdf")  # saved there once, by hand
    assert file_dialogs.start_folder(file_dialogs.DOCUMENTS) == own_settings
    inside = data / "backups"
    inside.mkdir(exist_ok=True)
    QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ParApp", "folders").setValue(
        file_dialogs.BACKUPS, str(inside))
    assert file_dialogs.start_folder(file_dialogs.BACKUPS) == own_settings


def test_a_folder_gone_since_is_not_where_the_dialog_starts(tmp_path, own_settings):
    gone = tmp_path / "USB cũ"
    gone.mkdir()
    file_dialogs.remember(file_dialogs.BACKUPS, gone)
    gone.rmdir()
    assert file_dialogs.start_folder(file_dialogs.BACKUPS) == own_settings


def test_qt_s_own_dialog_speaks_vietnamese_in_its_columns(qtbot, tmp_path, own_settings, qapp):
    from parapp.ui import i18n

    i18n.install(qapp, "vi")
    (own_settings / "Hồ sơ cũ").mkdir()
    report = own_settings / "báo cáo.pdf"
    report.write_bytes(b"x" * 12_800)
    stamp = dt.datetime(2026, 12, 2, 16, 8).timestamp()
    os.utime(report, (stamp, stamp))
    seen = {}

    def look():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        view = next(v for v in dialog.findChildren(QTreeView) if v.objectName() == "treeView")
        model = view.model()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2, timeout=5000)
        for r in range(2):
            cells = [model.index(r, c, view.rootIndex()).data() for c in range(4)]
            seen[cells[0]] = cells
        dialog.reject()

    QTimer.singleShot(300, look)
    assert file_dialogs.ask_save(None, "Lưu PDF", "Báo cáo quý IV.pdf", "Tệp PDF (*.pdf)") is None
    assert seen["báo cáo.pdf"][1] == "12,5 KB" and seen["báo cáo.pdf"][3] == "02/12/2026 16:08"
    assert seen["Hồ sơ cũ"][1] == "" and seen["Hồ sơ cũ"][2] == "Thư mục"
    assert Path(file_dialogs.start_folder(file_dialogs.DOCUMENTS)) == own_settings  # cancelled: nothing remembered


def test_sizes_read_as_vietnamese_writes_them(qapp):
    from parapp.ui import i18n

    i18n.install(qapp, "vi")
    assert [file_dialogs.file_size_text(n) for n in (12, 12_800, 3_565_158)] == ["12 byte", "12,5 KB", "3,4 MB"]
