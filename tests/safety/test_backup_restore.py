import datetime as dt
import errno
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from parapp.services.demo import build_demo
from parapp.store.schema import KNOWN
from parapp.store import open_database
from parapp.store.archive import write_backup
from parapp.store.archive_format import BackupError
from parapp.store.archive_verify import verify_backup
from parapp.store.restore import restore_backup
from parapp.store.backup import list_snapshots, prune, snapshot, take_snapshot
from parapp.store.evidence import add_evidence, list_evidence, stored_path

TODAY = dt.date(2024, 5, 20)


@pytest.fixture
def commune(tmp_path):
    folder = tmp_path / "Dữ liệu của Nguyễn Văn An"  # Vietnamese letters and spaces in the path
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    build_demo(db, TODAY)
    doc = tmp_path / "Kế hoạch số 05.pdf"
    doc.write_bytes(b"%PDF-1.4 evidence " * 1000)
    add_evidence(db, folder, 1, doc)
    add_evidence(db, folder, 2, doc)  # the same file twice: stored once
    yield db, folder
    db.close()


def tables(path: Path) -> dict[str, list]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: con.execute(f"SELECT * FROM [{n}] ORDER BY rowid").fetchall() for n in names}
    finally:
        con.close()


def test_snapshot_includes_what_is_still_in_the_wal(commune, tmp_path):
    db, folder = commune
    assert Path(str(db.path) + "-wal").stat().st_size > 0  # uncheckpointed changes
    snap = snapshot(db.conn, tmp_path / "snap.db")
    assert tables(snap)["tasks"] == db.execute("SELECT * FROM tasks ORDER BY rowid").fetchall()


def test_evidence_stored_once_under_its_hash(commune, tmp_path):
    db, folder = commune
    ev = [e for e in list_evidence(db) if e.original_name == "Kế hoạch số 05.pdf"]  # the demo's own are there too
    assert len(ev) == 2 and ev[0].sha256 == ev[1].sha256
    (tmp_path / "Kế hoạch số 05.pdf").unlink()  # the original is gone: nothing lost
    assert stored_path(folder, ev[0].sha256).read_bytes().startswith(b"%PDF-1.4 evidence")
    assert ev[0].original_name == "Kế hoạch số 05.pdf"


def test_backup_restores_to_an_identical_register(commune, tmp_path):
    db, folder = commune
    usb = tmp_path / "USB"
    usb.mkdir()
    seen = []
    out = write_backup(db.conn, folder, usb, commune="Ủy ban nhân dân xã Ba Giang",
                       progress=lambda done, total: seen.append((done, total)))
    assert out.suffix == ".parapp-backup" and out.parent == usb and seen and seen[-1][0] == seen[-1][1]
    assert not list(usb.glob("*.partial"))
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        manifest = json.loads(z.read("manifest.json"))
    assert {"parapp.db", "manifest.json"} <= names and any(n.startswith("evidence/") for n in names)
    assert manifest["schema_version"] == len(KNOWN) and manifest["commune"] == "Ủy ban nhân dân xã Ba Giang"
    assert set(manifest["members"]) == names - {"manifest.json"}

    new_dir = tmp_path / "Máy mới"
    new_dir.mkdir()
    restore_backup(out, new_dir / "parapp.db", new_dir)
    got, had = tables(new_dir / "parapp.db"), tables(db.path)
    restored_log = got.pop("audit_log")  # the backup's log, and the restore itself as its newest line
    assert restored_log[:-1] == had.pop("audit_log") and restored_log[-1][6:8] == (None, "restore")
    assert got == had  # every other table, every row
    for e in list_evidence(db):
        assert stored_path(new_dir, e.sha256).read_bytes() == stored_path(folder, e.sha256).read_bytes()
    restored = open_database(new_dir / "parapp.db")
    assert len(restored.execute("SELECT * FROM tasks").fetchall()) == len(db.execute("SELECT * FROM tasks").fetchall())
    restored.close()


def test_restore_over_an_existing_database_backs_it_up_first(commune, tmp_path):
    db, folder = commune
    out = write_backup(db.conn, folder, tmp_path, commune="x")
    other = tmp_path / "other"
    other.mkdir()
    odb = open_database(other / "parapp.db")
    odb.execute("INSERT INTO units (name) VALUES ('đơn vị cũ')")
    odb.close()
    restore_backup(out, other / "parapp.db", other)
    before = [s for s in list_snapshots(other) if s.reason == "truoc-khoi-phuc"]
    assert before and tables(before[0].path)["units"] == [(1, "đơn vị cũ", 1)]
    assert len(tables(other / "parapp.db")["tasks"]) == len(db.execute("SELECT * FROM tasks").fetchall())


def _rewrite(src: Path, dst: Path, change):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        members = {n: zin.read(n) for n in zin.namelist()}
        for name, data in change(members).items():
            zout.writestr(name, data)


