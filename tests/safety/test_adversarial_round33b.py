"""Adversarial round 33B: read-only use of the window and the command line (a full disk, read-only media, another
ParApp holding the writer lock) against what rounds 31–32 added: `parapp repair`, the error box's "Sửa chỗ chữ
hỏng", a backup given as --db. Each test failed before its fix."""

from __future__ import annotations

import sqlite3

import pytest

from parapp.store import tasks

TODAY_TEXT = "Rà soát thủ tục hành chính"


def _spoiled_task(db) -> int:
    task_id = tasks.create_task(db, {"content": TODAY_TEXT, "deadline_text": "Quý I/2024"})
    raw = TODAY_TEXT.encode()
    db.conn.execute("UPDATE tasks SET content = CAST(? AS TEXT) WHERE id = ?", [raw[:4] + b"\xff" + raw[5:], task_id])
    if db.conn.in_transaction:
        db.conn.commit()
    return task_id


def _error_box(window):
    from parapp.ui import uncaught

    try:
        raise sqlite3.OperationalError("Could not decode to UTF-8 column 'content'")
    except sqlite3.OperationalError as exc:
        return uncaught.show_error_dialog(type(exc), exc, exc.__traceback__, parent=window)


def _dispose(window) -> None:
    import shiboken6

    window.hide()
    shiboken6.delete(window)  # never found by the next test's error box, its data closed


def _full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


