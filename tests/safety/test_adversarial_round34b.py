"""Adversarial round 34B: read-only use and full disks (a small full tmpfs, read-only media, another ParApp holding the
writer lock) against what round 33B and the rounds since changed: `parapp repair`'s snapshot and change-log line, the
plan import's number and date, the Số liệu grid's paste, "Gắn bản đã ký…". Each test failed before its fix."""

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


def _full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def test_a_repair_the_full_disk_stopped_leaves_no_snapshot_to_fill_it(tmp_path, monkeypatch):
    """`parapp repair` with room for the snapshot but not for the repair (a 6 MB tmpfs, 824–832 KB left, twice): "Ổ đĩa
    … đã đầy … Hãy xóa bớt tệp không cần … rồi làm lại", and the snapshot it had just taken stayed in backups/auto, a
    copy of the data as it still was, the size of the data, on the full disk: it was what filled it, and the next try
    could not take its own snapshot. Nothing was mended, so nothing of it is left."""
    from parapp.services import safety
    from parapp.store import open_database, text_repair
    from parapp.store.errors import DiskFull

    path = tmp_path / "parapp.db"
    db = open_database(path)
    task_id = _spoiled_task(db)
    db.close()
    monkeypatch.setattr(text_repair, "_put", _full)
    with pytest.raises(DiskFull):
        safety.repair_text(path)
    assert not [p.name for p in (tmp_path / "backups" / "auto").iterdir()]
    con = sqlite3.connect(path)
    raw = con.execute("SELECT CAST(content AS BLOB) FROM tasks WHERE id = ?", [task_id]).fetchone()[0]
    con.close()
    assert b"\xff" in raw  # nothing written


@pytest.mark.parametrize("where", ["command", "window"])
def test_a_repair_whose_change_log_line_the_full_disk_refused_says_so(qtbot, tmp_path, monkeypatch, capsys, where):
    """The repair's line in the change log is written after its transaction; with room for the repair but not the line
    (a 6 MB tmpfs, 836–844 KB left, twice) the line was dropped without a word: "Đã sửa …" and the log read on as if
    the words had always been so, which is what the line is there to prevent. The mending stands and is said; that
    the log has no line of it is said too."""
    from parapp.store import change_log, open_database

    path = tmp_path / "parapp.db"
    db = open_database(path)
    _spoiled_task(db)
    monkeypatch.setattr(change_log, "record_os_user", _full)  # the line's first write: the disk is full by now
    if where == "command":
        db.close()
        from parapp.cli.safety_commands import cmd_repair

        assert cmd_repair(path) == 0
        said = capsys.readouterr().out
        db = open_database(path)
    else:
        from parapp.ui import bad_text_repair
        from parapp.ui.main_window import MainWindow
        from parapp.ui.widgets import texts

        window = MainWindow(db)
        qtbot.addWidget(window)
        boxes: list[str] = []
        monkeypatch.setattr(texts, "inform", lambda parent, title, message: boxes.append(message))
        monkeypatch.setattr(texts, "show_error", lambda parent, message, title=None, *a, **k: boxes.append(message))
        bad_text_repair._repair(type("Box", (), {"done": lambda self, code: None})(), window)
        said = "\n".join(boxes)
    assert "Đã sửa" in said, said
    assert "chưa được ghi vào Nhật ký thay đổi" in said and "đã đầy" in said, said
    assert db.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'repair'").fetchone()[0] == 0
    assert not db.conn.execute("SELECT count(*) FROM tasks WHERE CAST(content AS BLOB) LIKE ?",
                               [b"%\xff%"]).fetchone()[0]  # mended
    db.close()


@pytest.mark.parametrize("what", ["signed scan", "task evidence"])
def test_a_file_copied_in_for_a_row_the_full_disk_refused_is_not_left(tmp_path, monkeypatch, what):
    """`parapp report signed --scan` with room for the scan but not its row (a 6 MB tmpfs, 630–640 KB left, twice):
    "Ổ đĩa … đã đầy … dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy xóa bớt tệp …", and the 600 KB scan stayed in
    evidence/ under its hash, referred to by no row, for ever: the file that filled the disk, which no window shows
    and the clerk cannot find to delete. A task's evidence file the same. Nothing recorded, nothing kept."""
    import datetime as dt

    from parapp.services import delivery
    from parapp.store import evidence, open_database, signed_copies

    from .test_adversarial_round25a import _demo

    path = _demo(tmp_path)
    scan = tmp_path / "ban-quet.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 400 + b"\n%%EOF\n")
    db = open_database(path)
    before = sorted(p.name for p in (path.parent / "evidence").rglob("*") if p.is_file())
    if what == "signed scan":
        monkeypatch.setattr(signed_copies, "get", _full)  # the row's write: the disk is full by now
        with pytest.raises(sqlite3.OperationalError):
            delivery.attach_scan(db, path.parent, "q1", dt.date.today().year, scan)
    else:
        write = db.execute

        def full_at_the_row(sql, parameters=None):
            if sql.startswith("INSERT INTO evidence"):
                _full()
            return write(sql, parameters)

        monkeypatch.setattr(db, "execute", full_at_the_row)
        task_id = db.conn.execute("SELECT min(id) FROM tasks").fetchone()[0]
        with pytest.raises(sqlite3.OperationalError):
            evidence.add_evidence(db, path.parent, task_id, scan)
    after = sorted(p.name for p in (path.parent / "evidence").rglob("*") if p.is_file())
    db.close()
    assert after == before


