"""Round 24B of issue 21: read-only use (read-only media, another ParApp's writer lock, a medium gone or turned
read-only in the middle of a session), through the command line and the window. Each test failed before its fix."""

from __future__ import annotations

import sqlite3

import pytest


def test_a_storage_error_in_short_work_leaves_no_wait_cursor_behind(qapp):
    # The data's medium turned read-only or went away while the window was open (a USB stick pulled out; an
    # ext4 stick remounted read-only after an error): "Lưu" on the task editor raised SQLite's "disk I/O error"
    # through operation.attempt, which set the wait cursor and only took it back for a ParAppError. The error was
    # said, and the whole application kept the wait cursor for the rest of the session, as if it hung. Real on
    # an ext4 loop device shut down under the open window (EXT4_IOC_SHUTDOWN), twice, on main e7de691.
    from PySide6.QtWidgets import QApplication

    from parapp.ui.widgets.operation import attempt

    def work():
        raise sqlite3.OperationalError("disk I/O error")

    try:
        with pytest.raises(sqlite3.OperationalError):
            attempt(None, work)
        assert QApplication.overrideCursor() is None
    finally:
        while QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()


def _demo(folder) -> object:
    import datetime as dt

    from parapp.services.demo import build_demo
    from parapp.store import open_database

    path = folder / "parapp.db"
    db = open_database(path)
    build_demo(db, dt.date(2024, 5, 20))
    db.close()
    return path


def _sides(path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(f"{path.name}-"))


def _as_an_account_that_cannot_write(path, work):
    """work() by an account that may not write `path` (root may write any file: a child gives root up), as
    ('ok', value) or (the exception's class name, its message)."""
    import os

    if os.name == "nt":
        pytest.skip("POSIX modes")
    if os.geteuid() != 0:
        try:
            return "ok", str(work())
        except Exception as exc:  # noqa: BLE001 - said back as the other account's child does
            return type(exc).__name__, getattr(exc, "message", None) or str(exc)
    from .test_adversarial_round15a import as_other_account

    return as_other_account(work)


@pytest.fixture
def open_folder():
    import shutil
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="parapp-r24b-", dir="/tmp"))
    folder.chmod(0o1777)  # every account may write here (pytest's own tmp folder is root's, 0700)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_reading_a_file_marked_read_only_leaves_nothing_that_keeps_it_read_only(open_folder):
    # A database file marked read-only (chmod a-w; Windows' attribute as Samba or a copy from a CD keeps it) in a
    # folder that takes writes: `check`, `tasks`, `backup`, `report pdf` and the window's read-only open each left
    # parapp.db-wal and -shm beside it, made by SQLite with the file's mode (0444) and never removed by a read-only
    # connection. The banner and the refusals say "take the read-only mark off the file": done, every write was then
    # refused with "Bên cạnh tệp dữ liệu có “…-shm” của một tài khoản khác … Hãy mở rồi đóng ParApp ở tài khoản
    # kia" (there is no other account), and `restore` said so even before. Real as root without CAP_DAC_OVERRIDE
    # (capsh), twice, on main e7de691.
    import os

    from parapp.cli.main import main
    from parapp.store.db import open_readonly

    path = _demo(open_folder)
    if os.name != "nt" and os.geteuid() == 0:
        os.chown(path, 65534, 65534)
    path.chmod(0o444)

    def read_then_unmark_then_write():
        import contextlib
        import io

        db = open_readonly(path)
        db.execute("SELECT count(*) FROM tasks").fetchone()
        db.close()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
            code = main(["check", "--db", str(path)])
        assert code == 0, err.getvalue()
        left = _sides(path)
        path.chmod(0o644)  # what the banner and the refusal advise
        from parapp.store import open_database

        db = open_database(path)
        db.execute("UPDATE settings SET value = value WHERE key = 'commune_name'")
        db.close()
        return left

    assert _as_an_account_that_cannot_write(path, read_then_unmark_then_write) == ("ok", "[]")


