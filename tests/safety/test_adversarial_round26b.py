"""Round 26B of issue 21: read-only use beside a writer (another account's ParApp on shared data, read-only media),
through the window and the command line. Each test failed before its fix."""

from __future__ import annotations

import time


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
