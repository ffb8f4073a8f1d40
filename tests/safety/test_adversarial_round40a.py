"""Adversarial round 40A: backups, restores, automatic snapshots, `parapp check`, `repair` (helper r40a)."""

from __future__ import annotations

import shutil

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round32a import _spoil


def _snapshot(db, name: str = "parapp-20261205-080000-dau-ngay-000001.db"):
    snaps = db.parent / "backups" / "auto"
    snaps.mkdir(parents=True, exist_ok=True)
    snap = snaps / name
    shutil.copy(db, snap)
    return snap


def test_check_of_a_snapshot_with_text_gone_bad_does_not_send_the_clerk_to_repair_it(tmp_path):
    """L1 (left by round 39A): an automatic snapshot with a byte of a task's words gone bad. `parapp check` of it said
    "lệnh parapp repair sửa được chỗ đó", and `parapp repair --db <the snapshot>` refuses every snapshot (kept as the
    way back). Now check says it still restores, and that repair mends the words in the data it is restored into."""
    db = _demo(tmp_path)
    snap = _snapshot(db)
    _spoil(snap, "tasks", "content", 3, 2, 0xE3)
    checked = run("check", "--db", snap)
    said = checked.stdout + checked.stderr
    assert checked.returncode == 1, said
    assert "vẫn khôi phục được" in said and "sau khi khôi phục" in said, said
    assert "repair sửa được chỗ đó" not in said, said
    assert "dòng 3" in said, said
    restored = run("--db", db, "restore", snap)  # what it says is so
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert run("--db", db, "repair").returncode == 0
    assert run("check", "--db", db).returncode == 0


def _files(folder) -> set:
    return {p.relative_to(folder) for p in folder.rglob("*")}


def test_a_restore_into_another_data_folders_evidence_or_backups_is_refused(tmp_path):
    """L2 (left by round 39A): `parapp restore <backup> --db <data>/evidence/x.db` (or `<data>/backups/new.db`) said
    "Đã khôi phục", exit 0: a database inside another data folder's evidence (its own `evidence/` made there too, 20
    folders) or backups folder, where ParApp keeps that data's files. `--out` refuses those folders. Now the restore
    does too: exit 2, said why, nothing written."""
    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = run("--db", db, "backup", "--to", usb)
    assert made.returncode == 0, made.stdout + made.stderr
    backup = next(usb.iterdir())
    (db.parent / "backups").mkdir()
    for target in (db.parent / "evidence" / "x.db", db.parent / "backups" / "new.db",
                   db.parent / "evidence" / "18" / "y.db"):
        before = _files(db.parent)
        r = run("restore", backup, "--db", target)
        said = r.stdout + r.stderr
        assert r.returncode == 2, said
        assert "chưa ghi gì" in said and str(db.parent) in said, said
        assert "Lỗi không mong đợi" not in said and "Traceback" not in said, said
        assert _files(db.parent) == before, said
    assert run("check", "--db", db).returncode == 0


def test_a_backup_of_a_snapshot_with_text_gone_bad_does_not_send_the_clerk_to_repair_the_snapshot(tmp_path):
    """F1: `parapp backup --db <an automatic snapshot> --to <stick>` (its read-only window's "Sao lưu ra USB…" alike),
    a byte of a task's words gone bad in the snapshot. Refused, rightly, but it said "Hãy sửa chỗ đó rồi sao lưu lại:
    lệnh parapp repair --db <the snapshot>", and repair refuses every snapshot (kept as the way back). Now it says to
    restore the snapshot into the data in use, repair that, and back that up."""
    db = _demo(tmp_path)
    snap = _snapshot(db)
    _spoil(snap, "tasks", "content", 3, 2, 0xE3)
    usb = tmp_path / "usb"
    usb.mkdir()
    r = run("backup", "--db", snap, "--to", usb)
    said = r.stdout + r.stderr
    assert r.returncode == 2, said
    assert f"repair --db \"{snap}\"" not in said and f"repair --db {snap}" not in said, said
    assert "parapp restore" in said and "parapp repair --db" in said, said
    assert not list(usb.iterdir())
    assert run("repair", "--db", snap).returncode == 2  # what it no longer sends the clerk to


def test_a_restore_into_a_new_file_beside_the_data_in_use_is_refused(tmp_path):
    """F2: `parapp restore <backup> --db <the data folder>/xem.db`, to look at an old backup beside the data in use,
    said "Đã khôi phục", exit 0. The two databases then share one folder's backups/auto: the close snapshot of the data
    in use was pruned at once by the other's (one a day is kept, the newest of either), and the latest "good" snapshot
    the damaged-data box offers for the data in use was the other's (the backup's older content, carried tasks gone).
    Now a restore into a new file in a folder that holds another ParApp database is refused (exit 2, nothing
    written), with a folder of its own to use; a restore over that database itself still works."""
    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = run("--db", db, "backup", "--to", usb)
    assert made.returncode == 0, made.stdout + made.stderr
    backup = next(usb.iterdir())
    before = _files(db.parent)
    r = run("restore", backup, "--db", db.parent / "xem.db")
    said = r.stdout + r.stderr
    assert r.returncode == 2, said
    assert "chưa ghi gì" in said and str(db) in said, said
    assert "Lỗi không mong đợi" not in said and "Traceback" not in said, said
    assert _files(db.parent) == before, said
    (db.parent / "trong.db").touch()  # an empty file made by hand first is no data either
    r = run("restore", backup, "--db", db.parent / "trong.db")
    assert r.returncode == 2 and (db.parent / "trong.db").stat().st_size == 0, r.stdout + r.stderr
    elsewhere = tmp_path / "xem"
    elsewhere.mkdir()
    assert run("restore", backup, "--db", elsewhere / "xem.db").returncode == 0
    assert run("restore", backup, "--db", db).returncode == 0