def test_another_account_reading_the_data_leaves_nothing_that_locks_its_owner_out(open_folder):
    # The office's second account (or the same PC's other user) opened the first account's data to look at it
    # (`parapp check`, `tasks`, the window, read-only: the file is not theirs to write): SQLite made parapp.db-wal
    # and -shm owned by the reader, which a read-only connection never removes, and the owner's ParApp then refused
    # every write ("… của một tài khoản khác … Hãy mở rồi đóng ParApp ở tài khoản kia": the reader's ParApp never
    # removes them). Real with "nobody" reading "tester"'s data in a 0777 folder, twice, on main e7de691.
    from parapp.store.connect import saved_language
    from parapp.store.db import open_readonly

    path = _demo(open_folder)

    def look():
        db = open_readonly(path)
        try:
            count = db.execute("SELECT count(*) FROM tasks").fetchone()[0]
        finally:
            db.close()
        saved_language(path)  # the window reads it before opening the data
        return count > 0

    import os

    if os.name == "nt" or os.geteuid() != 0:
        pytest.skip("needs root to act as another account")
    assert _as_an_account_that_cannot_write(path, look) == ("ok", "True")
    assert _sides(path) == []


def test_empty_pages_of_read_only_data_do_not_send_the_user_to_switched_off_actions(qapp, tmp_path):
    # A commune's data with no task yet and no PAR INDEX set, opened from a locked stick or a CD (the window
    # read-only, its banner shown): the register said "Sổ chưa có nhiệm vụ nào. Để bắt đầu: Ctrl+N (hoặc nút “Thêm
    # nhiệm vụ…”) … Ctrl+I (hoặc nút “Nhập từ Word/Excel…”) …" and the PAR INDEX page "Bấm “Nhập bộ tiêu chí…”":
    # every one of those keys and buttons is switched off there, and pressing them did nothing. Real on a read-only
    # bind mount, twice, on main e7de691.
    from parapp.store import open_database, settings
    from parapp.store.db import open_readonly
    from parapp.ui.main_window import MainWindow

    path = tmp_path / "parapp.db"
    db = open_database(path)
    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang",
                                                        place_name="Ba Giang"))
    db.close()
    db = open_readonly(path)
    w = MainWindow(db)
    w.show()
    try:
        register, par = w.page("register"), w.page("par")
        assert register.body.currentWidget() is register.empty
        said = register.empty.text() + "\n" + par.empty.text()
    finally:
        w.close()
        w.deleteLater()
        db.close()
    for switched_off in ("Ctrl+N", "Ctrl+I", "Thêm nhiệm vụ", "Nhập từ Word/Excel", "Bấm “Nhập bộ tiêu chí…”"):
        assert switched_off not in said, said
    assert "chỉ đọc" in said, said


def test_a_medium_gone_in_the_middle_of_a_session_is_not_sent_to_restore(qapp, tmp_path):
    # The data's drive turned read-only while the window was open (ext4 remounted read-only after an error, a worn
    # SD card, a stick pulled out; reproduced with /sys/fs/ext4/<dev>/trigger_fs_error on a loop device under the
    # open window, twice): "Lưu" said "Không đọc hoặc ghi được tệp dữ liệu (disk I/O error) … Nếu lỗi lặp lại, hãy
    # dùng Tệp → Khôi phục…". The data where it is was sound; a restore there is refused as a read-only folder
    # ("chọn thư mục khác": an empty commune), or puts an older backup over good data once the drive is back.
    # Simulated portably: the data's folder taken away under the open window, as a drive letter goes.
    import os

    if os.name == "nt":
        pytest.skip("a folder holding an open file cannot be renamed on Windows")
    from parapp.store import open_database
    from parapp.ui.main_window import MainWindow
    from parapp.ui.uncaught import message_for

    folder = tmp_path / "usb"
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    w = MainWindow(db)
    w.show()
    try:
        folder.rename(tmp_path / "gone")
        said = message_for(sqlite3.OperationalError("disk I/O error"))
    finally:
        w.close()
        w.deleteLater()
        db.close()
    assert "Khôi phục" not in said and "mở lại ParApp" in said, said


