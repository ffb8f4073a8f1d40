"""Adversarial round 30A: backup, restore, automatic snapshots, `parapp check` and `--db` (helper r30a)."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

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


def _lose_the_start(db: Path, whole: bool) -> bytes:
    """What a power cut leaves of a file being written on FAT/exFAT (or a sector lost): its size, zeros where its
    start (or all of it) was. The bytes left are returned."""
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.write(b"\0" * (size if whole else 4096))
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    return db.read_bytes()


@pytest.mark.parametrize("whole", [False, True], ids=["start", "whole"])
def test_data_whose_start_the_disk_lost_is_said_damaged_and_its_backup_restores_over_it(tmp_path, whole):
    """F2: the office's own parapp.db, its first bytes zeros after a power cut: `check` said "không phải là cơ sở dữ
    liệu ParApp … chọn đúng tệp parapp.db, hoặc một tên tệp mới để tạo dữ liệu mới" (new data), and `restore <backup>`
    of its own backup over it refused: "không phải tệp dữ liệu ParApp nên không bị ghi đè … một tên tệp mới để khôi
    phục vào" — the data could be put back only elsewhere, where nothing opens it. A start of zeros is damage: said
    so, and the restore keeps the file aside (never deleted) and puts the backup in its place."""
    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    left = _lose_the_start(db, whole)
    checked = run("check", "--db", db)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    said = checked.stdout + checked.stderr
    assert "hỏng" in said and "tạo dữ liệu mới" not in said, said
    restored = run("--db", db, "restore", backup)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert run("check", "--db", db).returncode == 0
    kept = [p for p in db.parent.glob("parapp-hong-*.db")]
    assert len(kept) == 1 and kept[0].read_bytes() == left


def test_a_document_given_as_db_is_still_never_overwritten(tmp_path):
    """F2's bound: a file that starts as something else (a Word file typed for --db) is not damage."""
    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    doc = tmp_path / "bao cao.docx"
    doc.write_bytes(b"PK\x03\x04" + b"\0" * 4000)
    restored = run("--db", doc, "restore", backup)
    assert restored.returncode == 2 and "không bị ghi đè" in restored.stderr, restored.stderr
    assert doc.read_bytes() == b"PK\x03\x04" + b"\0" * 4000


class _NotReady(PermissionError):
    """What Python raises on Windows reading a stick pulled out (ERROR_NOT_READY, folded into EACCES)."""

    winerror = 21


def _failing_read(where: str, kind: str, monkeypatch) -> None:
    import errno

    def fail():
        if kind == "eio":
            return OSError(errno.EIO, "Input/output error")
        return _NotReady(errno.EACCES, "The device is not ready")

    if where == "end":
        def end(fp):
            raise fail()
        monkeypatch.setattr(zipfile, "_EndRecData", end)
        return
    real_read = zipfile.ZipExtFile.read
    name = "manifest.json" if where == "manifest" else "parapp.db"

    def read(self, n=-1):
        if self.name == name:
            raise fail()
        return real_read(self, n)

    monkeypatch.setattr(zipfile.ZipExtFile, "read", read)


@pytest.mark.parametrize("kind", ["eio", "windows-not-ready"])
@pytest.mark.parametrize("where", ["end", "manifest", "database-head"])
def test_a_stick_pulled_while_a_backup_starts_to_be_read_is_said_unreadable(tmp_path, monkeypatch, capsys, where,
                                                                            kind):
    """F3: round 9 said a failed read of a member as the stick's; a failed read of what comes first — the zip's end
    record, its manifest, the database's first bytes — was said "không phải tệp sao lưu ParApp", "manifest.json …
    bị hỏng" or "“parapp.db” … không phải cơ sở dữ liệu" of a sound backup on a loose stick; and on Windows, where a
    pulled stick's ERROR_NOT_READY comes as a PermissionError, "tài khoản này không có quyền đọc tệp … nhờ người quản
    trị máy". The office could throw its only backup away. Said as round 9 says it: the stick, not the file."""
    from parapp.cli.main import main

    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    target = tmp_path / "dich" / "parapp.db"
    target.parent.mkdir()
    _failing_read(where, kind, monkeypatch)
    for args in (["check", "--db", str(backup)], ["restore", str(backup), "--db", str(target)]):
        code = main(args)
        out = capsys.readouterr()
        said = out.out + out.err
        assert code in (1, 2), said
        assert "Không đọc được tệp sao lưu" in said and "USB" in said, said
        assert "quyền" not in said and "hỏng" not in said.split("chưa chắc đã hỏng")[0], said
    assert not target.exists()


