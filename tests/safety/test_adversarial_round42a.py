"""Adversarial round 42A: backups, restores, automatic snapshots, `parapp check`, `repair`, `--out` (helper r42a)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from parapp.cli.main import main

YEAR = dt.date.today().year


@pytest.fixture(scope="module")
def carried(tmp_path_factory):
    """A demo commune with this year's unfinished work carried into next year's plan (made once: copied per test)."""
    folder = tmp_path_factory.mktemp("carried") / "data"
    folder.mkdir()
    db = folder / "parapp.db"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["carry", "--db", str(db), "--year", str(YEAR)]) == 0
    return db


def _copy(carried, tmp_path, name: str = "data"):
    shutil.copytree(carried.parent, tmp_path / name)
    return tmp_path / name / "parapp.db"


def _loosen(db, missing: int = 1058) -> int:
    """A bit turned on the disk inside a carried task's `carried_to`: the task."""
    con = sqlite3.connect(db)
    try:
        task = con.execute("SELECT id FROM tasks WHERE carried_to IS NOT NULL ORDER BY id LIMIT 1").fetchone()[0]
        con.execute("UPDATE tasks SET carried_to = ? WHERE id = ?", [missing, task])  # foreign keys off: as a disk
        con.commit()
    finally:
        con.close()
    return task


def _said(capsys) -> str:
    out = capsys.readouterr()
    return out.out + out.err


def test_check_of_a_snapshot_with_a_carried_link_pointing_nowhere_says_how_to_mend_it(carried, tmp_path, capsys):
    """L1 (left by round 41A): `parapp check --db <an automatic snapshot>` whose carried task points at no task (the
    snapshot `repair` keeps before emptying such a link) said only "1 dòng tham chiếu tới dữ liệu không còn tồn tại
    (bảng tasks)", as of data another program changed, with no way out. Now it names the row and the way that works:
    restore the snapshot into its data, then `parapp repair` (which this test follows through)."""
    db = _copy(carried, tmp_path)
    task = _loosen(db)
    capsys.readouterr()
    assert main(["repair", "--db", str(db)]) == 0
    snap = next((db.parent / "backups" / "auto").glob("*truoc-sua-chu-hong*.db"))
    capsys.readouterr()
    assert main(["check", "--db", str(snap)]) == 1
    said = _said(capsys)
    assert f"dòng {task}" in said and "1058" in said, said
    assert f"parapp restore \"{snap}\" --db" in said and "parapp repair" in said and str(db.parent) in said, said
    assert f"repair --db \"{snap}\"" not in said, said
    assert main(["restore", str(snap), "--db", str(db)]) == 0
    assert main(["repair", "--db", str(db)]) == 0
    assert main(["check", "--db", str(db)]) == 0
