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


def test_a_data_file_not_named_db_is_a_data_folder_the_rules_see(carried, tmp_path, capsys):
    """F1: a commune's data named `xa.sqlite` (`parapp demo --db …/xa.sqlite`, as `--db` allows any name). `parapp
    report pdf --db <other data> --out <its folder>/evidence/…/<a PDF evidence file>` said "Đã xuất", exit 0, and its
    `check` then "Tệp kiểm chứng … đã bị thay đổi hoặc hỏng"; `parapp demo --db <its folder>/moi.db` made a second
    data beside it (one evidence folder and one backups/auto for both). Only `.db` names were seen as data. Now any
    ParApp database in the folder is: both refused, exit 2, nothing written."""
    other = _copy(carried, tmp_path, "other")
    folder = tmp_path / "xa"
    shutil.copytree(carried.parent, folder)
    (folder / "parapp.db").rename(folder / "xa.sqlite")
    evidence = next(p for p in sorted((folder / "evidence").rglob("*")) if p.is_file()
                    and p.read_bytes().startswith(b"%PDF-"))
    before = evidence.read_bytes()
    capsys.readouterr()
    code = main(["report", "pdf", "--db", str(other), "--year", str(YEAR), "--period", "year", "--out", str(evidence)])
    said = _said(capsys)
    assert code == 2 and "chưa ghi gì" in said, said
    assert evidence.read_bytes() == before
    assert main(["demo", "--db", str(folder / "moi.db")]) == 2
    assert "xa.sqlite" in _said(capsys)
    assert not (folder / "moi.db").exists()
    assert main(["check", "--db", str(folder / "xa.sqlite")]) == 0


def test_a_new_data_still_open_is_data_to_the_rules(tmp_path, capsys):
    """F2: the window's first start made `xa.db` and stayed open (its schema and every change still in `xa.db-wal`,
    the file itself a bare 4 KB header until SQLite's checkpoint at 4 MB of changes or a clean close; a power cut left
    it so too). `parapp demo --db <that folder>/mau.db` then made the sample commune beside it, exit 0 (one evidence
    folder and one backups/auto for both), and `--out` into its evidence was not refused: a file read as it stands
    showed no ParApp table. Now a new database is written through to its file once made: refused, exit 2."""
    from parapp.store.db import open_database

    folder = tmp_path / "xa"
    folder.mkdir()
    db = open_database(folder / "xa.db")
    try:
        capsys.readouterr()
        assert main(["demo", "--db", str(folder / "mau.db")]) == 2
        assert "xa.db" in _said(capsys)
        assert not (folder / "mau.db").exists()
    finally:
        db.conn.close()


def test_a_folder_given_for_data_named_otherwise_names_that_data(carried, tmp_path, capsys):
    """F3: `parapp check --db <folder>` (or any command; the folder holding the commune's data as `xa.db`): "… trong
    đó không có tệp parapp.db. Hãy cho biết tệp parapp.db của dữ liệu, hoặc một tên tệp mới để tạo dữ liệu mới (ví
    dụ “<folder>/parapp.db”)": that name is the one a new data is made under beside another, so the window followed
    it to an empty register sharing xa.db's evidence and snapshots. Now the data there is named: `--db …/xa.db`."""
    folder = tmp_path / "xa"
    folder.mkdir()
    shutil.copy(carried, folder / "xa.db")
    capsys.readouterr()
    assert main(["check", "--db", str(folder)]) == 2
    said = _said(capsys)
    assert f"--db \"{folder / 'xa.db'}\"" in said and "parapp.db" not in said, said
