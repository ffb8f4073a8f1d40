"""Adversarial round 14, part A (issue 21): two accounts of one office on the same data folder.

Tried as the unprivileged user `clerk` beside root on a shared folder (group-writable, setgid).
ParApp's own writes kept the other account out: every evidence file was made owner-only
(mkstemp's 0600), so the other account's backups left all of them out; a restore replaced a
group-writable database with one of the restoring account's umask; a database file that account
could not read ended every command in "Lỗi không mong đợi"; and a backup told the office to check
a sound disk for a file another account owns. Refused calls stand in for the other account's files
here, so the tests run as root too.
"""

import builtins
import datetime as dt
import errno
import os
import stat

import pytest

from parapp.cli.main import main
from parapp.store import open_database


@pytest.fixture
def umask():
    """Set the process umask for one test; the old one put back."""
    old = os.umask(0o022)
    os.umask(old)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def _demo(tmp_path):
    from parapp.services.demo import build_demo

    db_path = tmp_path / "parapp.db"
    db = open_database(db_path)
    build_demo(db, dt.date(2024, 5, 20))
    db.close()
    return db_path


def _evidence_files(data_dir):
    return [p for p in (data_dir / "evidence").rglob("*") if p.is_file()]


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_evidence_files_are_readable_by_the_office_s_other_accounts(tmp_path, umask):
    """Kept owner-only (0600), every evidence file was unreadable to the office's other account: its
    `check` named each one, its backups left all of them out (21 of the demo's, exit 1). A kept file
    gets the mode any new file gets; an owner-only umask is still the owner's choice."""
    from parapp.store.evidence import keep_bytes

    umask(0o022)
    files = _evidence_files(_demo(tmp_path).parent)
    assert files
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o644, f
    umask(0o077)
    digest, _ = keep_bytes(tmp_path, b"%PDF-1.4 private\n")
    kept = next(f for f in _evidence_files(tmp_path) if f.name == digest)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
@pytest.mark.parametrize("mask", [0o022, 0o077], ids=["umask-022", "umask-077"])
def test_a_restore_keeps_the_database_open_to_whom_it_was(tmp_path, umask, mask, capsys):
    """The office made the database group-writable (0664) for its two accounts. One restored a backup:
    the new file took that account's umask (0644, or 0600 under 077), and the other account's next
    save was refused ("chỉ cho đọc"), or every command ended in "Lỗi không mong đợi"."""
    db_path = tmp_path / "parapp.db"
    open_database(db_path).close()
    (tmp_path / "bk").mkdir()
    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "bk")]) == 0
    backup = next((tmp_path / "bk").iterdir())
    os.chmod(db_path, 0o664)
    umask(mask)
    for _ in range(2):
        assert main(["restore", "--db", str(db_path), str(backup)]) == 0
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o664
    capsys.readouterr()


def _unreadable(monkeypatch, path):
    """`path` is another account's, owner-only: opening it is refused, as for an unprivileged user."""
    real_open = builtins.open
    target = os.path.realpath(path)

    def refusing_open(file, *a, **kw):
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) == target:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", refusing_open)
    return real_open


def test_a_database_this_account_cannot_read_is_said_so(tmp_path, monkeypatch, capsys):
    """Another account's database (mode 0600) in a folder this account may use: `tasks`, `check`,
    `backup`, `figures`, `par pdf` ended in "Lỗi không mong đợi: [Errno 13] Permission denied" (exit 1).
    Each says the file is another account's and what to do, exit 2, and writes nothing."""
    db_path = tmp_path / "parapp.db"
    open_database(db_path).close()
    (tmp_path / "bk").mkdir()
    before = db_path.read_bytes()
    capsys.readouterr()
    real_open = _unreadable(monkeypatch, db_path)
    for args in (["tasks"], ["check"], ["backup", "--to", str(tmp_path / "bk")],
                 ["figures", "set", "--period", "q1", "--year", "2026", "dossiers.received=7"],
                 ["par", "pdf", "--year", "2025", "--out", str(tmp_path / "p.pdf")]):
        assert main([*args[:1], "--db", str(db_path), *args[1:]]) == 2, args
        said = capsys.readouterr()
        said = said.out + said.err
        assert "không mong đợi" not in said and "Errno" not in said, args
        assert "không có quyền đọc tệp dữ liệu" in said and "tài khoản đã tạo dữ liệu" in said, args
    monkeypatch.setattr(builtins, "open", real_open)
    assert db_path.read_bytes() == before
    assert not list((tmp_path / "bk").iterdir()) and not (tmp_path / "p.pdf").exists()


def test_a_backup_says_an_evidence_file_is_another_account_s_not_a_disk_fault(tmp_path, monkeypatch, capsys):
    """An evidence file another account owns was left out with "Hãy kiểm tra ổ đĩa của máy, gắn lại tệp
    gốc": a sound disk to check, a file that is there to attach again. It says this account may not read
    it and whom to ask; a file the disk cannot read keeps the disk's advice."""
    db_path = _demo(tmp_path)
    db = open_database(db_path)
    digest, name = db.execute("SELECT sha256, original_name FROM evidence ORDER BY id").fetchone()
    db.close()
    from parapp.store.evidence import stored_path

    (tmp_path / "bk").mkdir()
    capsys.readouterr()
    real_open = _unreadable(monkeypatch, stored_path(tmp_path, digest))
    for _ in range(2):
        assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "bk")]) == 1
        said = capsys.readouterr().err
        line = next(x for x in said.splitlines() if f"“{name}”" in x)
        assert "không có quyền đọc tệp kiểm chứng" in line and "kiểm tra ổ đĩa" not in line
        assert "tài khoản đã tạo dữ liệu" in line
    target = os.path.realpath(stored_path(tmp_path, digest))

    def failing_disk(file, *a, **kw):
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) == target:
            raise OSError(errno.EIO, "Input/output error", os.fspath(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", failing_disk)
    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "bk")]) == 1
    line = next(x for x in capsys.readouterr().err.splitlines() if f"“{name}”" in x)
    assert "kiểm tra ổ đĩa" in line