@pytest.mark.parametrize("what", ["remove", "replace"])
def test_a_criteria_sets_change_the_full_disk_stopped_leaves_no_snapshot(tmp_path, monkeypatch, what):
    """`parapp par remove-set` with room for its snapshot but not the removal (a 6 MB tmpfs, 820–840 KB left, three
    times): the full disk said, the set kept, and the snapshot "trước khi xóa bộ tiêu chí" left in backups/auto, a copy
    of the data as it still was, the data's size, on the full disk (as F1, repair). Replacing a set the same. Nor is an
    older snapshot pruned for a copy that is not kept."""
    from parapp.services import par_sets
    from parapp.store import backup, open_database, par_index

    from .test_adversarial_round25a import _demo

    path = _demo(tmp_path)
    db = open_database(path)
    year = db.conn.execute("SELECT max(year) FROM par_sets").fetchone()[0]
    # the last close's snapshot of today: a new snapshot of the day prunes it, which is for a copy that is kept
    closing = backup.take_snapshot(db.conn, path.parent, "khi-dong").path
    if what == "remove":
        write = db.execute

        def full_at_the_removal(sql, parameters=None):
            if sql.startswith("DELETE FROM par_sets"):
                _full()
            return write(sql, parameters)

        monkeypatch.setattr(db, "execute", full_at_the_removal)
        with pytest.raises(sqlite3.OperationalError):
            par_sets.remove_par_set(db, year)
    else:
        cset = par_index.load_set(db, year)
        monkeypatch.setattr(par_index, "store_set", _full)
        with pytest.raises(sqlite3.OperationalError):
            par_sets.store_set(db, cset, replace=True)
    assert db.conn.execute("SELECT count(*) FROM par_sets WHERE year = ?", [year]).fetchone()[0] == 1
    db.close()
    auto = path.parent / "backups" / "auto"
    assert not [p.name for p in auto.iterdir() if "tieu-chi" in p.name]
    assert closing.is_file()


def test_a_demo_the_full_disk_stopped_leaves_no_evidence_files(tmp_path, monkeypatch):
    """`parapp demo` into a new file on a disk with room for some of it (a 6 MB tmpfs, 700–1200 KB left, three times):
    "Không chép được tệp kiểm chứng … ổ đĩa đã đầy", nothing of the commune stored, and the evidence files already
    copied stayed in evidence/, referred to by no row (as F3)."""
    import datetime as dt

    from parapp.services import demo
    from parapp.store import evidence, open_database

    db = open_database(tmp_path / "parapp.db")
    kept = evidence.add_evidence_bytes
    calls: list[int] = []

    def full_after_the_first(*args, **kwargs):  # the disk full once a file was copied in
        calls.append(1)
        return kept(*args, **kwargs) if len(calls) == 1 else _full()

    monkeypatch.setattr(evidence, "add_evidence_bytes", full_after_the_first)
    with pytest.raises(sqlite3.OperationalError):
        demo.build_demo(db, dt.date(2026, 12, 5))
    assert db.conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 0
    db.close()
    assert not [p.name for p in (tmp_path / "evidence").rglob("*") if p.is_file()]


def test_opening_a_file_with_the_temporary_folder_full_names_that_folder_and_leaves_no_part(tmp_path, monkeypatch):
    """"Mở bản đã ký" (an evidence file, the same) with the system's temporary folder on a disk with 324 KB left and a
    600 KB scan (a 1 MB tmpfs as TMPDIR, twice): "Không mở được tệp “ban-quet.pdf”: ổ đĩa đã đầy.", the disk never
    named (the clerk, told of the data's full disk elsewhere, looks there), and 331 KB of the copy left in the
    temporary folder. The temporary folder is said, as when it cannot be used at all (round 28B); no part is left."""
    import errno
    import hashlib

    from parapp.store import evidence_copy

    stored = tmp_path / "stored"
    stored.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 400)
    digest = hashlib.sha256(stored.read_bytes()).hexdigest()
    temp = tmp_path / "tam"
    temp.mkdir()
    monkeypatch.setattr(evidence_copy, "temporary_folder", lambda: temp)

    def full(src, dst, length=0):
        dst.write(src.read(1000))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(evidence_copy.shutil, "copyfileobj", full)
    with pytest.raises(evidence_copy.CannotOpen) as said:
        evidence_copy.opening_copy(stored, digest, "ban-quet.pdf")
    assert f"thư mục tạm “{temp}”" in str(said.value), str(said.value)
    assert "đã đầy" in str(said.value), str(said.value)
    assert not [p for p in temp.rglob("*") if p.is_file()]