def test_a_write_to_data_in_a_read_only_folder_says_to_work_on_a_copy_not_to_choose_another_folder(tmp_path):
    # `parapp report finalize`, `import`, `figures set`, `par score`, `report sent` … on the commune's data on a
    # locked stick or a CD said "Không ghi được vào thư mục … Hãy chọn thư mục khác, ví dụ trong Tài liệu của bạn":
    # another folder holds no data ("Không thấy tệp dữ liệu"), and the window opened there starts an empty commune.
    # The window's banner says to copy the data to the PC; so now does the command line. Real on a read-only bind
    # mount, twice, on main e7de691; here a folder this account may not write.
    import contextlib
    import io
    import os
    import shutil
    import tempfile
    from pathlib import Path

    from parapp.cli.main import main

    if os.name == "nt":
        pytest.skip("POSIX modes")
    folder = Path(tempfile.mkdtemp(prefix="parapp-r24b-", dir="/tmp"))
    try:
        path = _demo(folder)
        folder.chmod(0o555)  # root may still write it: its child below gives root up

        def write():
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
                code = main(["figures", "--db", str(path), "--year", "2024", "--period", "q1", "set", "X=1"])
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as demo:
                main(["demo", "--db", str(path)])  # a sample commune does go into another folder
            assert "chọn thư mục khác" in demo.getvalue(), demo.getvalue()
            return code, err.getvalue()

        said = _as_an_account_that_cannot_write(path, write)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
    assert said[0] == "ok", said
    assert said[1].startswith("(2, "), said
    assert "chọn thư mục khác" not in said[1] and "chép cả thư mục dữ liệu" in said[1], said


def test_a_read_only_window_beside_another_writer_shows_what_that_writer_saves(qapp, tmp_path):
    # The window opened read-only because another ParApp holds the writer lock (another account's window on shared
    # data): it reads the file itself, but every page kept what it read at opening. The other window marked tasks
    # done; this one went on listing them overdue, and "In danh sách…" printed them so, until it was restarted. Real
    # with open_for_window(unlocked=True) and a second connection writing, twice, on main e7de691.
    import time

    from PySide6.QtWidgets import QApplication

    from parapp.store import open_database
    from parapp.ui.app import open_for_window
    from parapp.ui.main_window import MainWindow

    path = _demo(tmp_path)
    db = open_for_window(path, unlocked=True)
    w = MainWindow(db)
    w.show()
    try:
        register = w.page("register")
        register.model.load_all()

        def done_shown():
            return sum(1 for i in range(register.model.rowCount()) if register.model.row_at(i).status == "done")

        before = done_shown()
        other = open_database(path)
        other.execute("UPDATE tasks SET status = 'done', completed_on = '2024-05-20' WHERE status != 'done'")
        total = other.execute("SELECT count(*) FROM tasks").fetchone()[0]
        other.close()
        deadline = time.monotonic() + 10
        while done_shown() != total and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.05)
        assert before < total
        assert done_shown() == total
    finally:
        w.close()
        w.deleteLater()
        db.close()


def test_this_accounts_own_wal_marked_read_only_is_said_as_a_mark_not_another_accounts_parapp(open_folder):
    # A data folder copied from a CD keeps every file marked read-only, the -wal and -shm SQLite left beside the
    # database too (and before round 24B, reading a file marked read-only made them so): the read-only mark taken
    # off parapp.db as the refusal advises, every write was then refused with "Bên cạnh tệp dữ liệu có “…-wal” của
    # một tài khoản khác … Hãy mở rồi đóng ParApp ở tài khoản kia": there is no other account, and no ParApp to
    # close. Real as root without CAP_DAC_OVERRIDE (capsh), twice, on main e7de691.
    import os

    from parapp.store import open_database

    path = _demo(open_folder)
    if os.name != "nt" and os.geteuid() == 0:
        os.chown(open_folder, 65534, 65534)
        os.chown(path, 65534, 65534)

    def copied_from_a_cd_then_unmarked():
        wal = path.parent / f"{path.name}-wal"
        wal.write_bytes(b"")
        wal.chmod(0o444)
        try:
            open_database(path).close()
        finally:
            wal.chmod(0o644)

    kind, said = _as_an_account_that_cannot_write(path, copied_from_a_cd_then_unmarked)
    assert kind == "SideFileReadOnly", (kind, said)
    assert "tài khoản khác" not in said and "bỏ đánh dấu chỉ đọc" in said, said


