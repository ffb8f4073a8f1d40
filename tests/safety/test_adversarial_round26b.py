"""Round 26B of issue 21: read-only use beside a writer (another account's ParApp on shared data, read-only media),
through the window and the command line. Each test failed before its fix."""

from __future__ import annotations

import time

import pytest


def _demo(folder):
    import datetime as dt

    from parapp.services.demo import build_demo
    from parapp.store import open_database

    path = folder / "parapp.db"
    db = open_database(path)
    build_demo(db, dt.date(2024, 5, 20))
    db.close()
    return path


def _wait(until, seconds: float = 10.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)


def test_a_read_only_window_on_a_private_copy_shows_what_the_writer_beside_it_saves(qapp, tmp_path, monkeypatch):
    # Another account's window on shared data it may read but not write (the folder is the writer's, 0755; a share
    # with read rights only): SQLite cannot keep its -shm there, so the window reads a private copy made at opening.
    # The writer (the owner's ParApp, at work) marked tasks done; the read-only window went on listing them as
    # overdue, and printing them so, for the whole session: nothing followed a private copy. Real with the `tester`
    # account's window (offscreen) beside root's writer, twice, on main 960c0cd.
    from parapp.store import connect, open_database
    from parapp.ui.app import open_for_window
    from parapp.ui.main_window import MainWindow

    path = _demo(tmp_path)
    # What this account sees of a folder it may not write (root may write any folder): the private copy.
    monkeypatch.setattr(connect, "would_leave_side_files", lambda p: True)
    db = open_for_window(path, unlocked=True)
    assert db.limited == connect.READ_ONLY
    w = MainWindow(db)
    w.show()
    writer = open_database(path)
    try:
        register = w.page("register")
        register.model.load_all()

        def done_shown():
            return sum(1 for i in range(register.model.rowCount()) if register.model.row_at(i).status == "done")

        before = done_shown()
        # Kept open: what it commits stays in its -wal, as while the owner's window is at work.
        writer.execute("UPDATE tasks SET status = 'done', completed_on = '2024-05-20' WHERE status != 'done'")
        total = writer.execute("SELECT count(*) FROM tasks").fetchone()[0]
        _wait(lambda: done_shown() == total)
        assert before < total
        assert done_shown() == total, "the read-only window kept what it read at opening"
        assert db.execute("SELECT count(*) FROM tasks WHERE status = 'done'").fetchone()[0] == total  # what prints
    finally:
        writer.close()
        w.close()
        w.deleteLater()
        db.close()


def test_a_read_only_window_leaves_the_writer_lock_to_the_account_that_may_write(tmp_path, monkeypatch, capsys):
    # Another account's window on data it may read but not write, in a folder both may write (a shared folder):
    # the window opened read-only, yet it took the writer lock and held it for its whole session. The owner's every
    # write was refused ("ParApp khác đang ghi dữ liệu này (cửa sổ ParApp đang mở) … đóng cửa sổ ParApp"), and the
    # owner's own window waited 30 s and gave up, while the window that held the lock could write nothing. Real with
    # a window run without CAP_DAC_OVERRIDE on the `tester` account's data in a 1777 folder, twice, on main 960c0cd.
    import os
    import subprocess
    import sys

    from parapp.ui import app as app_module

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    path = _demo(tmp_path)
    real_access = os.access

    def access(p, mode, **kw):  # this account may not write the file (root may write any)
        if mode & os.W_OK and os.path.realpath(p) == str(path):
            return False
        return real_access(p, mode, **kw)

    monkeypatch.setattr(os, "access", access)
    seen = {}
    first_page = app_module._after_first_page

    def owner_writes_meanwhile(window, db, *rest):
        seen["readonly"] = db.readonly
        env = dict(os.environ, PARAPP_LOCK_WAIT="0")
        seen["owner"] = subprocess.run([sys.executable, "-m", "parapp", "--db", str(path), "figures", "--period",
                                        "q1", "--year", "2024", "set", "staff.trained=7"],
                                       capture_output=True, text=True, env=env)
        first_page(window, db, *rest)

    monkeypatch.setattr(app_module, "_after_first_page", owner_writes_meanwhile)
    monkeypatch.setenv("PARAPP_STARTUP_PROBE", "1")
    assert app_module.run_app(path, "vi") == 0
    capsys.readouterr()
    assert seen["readonly"] is True
    owner = seen["owner"]
    assert owner.returncode == 0, owner.stderr


