"""Adversarial round 13, part A (issue 21): file permissions, tried as an unprivileged user.

A lock file beside the database that another account left behind (its ParApp was killed,
so nothing removed it) is readable but not writable for the next user. The writer lock took
that for "the folder is read-only": the command line refused every write with advice that
did not fit (the folder was writable), and the window opened the database writable without
holding the lock, so a command line of the other account could write at the same time.
Here the refused os.open stands in for the other account's file, so the tests run as root too.
"""

import errno
import fcntl
import os

import pytest

from parapp.store import open_database
from parapp.store import writer_lock as wl
from parapp.store.writer_lock import WriterLock, lock_path_for


def _foreign_lock_file(monkeypatch, db_path, *, readable: bool):
    """The lock file exists, owned by another account: not writable here (readable or not)."""
    lock = lock_path_for(db_path)
    lock.write_bytes(b"")
    real_open = os.open

    def os_open(path, flags, *args, **kw):
        if os.fspath(path) == str(lock):
            wants_write = flags & (os.O_RDWR | os.O_WRONLY)
            if wants_write or not readable:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(wl.os, "open", os_open)
    return lock


def _locked_by_someone(lock) -> bool:
    """Whether another process's attempt on the OS lock would fail (flock conflicts between files)."""
    fd = os.open(lock, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "parapp.db"
    open_database(path).close()
    return path


def test_a_lock_file_left_by_another_account_is_still_locked_and_writes_go_on(db_path, monkeypatch):
    lock = _foreign_lock_file(monkeypatch, db_path, readable=True)
    writer = WriterLock(db_path)
    writer.acquire(wait=0)  # was FolderReadOnly: "the folder is read-only", though it is not
    try:
        assert writer.held
        assert _locked_by_someone(lock)  # really held: a second writer has to wait
    finally:
        writer.release()
    assert not lock.exists() or not _locked_by_someone(lock)


def test_the_window_never_writes_without_the_writer_lock(db_path, monkeypatch, qtbot, capsys):
    """The lock file cannot even be read (mode 000, another account's): the window cannot take the
    lock, so it opens read-only, and says so in its banner, instead of writing beside a command line."""
    from parapp.ui import app as app_module
    from parapp.ui.main_window import MainWindow

    _foreign_lock_file(monkeypatch, db_path, readable=False)
    opened = []
    real_attach = MainWindow.attach

    def attach(self, db):
        opened.append(db.readonly)
        real_attach(self, db)
        opened.append(self.banner.isVisibleTo(self) and "CHỈ ĐỌC" in self.banner.text())

    monkeypatch.setattr(MainWindow, "attach", attach)
    shown = []
    monkeypatch.setattr(app_module, "show_error", lambda *a, **kw: shown.append(a))
    monkeypatch.setenv("PARAPP_STARTUP_PROBE", "1")
    assert app_module.run_app(db_path, "vi") == 0
    assert "window-ready" in capsys.readouterr().out
    assert opened == [True, True]  # was [False, False]: writable, with no lock held


def test_check_names_an_evidence_file_this_account_cannot_read(tmp_path, monkeypatch, capsys):
    """A data folder another account made keeps its evidence files private to it (mode 0600):
    `check` ended in "Lỗi không mong đợi" on the first of them. It names them and says what to do."""
    import datetime as dt

    from parapp.cli.main import main
    from parapp.services.demo import build_demo
    from parapp.store import health

    db_path = tmp_path / "parapp.db"
    db = open_database(db_path)
    build_demo(db, dt.date(2024, 5, 20))
    names = [r[0] for r in db.execute("SELECT original_name FROM evidence ORDER BY id")]
    db.close()
    assert names
    real_hash = health.file_sha256

    def file_sha256(path):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(health, "file_sha256", file_sha256)
    code = main(["check", "--db", str(db_path)])
    out = capsys.readouterr()
    assert code == 1
    assert "không mong đợi" not in out.out + out.err
    said = out.out + out.err
    assert f"Không đọc được tệp “{names[0]}”" in said and "cấp quyền" in said
    monkeypatch.setattr(health, "file_sha256", real_hash)
    assert main(["check", "--db", str(db_path)]) == 0  # readable again: nothing wrong


def _read_only_file(monkeypatch, path):
    """The database file is marked read-only (or is another account's) in a folder this account may
    write to: os.access says so, as it would for an unprivileged user (the tests may run as root)."""
    real_access = os.access
    target = os.path.realpath(path)

    def access(p, mode, **kw):
        if mode & os.W_OK and os.path.realpath(p) == target:
            return False
        return real_access(p, mode, **kw)

    monkeypatch.setattr(os, "access", access)


def test_restore_does_not_replace_a_read_only_database(tmp_path, monkeypatch, capsys):
    """Every write refused a database marked read-only, but restore renamed a new file over it
    (exit 0): the protection its owner set was gone, and the data with it."""
    from parapp.cli.main import main
    from parapp.store.figures import set_figures

    db_path = tmp_path / "parapp.db"
    db = open_database(db_path)
    set_figures(db, "q1", 2026, {"dossiers.received": 9})
    db.close()
    (tmp_path / "bk").mkdir()
    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "bk")]) == 0
    backup = next((tmp_path / "bk").iterdir())
    db = open_database(db_path)
    set_figures(db, "q1", 2026, {"dossiers.received": 555})
    db.close()
    before = db_path.read_bytes()
    capsys.readouterr()
    _read_only_file(monkeypatch, db_path)
    for _ in range(2):
        assert main(["restore", "--db", str(db_path), str(backup)]) == 2
        said = capsys.readouterr().err
        assert "chỉ cho đọc" in said and "bỏ đánh dấu chỉ đọc" in said
        assert db_path.read_bytes() == before
    assert main(["figures", "set", "--db", str(db_path), "--period", "q1", "--year", "2026",
                 "dossiers.received=7"]) == 2
    said = capsys.readouterr().err
    assert "Tệp dữ liệu" in said and "thư mục khác" not in said  # the file, not the folder, is read-only
    assert db_path.read_bytes() == before