class _CrcError(PermissionError):
    """What Python raises on Windows reading a failing disk's sector (ERROR_CRC, folded into EACCES)."""

    winerror = 23


@pytest.mark.parametrize("command", ["check", "tasks", "backup"])
def test_a_failing_disk_under_the_data_is_not_said_another_accounts_file(tmp_path, monkeypatch, capsys, command):
    """F4: on Windows a failing disk's read (ERROR_CRC) or a card reader with no card (ERROR_NOT_READY) comes as a
    PermissionError: the first read of the data said "Tài khoản này không có quyền đọc tệp dữ liệu … (tệp của tài
    khoản khác) … nhờ người quản trị máy cấp quyền" — the office sent to ask for rights it has while its disk fails.
    Said as the disk's (StorageIOError), as other failed reads are."""
    import builtins
    import errno

    from parapp.cli.main import main

    db = _demo(tmp_path)
    real_open = builtins.open

    def failing_open(file, *args, **kwargs):
        if str(file) == str(db):
            raise _CrcError(errno.EACCES, "Data error (cyclic redundancy check)")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("parapp.store.db.open", failing_open, raising=False)
    # The data's first bytes are read through core.file_head since round 43 (its locks kept): the disk fails there too
    monkeypatch.setattr("parapp.core.file_head.open", failing_open, raising=False)
    args = {"check": ["check"], "tasks": ["tasks"], "backup": ["backup", "--to", str(tmp_path)]}[command]
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    said = out.out + out.err
    assert code in (1, 2), said
    assert "không có quyền" not in said and "tài khoản khác" not in said, said
    assert "ổ đĩa" in said, said


@pytest.mark.parametrize("side", ["-wal", ".lock", "-shm", "-journal"])
def test_a_file_parapp_keeps_beside_the_data_is_never_restored_into(tmp_path, side):
    """F5: Explorer hides the last extension: in the data folder "parapp.db.lock" (the writer lock, there while the
    window is open) shows as "parapp.db", and "parapp.db-wal" (left empty by a command) as "parapp". `restore <backup>
    --db …\\parapp.db.lock` (or -wal) said "Đã khôi phục …" — written into the lock (or the WAL), the data itself
    unchanged; the next open of the data wrote its lock over the restored file (or reset its WAL), and the restore
    the office believed made was gone. Refused in words, naming the data file; nothing written."""
    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    con = sqlite3.connect(db)
    con.execute("UPDATE tasks SET content = 'sau khi sao lưu' WHERE id = 1")
    con.commit()
    con.close()
    beside = Path(f"{db}{side}")
    beside.write_bytes(b"")  # as the window (lock) or a command (an emptied -wal) leaves it
    before = {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()}
    for args in (["restore", backup, "--db", beside], ["check", "--db", beside], ["demo", "--db", beside]):
        r = run(*args)
        # 2, nothing said of any data: 1 ("not sound") would have a script restore over the sound data beside it.
        assert r.returncode == 2, (args, r.stdout + r.stderr)
        said = r.stdout + r.stderr
        assert "Đã khôi phục" not in said and f'--db "{db}"' in said, said
    assert {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()} == before


def test_a_snapshot_whose_start_the_disk_lost_is_said_as_a_damaged_snapshot(tmp_path):
    """F6: `restore <backups/auto/parapp-….db>` of ParApp's own snapshot whose first bytes the disk lost said "không
    phải tệp sao lưu ParApp (không mở được như tệp nén) … sao lưu lại trên máy có dữ liệu gốc": it is taken as a
    snapshot (F2's rule), refused as one that is not sound, another copy to choose."""
    db = _demo(tmp_path)
    r = run("--db", db, "restore", _backup(db, tmp_path / "usb"))
    assert r.returncode == 0, r.stderr
    snap = next((db.parent / "backups" / "auto").glob("parapp-*.db"))
    with open(snap, "r+b") as fh:
        fh.write(b"\0" * 4096)
    before = db.read_bytes()
    r = run("restore", snap, "--db", db)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "tệp nén" not in r.stderr and "nguyên vẹn" in r.stderr, r.stderr
    assert db.read_bytes() == before


