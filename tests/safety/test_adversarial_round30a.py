"""Adversarial round 30A: backup, restore, automatic snapshots, `parapp check` and `--db` (helper r30a)."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo


def _backup(db: Path, usb: Path) -> Path:
    usb.mkdir(exist_ok=True)
    r = run("--db", db, "backup", "--to", usb)
    assert r.returncode == 0, r.stderr
    return next(usb.glob("*.parapp-backup"))


def _damage_one_evidence_member(backup: Path) -> str:
    """A few bytes of one evidence file's data gone bad on the stick (a worn flash cell): the zip still opens, the
    member's CRC and hash no longer match. The name of the file the database gives it is returned."""
    with zipfile.ZipFile(backup) as z:
        info = next(i for i in z.infolist() if i.filename.startswith("evidence/"))
        name_len = len(info.filename.encode())
        with open(backup, "rb") as fh:
            fh.seek(info.header_offset + 26)
            extra_len = int.from_bytes(fh.read(4)[2:], "little")
        start = info.header_offset + 30 + name_len + extra_len
        sha = info.filename.rsplit("/", 1)[1]
        db = z.read("parapp.db")
    with open(backup, "r+b") as fh:
        fh.seek(start + info.compress_size // 2)
        fh.write(b"\xff\x00\xff\x00")
    copy = backup.with_name("db-copy.db")
    copy.write_bytes(db)
    con = sqlite3.connect(copy)
    try:
        return con.execute("SELECT original_name FROM evidence WHERE sha256 = ?", [sha]).fetchone()[0]
    finally:
        con.close()
        copy.unlink()


def test_one_evidence_file_gone_bad_on_the_stick_does_not_lose_the_whole_register(tmp_path):
    """F1: the old PC's disk died; the only backup is on a stick where a few bytes of one scanned PDF went bad. `check`
    and `restore` refused the whole backup ("“evidence/…” trong tệp sao lưu không khớp mã kiểm tra … bị từ chối. Hãy
    chọn một bản sao lưu khác …, hoặc sao lưu lại trên máy có dữ liệu gốc") — neither possible: the register, sound in
    the backup, was lost for one attachment. The damaged copy is left out and named, as an older ParApp's damaged copy
    is (round 28A); the database and every sound file are restored."""
    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    name = _damage_one_evidence_member(backup)
    checked = run("check", "--db", backup)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert name in checked.stdout + checked.stderr, checked.stdout + checked.stderr
    with zipfile.ZipFile(backup) as z:
        sound = sum(1 for n in z.namelist() if n.startswith("evidence/")) - 1
    assert f"{sound} tệp kiểm chứng" in checked.stdout, checked.stdout
    target = tmp_path / "may moi" / "parapp.db"
    target.parent.mkdir()
    restored = run("--db", target, "restore", backup)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert name in restored.stdout and "gắn lại" in restored.stdout, restored.stdout
    con = sqlite3.connect(target)
    try:
        tasks = con.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    finally:
        con.close()
    con = sqlite3.connect(db)
    try:
        assert tasks == con.execute("SELECT COUNT(*) FROM tasks").fetchone()[0]
    finally:
        con.close()
    assert len(list((target.parent / "evidence").rglob("*"))) - len(list((target.parent / "evidence").glob("*"))) \
        == sound
    assert run("check", "--db", target).returncode in (0, 1)


def test_a_damaged_database_in_a_backup_is_still_refused(tmp_path):
    """F1's bound: the database itself gone bad is no file to leave out."""
    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    with zipfile.ZipFile(backup) as z:
        info = z.getinfo("parapp.db")
    with open(backup, "r+b") as fh:
        fh.seek(info.header_offset + 30 + len("parapp.db") + 200 + info.compress_size // 2)
        fh.write(b"\xff\x00\xff\x00")
    target = tmp_path / "may moi" / "parapp.db"
    target.parent.mkdir()
    restored = run("--db", target, "restore", backup)
    assert restored.returncode == 2 and "không khớp mã kiểm tra" in restored.stderr, restored.stderr
    assert not target.exists()
