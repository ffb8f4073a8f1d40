"""Adversarial round 30B: read-only use of the window and the command line (a snapshot opened as its own window, a
second start while the first shows a dialog, …). Each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path


def _old_snapshot(data_dir: Path) -> Path:
    """A snapshot of 1/11/2026 08:00 of the data in `data_dir`, which has changed since (a task added)."""
    from parapp.store import open_database, tasks
    from parapp.store.backup import try_snapshot

    db = open_database(data_dir / "parapp.db")
    tasks.create_task(db, {"content": "Rà soát thủ tục hành chính", "deadline_text": "Quý II/2026"})
    assert try_snapshot(db.conn, data_dir, "dau-ngay") is None
    tasks.create_task(db, {"content": "Nhiệm vụ thêm sau bản chụp", "deadline_text": "Quý IV/2026"})
    db.close()
    [made] = (data_dir / "backups" / "auto").glob("parapp-*.db")
    old = made.with_name("parapp-20261101-080000-dau-ngay-000001.db")
    made.rename(old)
    return old


def test_a_backup_made_from_a_snapshots_window_says_when_its_data_is_from(tmp_path):
    """An automatic snapshot opened as its own window (read-only, "Sao lưu ra USB…" on), or `parapp backup --db
    <snapshot>`: the backup was named and stamped with the time it was made, its data a month older; restoring it
    later said "Tệp sao lưu …, tạo lúc <today>" and "Đã khôi phục xong dữ liệu về lúc <today>", and a month of work
    went without a word."""
    from parapp.services import safety
    from parapp.store.archive_format import MANIFEST
    from parapp.store.db import open_readonly

    data = tmp_path / "data"
    data.mkdir()
    snap = _old_snapshot(data)
    usb = tmp_path / "usb"
    usb.mkdir()
    ro = open_readonly(snap)
    try:
        made = safety.backup(ro, usb)
    finally:
        ro.close()
    with zipfile.ZipFile(made.path) as z:
        manifest = json.loads(z.read(MANIFEST))
    assert manifest["created"].startswith("2026-11-01T08:00"), manifest["created"]
    assert "2026-11-01-080000" in made.path.name, made.path.name
    m = safety.describe_backup(made.path)
    assert dt.datetime.fromisoformat(m.created).date() == dt.date(2026, 11, 1)


def test_a_second_start_while_the_first_says_its_snapshot_failed_brings_it_forward(qapp, tmp_path, monkeypatch):
    """The day's first snapshot could not be made (`backups` not a folder, a full disk): the first window said so in a
    box ("Chưa có bản sao lưu tự động") before it listened for a second start. Under Xvfb, twice: the clerk started
    ParApp again meanwhile (the box behind another window): exit 0 in 0.6 s, nothing brought forward, nothing said."""
    from parapp.store import open_database
    from parapp.ui import app as app_module
    from parapp.ui.single_instance import SingleInstance

    from .test_adversarial_round26b import _wait

    data = tmp_path / "data"
    data.mkdir()
    db = open_database(data / "parapp.db")
    (data / "backups").write_text("không phải thư mục")
    first = SingleInstance(data)
    assert first.acquire(listen_later=True)
    shown, second_told = [], []
    first.activated.connect(lambda: shown.append(True))

    def box_up(parent, text, title=""):  # a second start while the box is on screen
        second = SingleInstance(data)
        try:
            second_told.append(second.acquire() is False)
        finally:
            second.release()

    monkeypatch.setattr(app_module, "show_error", box_up)
    try:
        app_module._after_first_page(None, db, data, first)
        assert second_told == [True]  # the second start found the first, and ended
        _wait(lambda: shown, 5)
        assert shown, "the first window was not brought forward"
    finally:
        first.release()
        db.close()


def test_the_sample_commune_that_could_not_be_made_is_said_and_made_at_the_next_try(tmp_path, monkeypatch):
    """A read-only window on a full disk offers "Xem thử với một xã mẫu" (its empty register links to it). The sample
    is made by `parapp demo --db …/Xã mẫu/parapp.db --open` started detached: on the full disk it failed ("Ổ đĩa … đã
    đầy") on a stderr no one reads (the windowed bundle has none): the click did nothing, and the 0-byte parapp.db it
    left made every later click open that file as the sample (`--db`), an empty commune titled "XÃ MẪU", for good."""
    from parapp.cli import main as cli_main
    from parapp.ui import app as app_module
    from parapp.ui.demo_window import demo_command

    sample = tmp_path / "Xã mẫu" / "parapp.db"
    sample.parent.mkdir()
    sample.write_bytes(b"")  # what the failed try left
    assert "demo" in demo_command(sample)
    from parapp.store import open_database

    open_database(sample).close()  # or its tables, nothing in them (the demo is built in one transaction)
    assert "demo" in demo_command(sample)
    from parapp.services.demo import build_demo

    db = open_database(sample)
    build_demo(db, dt.date(2026, 12, 4))
    db.close()
    assert "demo" not in demo_command(sample)  # made: opened as it is

    said = []
    monkeypatch.setattr(app_module, "say_before_window", lambda exc, lang: said.append(exc.message))
    import sys

    monkeypatch.setattr(sys, "stderr", None)  # the windowed bundle, as the window starts it
    missing = tmp_path / "không có" / "parapp.db"
    assert cli_main.main(["demo", "--db", str(missing), "--open"]) == 2
    assert said and "không có" in said[0]


def test_a_sample_commune_on_a_read_only_stick_is_said_in_words(qapp, tmp_path, monkeypatch):
    """A portable ParApp on a write-locked stick opens its data read-only; "Xem thử với một xã mẫu" (the read-only
    register's own link) said "Không tạo được thư mục cho xã mẫu ([Errno 30] Read-only file system: '…/Xã mẫu')."
    (real, a read-only bind mount, twice): the system's English."""
    import errno
    import os

    from parapp.ui import demo_window

    said = []
    monkeypatch.setattr(demo_window, "demo_db_path", lambda: tmp_path / "Xã mẫu" / "parapp.db")
    monkeypatch.setattr(demo_window, "show_error", lambda parent, text, title="": said.append(text))

    def read_only(self, *a, **k):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)
    assert demo_window.open_demo_commune(None) is False
    [text] = said
    assert "Errno" not in text and "Read-only" not in text, text
    assert str(tmp_path / "Xã mẫu") in text and "chỉ đọc" in text


def test_starts_again_while_the_writable_now_box_is_up_add_no_more_boxes(qapp, tmp_path, monkeypatch):
    """A read-only window on data that can be written now (the other account's ParApp closed): a second start brings it
    forward and says "Dữ liệu giờ đã ghi được … đóng ParApp rồi mở lại". The clerk, not seeing the window change,
    started ParApp again while that box was up: each start stacked one more of the same box over it (4 starts, 4 boxes
    to close, in process, twice)."""
    from parapp.store import open_database
    from parapp.store.db import open_readonly
    from parapp.ui.main_window import MainWindow
    from parapp.ui.widgets import texts

    path = tmp_path / "parapp.db"
    open_database(path).close()
    ro = open_readonly(path)
    try:
        w = MainWindow(ro)
        w.readonly_why = "lock"
        boxes = []

        def inform(parent, title, text):
            boxes.append(title)
            if len(boxes) < 4:
                w.bring_forward()  # started again while the box is up

        monkeypatch.setattr(texts, "inform", inform)
        w.bring_forward()
        assert len(boxes) == 1, boxes
        w.bring_forward()  # once closed, a later start says it again
        assert len(boxes) == 2, boxes
        w.close()
        w.deleteLater()
    finally:
        ro.close()