def test_a_side_file_is_told_as_the_system_compares_names(tmp_path, monkeypatch):
    """F5 on Windows, where names are compared without case: "PARAPP.DB.LOCK" is the lock."""
    import ntpath

    from parapp.store import side_names

    db = tmp_path / "parapp.db"
    db.write_bytes(b"")
    monkeypatch.setattr(side_names.os.path, "normcase", ntpath.normcase)
    assert side_names.database_beside(tmp_path / "parapp.db.LOCK") == db
    assert side_names.database_beside(tmp_path / "parapp.db-WAL") == db


def _break_the_deflate_stream(backup: Path, member: str) -> None:
    """A byte gone bad where the compressed member's Huffman tables lie: inflating it fails (zlib.error), not only its
    CRC. The first offset that does so, as zlib itself says."""
    import zlib

    with zipfile.ZipFile(backup) as z:
        info = z.getinfo(member)
    data = bytearray(backup.read_bytes())
    name_len, extra_len = (int.from_bytes(data[info.header_offset + k:info.header_offset + k + 2], "little")
                           for k in (26, 28))
    start = info.header_offset + 30 + name_len + extra_len
    for off in range(start, start + min(info.compress_size, 4096)):
        trial = bytearray(data[start:start + info.compress_size])
        trial[off - start] ^= 0xA5
        try:
            zlib.decompressobj(-15).decompress(bytes(trial))
        except zlib.error:
            data[off] ^= 0xA5
            backup.write_bytes(bytes(data))
            return
    raise AssertionError("no offset breaks the stream")


def test_a_backup_whose_database_cannot_be_inflated_is_said_damaged_not_unexpected(tmp_path):
    """F8: the database is the largest member, the one a bad sector most often hits, and it is compressed. A byte
    gone bad in its Huffman tables: check and restore ended in "Lỗi không mong đợi: Error -3 while decompressing data:
    invalid literal/lengths set … gửi cho người hỗ trợ" (zlib.error, outside the errors caught). Said as the damage it
    is ("không khớp mã kiểm tra (tệp bị sửa hoặc hỏng)"), the restore refused (2), nothing written."""
    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    _break_the_deflate_stream(backup, "parapp.db")
    checked = run("check", "--db", backup)
    assert checked.returncode == 1 and "không khớp mã kiểm tra" in checked.stdout, checked.stdout + checked.stderr
    target = tmp_path / "may moi" / "parapp.db"
    target.parent.mkdir()
    restored = run("--db", target, "restore", backup)
    assert restored.returncode == 2 and "không khớp mã kiểm tra" in restored.stderr, restored.stderr
    assert "không mong đợi" not in restored.stderr and list(target.parent.iterdir()) == []


def test_a_recompressed_evidence_member_that_cannot_be_inflated_is_left_out(tmp_path):
    """F8 with F1: a backup compressed again whole (a zip tool, 27A) holds its evidence deflated; one of them gone
    bad is left out and named, as a stored one is."""
    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    again = tmp_path / "usb" / "nen-lai.parapp-backup"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(again, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
        member = next(n for n in src.namelist() if n.startswith("evidence/"))
    _break_the_deflate_stream(again, member)
    target = tmp_path / "may moi" / "parapp.db"
    target.parent.mkdir()
    restored = run("--db", target, "restore", again)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "gắn lại" in restored.stdout, restored.stdout


def test_a_byte_gone_bad_inside_a_text_is_found_by_check(tmp_path):
    """F9: one byte of the file gone bad inside a task's content (no longer UTF-8): SQLite's integrity check passes
    (the page is sound), `check` said "dữ liệu nguyên vẹn", backup made a backup, restore restored it, and `tasks` (and
    the window's register) ended in "Lỗi không mong đợi: Could not decode to UTF-8 column 'content' …". The check
    read every text through a decoder that replaces what it cannot read: named now, as other values ParApp cannot
    read back are (round 10), by check, backup and the restore's gate."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    con.execute("UPDATE tasks SET content = CAST(X'4b69e1bb836d207472612c2072e1bb' || X'ff' || X'6120736f' AS TEXT) "
                "WHERE id = (SELECT MIN(id) FROM tasks)")
    con.commit()
    con.close()
    listed = run("--db", db, "tasks").stderr  # was "Lỗi không mong đợi: Could not decode to UTF-8 …"
    assert "không mong đợi" not in listed and "không đọc được" in listed, listed
    checked = run("check", "--db", db)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "không phải UTF-8" in checked.stdout, checked.stdout
    usb = tmp_path / "usb"
    usb.mkdir()
    backed = run("--db", db, "backup", "--to", usb)
    assert backed.returncode == 2 and "không đọc được" in backed.stderr, backed.stderr
