"""Round 27B of issue 21: read-only use, attacking what round 26B built (the read-only window's private copy made
again when the file changes, the writer lock given back, no log made in another account's folder). Each test failed
before its fix."""

from __future__ import annotations

import sqlite3
import time

import pytest

from .test_adversarial_round26b import _demo, _wait


def _follower(tmp_path, monkeypatch):
    """The demo's data, and a window open on it read-only through a private copy (as another account's would be)."""
    from parapp.store import connect
    from parapp.ui.app import open_for_window
    from parapp.ui.main_window import MainWindow

    path = _demo(tmp_path)
    monkeypatch.setattr(connect, "would_leave_side_files", lambda p: True)
    db = open_for_window(path, unlocked=True)
    w = MainWindow(db)
    w.show()
    return path, db, w


def _truncated(path):
    path.write_bytes(b"")


def _another_sqlite_file(path):
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()


def _cut_in_half(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("change", [_truncated, _another_sqlite_file, _cut_in_half])
def test_a_private_copy_is_not_made_again_from_what_is_no_longer_the_data(qapp, tmp_path, monkeypatch, change):
    # Another account's read-only window on data in a folder it may not write (a private copy, round 26B's follower).
    # The file became for a moment what is not the data: the owner copying the data folder back over it (cp makes
    # the file 0 bytes, then writes it), a sync tool replacing it, another SQLite file put there. The follower made
    # its copy again from that and swapped it in: every page's reload failed ("no such table: areas"), said as
    # "Không đọc hoặc ghi được tệp dữ liệu … hãy dùng Tệp → Khôi phục…" (off in a read-only window), and the window
    # then showed and printed nothing. Real as root without CAP_DAC_OVERRIDE on `tester`'s data (0755 folder) with
    # the file emptied by `tester`, and in-process, on main 92a270c. What was read stays until the data is back.
    from PySide6.QtWidgets import QApplication

    from parapp.store import connect
    from parapp.ui import uncaught
    from parapp.ui.app import open_for_window
    from parapp.ui.main_window import MainWindow

    path = _demo(tmp_path)
    saved = path.read_bytes()
    monkeypatch.setattr(connect, "would_leave_side_files", lambda p: True)
    faults = []
    monkeypatch.setattr(uncaught, "_show", lambda t, e, tb: faults.append(uncaught.message_for(e)))
    monkeypatch.setattr("sys.excepthook", uncaught.handle)
    db = open_for_window(path, unlocked=True)
    assert db.limited == connect.READ_ONLY
    w = MainWindow(db)
    w.show()
    try:
        register = w.page("register")
        register.model.load_all()
        rows = register.model.rowCount()
        tasks = db.execute("SELECT count(*) FROM tasks").fetchone()[0]
        change(path)
        assert db.read_copy_again() is False
        w.reload_all_pages(frozenset({"tasks"}))
        QApplication.processEvents()
        assert faults == []
        assert register.model.rowCount() == rows
        assert db.execute("SELECT count(*) FROM tasks").fetchone()[0] == tasks  # what prints
        path.write_bytes(saved)  # the data back: followed again
        _wait(lambda: db.read_copy_again())
        assert db.execute("SELECT count(*) FROM tasks").fetchone()[0] == tasks
        assert faults == []
    finally:
        w.close()
        w.deleteLater()
        db.close()


def test_a_read_only_window_says_since_when_its_copy_could_not_be_made_again(qapp, tmp_path, monkeypatch):
    # The same window beside the owner's ParApp at work (its saves in the -wal): the copy is made through the system's
    # temporary folder, and that folder's disk was full. The follower's copy failed at every look and nothing was
    # said: the owner had marked 28 more tasks done, the window showed (and printed) 15 done for as long as the disk
    # stayed full; opened now it would have said "no room" (NoRoomToRead). Real as root without CAP_DAC_OVERRIDE on
    # `tester`'s data with TMPDIR on a full 2 MB tmpfs, twice, on main 92a270c.
    from parapp.store import connect, open_database

    path, db, w = _follower(tmp_path, monkeypatch)
    plain = w.banner.text()
    writer = open_database(path)
    real_copy = connect._copy_once

    def full(p):
        raise connect.NoRoomForCopy(str(tmp_path / "tmp"))

    monkeypatch.setattr(connect, "_copy_once", full)
    try:
        writer.execute("UPDATE tasks SET status = 'done', completed_on = '2024-05-20' WHERE status != 'done'")
        _wait(lambda: w.banner.text() != plain, 6)
        said = w.banner.text()
        assert said.startswith(plain)
        assert "Chưa đọc lại được" in said and time.strftime("%H:") in said and str(tmp_path / "tmp") in said
        monkeypatch.setattr(connect, "_copy_once", real_copy)  # room again: followed, and the note goes
        writer.execute("UPDATE officials SET position = position || '.' WHERE id = (SELECT min(id) FROM officials)")
        _wait(lambda: w.banner.text() == plain, 6)
        assert w.banner.text() == plain
        total = writer.execute("SELECT count(*) FROM tasks").fetchone()[0]
        assert db.execute("SELECT count(*) FROM tasks WHERE status = 'done'").fetchone()[0] == total
    finally:
        writer.close()
        w.close()
        w.deleteLater()
        db.close()


def killed_copy_left(tmp_path, monkeypatch):
    """The demo's data, and in a temporary folder of its own a private copy a window killed two hours ago left:
    (the data's path, the temporary folder, the copy's folder)."""
    import os
    import tempfile
    import time

    (tmp_path / "data").mkdir()
    path = _demo(tmp_path / "data")
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    left = temp / "parapp-doc-k1ll3d"
    left.mkdir()
    (left / "parapp.db").write_bytes(path.read_bytes())
    old = time.time() - 2 * 3600
    os.utime(left / "parapp.db", (old, old))
    os.utime(left, (old, old))
    return path, temp, left


def test_what_a_copy_killed_midway_left_in_the_temporary_folder_is_removed(tmp_path, monkeypatch):
    # A private copy is made in the system's temporary folder (the file and its -wal, then SQLite brings the WAL in)
    # and removed when read; the read-only window makes it again at each save of the writer beside it. Killed while
    # one was being made (logged off, power cut, the task manager), the folder stayed with a whole copy of the data:
    # 179 MB after one kill of a window following a 178 MB database, 224 MB after the second, never removed. Real as
    # two SIGKILLs of a follower loop, on main 92a270c. The next copy removes what a copy killed long ago left.

    from parapp.store import connect, open_database

    path, temp, left = killed_copy_left(tmp_path, monkeypatch)
    busy = temp / "parapp-doc-n0w"  # another ParApp's copy being made now: kept
    busy.mkdir()
    mine = temp / "parapp-doc-notes.txt"  # not a folder: never touched
    mine.write_text("x")
    writer = open_database(path)
    try:
        writer.execute("UPDATE officials SET position = position || '.'")  # in the -wal: read through the temp folder
        con = connect.private_copy(path)
        con.close()
    finally:
        writer.close()
    assert not left.exists()
    assert busy.is_dir() and mine.is_file()
    assert sorted(p.name for p in temp.iterdir()) == ["parapp-doc-n0w", "parapp-doc-notes.txt"]


def test_the_note_goes_when_the_drive_is_back_with_the_file_as_it_was_read(qapp, tmp_path, monkeypatch):
    # The share or stick away for a moment: the note says what is shown was read at opening; back with the file as it
    # was, nothing is read again (nothing changed) and the note must not stay.
    path, db, w = _follower(tmp_path, monkeypatch)
    plain = w.banner.text()
    away = tmp_path / "away.db"
    try:
        path.rename(away)
        _wait(lambda: w.banner.text() != plain, 6)
        assert "Chưa đọc lại được" in w.banner.text()
        away.rename(path)
        _wait(lambda: w.banner.text() == plain, 6)
        assert w.banner.text() == plain
    finally:
        w.close()
        w.deleteLater()
        db.close()
