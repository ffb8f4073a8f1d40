"""`parapp check` and every read-only open, on the paths and files of real office PCs (issues 12 and 15)."""

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from parapp.store import open_database
from parapp.store.backup import check_file, latest_good, take_snapshot
from parapp.store.connect import readonly_uri
from parapp.store.db import open_readonly
from parapp.store.errors import DatabaseDamaged, NotParAppDatabase

from ..cli.test_cli import run

YEAR = dt.date.today().year


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for off in range(8192, len(data) - 4096, 4096):
        data[off + 100:off + 400] = os.urandom(300)
    path.write_bytes(bytes(data))


def a_commune(path: Path, tasks: int = 300) -> Path:
    db = open_database(path)
    from parapp.store import tasks as store_tasks

    for i in range(tasks):
        store_tasks.create_task(db, {"content": f"Nhiệm vụ {i} " + "x" * 200})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.mark.parametrize("folder", ["Hồ sơ #2", "Báo cáo 100%", "Dữ liệu ?mode=rw", "a#b%20c"])
def test_a_damaged_database_in_a_folder_named_with_hash_or_percent_is_reported_damaged(tmp_path, folder):
    # Issue 12: SQLite took "#" for a fragment, dropped ?mode=ro, and opened an empty file beside the folder.
    home = tmp_path / "office"
    (home / folder).mkdir(parents=True)
    db = a_commune(home / folder / "parapp.db")
    damage(db)
    before = sorted(p.name for p in home.iterdir())
    r = run("check", "--db", db)
    assert r.returncode == 1 and "hỏng" in r.stdout, r.stdout
    assert sorted(p.name for p in home.iterdir()) == before  # nothing created beside the folder
    assert check_file(db) is not None
    with pytest.raises(DatabaseDamaged):
        open_readonly(db)
    assert sorted(p.name for p in home.iterdir()) == before


def test_snapshots_in_such_a_folder_are_checked_for_real(tmp_path):
    folder = tmp_path / "Hồ sơ #2"
    folder.mkdir()
    db = open_database(a_commune(folder / "parapp.db", 50))
    snap = take_snapshot(db.conn, folder, "dau-ngay")
    db.close()
    assert latest_good(folder).path == snap.path
    damage_to = bytearray(snap.path.read_bytes())
    damage_to[4096:] = b"\xff" * (len(damage_to) - 4096)
    snap.path.write_bytes(bytes(damage_to))
    assert latest_good(folder) is None  # "never keep/offer a bad snapshot" holds in this folder too


def test_the_uri_quotes_every_character_sqlite_would_read_as_syntax():
    uri = readonly_uri(Path("/tmp") / "Hồ sơ #2 100%?x" / "parapp.db")
    assert "#" not in uri and "%23" in uri and "%25" in uri and "%3F" in uri and uri.endswith("?mode=ro")


def test_check_names_the_finalised_report_that_no_longer_matches(tmp_path):
    db_path = tmp_path / "parapp.db"
    assert run("demo", "--db", db_path).returncode == 0
    r = run("report", "finalize", "--db", db_path, "--period", "q1", "--year", YEAR)
    assert r.returncode == 0, r.stderr
    assert run("check", "--db", db_path).returncode == 0
    con = sqlite3.connect(db_path)
    rid = con.execute("SELECT id FROM reports WHERE state = 'final' AND period_kind = 'q1' AND year = ?",
                      [YEAR]).fetchone()[0]
    trigger = con.execute("SELECT sql FROM sqlite_master WHERE name = 'reports_final_is_frozen'").fetchone()[0]
    con.execute("DROP TRIGGER reports_final_is_frozen")
    con.execute("UPDATE reports SET content = json_set(content, '$.title', 'Báo cáo đã sửa') WHERE id = ?", [rid])
    con.execute(trigger)  # put back: the schema is ParApp's again, only the content changed
    con.commit()
    con.close()
    r = run("check", "--db", db_path)
    assert r.returncode == 1
    assert f"báo cáo đã chốt số {rid} (q1 năm {YEAR})" in r.stdout and "mã băm" in r.stdout


