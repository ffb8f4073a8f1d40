"""Adversarial round 43A, the window's side: its first start on a data folder whose data file is gone (helper r43a)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
        return next(b for b in self.buttons if _Box.answer in b)


def test_the_first_start_on_a_folder_whose_data_is_gone_offers_its_snapshot(qapp, tmp_path, monkeypatch):
    """F3: the commune's parapp.db gone from its data folder (deleted by mistake, taken by the antivirus, moved away),
    its evidence and automatic snapshots still there. The window started as every day: it made an empty register and
    asked "Chào mừng đến với ParApp. Hãy nhập thông tin của xã", with no word of the snapshot of this morning (its 54
    tasks); its own snapshots then pruned the old data's days. Now it says the data file is not there and offers the
    latest good snapshot (restored: the register is back), or a new data."""
    from PySide6 import QtWidgets

    from parapp.store.backup import take_snapshot
    from parapp.ui import app as app_module

    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "parapp.db"
    assert main(["demo", "--db", str(db)]) == 0
    con = sqlite3.connect(db)
    try:
        take_snapshot(con, folder, "dau-ngay")
    finally:
        con.close()
    for side in ("", "-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    monkeypatch.setattr(QtWidgets, "QMessageBox", _Box)
    _Box.seen, _Box.answer = [], "Khôi phục"
    opened = app_module.open_for_window(db)
    try:
        assert opened.conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 54
    finally:
        opened.close()
    assert len(_Box.seen) == 1 and str(db) in _Box.seen[0].text, _Box.seen
    for side in ("", "-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    _Box.answer = "mới"
    opened = app_module.open_for_window(db)
    try:
        assert opened.conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 0
    finally:
        opened.close()


def test_the_first_start_beside_data_of_another_name_offers_none_of_its_snapshots(qapp, tmp_path, monkeypatch):
    """F3, its edge: the window started on parapp.db (its default name, never refused) in a folder whose data is
    `xa.db`, with xa.db's snapshots: they are no lost data's, and restored into parapp.db they would make a second
    data beside xa.db. No box: the start goes on as before."""
    from PySide6 import QtWidgets

    from parapp.store.backup import take_snapshot
    from parapp.ui import app as app_module

    folder = tmp_path / "data"
    folder.mkdir()
    assert main(["demo", "--db", str(folder / "xa.db")]) == 0
    con = sqlite3.connect(folder / "xa.db")
    try:
        take_snapshot(con, folder, "dau-ngay")
    finally:
        con.close()
    monkeypatch.setattr(QtWidgets, "QMessageBox", _Box)
    _Box.seen, _Box.answer = [], "Khôi phục"
    app_module.open_for_window(folder / "parapp.db").close()
    assert not _Box.seen
