"""Adversarial round 30A, the window's side: data it cannot open, with no sound snapshot, takes its backup from the
box; the lock file given as the data offers no restore into it (helper r30a)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round30a import _backup


@pytest.mark.parametrize("start", [b"\0" * 4096, b"XXXXXXXX"], ids=["zeros", "other-bytes"])
def test_data_that_cannot_open_with_no_good_snapshot_can_take_its_backup_from_the_window(qapp, tmp_path, monkeypatch,
                                                                                           start):
    """F7: the window started on data it cannot open (damaged; here its start lost, F2) and no sound snapshot (the
    same disk failing, or a portable copy that never had one): "Không mở được tệp dữ liệu … hãy khôi phục từ bản sao
    lưu gần nhất", and the box's one button was "Đóng". The window is the office's only tool: the backup on the stick
    could be restored only with the command line. The box offers the backup file too (the restore every route uses;
    the damaged file kept aside)."""
    from PySide6 import QtWidgets

    from parapp.ui import app as app_module
    from parapp.ui.widgets import file_dialogs

    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    with open(db, "r+b") as fh:  # the window's own data, its start lost or overwritten (the snapshot route's case too)
        fh.write(start)
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    left = db.read_bytes()
    offered: list[list[str]] = []

    class FakeBox:
        Icon = QtWidgets.QMessageBox.Icon
        ButtonRole = QtWidgets.QMessageBox.ButtonRole

        def __init__(self, *a):
            self.buttons: list[str] = []
            offered.append(self.buttons)

        def setInformativeText(self, text):
            self.info = text

        def addButton(self, text, role):
            self.buttons.append(text)
            return text

        def exec(self):
            return 0

        def clickedButton(self):
            return next(b for b in self.buttons if "tệp sao lưu" in b)

    monkeypatch.setattr(QtWidgets, "QMessageBox", FakeBox)
    monkeypatch.setattr(file_dialogs, "ask_open", lambda *a, **k: backup)
    opened = app_module.open_for_window(db)
    try:
        assert opened.conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] > 0
    finally:
        opened.close()
    assert any("tệp sao lưu" in b for b in offered[0]), offered
    kept = list(db.parent.glob("parapp-hong-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == left


def test_the_window_given_the_lock_file_offers_no_restore_into_it(qapp, tmp_path, monkeypatch):
    """F5, the window's side: started with --db …parapp.db.lock (shown by Explorer as "parapp.db"), the refusal went
    to the damaged-data box, which offered to restore the newest snapshot into the lock file. Said, nothing offered."""
    from PySide6 import QtWidgets

    from parapp.store.side_names import DatabaseSideFile
    from parapp.ui import app as app_module

    db = _demo(tmp_path)
    r = run("--db", db, "restore", _backup(db, tmp_path / "usb"))  # a snapshot to offer
    assert r.returncode == 0, r.stderr
    lock = Path(f"{db}.lock")
    lock.write_bytes(b"")
    boxes: list[object] = []

    class FakeBox:
        Icon = QtWidgets.QMessageBox.Icon
        ButtonRole = QtWidgets.QMessageBox.ButtonRole

        def __init__(self, *a):
            boxes.append(self)

        def setInformativeText(self, text):
            pass

        def addButton(self, text, role):
            return text

        def exec(self):
            return 0

        def clickedButton(self):
            return "Khôi phục bản sao lưu"

    monkeypatch.setattr(QtWidgets, "QMessageBox", FakeBox)
    with pytest.raises(DatabaseSideFile):
        app_module.open_for_window(lock)
    assert not boxes and lock.read_bytes() == b""