def test_a_read_only_window_makes_no_log_folder_in_data_it_only_reads(tmp_path, monkeypatch):
    # Another account's window on data it may only read (in a shared folder it may write) made `logs/parapp.log`
    # there, its own (0755/0644): every log line of the account whose data it is was then lost for good (its
    # ParApp could not write there, and said nothing: Giới thiệu still named the file). Real with `nobody`'s start
    # of the log beside `tester`'s data, twice, on main 960c0cd. A window that only reads makes nothing there.
    import logging

    from parapp import logfile
    from parapp.ui import app as app_module

    monkeypatch.setattr(logfile, "_installed", None)
    log = logging.getLogger(logfile.LOGGER)
    before = list(log.handlers)
    try:
        app_module._start_log(tmp_path, readonly=True)
        logfile.get_logger().info("đọc")
        for h in log.handlers:
            h.flush()
        assert not (tmp_path / "logs").exists()
        (tmp_path / "logs").mkdir()
        app_module._start_log(tmp_path, readonly=True)
        logfile.get_logger().info("đọc")
        assert not (tmp_path / "logs" / "parapp.log").exists()
        (tmp_path / "logs" / "parapp.log").write_text("", encoding="utf-8")  # the data's own log: a reader adds to it
        app_module._start_log(tmp_path, readonly=True)
        logfile.get_logger().info("đọc")
        for h in log.handlers:
            h.flush()
        assert (tmp_path / "logs" / "parapp.log").read_text(encoding="utf-8").count("đọc") == 1
    finally:
        for h in list(log.handlers):
            if h not in before:
                log.removeHandler(h)
                h.close()


def test_a_private_copy_made_while_the_writer_saves_is_never_a_torn_one(tmp_path, monkeypatch):
    # Data another account may only read (a folder it may not write, a share exported read-only) is read through a
    # private copy: the file, then its -wal. The owner's ParApp saved in between (a commit moving the WAL into the
    # file, then a new WAL): the copy held half of each. Opening said "Không mở được tệp dữ liệu … *** in database
    # main *** … hãy khôi phục từ bản sao lưu" of sound data, or opened a copy whose index and table disagreed
    # (what is printed from it). Real: 6 of 189 opens as another account beside a writer at import pace, twice,
    # on main 960c0cd. The copy is made again when the file or its -wal changed while it was read.

    from parapp.store import connect, open_database

    path = _demo(tmp_path)
    writer = open_database(path)
    writer.execute("UPDATE tasks SET cause = 'một' WHERE id = 1")  # something in the -wal: read through a copy
    real_copy = connect.file_head.copy_file  # the data file itself is copied through it since round 43 (its locks
    moved = []  # kept when this process holds it, as the writer here does)

    def copyfile(src, dst, **kw):
        out = real_copy(src, dst, **kw)
        if str(src) == str(path) and not moved:  # the file copied, its -wal not yet: the writer saves now
            moved.append(1)
            writer.execute("UPDATE tasks SET cause = 'hai' WHERE id > 1")
            writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            writer.execute("UPDATE tasks SET cause = 'ba' WHERE id = 1")
        return out

    monkeypatch.setattr(connect.file_head, "copy_file", copyfile)
    try:
        copy = connect.private_copy(path)
        try:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert copy.execute("SELECT cause FROM tasks WHERE id = 1").fetchone()[0] == "ba"
            assert copy.execute("SELECT count(*) FROM tasks WHERE id > 1 AND cause != 'hai'").fetchone()[0] == 0
        finally:
            copy.close()
    finally:
        writer.close()
    assert moved


def test_data_that_changes_under_every_private_copy_is_said_busy_not_damaged(tmp_path, monkeypatch):
    # The same, with the owner's ParApp saving under every copy (an import under way): "damaged, restore from a
    # backup" was said of sound data. Another ParApp writing is said, as the lock contract says it (exit 75).

    from parapp.store import connect, open_database
    from parapp.store.db import open_readonly
    from parapp.store.errors import Busy

    path = _demo(tmp_path)
    writer = open_database(path)
    writer.execute("UPDATE tasks SET cause = 'một' WHERE id = 1")
    real_copy = connect.file_head.copy_file  # the data file's own copy since round 43 (see above)
    saves = []

    def copyfile(src, dst, **kw):
        out = real_copy(src, dst, **kw)
        if str(src) == str(path):
            saves.append(1)
            writer.execute("UPDATE tasks SET cause = ? WHERE id > 1", (str(len(saves)),))
            writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            writer.execute("UPDATE tasks SET cause = ? WHERE id = 1", (str(len(saves)),))
        return out

    monkeypatch.setattr(connect.file_head, "copy_file", copyfile)
    monkeypatch.setattr(connect, "would_leave_side_files", lambda p: True)  # this account may not write it
    try:
        with pytest.raises(Busy) as said:
            open_readonly(path)
        assert "ParApp khác đang ghi" in said.value.message
    finally:
        writer.close()