def test_a_restore_names_the_evidence_folder_this_account_cannot_write(tmp_path, monkeypatch, capsys):
    """The data folder takes writes but its `evidence` folder is another account's (mode 0755): the
    restore was refused naming the data folder as read-only ("Hãy chọn thư mục khác"), a folder that
    was fine. It names the evidence folder and whom to ask; the data is unchanged."""
    import pathlib

    (tmp_path / "src").mkdir()
    db_path = _demo(tmp_path / "src")
    (tmp_path / "bk").mkdir()
    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "bk")]) == 0
    backup = next((tmp_path / "bk").iterdir())
    target = tmp_path / "office"
    target.mkdir()
    open_database(target / "parapp.db").close()
    evidence = target / "evidence"
    evidence.mkdir()
    before = (target / "parapp.db").read_bytes()
    capsys.readouterr()
    real_access, real_mkdir = os.access, pathlib.Path.mkdir

    def access(p, mode, **kw):
        if mode & os.W_OK and os.path.realpath(p) == os.path.realpath(evidence):
            return False
        return real_access(p, mode, **kw)

    def mkdir(self, *a, **kw):
        if self.parent == evidence:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_mkdir(self, *a, **kw)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(pathlib.Path, "mkdir", mkdir)
    for _ in range(2):
        assert main(["restore", "--db", str(target / "parapp.db"), str(backup)]) == 2
        said = capsys.readouterr().err
        assert f"“{evidence}”" in said and "không có quyền ghi" in said and "cấp quyền ghi" in said
        assert "thư mục khác" not in said
        assert (target / "parapp.db").read_bytes() == before
        assert not list(evidence.iterdir())


def test_out_does_not_replace_a_read_only_pdf(tmp_path, monkeypatch, capsys):
    """An issued report's PDF kept read-only (or another account's) in a folder this account may write
    to: `par pdf --out` renamed its PDF over it, exit 0 "Đã xuất…", the kept PDF gone. It is refused,
    exit 2, the file unchanged; a writable PDF is still replaced, as before."""
    db_path = _demo(tmp_path)
    kept = tmp_path / "out" / "Báo cáo đã ban hành.pdf"
    kept.parent.mkdir()
    kept.write_bytes(b"%PDF-1.4 the issued one\n")
    real_access = os.access

    def access(p, mode, **kw):
        if mode & os.W_OK and os.path.realpath(p) == os.path.realpath(kept):
            return False
        return real_access(p, mode, **kw)

    monkeypatch.setattr(os, "access", access)
    capsys.readouterr()
    for _ in range(2):
        assert main(["par", "--db", str(db_path), "pdf", "--year", "2023", "--out", str(kept)]) == 2
        said = capsys.readouterr().err
        assert "chỉ cho đọc" in said and "không ghi đè" in said
        assert kept.read_bytes() == b"%PDF-1.4 the issued one\n"
    monkeypatch.setattr(os, "access", real_access)
    assert main(["par", "--db", str(db_path), "pdf", "--year", "2023", "--out", str(kept)]) == 0
    assert kept.read_bytes() != b"%PDF-1.4 the issued one\n"


@pytest.mark.skipif(os.name == "nt", reason="FIFOs and /dev/zero are POSIX")
@pytest.mark.parametrize("shape", ["fifo", "link-to-dev-zero"])
def test_an_evidence_file_that_is_no_file_does_not_hang_check_or_restore(tmp_path, shape, capsys):
    """A FIFO (or a link to /dev/zero) standing at an evidence file's name: `check` and `restore` opened and
    read it with no end — hung for ever (killed after 20 s, twice each). `check` names the file as changed,
    exit 1; a restore puts the real file back, and `check` is then clean."""
    from parapp.store.evidence import stored_path

    db_path = _demo(tmp_path)
    (tmp_path / "bk").mkdir()
    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "bk")]) == 0
    backup = next((tmp_path / "bk").iterdir())
    db = open_database(db_path)
    digest, name = db.execute("SELECT sha256, original_name FROM evidence ORDER BY id").fetchone()
    db.close()
    target = stored_path(tmp_path, digest)
    target.unlink()
    if shape == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    capsys.readouterr()
    assert main(["check", "--db", str(db_path)]) == 1
    assert f"“{name}” đã bị thay đổi hoặc hỏng" in capsys.readouterr().out
    assert main(["restore", "--db", str(db_path), str(backup)]) == 0
    assert target.is_file() and not target.is_symlink()
    from parapp.store.hashing import file_sha256

    assert file_sha256(target) == digest
    assert main(["check", "--db", str(db_path)]) == 0