@pytest.mark.parametrize("case, expect", [
    ("tampered", "không khớp mã kiểm tra"),
    ("missing", "thiếu"),
    ("traversal", "ra ngoài thư mục dữ liệu"),
    ("newer", "phiên bản ParApp mới hơn"),
    ("no-manifest", "thiếu manifest"),
    ("extra", "thành phần lạ"),
])
def test_bad_backup_files_are_refused_with_a_reason(commune, tmp_path, case, expect):
    db, folder = commune
    good = write_backup(db.conn, folder, tmp_path, commune="x")
    bad = tmp_path / f"{case}.parapp-backup"

    def change(m):
        man = json.loads(m["manifest.json"])
        if case == "tampered":
            m["parapp.db"] = m["parapp.db"][:-10] + b"0123456789"
        elif case == "missing":
            del m[next(n for n in m if n.startswith("evidence/"))]
        elif case == "traversal":
            m["../../etc/evil"] = b"x"
            man["members"]["../../etc/evil"] = "0" * 64
        elif case == "newer":
            man["schema_version"] = 99
        elif case == "no-manifest":
            del m["manifest.json"]
            return m
        elif case == "extra":
            m["evidence/zz/unlisted"] = b"x"
        m["manifest.json"] = json.dumps(man).encode()
        return m

    _rewrite(good, bad, change)
    target = tmp_path / "target"
    target.mkdir()
    with pytest.raises(BackupError) as e:
        restore_backup(bad, target / "parapp.db", target)
    assert expect in e.value.message
    assert not (target / "parapp.db").exists() and not (tmp_path.parent / "etc").exists()


def test_not_a_zip_refused(tmp_path):
    f = tmp_path / "x.parapp-backup"
    f.write_text("hello")
    with pytest.raises(BackupError):
        verify_backup(f)


def test_full_usb_leaves_no_half_written_file(commune, tmp_path, monkeypatch):
    db, folder = commune
    usb = tmp_path / "usb"
    usb.mkdir()
    from parapp.store import archive

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(archive, "rename_no_replace", full)
    with pytest.raises(BackupError) as e:
        write_backup(db.conn, folder, usb, commune="x")
    assert "đầy" in e.value.message
    assert list(usb.iterdir()) == []
    with pytest.raises(BackupError) as e:
        write_backup(db.conn, folder, tmp_path / "rút mất", commune="x")
    assert "cắm lại" in e.value.message


def test_retention_keeps_14_daily_and_12_monthly(tmp_path):
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x)")
    start = dt.datetime(2023, 1, 1, 9)
    for day in range(0, 500, 3):  # a snapshot every third day for 16 months
        take_snapshot(con, tmp_path, "auto", now=start + dt.timedelta(days=day))
    prune(tmp_path)
    snaps = list_snapshots(tmp_path)
    days = {s.taken.date() for s in snaps}
    months = {(s.taken.year, s.taken.month) for s in snaps}
    newest = sorted({(start + dt.timedelta(days=d)).date() for d in range(0, 500, 3)}, reverse=True)
    assert set(newest[:14]) <= days
    assert len(months) == 12
    assert len(snaps) <= 14 + 12


def test_upgrade_takes_a_snapshot_first(tmp_path):
    import shutil

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.db"
    shutil.copy(fixture, tmp_path / "parapp.db")
    db = open_database(tmp_path / "parapp.db")
    db.close()
    pre = [s for s in list_snapshots(tmp_path) if s.reason == "truoc-nang-cap"]
    assert pre and tables(pre[0].path)["_sqlite_migrations"][0][2] == "m0001_initial"
    assert len(tables(pre[0].path)["_sqlite_migrations"]) == 1  # the state before the upgrade


def test_the_morning_snapshot_survives_the_evening_one(commune):
    """The first start of the day keeps 'đầu ngày'; closing after changes adds 'khi đóng' beside it."""
    db, folder = commune
    morning = take_snapshot(db.conn, folder, "dau-ngay", dt.datetime(2026, 12, 2, 7, 45))
    db.execute("UPDATE settings SET value = 'đã sửa' WHERE key = 'commune_name'")
    noon = take_snapshot(db.conn, folder, "khi-dong", dt.datetime(2026, 12, 2, 11, 30))
    evening = take_snapshot(db.conn, folder, "khi-dong", dt.datetime(2026, 12, 2, 16, 8))
    kept = {s.path for s in list_snapshots(folder)}
    assert morning.path in kept and evening.path in kept  # the morning's state and the last one
    assert noon.path not in kept  # the day's in-between closes are collapsed
    tomorrow = take_snapshot(db.conn, folder, "dau-ngay", dt.datetime(2026, 12, 3, 7, 40))
    kept = {s.path for s in list_snapshots(folder)}
    assert {morning.path, evening.path, tomorrow.path} <= kept
