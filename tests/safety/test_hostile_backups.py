"""Issue 15: restore verifies what a backup means, not only its checksums.

Each crafted backup is made the way an attacker would: a hostile database (or member) under a manifest
whose hashes are all correct. Every refusal must leave the target exactly as it was.
"""

import datetime as dt
import hashlib
import json
import os
import sqlite3
import warnings
import zipfile
from pathlib import Path

import pytest

from parapp.services.demo import build_demo
from parapp.store import open_database
from parapp.store.archive import write_backup
from parapp.store.archive_format import BackupError
from parapp.store.archive_verify import verify_backup
from parapp.store.evidence import add_evidence
from parapp.store.restore import restore_backup
from parapp.store.schema import KNOWN

from ..cli.test_cli import run

TODAY = dt.date(2024, 5, 20)


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A commune with evidence and a finalised report, and its good backup's members."""
    folder = tmp_path_factory.mktemp("nguồn")
    db = open_database(folder / "parapp.db")
    build_demo(db, TODAY)
    doc = folder / "Biên bản.pdf"
    doc.write_bytes(b"%PDF-1.4 bien ban " * 500)
    add_evidence(db, folder, 1, doc)
    from parapp.store import report_records
    from parapp.store.periods import find_period

    _, rid = report_records.draft_for_period(db, find_period(db, "q1", 2024), TODAY, save=True)
    report_records.finalize(db, rid, TODAY)
    out = write_backup(db.conn, folder, folder, commune="Xã Ba Giang")
    db.close()
    with zipfile.ZipFile(out) as z:
        members = {n: z.read(n) for n in z.namelist() if n != "manifest.json"}
        manifest = json.loads(z.read("manifest.json"))
    return members, manifest