def test_a_backup_this_account_cannot_read_is_not_called_not_a_backup(tmp_path, monkeypatch, capsys):
    """A backup file readable by nobody (mode 000, or another account's) was refused as "không phải tệp
    sao lưu ParApp": a good backup, called worthless. It says the file cannot be read, and what to do."""
    import builtins

    from parapp.cli.main import main

    db_path = tmp_path / "parapp.db"
    open_database(db_path).close()
    (tmp_path / "bk").mkdir()
    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "bk")]) == 0
    backup = next((tmp_path / "bk").iterdir())
    before = db_path.read_bytes()
    capsys.readouterr()
    real_open = builtins.open

    def unreadable(file, *a, **kw):
        if os.fspath(file) == str(backup):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", unreadable)
    for _ in range(2):
        assert main(["restore", "--db", str(db_path), str(backup)]) == 2
        said = capsys.readouterr().err
        assert "không phải tệp sao lưu" not in said
        assert "không có quyền đọc" in said and "cấp quyền đọc" in said
    monkeypatch.setattr(builtins, "open", real_open)
    assert db_path.read_bytes() == before


def test_a_snapshot_folder_this_account_cannot_write_is_said_so_in_vietnamese(tmp_path, monkeypatch):
    """backups/auto another account made (mode 0555): the refusal gave SQLite's English "unable to open
    database file" as its reason, at the window's start and before a restore, not that the folder is
    read-only (the message for that exists)."""
    from parapp.store.backup import AUTO_DIR, take_snapshot, try_snapshot
    from parapp.store.errors import SnapshotNotMade

    db = open_database(tmp_path / "parapp.db")
    auto = tmp_path / AUTO_DIR
    auto.mkdir(parents=True)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if (
        mode & os.W_OK and os.path.realpath(p) == os.path.realpath(auto)) else real_access(p, mode, **kw))
    try:
        for _ in range(2):
            with pytest.raises(SnapshotNotMade) as e:
                take_snapshot(db.conn, tmp_path, "truoc-khoi-phuc")
            assert "chỉ đọc hoặc không có quyền ghi" in e.value.message
            said = try_snapshot(db.conn, tmp_path, "mo")
            assert said is not None and "(không có quyền)" in said and "unable" not in said
            assert not list(auto.iterdir())
    finally:
        db.close()


def test_evidence_into_a_folder_this_account_cannot_write_is_refused_in_words(tmp_path, monkeypatch):
    """evidence/ made by another account: adding a task's evidence ended in a bare PermissionError
    ("Lỗi không mong đợi" in the window). It says who may not write where, and nothing is recorded."""
    import datetime as dt

    from parapp.services.demo import build_demo
    from parapp.store.evidence import EvidenceError, add_evidence

    db = open_database(tmp_path / "parapp.db")
    build_demo(db, dt.date(2024, 5, 20))
    source = tmp_path / "Quyết định mới.pdf"
    source.write_bytes(b"%PDF-1.4 round 13\n")
    before = db.execute("SELECT COUNT(*) FROM evidence").fetchone()[0]

    from parapp.store.leftovers import INCOMING_PREFIX

    real_open = os.open

    def os_open(path, flags, *args, **kw):  # the new file in evidence/, however it is made (mkstemp or not)
        if os.path.basename(os.fspath(path)).startswith(INCOMING_PREFIX):
            raise PermissionError(errno.EACCES, "Permission denied", os.path.dirname(os.fspath(path)))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(os, "open", os_open)
    try:
        for _ in range(2):
            with pytest.raises(EvidenceError) as e:
                add_evidence(db, tmp_path, 1, source)
            assert "không có quyền ghi" in e.value.message and "chỗ trống" not in e.value.message
        assert db.execute("SELECT COUNT(*) FROM evidence").fetchone()[0] == before
    finally:
        db.close()
