"""Adversarial round 31A: backup, restore, automatic snapshots, `parapp check` and `--db` (helper r31a)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round30a import _backup


@pytest.mark.parametrize("where", ["usb", "data-folder"])
def test_the_window_given_a_backup_file_offers_no_restore_into_it(qapp, tmp_path, monkeypatch, where):
    """F1: the window started with --db <the backup on the stick> (a shortcut made to "open" it) said it is a backup
    (round 30B), but through the damaged-data box, which offered "Từ tệp sao lưu…" (round 30A) and, in a folder with
    snapshots, "Khôi phục bản sao lưu": either restored a database INTO the backup file (the backup kept aside as
    "…-hong-….parapp-backup", an evidence folder made on the stick) and the window went on with that file as the data,
    the office's parapp.db beside it left as it was. A backup is never the data's own damage: said, nothing offered."""
    from PySide6 import QtWidgets

    from parapp.store.wrong_file import DatabaseIsBackup
    from parapp.ui import app as app_module
    from parapp.ui.widgets import file_dialogs

    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    if where == "data-folder":  # the office keeps its backups beside the data, where the snapshots are
        assert run("--db", db, "restore", backup).returncode == 0
        backup = Path(shutil.copy(backup, db.parent / backup.name))
    before = backup.read_bytes()
    listed = sorted(p.name for p in backup.parent.iterdir())
    boxes: list[object] = []

    class FakeBox:
        Icon = QtWidgets.QMessageBox.Icon
        ButtonRole = QtWidgets.QMessageBox.ButtonRole

        def __init__(self, *a):
            self.buttons: list[str] = []
            boxes.append(self)

        def setInformativeText(self, text):
            pass

        def addButton(self, text, role):
            self.buttons.append(text)
            return text

        def exec(self):
            return 0

        def clickedButton(self):
            return self.buttons[0]

    monkeypatch.setattr(QtWidgets, "QMessageBox", FakeBox)
    monkeypatch.setattr(file_dialogs, "ask_open", lambda *a, **k: backup)
    with pytest.raises(DatabaseIsBackup):
        app_module.open_for_window(backup)
    assert not boxes
    assert backup.read_bytes() == before
    assert sorted(p.name for p in backup.parent.iterdir()) == listed


@pytest.mark.parametrize("name", ["sao luu thang 11", "sao luu.bak"])
def test_check_of_a_backup_renamed_checks_it_as_a_backup(tmp_path, name):
    """F2: a backup renamed by hand (".bak", or no extension) is restored by its content, and round 30B has every
    command know it for a backup by its content; `check --db` it said "… là một tệp sao lưu ParApp, không phải tệp
    dữ liệu … Chưa làm gì" and exited 1, "not sound", of a sound backup. Checked as a restore reads it (round 27A)."""
    db = _demo(tmp_path)
    renamed = _backup(db, tmp_path / "usb").rename(tmp_path / "usb" / name)
    r = run("check", "--db", renamed)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "tệp sao lưu nguyên vẹn, khôi phục được" in r.stdout, r.stdout


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
def test_a_restore_into_a_fifo_is_refused_not_waited_on_for_ever(tmp_path):
    """F3: every other command says a FIFO given as --db is "không phải là cơ sở dữ liệu ParApp" (never opened, round
    24A); a restore into it opened it to read its first bytes and waited for a writer for ever."""
    import os
    import subprocess
    import sys

    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    fifo = tmp_path / "data" / "fifo.db"
    os.mkfifo(fifo)
    try:
        r = subprocess.run([sys.executable, "-m", "parapp", "--db", str(fifo), "restore", str(backup)],
                           capture_output=True, text=True, encoding="utf-8", timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the restore waited on the FIFO")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "không phải" in r.stderr and "Lỗi không mong đợi" not in r.stderr, r.stderr


def _bad_byte_in_a_note(db: Path) -> None:
    """A byte of the data gone bad inside a task's note (30A F9's damage), written past the audit triggers."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'tasks'")
        triggers = triggers.fetchall()
        for name, _ in triggers:
            con.execute(f'DROP TRIGGER "{name}"')
        con.execute("UPDATE tasks SET note = CAST(X'4768692063689F20' AS TEXT) WHERE id = 3")
        for _, sql in triggers:
            con.execute(sql)
        con.commit()
    finally:
        con.close()


def test_the_way_back_from_a_restore_over_data_with_a_bad_byte_is_not_refused(tmp_path):
    """F4: the office's data has one byte gone bad in a task's note (30A F9: check names it, backups refuse it). A
    backup restored over it (the wrong one, say) printed "Để quay lại, chạy lệnh: parapp restore <trước khi khôi
    phục> …", and that command was refused: "không phải dữ liệu ParApp nguyên vẹn (bảng tasks, cột note, dòng 3 …);
    bị từ chối" — every change since that backup lost for one byte in a note. A snapshot of this folder's own data is
    put back as it was (its unreadable value still named by check); schema and integrity are still required."""
    import re
    import shlex

    db = _demo(tmp_path)
    _bad_byte_in_a_note(db)
    before = run("check", "--db", db)
    assert before.returncode == 1 and "dòng 3" in before.stdout, before.stdout
    r = run("--db", db, "restore", _backup(_demo(tmp_path, "other"), tmp_path / "usb"))
    assert r.returncode == 0, r.stderr
    way_back = re.search(r"^\s+(parapp restore .+)$", r.stdout, re.M)
    assert way_back, r.stdout
    from parapp.services.safety import precheck_restore

    # The window's Tệp → Khôi phục… asks the gate first, while it still shows the data (round 14C).
    precheck_restore("snapshot", Path(shlex.split(way_back.group(1))[2]), db, db.parent)
    back = run(*shlex.split(way_back.group(1))[1:])
    assert back.returncode == 0, back.stdout + back.stderr
    after = run("check", "--db", db)
    assert after.returncode == 1 and "dòng 3" in after.stdout, after.stdout


@pytest.mark.parametrize("where", ["end", "manifest", "database-head", "evidence"])
def test_check_of_a_backup_on_a_stick_that_fails_a_read_says_nothing_of_the_backup(tmp_path, monkeypatch, capsys,
                                                                                    where):
    """F5: `check --db <backup>` on a loose stick said "Không đọc được tệp sao lưu … Tệp sao lưu chưa chắc đã hỏng"
    (30A F3) and exited 1, check's "not restorable" (the data's check exits 2 when its disk fails a read, round 18):
    a script, or the clerk reading the code, threw a sound backup away. Exit 2: nothing said of the backup."""
    import zipfile

    from parapp.cli.main import main

    from .test_adversarial_round30a import _failing_read

    backup = _backup(_demo(tmp_path), tmp_path / "usb")
    if where == "evidence":
        import errno

        real_read = zipfile.ZipExtFile.read

        def read(self, n=-1):
            if self.name.startswith("evidence/"):
                raise OSError(errno.EIO, "Input/output error")
            return real_read(self, n)

        monkeypatch.setattr(zipfile.ZipExtFile, "read", read)
    else:
        _failing_read(where, "eio", monkeypatch)
    code = main(["check", "--db", str(backup)])
    said = capsys.readouterr()
    assert "Không đọc được tệp sao lưu" in said.out + said.err, said
    assert code == 2, said