def craft(path: Path, members: dict, manifest: dict | None = None, *, extra: list | None = None, **overrides) -> Path:
    """A backup whose manifest vouches for every member it lists (the attacker's consistent manifest)."""
    man = dict(manifest or {})
    man.update({"app": "ParApp", "app_version": "0.1.0", "schema_version": len(KNOWN), "commune": "x",
                "created": "2024-05-20T09:00:00"})
    man["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
    man.update(overrides)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of duplicate names: the attacker does not care
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in list(members.items()) + list(extra or []):
                z.writestr(name, data)
            z.writestr("manifest.json", json.dumps(man))
    return path


def hostile_db(members: dict, tmp_path: Path, *sql: str) -> bytes:
    """The good backup's database, changed by `sql` (with the safety triggers out of the way if need be)."""
    p = tmp_path / "hostile.db"
    p.write_bytes(members["parapp.db"])
    con = sqlite3.connect(p)
    for s in sql:
        con.executescript(s)
    con.commit()
    con.close()
    return p.read_bytes()


@pytest.fixture
def target(tmp_path):
    """An existing commune the hostile backup would replace."""
    folder = tmp_path / "đích"
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    db.execute("INSERT INTO units (name) VALUES ('dữ liệu hiện tại')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder / "parapp.db"


def listing(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_refused(backup: Path, target: Path, expect: str) -> None:
    before = listing(target.parent)
    with pytest.raises(BackupError) as e:
        restore_backup(backup, target, target.parent)
    assert expect in e.value.message, e.value.message
    assert listing(target.parent) == before  # a refused restore writes nothing, leaves nothing


HOSTILE = {
    "extra-trigger": ["CREATE TRIGGER xoa_bot AFTER INSERT ON tasks WHEN NEW.id % 2 = 0 "
                      "BEGIN DELETE FROM tasks WHERE id = NEW.id; END;"],
    "view-shadowing-a-table": ["ALTER TABLE units RENAME TO units_that;",
                               "CREATE VIEW units AS SELECT * FROM units_that WHERE 0;"],
    "extra-table": ["CREATE TABLE ghi_chu_la (x TEXT);"],
    "frozen-trigger-removed": ["DROP TRIGGER reports_final_is_frozen;"],
    "append-only-removed": ["DROP TRIGGER audit_log_append_only_u; DROP TRIGGER audit_log_append_only_d;"],
    "column-added": ["ALTER TABLE tasks ADD COLUMN bi_mat TEXT;"],
    "index-dropped": ["DROP INDEX tasks_due;"],
    "newer-schema": ["INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('parapp', 'm0099_tuong_lai', '2030-01-01');"],
    "other-migration-set": ["INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                            "VALUES ('khac', 'm0001', '2024-01-01');"],
    # the realistic one: the frozen trigger dropped, the report changed, the trigger put back
    "finalised-report-altered": [
        "DROP TRIGGER reports_final_is_frozen;",
        "UPDATE reports SET content = json_set(content, '$.title', 'Báo cáo đã sửa') WHERE state = 'final';",
        "CREATE TRIGGER reports_final_is_frozen BEFORE UPDATE OF period_kind, year, state, content, based_on, "
        "created_at, finalized_on, content_hash ON reports WHEN OLD.state = 'final' BEGIN "
        "SELECT RAISE(ABORT, 'finalised report is frozen'); END;"],
    "dangling-foreign-key": ["PRAGMA foreign_keys = OFF; INSERT INTO progress_notes (task_id, note_date, text, "
                             "created_at) VALUES (99999, '2024-01-01', 'mồ côi', '2024-01-01');"],
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_database_under_a_consistent_manifest_is_refused(source, tmp_path, target, case):
    members, _ = source
    bad = dict(members, **{"parapp.db": hostile_db(members, tmp_path, *HOSTILE[case])})
    backup = craft(tmp_path / f"{case}.parapp-backup", bad)
    verify_backup(backup)  # the bytes are exactly what the manifest says: only meaning can refuse it
    expect = "mới hơn" if case == "newer-schema" else "không phải dữ liệu ParApp nguyên vẹn"
    assert_refused(backup, target, expect)


def test_the_same_database_restores_when_untouched(source, tmp_path, target):
    members, _ = source
    backup = craft(tmp_path / "ok.parapp-backup", dict(members))
    restore_backup(backup, target, target.parent)
    source_db = target.parent / "nguồn.db"
    source_db.write_bytes(members["parapp.db"])
    count = "SELECT COUNT(*) FROM tasks"
    con = sqlite3.connect(source_db)
    expected = con.execute(count).fetchone()[0]
    con.close()
    source_db.unlink()
    db = open_database(target)
    assert db.execute(count).fetchone()[0] == expected > 0
    db.close()
    r = run("check", "--db", target)
    assert r.returncode == 0, r.stdout


@pytest.mark.parametrize("case", ["empty", "another-application", "sqlite-without-tables", "not-sqlite"])
def test_a_database_that_is_not_parapp_is_refused(source, tmp_path, target, case):
    members, _ = source
    other = tmp_path / "other.db"
    if case == "empty":
        data = b""
    elif case == "not-sqlite":
        data = b"PK\x03\x04 chua phai co so du lieu" * 100
    else:
        con = sqlite3.connect(other)
        if case == "another-application":
            con.execute("CREATE TABLE hoa_don (id INTEGER PRIMARY KEY, so_tien REAL)")
            con.execute("INSERT INTO hoa_don VALUES (1, 2.5)")
        else:
            con.execute("PRAGMA user_version = 1")
        con.commit()
        con.close()
        data = other.read_bytes()
    backup = craft(tmp_path / f"{case}.parapp-backup", {**{n: d for n, d in members.items() if n != "parapp.db"},
                                                         "parapp.db": data})
    assert_refused(backup, target, "")


@pytest.mark.parametrize("version", [-1, 0, True, "4", 99])
def test_a_manifest_schema_version_that_is_not_a_known_version_is_refused(source, tmp_path, target, version):
    members, _ = source
    assert_refused(craft(tmp_path / "v.parapp-backup", dict(members), schema_version=version), target, "")


def test_two_database_members_are_refused(source, tmp_path, target):
    members, _ = source
    other = hostile_db(members, tmp_path, "DELETE FROM progress_notes;")
    backup = craft(tmp_path / "hai.parapp-backup", dict(members), extra=[("parapp.db", other)])
    assert_refused(backup, target, "hai thành phần cùng tên")


def test_evidence_the_database_does_not_record_is_refused(source, tmp_path, target):
    members, _ = source
    data = b"not recorded anywhere"
    h = hashlib.sha256(data).hexdigest()
    backup = craft(tmp_path / "la.parapp-backup", dict(members, **{f"evidence/{h[:2]}/{h}": data}))
    assert_refused(backup, target, "cơ sở dữ liệu không dùng")


def test_evidence_of_another_size_than_recorded_is_refused(source, tmp_path, target):
    members, _ = source
    name = next(n for n in members if n.startswith("evidence/"))
    h = name.rsplit("/", 1)[1]
    db = hostile_db(members, tmp_path, f"UPDATE evidence SET size = size + 1 WHERE sha256 = '{h}';")
    assert_refused(craft(tmp_path / "size.parapp-backup", dict(members, **{"parapp.db": db})), target,
                   "không khớp kích thước")


def test_an_evidence_member_must_be_named_by_its_content(source, tmp_path, target):
    members, _ = source
    name = next(n for n in members if n.startswith("evidence/"))
    renamed = {("evidence/ab/ab" + "0" * 62 if n == name else n): d for n, d in members.items()}
    assert_refused(craft(tmp_path / "ten.parapp-backup", renamed), target, "không khớp mã kiểm tra")


def _zeros_member(z: zipfile.ZipFile, name: str, size: int) -> str:
    h = hashlib.sha256()
    block = bytes(1 << 20)
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w", force_zip64=True) as out:
        for _ in range(size >> 20):
            out.write(block)
            h.update(block)
    return h.hexdigest()


@pytest.mark.parametrize("where", ["evidence", "parapp.db"])
def test_a_zip_bomb_is_refused_before_anything_is_written(source, tmp_path, target, where):
    # The finding used 1 GB of zeros (restored into the data folder, or written as .restoring first);
    # 64 MB of zeros compress the same way and keep the test quick. bench/restore_speed.py does 1 GB.
    members, _ = source
    size = 64 << 20
    path = tmp_path / "bom.parapp-backup"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        hashes = {}
        for name, data in members.items():
            if where == "parapp.db" and name == "parapp.db":
                continue
            z.writestr(name, data)
            hashes[name] = hashlib.sha256(data).hexdigest()
        if where == "evidence":
            digest = hashlib.sha256(bytes(size)).hexdigest()
            name = f"evidence/{digest[:2]}/{digest}"
            hashes[name] = _zeros_member(z, name, size)
        else:
            hashes["parapp.db"] = _zeros_member(z, "parapp.db", size)
        z.writestr("manifest.json", json.dumps({"app": "ParApp", "app_version": "0.1.0", "schema_version": len(KNOWN),
                                                "commune": "x", "created": "2024", "members": hashes}))
    assert path.stat().st_size < 2 << 20
    assert_refused(path, target, "bị từ chối")


def test_a_huge_manifest_is_refused_without_being_read(source, tmp_path, target):
    members, _ = source
    path = tmp_path / "man.parapp-backup"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, data in members.items():
            z.writestr(name, data)
        with z.open("manifest.json", "w", force_zip64=True) as out:
            out.write(b'{"app": "ParApp", "pad": "')
            for _ in range(65):
                out.write(b" " * (1 << 20))
            out.write(b'"}')
    assert_refused(path, target, "manifest.json")


def test_many_members_verify_and_restore(tmp_path):
    # 5,000 evidence files: the verification is linear (bench/restore_speed.py times 10k/20k/40k).
    folder = tmp_path / "nhiều"
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    db.execute("INSERT INTO tasks (content, created_at, updated_at) VALUES ('x', '2024', '2024')")
    rows = []
    with zipfile.ZipFile(tmp_path / "many.parapp-backup", "w") as z:
        names = {}
        for i in range(5_000):
            data = f"tệp {i}".encode()
            h = hashlib.sha256(data).hexdigest()
            rows.append((1, h, f"{i}.txt", len(data), "2024"))
            z.writestr(f"evidence/{h[:2]}/{h}", data)
            names[f"evidence/{h[:2]}/{h}"] = h
        db.conn.executemany("INSERT INTO evidence (task_id, sha256, original_name, size, added_at) "
                            "VALUES (?, ?, ?, ?, ?)", rows)
        db.conn.commit()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        con = sqlite3.connect(folder / "parapp.db")
        con.execute("PRAGMA journal_mode = DELETE")
        con.close()
        data = (folder / "parapp.db").read_bytes()
        z.writestr("parapp.db", data)
        names["parapp.db"] = hashlib.sha256(data).hexdigest()
        z.writestr("manifest.json", json.dumps({"app": "ParApp", "app_version": "0.1.0", "schema_version": len(KNOWN),
                                                "commune": "x", "created": "2024", "members": names}))
    new = tmp_path / "mới"
    new.mkdir()
    restore_backup(tmp_path / "many.parapp-backup", new / "parapp.db", new)
    assert sum(1 for _ in (new / "evidence").rglob("*") if _.is_file()) == 5_000


@pytest.mark.parametrize("special", ["devnull", "folder", "fifo"])
def test_restore_refuses_special_files_at_once(tmp_path, target, special):
    if special == "devnull":
        path = Path(os.devnull)
    elif special == "folder":
        path = tmp_path
    elif hasattr(os, "mkfifo"):  # the finding's `restore /dev/zero` never answered; a FIFO would hang too
        path = tmp_path / "fifo.parapp-backup"
        os.mkfifo(path)
    else:
        path = Path(os.devnull)
    assert_refused(path, target, "không phải tệp sao lưu")
    r = run("restore", path, "--db", target)
    assert r.returncode == 2 and "không phải tệp sao lưu" in r.stderr