def test_another_account_reading_data_with_a_wal_and_no_shm_reads_its_commit_and_leaves_no_shm(open_folder):
    # The same as above with the owner's -wal beside the data and no -shm (a folder copied by a tool that skips it,
    # a writer killed between them): SQLite made the -shm, the reader's, and left it; the owner was then refused.
    import os
    import shutil

    if os.name == "nt" or os.geteuid() != 0:
        pytest.skip("needs root to act as another account")
    from parapp.store import officials
    from parapp.store.db import open_readonly

    path = _demo(open_folder)
    kept = open_folder / "kept"
    kept.mkdir()
    from parapp.store import open_database

    db = open_database(path)
    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    officials.add_official(db, {"full_name": "Chỉ có trong WAL"})
    shutil.copy(f"{path}-wal", kept / "wal")  # the commit, as a kill leaves it
    db.close()
    for side in ("-wal", "-shm"):
        if os.path.exists(f"{path}{side}"):
            os.unlink(f"{path}{side}")
    shutil.copy(kept / "wal", f"{path}-wal")
    os.chmod(f"{path}-wal", 0o644)

    def look():
        db = open_readonly(path)
        try:
            return db.execute("SELECT count(*) FROM officials WHERE full_name = 'Chỉ có trong WAL'").fetchone()[0]
        finally:
            db.close()

    assert _as_an_account_that_cannot_write(path, look) == ("ok", "1")
    assert _sides(path) == ["parapp.db-wal"]


def test_read_only_data_is_said_to_be_copied_as_a_whole_folder_not_as_its_file(qapp, open_folder):
    # The window's banner on a locked stick or a CD said "Hãy chép tệp dữ liệu vào máy để làm việc", and an older
    # version's data there "Hãy chép tệp vào máy rồi mở lại": the file alone. Copied so, the commits its -wal held
    # (a session killed before the stick was locked: the window showed them, read from a private copy) and every
    # evidence file were not in the copy: `check` on it named the evidence missing, and the official added in the
    # last session was gone. Real on a read-only bind mount, twice, on main e7de691.
    import os
    import shutil

    from parapp.store.db import open_readonly
    from parapp.ui.readonly_banner import readonly_text

    banner = readonly_text(None, "folder")
    assert "chép tệp dữ liệu vào máy" not in banner and "cả thư mục dữ liệu" in banner, banner

    if os.name == "nt":
        return
    path = open_folder / "parapp.db"
    from pathlib import Path

    shutil.copy(Path(__file__).parents[1] / "fixtures" / "schema_v5.db", path)
    path.chmod(0o444)
    kind, said = _as_an_account_that_cannot_write(path, lambda: open_readonly(path).close())
    assert kind == "StoreError", (kind, said)
    assert "nâng cấp" in said and "cả thư mục dữ liệu" in said, said


def test_starting_parapp_again_once_read_only_data_can_be_written_says_to_close_and_reopen(qapp, tmp_path,
                                                                                          monkeypatch):
    # The banner says what to do and "rồi mở lại ParApp" (unlock the stick, take the file's mark off, close the
    # other account's ParApp). Done, with this window still open, a start of ParApp brought this window forward,
    # still read-only, its banner still giving the reason that was gone, and nothing said. Real with the "file"
    # reason (chmod a-w then u+w, root without CAP_DAC_OVERRIDE) and the "lock" one, twice, on main e7de691.
    from PySide6.QtWidgets import QMessageBox

    from parapp.ui.app import open_for_window
    from parapp.ui.main_window import MainWindow

    path = _demo(tmp_path)
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    db = open_for_window(path, unlocked=True)  # the other ParApp held the writer lock, and has closed since
    w = MainWindow(db)
    w.show()
    try:
        w.bring_forward()  # what a second start does
    finally:
        w.close()
        w.deleteLater()
        db.close()
    assert said and "đóng ParApp" in said[0], said
