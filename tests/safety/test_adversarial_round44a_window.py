"""Adversarial round 44A, the window's side: its start on a restore's kept-aside copy, its first start on a data
folder (helper r44a)."""

from __future__ import annotations

import sqlite3

import pytest

from parapp.cli.main import main


class _Box:
    """QMessageBox as the clerk answers it: the button whose text holds `answer`."""
    from PySide6.QtWidgets import QMessageBox

    Icon, ButtonRole = QMessageBox.Icon, QMessageBox.ButtonRole
    answer = ""
    seen: list = []

    def __init__(self, icon, title, text, *a):
        self.text, self.info, self.buttons = text, "", []
        _Box.seen.append(self)

    def setInformativeText(self, text):
        self.info = text

    def addButton(self, text, role):
        self.buttons.append(text)
        return text

    def setDefaultButton(self, button):
        pass

    def exec(self):
        return 0

    def clickedButton(self):
        return next((b for b in self.buttons if _Box.answer in b), None)


def _snapshot(db):
    from parapp.store.backup import take_snapshot

    con = sqlite3.connect(db)
    try:
        take_snapshot(con, db.parent, "dau-ngay")
    finally:
        con.close()


def test_the_window_on_a_kept_aside_copy_offers_no_snapshot_into_it(qapp, tmp_path, monkeypatch):
    """L1 (left by round 43A): `xa.db` damaged, restored from the backup (the damaged file kept aside as
    `xa-hong-<time>.db`). The clerk opened that copy in the window (`parapp --db …/xa-hong-….db`, to see what it
    held): "Không mở được …; hãy khôi phục từ bản sao lưu gần nhất" with "Khôi phục bản sao lưu" (xa.db's latest
    snapshot): chosen, it was restored into the kept copy, a second data (54 tasks) beside xa.db, sharing its evidence
    and snapshots. Now the box names xa.db as the data in use and offers no restore into the copy."""
    from PySide6 import QtWidgets

    from parapp.store.errors import DatabaseDamaged
    from parapp.ui import app as app_module

    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "xa.db"
    assert main(["demo", "--db", str(db)]) == 0
    _snapshot(db)
    assert main(["backup", "--db", str(db), "--to", str(tmp_path)]) == 0
    with open(db, "r+b") as fh:  # a tasks page overwritten
        fh.seek(4096 * 3)
        fh.write(b"\xff" * 4096)
    assert main(["restore", str(next(tmp_path.glob("*.parapp-backup"))), "--db", str(db)]) == 0
    kept = next(folder.glob("xa-hong-*.db"))
    monkeypatch.setattr(QtWidgets, "QMessageBox", _Box)
    _Box.seen, _Box.answer = [], "Khôi phục"
    with pytest.raises(DatabaseDamaged):
        app_module.open_for_window(kept)
    assert len(_Box.seen) == 1
    box = _Box.seen[0]
    assert not [b for b in box.buttons if "Khôi phục" in b or "sao lưu" in b], box.buttons
    assert str(db) in box.info, box.info
    assert not list(folder.glob("xa-hong-*-hong-*"))


def test_the_first_start_offers_no_restore_where_nothing_can_be_written(qapp, tmp_path, monkeypatch):
    """F3: the data folder on a write-locked stick (or a read-only share), its parapp.db gone, its snapshots kept.
    The window's first start asked "Khôi phục dữ liệu từ bản sao lưu đó?" with "Khôi phục bản sao lưu" and "Tạo dữ
    liệu mới": either chosen, "Không ghi được vào thư mục … (chỉ đọc …)" (a restore, a new data: nothing can be
    written there). Now no box: the folder's refusal is said at once."""
    from PySide6 import QtWidgets

    from parapp import files
    from parapp.store.errors import FolderReadOnly
    from parapp.ui import app as app_module

    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "parapp.db"
    assert main(["demo", "--db", str(db)]) == 0
    _snapshot(db)
    for side in ("", "-wal", "-shm"):
        (folder / f"parapp.db{side}").unlink(missing_ok=True)
    monkeypatch.setattr(QtWidgets, "QMessageBox", _Box)
    _Box.seen, _Box.answer = [], "Khôi phục"
    # The stick's write lock, as this account sees it (a test running as root writes through a read-only mode)
    monkeypatch.setattr(files, "can_write_in", lambda folder: False)
    from parapp import store

    def refused(path, **kw):
        raise FolderReadOnly(str(folder))

    monkeypatch.setattr(store, "open_database", refused)
    with pytest.raises(FolderReadOnly):
        app_module.open_for_window(db)
    assert not _Box.seen, [b.text for b in _Box.seen]


def test_an_empty_data_file_on_a_write_locked_stick_is_said_as_the_stick(qapp, tmp_path, monkeypatch):
    """F4: a 0-byte parapp.db (a copy cut short) on a write-locked stick: the window said "Tệp … không phải là cơ sở
    dữ liệu ParApp. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để tạo dữ liệu mới": it is parapp.db, and no
    new file can be made there either. Now the folder's refusal ("Không ghi được vào thư mục …") is said."""
    from parapp import files, store
    from parapp.store.errors import FolderReadOnly
    from parapp.ui import app as app_module

    db = tmp_path / "parapp.db"
    db.write_bytes(b"")
    monkeypatch.setattr(files, "can_write_in", lambda folder: False)

    def refused(path, **kw):
        raise FolderReadOnly(str(tmp_path))

    monkeypatch.setattr(store, "open_database", refused)
    with pytest.raises(FolderReadOnly):
        app_module.open_for_window(db)
