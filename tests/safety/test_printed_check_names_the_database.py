"""The `parapp check` a message prints names the database it is about, so it runs as printed.

A bare "parapp check" (round 28A left it) run after `parapp --db "…/Dữ liệu #1 50%/parapp.db" backup …` checked the
default data folder: "sound", about other data, while the data the message spoke of held the fault.
"""

from __future__ import annotations

import shlex
import sqlite3

from parapp.store import errors

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo


def _printed_check(text: str) -> list[str]:
    start = text.index("parapp check")
    line = text[start:].split(" nêu ")[0].split(" để ")[0].split(" cho biết ")[0]
    return shlex.split(line)[1:]  # the words after "parapp", as a shell splits them


def test_the_check_a_refused_backup_prints_checks_that_database(tmp_path):
    folder = tmp_path / "Dữ liệu #1 50%"
    folder.mkdir()
    db = _demo(tmp_path)
    db = db.rename(folder / "parapp.db")
    con = sqlite3.connect(db)
    con.execute("UPDATE tasks SET due_date = 'khong' WHERE id = (SELECT MIN(id) FROM tasks)")
    con.commit()
    con.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    for args in (("backup", "--to", usb), ("tasks",)):
        r = run("--db", db, *args)
        assert r.returncode == 2, r.stdout + r.stderr
        words = _printed_check(r.stderr)
        assert words == ["check", "--db", str(db)], r.stderr
        checked = run(*words)
        assert checked.returncode == 1 and "khong" in checked.stdout + checked.stderr, checked.stdout


def test_a_disk_that_fails_a_read_names_the_database_to_check():
    said = str(errors.StorageIOError("D:\\Dữ liệu", "Input/output error", "D:\\Dữ liệu\\parapp.db"))
    assert _printed_check(said) == ["check", "--db", "D:\\Dữ liệu\\parapp.db"], said
