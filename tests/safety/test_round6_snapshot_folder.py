"""Adversarial round 6: the snapshot taken before a PAR INDEX set is replaced or removed (and before a
restore, an upgrade) could not be written — `backups` a file where its folder should be, or a folder
locked read-only — and the command ended in "Lỗi không mong đợi: [Errno 20] Not a directory …",
exit 1, nothing said of what to do. Now: exit 2, the folder named and what to do, nothing changed."""

from __future__ import annotations

import sqlite3

import pytest

from parapp.store import open_database

from ..cli.test_cli import run
from ..par.province_files import province_xlsx

YEAR = 2025


def stored(db) -> list:
    con = sqlite3.connect(db)
    try:
        return [con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in ("par_sets", "par_criteria", "par_evidence")]
    finally:
        con.close()


@pytest.fixture
def with_a_set(tmp_path):
    db = tmp_path / "data" / "parapp.db"
    db.parent.mkdir()
    open_database(db).close()
    crit = tmp_path / "bộ tiêu chí.xlsx"
    crit.write_bytes(province_xlsx())
    assert run("par", "import-set", crit, "--year", YEAR, "--db", db).returncode == 0
    (db.parent / "backups").write_text("một tệp, không phải thư mục")
    return db, crit


@pytest.mark.parametrize("command", [["import-set", "{crit}", "--replace"], ["remove-set"]])
def test_a_set_is_not_replaced_or_removed_when_its_snapshot_cannot_be_written_and_the_folder_is_named(
        with_a_set, command):
    db, crit = with_a_set
    before = stored(db)
    args = [str(crit) if a == "{crit}" else a for a in command]
    r = run("par", *args, "--year", YEAR, "--db", db)
    assert r.returncode == 2, r.stderr
    assert "Chưa tạo được bản sao lưu tự động" in r.stderr and str(db.parent / "backups") in r.stderr
    assert "không mong đợi" not in r.stderr
    assert stored(db) == before
