"""Issue 15: what a kill leaves is cleaned on the next start; backups never replace each other;
full disks, missing folders and damaged targets are said in Vietnamese with what to do."""

import datetime as dt
import errno
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parapp.cli.main import main
from parapp.services.demo import build_demo
from parapp.store import open_database
from parapp.store.archive import write_backup
from parapp.store.evidence import add_evidence

from ..cli.test_cli import run

TODAY = dt.date(2024, 5, 20)
YEAR = dt.date.today().year


@pytest.fixture
def commune(tmp_path):
    folder = tmp_path / "Dữ liệu"
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    build_demo(db, TODAY)
    rng = random.Random(3)
    for i in range(30):  # 30 MB of scans that do not compress: a restore takes a moment
        doc = tmp_path / f"scan-{i}.pdf"
        doc.write_bytes(rng.randbytes(1 << 20))
        add_evidence(db, folder, 1 + i % 40, doc)
    db.close()
    return folder / "parapp.db"


def leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if p.name.endswith((".restoring", ".partial", ".lock")) or ".restoring-" in p.name
                  or p.name.startswith(".incoming-"))


def popen(*args, env=None):
    return subprocess.Popen([sys.executable, "-m", "parapp", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, **(env or {})})


def test_a_killed_restore_leaves_old_or_new_data_and_its_leftovers_go_at_the_next_start(commune, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = run("backup", "--db", commune, "--to", usb).stdout.strip()
    target = tmp_path / "máy khác" / "parapp.db"
    target.parent.mkdir()
    assert run("demo", "--db", target).returncode == 0
    rng = random.Random(11)
    for _ in range(4):
        p = popen("restore", backup, "--db", target)
        time.sleep(rng.uniform(0.05, 0.6))
        p.kill()  # Popen.kill: SIGKILL on POSIX, TerminateProcess on Windows
        p.wait()
        r = run("check", "--db", target)  # never half a database
        assert r.returncode in (0, 1) and "hỏng" not in r.stdout, r.stdout
        # the next start of a writer (here: saving a draft) removes what the kill left
        r = run("report", "draft", "--db", target, "--period", "q1", "--year", YEAR, "--save")
        assert r.returncode == 0, r.stderr
        assert leftovers(target.parent) == []
    assert run("restore", backup, "--db", target).returncode == 0
    assert run("check", "--db", target).returncode == 0


# `parapp backup`, saying "ready" each time a block of the backup file has been written, so that the test
# kills it while it writes (a sleep could kill it before its first byte, or after its last).
ANNOUNCING_BACKUP = """
import sys
from parapp.cli.main import main
from parapp.services import safety

real = safety.make_backup


def announcing(*args, progress=None, **kw):
    return real(*args, progress=lambda done, total: print("ready", done, total, flush=True), **kw)


safety.make_backup = announcing
sys.exit(main(sys.argv[1:]))
"""


def test_a_killed_backup_leaves_nothing_for_long(commune, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    tmpdir = tmp_path / "tạm"
    tmpdir.mkdir()
    old = tmpdir / "parapp-backup-abc123"  # what older versions left in the system's temporary folder
    old.mkdir()
    (old / "parapp.db").write_bytes(b"x" * 1000)
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    env = {"TMPDIR": str(tmpdir), "TEMP": str(tmpdir), "TMP": str(tmpdir)}
    for blocks in (1, 4, 12):  # killed after the zip holds its first block, a few, many (of 30 MB)
        p = subprocess.Popen([sys.executable, "-c", ANNOUNCING_BACKUP, "backup", "--db", commune, "--to", usb],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **env}, text=True)
        ready = 0
        while ready < blocks:
            line = p.stdout.readline()
            assert line, "the backup ended before it was killed: " + p.stderr.read()
            ready += line.startswith("ready")
        p.kill()
        p.wait()
        p.stdout.close()
        p.stderr.close()
        assert any(f.name.endswith(".partial") for f in usb.iterdir())  # killed while writing, not before or after
    assert list(tmpdir.iterdir()) == [old]  # the copy of the database is made beside the backup now
    hour_ago = time.time() - 7200
    for f in usb.iterdir():
        os.utime(f, (hour_ago, hour_ago))  # what the kills left, an hour ago
    r = run("backup", "--db", commune, "--to", usb)
    assert r.returncode == 0, r.stderr
    names = [f.name for f in usb.iterdir()]
    assert Path(r.stdout.strip()).name in names
    assert all(n.endswith(".parapp-backup") for n in names), names  # finished backups only, no partial ones
    r = subprocess.run([sys.executable, "-m", "parapp", "report", "draft", "--db", commune, "--period", "q1",
                        "--year", str(YEAR), "--save"], capture_output=True, env={**os.environ, **env})
    assert r.returncode == 0
    assert not old.exists()  # a writer's start cleans the old versions' leftovers too
    assert leftovers(commune.parent) == []


def test_leftovers_beside_the_database_go_when_a_writer_starts(commune):
    folder = commune.parent
    planted = [folder / "parapp.db.restoring", folder / "parapp.db.restoring-wal",
               folder / "evidence" / "ab" / ("ab" + "1" * 62 + ".partial"),
               folder / "evidence" / "ab" / ".incoming-xyz", folder / "backups" / "auto" / "parapp-x.db.partial"]
    for p in planted:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"half")
    r = run("report", "finalize", "--db", commune, "--period", "q1", "--year", YEAR)
    assert r.returncode == 0, r.stderr
    assert not any(p.exists() for p in planted)


