"""Adversarial round 45A, the window's side: its first start in a folder holding only a restore's kept-aside copy
(helper r45a)."""

from __future__ import annotations

import shutil
import sqlite3

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


def test_the_first_start_beside_only_a_kept_aside_copy_offers_the_snapshot(qapp, tmp_path, monkeypatch):
    """L2 (left by round 44A): the data folder held xa.db's snapshots and the damaged copy a restore had kept aside
    (`xa-hong-<time>.db`); xa.db itself was deleted by mistake. The window started on the folder's parapp.db: the
    kept copy counted as "another data there", so no snapshot was offered and an empty register was made beside the
    lost data's snapshots (its own then pruning them). Now the copy is no data of the folder: the latest snapshot is
    offered and, chosen, restored into parapp.db."""
    from PySide6 import QtWidgets

    from parapp.store.backup import take_snapshot
    from parapp.ui.first_start import before_new_data

    folder = tmp_path / "Hồ sơ #2 %20"
    folder.mkdir()
    db = folder / "xa.db"
    assert main(["demo", "--db", str(db)]) == 0
    con = sqlite3.connect(db)
    try:
        take_snapshot(con, folder, "dau-ngay")
    finally:
        con.close()
    kept = folder / "xa-hong-20261206-101500.db"
    shutil.copyfile(db, kept)
    with open(kept, "r+b") as fh:  # a tasks page overwritten, as the restore found it
        fh.seek(4096 * 3)
        fh.write(b"\xff" * 4096)
    for side in ("", "-wal", "-shm"):
        (folder / f"xa.db{side}").unlink(missing_ok=True)
    monkeypatch.setattr(QtWidgets, "QMessageBox", _Box)
    _Box.seen, _Box.answer = [], "Khôi phục"
    target = folder / "parapp.db"
    before_new_data(target)
    assert len(_Box.seen) == 1, "no snapshot offered"
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] > 0
    finally:
        con.close()