def test_check_reports_a_schema_that_is_not_parapps(tmp_path):
    db_path = tmp_path / "parapp.db"
    assert run("demo", "--db", db_path).returncode == 0
    con = sqlite3.connect(db_path)
    con.execute("CREATE TRIGGER xoa_bot AFTER INSERT ON tasks BEGIN DELETE FROM tasks WHERE id = NEW.id; END")
    con.commit()
    con.close()
    r = run("check", "--db", db_path)
    assert r.returncode == 1 and "xoa_bot" in r.stdout


def _empty_sqlite(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 0")
    con.execute("VACUUM")
    con.close()
    return path


@pytest.mark.parametrize("kind", ["zero-bytes", "empty-sqlite", "missing"])
def test_only_demo_creates_a_database(tmp_path, kind):
    db = tmp_path / "parapp.db"
    if kind == "zero-bytes":
        db.write_bytes(b"")
    elif kind == "empty-sqlite":
        _empty_sqlite(db)
    before = db.read_bytes() if db.exists() else None
    plan = tmp_path / "kh.txt"
    plan.write_text("STT\tNội dung\tThời gian thực hiện\n1\tRà soát TTHC\tQuý I/2024\n", encoding="utf-8")
    usb = tmp_path / "usb"
    usb.mkdir()
    for args in (("tasks",), ("import", plan, "--dry-run"), ("import", plan), ("periods", "--year", YEAR),
                 ("report", "draft", "--period", "q1", "--year", YEAR),
                 ("report", "finalize", "--period", "q1", "--year", YEAR), ("backup", "--to", usb)):
        r = run(*args, "--db", db)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert ("không phải là cơ sở dữ liệu ParApp" if kind != "missing" else "Không thấy tệp dữ liệu") in r.stderr
        assert (db.read_bytes() if db.exists() else None) == before
    r = run("check", "--db", db)
    assert r.returncode == 1 and "nguyên vẹn" not in r.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["kh.txt", "usb"] + ([] if kind == "missing"
                                                                                     else ["parapp.db"]))
    r = run("demo", "--db", db)  # the one command that makes a database, in a missing or empty file
    assert r.returncode == 0, r.stderr
    assert run("check", "--db", db).returncode == 0


def test_store_refuses_empty_files_unless_creating(tmp_path):
    zero = tmp_path / "zero.db"
    zero.write_bytes(b"")
    with pytest.raises(NotParAppDatabase):
        open_database(zero, create=False)
    with pytest.raises(NotParAppDatabase):
        open_readonly(_empty_sqlite(tmp_path / "empty.db"))
    open_database(zero).close()  # the window's first start: created
    assert open_readonly(zero).execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 0


def test_reading_never_writes_to_the_database_file(tmp_path):
    db_path = tmp_path / "parapp.db"
    assert run("demo", "--db", db_path).returncode == 0
    before = db_path.read_bytes()
    for args in (("tasks", "--json"), ("report", "draft", "--period", "q1", "--year", YEAR), ("check",),
                 ("periods", "--year", YEAR)):
        assert run(*args, "--db", db_path).returncode == 0
    assert db_path.read_bytes() == before


def test_an_old_schema_is_upgraded_once_by_a_reader(tmp_path):
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.db"
    db_path = tmp_path / "parapp.db"
    shutil.copy(fixture, db_path)
    r = run("tasks", "--db", db_path, "--json")
    assert r.returncode == 0, r.stderr
    ro = open_readonly(db_path)
    from parapp.store.schema import KNOWN, schema_version

    assert schema_version(ro) == len(KNOWN)
    ro.close()


FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("schema_v*.db"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_released_schema_is_parapps_own_before_and_after_upgrading(fixture, tmp_path):
    # The reference the restore and check compare with is built from the migrations themselves:
    # a database as each release wrote it must match it, object by object, and so must its upgrade.
    from parapp.store.schema import KNOWN
    from parapp.store.schema_check import meaning_problems

    con = sqlite3.connect(fixture)
    version, problems = meaning_problems(con, str(fixture))
    con.close()
    assert problems == [] and version == int(fixture.stem.split("_v")[1])
    path = tmp_path / "parapp.db"
    shutil.copy(fixture, path)
    open_database(path).close()
    con = sqlite3.connect(path)
    version, problems = meaning_problems(con, str(path))
    con.close()
    assert problems == [] and version == len(KNOWN)