def test_a_demo_made_beside_the_data_in_use_is_refused(tmp_path):
    """F3: `parapp demo --db <the data folder>/demo.db`, to try the sample commune beside the office's data: made, exit
    0, its evidence in the office's evidence folder; opened, its snapshots went into the office's backups/auto, the
    office's own snapshot of the day was pruned at once, and the damaged-data box offered the sample commune's snapshot
    as the office's latest. Now refused (exit 2, nothing written), with a folder of its own to use; so is a demo in
    another data folder's evidence or backups."""
    db = _demo(tmp_path)
    (db.parent / "backups").mkdir()
    for target in (db.parent / "demo.db", db.parent / "evidence" / "demo.db", db.parent / "backups" / "demo.db"):
        before = _files(db.parent)
        r = run("demo", "--db", target)
        said = r.stdout + r.stderr
        assert r.returncode == 2, said
        assert "chưa ghi gì" in said and str(db.parent) in said, said
        assert _files(db.parent) == before, said
    elsewhere = tmp_path / "mau"
    elsewhere.mkdir()
    assert run("demo", "--db", elsewhere / "demo.db").returncode == 0


def test_the_data_file_lost_is_restored_beside_a_hand_copy(tmp_path):
    """F2's rule leaves the folder's own data file alone: parapp.db lost (deleted by mistake), a copy Explorer made
    beside it ("parapp - Copy.db"), the backup restored to parapp.db as before."""
    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("--db", db, "backup", "--to", usb).returncode == 0
    shutil.copy(db, db.parent / "parapp - Copy.db")
    db.unlink()
    r = run("restore", next(usb.iterdir()), "--db", db)
    assert r.returncode == 0, r.stdout + r.stderr


def test_indexes_out_of_step_in_data_of_more_than_fifty_tasks_are_still_rebuilt(tmp_path):
    """F4: round 39A's rule (indexes alone out of step with their tables: `check` names `parapp repair`, which rebuilds
    them; a snapshot of such data restores) read SQLite's full check, which stops at 100 lines, and claimed nothing at
    100. Two lines a row: with 65 tasks (the demo's 54 and 11 carried into next year) two crossed indexes gave 110, and
    `check` said "Cơ sở dữ liệu bị hỏng … Hãy khôi phục từ bản sao lưu gần nhất" (every change since lost), `repair`
    "không có chữ nào bị hỏng, không sửa gì", the restore of a snapshot of it refused. Every line is read now."""
    from .test_adversarial_round39a import _cross_indexes

    db = _demo(tmp_path)
    assert run("--db", db, "carry", "--year", "2026").returncode == 0
    snap = _snapshot(db)
    _cross_indexes(snap)
    checked = run("check", "--db", snap)
    assert "vẫn khôi phục được" in checked.stdout + checked.stderr, checked.stdout + checked.stderr
    restored = run("--db", db, "restore", snap)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    _cross_indexes(db)
    checked = run("check", "--db", db)
    said = checked.stdout + checked.stderr
    assert "parapp repair" in said and "gần nhất" not in said, said
    repaired = run("--db", db, "repair")
    assert "Đã dựng lại chỉ mục" in repaired.stdout, repaired.stdout + repaired.stderr
    assert run("check", "--db", db).returncode == 0


def test_a_restore_over_another_programs_database_is_refused(tmp_path):
    """F5: `parapp restore <backup> --db danhba.db`, a SQLite file of another program (a contacts list) chosen by
    mistake: "Đã khôi phục", exit 0, the file replaced by the commune's data, and the way back it printed (`parapp
    restore <the snapshot "trước khi khôi phục"> --db danhba.db`) was refused: "không phải dữ liệu ParApp". A file that
    is not SQLite was already refused ("không phải tệp dữ liệu ParApp nên không bị ghi đè"); now so is a SQLite file
    with tables that is not ParApp's. Nothing written."""
    import sqlite3

    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("--db", db, "backup", "--to", usb).returncode == 0
    other = tmp_path / "khac"
    other.mkdir()
    target = other / "danhba.db"
    con = sqlite3.connect(target)
    con.execute("CREATE TABLE people (name TEXT)")
    con.execute("INSERT INTO people VALUES ('Nguyễn Văn A')")
    con.commit()
    con.close()
    before = _files(other), target.read_bytes()
    r = run("restore", next(usb.iterdir()), "--db", target)
    said = r.stdout + r.stderr
    assert r.returncode == 2, said
    assert "không bị ghi đè" in said and "Đã khôi phục" not in said, said
    assert (_files(other), target.read_bytes()) == before