@pytest.mark.parametrize("where", ["snapshot", "repair"])
def test_the_error_boxs_repair_on_a_full_disk_says_the_disk_is_full(qtbot, tmp_path, monkeypatch, where):
    """The disk filled while the window was open (a shared PC's drive, a stick): "Sửa chỗ chữ hỏng" failed in SQLite's
    "database or disk is full", raised past the box. Under the window's handler (twice, a 4 MB tmpfs filled after the
    window opened) that was the same box again: "… có chữ bị hỏng … lệnh parapp repair sửa được …" with the same button,
    for ever, the full disk never named and the clerk sent round in a circle. Said now as a full disk, the data as it
    was, no snapshot left behind."""
    from parapp.store import backup, open_database, settings, text_repair
    from parapp.ui.main_window import MainWindow
    from parapp.ui.widgets import texts

    db = open_database(tmp_path / "parapp.db")
    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang"))
    task_id = _spoiled_task(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(texts, "show_error", lambda parent, message, title=None, *a, **k: said.append((title, message)))
    monkeypatch.setattr(texts, "inform", lambda parent, title, message: said.append((title, message)))
    if where == "snapshot":
        monkeypatch.setattr(backup, "_take_snapshot", _full)  # not `snapshot`: archive imports that by name
    else:
        monkeypatch.setattr(text_repair, "_put", _full)
    box = _error_box(window)
    button = next(b for b in box.buttons() if b.text() == "Sửa chỗ chữ hỏng")
    button.click()  # before: sqlite3.OperationalError out of the slot (pytest-qt fails the test on it)
    assert said and said[-1][0] == "Chưa sửa được" and "đã đầy" in said[-1][1], said
    raw = db.conn.execute("SELECT CAST(content AS BLOB) FROM tasks WHERE id = ?", [task_id]).fetchone()[0]
    assert b"\xff" in raw  # nothing written
    if where == "snapshot":
        assert not list((tmp_path / "backups" / "auto").glob("*.db*"))
    _dispose(window)
    db.close()


def test_the_damaged_text_box_of_a_read_only_window_says_why_it_cannot_mend_here(qtbot, tmp_path):
    """Data on a write-locked stick (or a full disk, a snapshot) holding text a failing disk left unreadable: the
    register's box (twice, read-only bind mount, with and without a -wal) said "lệnh parapp repair sửa được … Hãy
    khôi phục bản sao lưu gần nhất còn tốt (… Tệp → Khôi phục… trong cửa sổ)", with no button: Tệp → Khôi phục… is
    grey in that window, parapp repair refuses the stick, and a restore would lose every change since the backup. The
    box now says the window only reads, why (the banner's words, with their next step), and that once the data can be
    written the box mends the text itself, nothing else lost."""
    from parapp.store import open_database, settings
    from parapp.store.db import open_readonly
    from parapp.ui.main_window import MainWindow

    db = open_database(tmp_path / "parapp.db")
    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang"))
    _spoiled_task(db)
    db.close()
    ro = open_readonly(tmp_path / "parapp.db")
    ro.readonly = True
    window = MainWindow(ro)
    try:
        window.readonly_why = "full"
        window.show()
        box = _error_box(window)
        assert "Sửa chỗ chữ hỏng" not in [b.text() for b in box.buttons()]
        said = box.informativeText()
        assert "chỉ đọc" in said and "Ổ đĩa chứa dữ liệu đã đầy" in said, said
        assert "“Sửa chỗ chữ hỏng”" in said and "không mất" in said, said
    finally:
        _dispose(window)
        ro.close()


def test_data_reached_through_a_link_on_a_locked_stick_is_said_as_the_stick(tmp_path, monkeypatch):
    """--db a link (a shortcut folder of links to the stick's data): the stick write-locked (twice, read-only bind
    mount). The command line said "Không ghi được vào thư mục <the stick's folder> (chỉ đọc …) … chép cả thư mục dữ
    liệu vào máy"; the window's banner said "tệp dữ liệu chỉ cho đọc (đánh dấu chỉ đọc …). Hãy bỏ đánh dấu chỉ đọc của
    tệp, hoặc nhờ người quản trị máy cấp quyền ghi": a mark the file does not carry, nothing an administrator can
    give. The folder judged is the one the file is in, as SQLite and the command line judge it."""
    import os

    from parapp.store import open_database
    from parapp.store.db import open_readonly
    from parapp.ui.app import why_read_only

    stick = tmp_path / "USB"
    stick.mkdir()
    open_database(stick / "parapp.db").close()
    here = tmp_path / "Lối tắt"
    here.mkdir()
    (here / "parapp.db").symlink_to(stick / "parapp.db")
    real_access = os.access

    def access(p, mode, **kw):  # the stick write-locked: root cannot make it so here
        if mode == os.W_OK and os.path.realpath(p).startswith(str(stick)):
            return False
        return real_access(p, mode, **kw)

    monkeypatch.setattr(os, "access", access)
    db = open_readonly(here / "parapp.db")
    try:
        assert why_read_only(here / "parapp.db", db, unlocked=True) == "folder"
    finally:
        db.close()


def test_a_backup_refused_for_damaged_text_offers_the_repair_not_a_restore(qtbot, tmp_path, monkeypatch):
    """A byte gone bad in a change-log line (the register draws fine, no error box ever offers "Sửa chỗ chữ hỏng"):
    "Sao lưu ra USB…" and `parapp backup` (twice each) said "Chưa sao lưu được … hãy khôi phục bản sao lưu gần nhất còn
    tốt (… Tệp → Khôi phục…) rồi sao lưu lại", a restore that loses every change since that backup, where a repair
    loses nothing; the window's box had only "Đồng ý". Now the words send to the repair first (the command, and in
    the window the box's own "Sửa chỗ chữ hỏng", which mends and lets the backup be made)."""
    from parapp.core.messages import ParAppError
    from parapp.services import safety
    from parapp.store import open_database, settings
    from parapp.ui import backup_dialogs
    from parapp.ui.main_window import MainWindow
    from PySide6.QtWidgets import QMessageBox

    db = open_database(tmp_path / "parapp.db")
    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang"))
    _spoiled_task(db)  # the task's words and the change log's copy of them
    db.conn.execute("UPDATE tasks SET content = 'Rà soát thủ tục hành chính'")  # the task mended by hand: log only
    db.conn.commit()
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(ParAppError) as refused:
        safety.backup(db, usb)
    said = refused.value.message
    assert "parapp repair --db" in said and "khôi phục bản sao lưu gần nhất" not in said, said

    window = MainWindow(db)
    window.show()
    boxes: list[tuple[str, list[str]]] = []

    def record(box):
        boxes.append((box.text(), [b.text() for b in box.buttons()]))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    try:
        backup_dialogs.backup_to_folder(window, db, str(usb))
        qtbot.waitUntil(lambda: bool(boxes), timeout=30000)
        assert boxes and "Sửa chỗ chữ hỏng" in boxes[-1][1], boxes
    finally:
        _dispose(window)
        db.close()
    assert not list(usb.iterdir())


@pytest.mark.parametrize("sqlite_said", ["database or disk is full", "disk I/O error"])
def test_a_save_on_a_disk_that_filled_says_the_disk_is_full(qtbot, tmp_path, monkeypatch, sqlite_said):
    """The disk filled while the window was open (twice, a 4 MB tmpfs filled after the window opened; the first task
    added failed): the box said "Không đọc hoặc ghi được tệp dữ liệu (database or disk is full) … Nếu lỗi lặp lại, hãy
    dùng Tệp → Khôi phục…": SQLite's English, and a restore (losing every change since that backup, and refused on a
    full disk anyway) for a disk that only needs room. Said as a full disk, with what to do."""
    from parapp.store import open_database, settings
    from parapp.ui import uncaught
    from parapp.ui.main_window import MainWindow

    db = open_database(tmp_path / "parapp.db")
    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang"))
    from parapp.store import connect

    monkeypatch.setattr(connect, "folder_is_full", lambda folder: True)  # an I/O error on a full disk (the -shm)
    window = MainWindow(db)
    window.show()
    try:
        try:
            raise sqlite3.OperationalError(sqlite_said)
        except sqlite3.OperationalError as exc:
            box = uncaught.show_error_dialog(type(exc), exc, exc.__traceback__, parent=window)
        said = box.text()
        assert "đã đầy" in said and "xóa bớt" in said, said
        assert "Khôi phục" not in said and "disk is full" not in said, said
    finally:
        _dispose(window)
        db.close()


def test_a_first_start_on_a_full_disk_says_the_disk_is_full_and_leaves_no_empty_file(qtbot, tmp_path, monkeypatch):
    """The window's first start (or --db a new name) on a full disk (twice, a full 600 KB tmpfs): SQLite made a 0-byte
    file and then could not write the schema; the window took the file for data it could only read and said "Tệp … không
    phải là cơ sở dữ liệu ParApp. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới": the clerk sent to look for another
    file, the 0-byte file left behind (and `parapp demo` left it too). Said as a full disk, nothing left."""
    from parapp.core.messages import ParAppError
    from parapp.store import db as db_module
    from parapp.ui import app as app_module

    def full_at_the_schema(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(db_module, "_check_identity", full_at_the_schema)  # the file is made; its schema is not
    new = tmp_path / "parapp.db"
    with pytest.raises(ParAppError) as refused:
        app_module.open_for_window(new)
    assert "đã đầy" in refused.value.message and "không phải là cơ sở dữ liệu" not in refused.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_snapshot_that_fills_the_disk_says_so_and_leaves_nothing(tmp_path, monkeypatch):
    """`parapp repair` with room for most of the snapshot (twice, 800 KB left on a tmpfs): SQLite could not map the
    copy's -shm ("disk I/O error", not "disk is full") when the copy left WAL mode; take_snapshot let it through, and
    the command (and the window's box) said "có giá trị ParApp không đọc được … Hãy khôi phục bản sao lưu gần nhất", the
    full disk never named; the copy's -wal and -shm stayed in backups/auto. Now a full disk, nothing left."""
    import types

    from parapp.store import backup, connect, open_database
    from parapp.store.errors import DiskFull

    db = open_database(tmp_path / "parapp.db")
    real = sqlite3.connect

    class Copy(sqlite3.Connection):
        def execute(self, sql, *args):
            if "journal_mode = DELETE" in sql:  # SQLite opens the WAL to leave it: the disk has no room for its -shm
                file = super().execute("PRAGMA database_list").fetchone()[2]
                for side in ("-wal", "-shm"):
                    open(f"{file}{side}", "wb").close()
                raise sqlite3.OperationalError("disk I/O error")
            return super().execute(sql, *args)

    shim = types.SimpleNamespace(**{k: getattr(sqlite3, k) for k in dir(sqlite3) if not k.startswith("__")})
    shim.connect = lambda path, *a, **k: real(path, factory=Copy) if str(path).endswith(".partial") \
        else real(path, *a, **k)
    monkeypatch.setattr(backup, "sqlite3", shim)
    monkeypatch.setattr(connect, "folder_is_full", lambda folder: True)
    try:
        with pytest.raises(DiskFull):
            backup.take_snapshot(db.conn, tmp_path, "truoc-sua-chu-hong")
    finally:
        db.close()
    assert sorted(p.name for p in (tmp_path / "backups" / "auto").iterdir()) == []