def test_two_backups_in_the_same_second_keep_both(commune, tmp_path):
    db = open_database(commune)
    now = dt.datetime(2024, 5, 20, 9, 30, 15)
    a = write_backup(db.conn, commune.parent, tmp_path, commune="Xã Ba Giang", now=now)
    b = write_backup(db.conn, commune.parent, tmp_path, commune="Xã Ba Giang", now=now)
    db.close()
    assert a != b and a.exists() and b.exists()
    assert "2024-05-20-093015" in a.name  # the second is in the name
    assert sorted(p.name for p in tmp_path.glob("*.parapp-backup")) == sorted([a.name, b.name])


def _main(args, capsys):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_full_disk_is_said_in_vietnamese(commune, tmp_path, monkeypatch, capsys):
    from parapp.cli import report_commands
    from parapp.services import importing

    def full(*a, **k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(importing, "import_tasks", full)
    plan = tmp_path / "kh.txt"
    plan.write_text("STT\tNội dung\tThời gian thực hiện\n1\tRà soát TTHC\tQuý I/2024\n", encoding="utf-8")
    code, _, err = _main(["import", plan, "--db", commune], capsys)
    assert code == 2 and "đã đầy" in err and "Lỗi không mong đợi" not in err and "disk is full" not in err
    monkeypatch.setattr(report_commands.report_records, "finalize", full)
    code, _, err = _main(["report", "finalize", "--db", commune, "--period", "q1", "--year", YEAR], capsys)
    assert code == 2 and "đã đầy" in err


def test_restore_messages_for_full_disk_missing_folder_and_damaged_target(commune, tmp_path, monkeypatch, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = run("backup", "--db", commune, "--to", usb).stdout.strip()
    # a missing folder
    code, _, err = _main(["restore", backup, "--db", tmp_path / "không có" / "parapp.db"], capsys)
    assert code == 2 and "không tồn tại" in err and "No such file" not in err
    # a file that is not a database is never overwritten
    doc = tmp_path / "Báo cáo.docx"
    doc.write_bytes(b"PK\x03\x04 a Word file")
    code, _, err = _main(["restore", backup, "--db", doc], capsys)
    assert code == 2 and "không bị ghi đè" in err and doc.read_bytes() == b"PK\x03\x04 a Word file"
    # a damaged database is kept aside, never deleted, and the restore goes ahead
    target = tmp_path / "hỏng" / "parapp.db"
    target.parent.mkdir()
    target.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    code, out, err = _main(["restore", backup, "--db", target], capsys)
    assert code == 0, err
    kept = [p for p in target.parent.glob("parapp-hong-*.db")]
    assert kept and kept[0].read_bytes().startswith(b"SQLite format 3\x00\x07") and kept[0].name in out
    # a full disk while restoring: said in words, nothing changed
    from parapp.store import restore as restore_mod

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(restore_mod, "copy_hashed", full)
    before = commune.read_bytes()
    code, _, err = _main(["restore", backup, "--db", commune], capsys)
    assert code == 2 and "đã đầy" in err and "Errno" not in err
    assert commune.read_bytes() == before and leftovers(commune.parent) == []
    # not enough room, told before anything is written
    monkeypatch.undo()
    import shutil as _shutil

    almost_full = _shutil._ntuple_diskusage(10 << 30, 10 << 30, 1 << 20)
    from parapp.store import restore_room
    monkeypatch.setattr(restore_room.shutil, "disk_usage", lambda p: almost_full)
    code, _, err = _main(["restore", backup, "--db", commune], capsys)
    assert code == 2 and "Không đủ chỗ trống" in err
