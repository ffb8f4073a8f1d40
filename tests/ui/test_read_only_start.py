"""Issue 21, finding 8, in the window: on read-only media (or a full disk) the window opens, read-only.

A QLockFile that cannot be made in a read-only folder was taken for "another ParApp is running":
the window exited 0 and showed nothing.
"""

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QLockFile

from parapp.ui import single_instance
from parapp.ui.single_instance import SingleInstance

YEAR = dt.date.today().year


class _ReadOnlyLock(QLockFile):
    """What Qt says when the lock file cannot be created (a CD, a write-protected stick)."""

    def tryLock(self, timeout=0):  # noqa: N802 - Qt's name
        return False

    def error(self):
        return QLockFile.LockError.PermissionError


def test_a_lock_file_that_cannot_be_made_is_not_another_parapp(qtbot, tmp_path):
    not_a_folder = tmp_path / "tệp"
    not_a_folder.write_bytes(b"")  # no lock file can be made "inside" it: Qt's UnknownError
    first = SingleInstance(not_a_folder)
    try:
        assert first.acquire()  # nobody else runs: this start goes on
        second = SingleInstance(not_a_folder)
        assert not second.acquire()  # but a second start still finds the first, by its socket
        second.release()
    finally:
        first.release()


def test_the_window_opens_read_only_media_read_only_and_shows_the_wal(qtbot, tmp_path, monkeypatch, capsys, errors):
    from parapp.ui import app as app_module

    cd = tmp_path / "Đĩa CD"
    cd.mkdir()
    db_path = cd / "parapp.db"
    script = textwrap.dedent(f"""
        import os
        from parapp.store import open_database, settings
        from parapp.store.figures import set_figures
        db = open_database({str(db_path)!r})
        settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang"))
        set_figures(db, "q1", {YEAR}, {{"dossiers.received": 9}})
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        set_figures(db, "q1", {YEAR}, {{"dossiers.received": 555}})
        os._exit(0)
    """)
    assert subprocess.run([sys.executable, "-c", script], capture_output=True).returncode == 0
    Path(f"{db_path}-shm").unlink()
    before = sorted(p.name for p in cd.iterdir())
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK else real_access(p, mode, **kw))
    monkeypatch.setattr(single_instance, "QLockFile", _ReadOnlyLock)
    shown = errors
    monkeypatch.setenv("PARAPP_STARTUP_PROBE", "1")
    assert app_module.run_app(db_path, "vi") == 0
    assert "window-ready" in capsys.readouterr().out and shown == []
    db = app_module.open_for_window(db_path)
    try:
        assert db.readonly
        assert db.execute("SELECT value FROM figures WHERE code = 'dossiers.received'").fetchone()[0] == 555
    finally:
        db.close()
    assert sorted(p.name for p in cd.iterdir()) == before  # nothing written beside it


def test_on_a_full_disk_the_window_opens_read_only_and_says_the_disk_is_full(qtbot, tmp_path, monkeypatch):
    import shutil
    import sqlite3

    from parapp.store import open_database
    from parapp.ui import app as app_module
    from parapp.ui.main_window import MainWindow

    db_path = tmp_path / "parapp.db"
    open_database(db_path).close()  # closed cleanly: no -shm beside it
    real_connect = sqlite3.connect

    def no_room_for_the_shm(database, *a, **kw):
        if "immutable=1" not in str(database) and str(database) != ":memory:":
            exc = sqlite3.OperationalError("disk I/O error")
            exc.sqlite_errorcode = 4874  # SQLITE_IOERR_SHMSIZE, as on a real full disk
            raise exc
        return real_connect(database, *a, **kw)

    monkeypatch.setattr(sqlite3, "connect", no_room_for_the_shm)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(1 << 30, 1 << 30, 0))
    db = app_module.open_for_window(db_path)
    w = MainWindow(db)
    qtbot.addWidget(w)
    assert db.readonly and "đầy" in w.banner.text() and not w.banner.isHidden()
    db.close()
