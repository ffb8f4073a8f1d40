"""Adversarial round 39A: repair, backups, restores, automatic snapshots, `parapp check` (helper r39a)."""

from __future__ import annotations

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round32a import _spoil
from .test_adversarial_round36a import _value


def test_repair_does_not_send_the_clerk_to_retype_the_imported_files_name(tmp_path):
    """L1 (left by round 38A): a byte of `par_sets.source_name` (the name of the file the PAR criteria set was imported
    from, kept as a note, shown nowhere) gone bad. `parapp repair` left "Bo \ufffdhi so CCHC cap xa.xlsx", rightly (no
    other record of it), and said "hãy xem lại những chỗ đó trong cửa sổ và gõ lại cho đúng": no window shows or edits
    it. Now it is said kept with its "\ufffd", shown nowhere, nothing to do."""
    db = _demo(tmp_path)
    _spoil(db, "par_sets", "source_name", 1, 3, 0xE3)
    r = run("--db", db, "repair")
    said = r.stdout + r.stderr
    assert r.returncode == 0, said
    assert "gõ lại" not in said, said
    assert "đúng như trước khi hỏng" not in said, said
    assert "không cần sửa" in said and "Tên tệp" in said, said


def test_repair_puts_back_a_criterions_printed_number_the_set_tells(tmp_path):
    """L2 (left by round 38A): the first byte of a PAR criterion's printed number (`par_criteria.label`, "1.2", "II",
    read from the province's file, edited by no window) gone bad. `parapp repair` left "\ufffd.2" and "\ufffdI" and
    said "gõ lại": nowhere to. The number is the criterion's code, or the area's in Roman numerals, as the rows beside
    it are: put back exactly, said so."""
    db = _demo(tmp_path)
    for rowid, byte in ((5, 0xB1), (10, 0xC9)):  # "1.2" and "II", a bit turned
        _spoil(db, "par_criteria", "label", rowid, 0, byte)
    r = run("--db", db, "repair")
    said = r.stdout + r.stderr
    assert r.returncode == 0, said
    assert "gõ lại" not in said and "\ufffd" not in said, said
    assert "đúng như trước khi hỏng" in said, said
    assert _value(db, "par_criteria", "label", 5) == b"1.2"
    assert _value(db, "par_criteria", "label", 10) == b"II"


def test_repair_sends_the_clerk_to_import_the_set_again_for_a_number_nothing_tells(tmp_path):
    """L2: a criterion's printed number of a form nothing else in the set has ("Tiêu chí 1", a bad byte in it):
    kept with "\ufffd". Said "gõ lại … trong cửa sổ", no window edits it; now the clerk is told to import the
    province's file again over the year's set (scores, explanations and evidence are kept by code), as a command
    that names the year."""
    import sqlite3

    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    con.execute("UPDATE par_criteria SET label = 'Tiêu chí 1.2' WHERE id = 5")
    con.commit()
    con.close()
    _spoil(db, "par_criteria", "label", 5, 1, 0xFF)  # the first byte of 'i' in "Tiêu"
    r = run("--db", db, "repair")
    said = r.stdout + r.stderr
    assert r.returncode == 0, said
    assert "gõ lại" not in said, said
    assert "par import-set" in said and "--year 2025 --replace" in said and "Nhập bộ tiêu chí" in said, said


def test_a_clock_that_starts_at_the_same_date_each_day_still_keeps_months_of_the_past(tmp_path):
    """L3 (left by round 38A): a flat CMOS battery sets an offline PC's clock to the same date at every start. Days
    were counted right (round 26A: each start behind the last snapshot is a day of its own), but months were the
    clock's (year, month): every snapshot was of January 2009, the twelve monthly ones were one, and after fifteen
    working days nothing older than two weeks was kept in any file. A clock that goes back at every start tells no
    month; each 22 such starts (a month's working days) count as one, so the data of months before is kept."""
    import datetime as dt
    import sqlite3

    from parapp.store.backup import KEEP_DAILY, list_snapshots, snapshot_due_today, take_snapshot

    con = sqlite3.connect(tmp_path / "parapp.db")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    boot = dt.datetime(2009, 1, 1, 0, 0)
    starts = 130
    for day in range(starts):  # each start the same date and time; a working day of eight hours
        start = boot + dt.timedelta(minutes=5)
        if snapshot_due_today(tmp_path, start.date(), now=start):
            take_snapshot(con, tmp_path, "dau-ngay", start)
        con.execute("INSERT INTO t VALUES (?)", (day,))
        con.commit()
        take_snapshot(con, tmp_path, "khi-dong", boot + dt.timedelta(hours=8))
    con.close()
    held = []
    for s in list_snapshots(tmp_path):
        kept = sqlite3.connect(s.path)
        held.append(kept.execute("SELECT count(*) FROM t").fetchone()[0])
        kept.close()
    older = sorted({n for n in held if n < starts - KEEP_DAILY})
    assert len(older) >= 4, held  # a way back to each of the months before the last two weeks
    assert older[0] <= starts - KEEP_DAILY - 22 * 4, held


def test_a_backup_refused_for_bad_text_names_the_data_read_through_a_private_copy(tmp_path, monkeypatch):
    """F1: the data on a read-only medium (a locked USB stick, a read-only mount), on a full disk, or marked read-only
    is read through a private copy in memory. A byte of a task's words gone bad there: `backup --to` said "Hãy sửa chỗ
    đó rồi sao lưu lại: lệnh parapp repair --db "/tmp/parapp.db"": the file of that name in the folder the command was
    run from (the copy has no file), another data or none, twice (run from two folders). It names the data backed up."""
    import pytest

    from parapp.core.shell_words import shell_arg
    from parapp.services.safety import backup
    from parapp.store import connect
    from parapp.store.access import reading
    from parapp.store.archive_format import BackupError

    db = _demo(tmp_path)
    _spoil(db, "tasks", "content", 3, 5, 0xFF)
    usb = tmp_path / "usb"
    usb.mkdir()
    elsewhere = tmp_path / "noi khac"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.setattr(connect, "would_leave_side_files", lambda path: True)  # read as on a read-only stick
    with reading(db) as ws, pytest.raises(BackupError) as refused:
        backup(ws, usb)
    said = refused.value.message if isinstance(refused.value.message, str) else str(refused.value)
    assert f"repair --db {shell_arg(db)}" in said, said
    assert "noi khac" not in said, said


def _cross_indexes(db) -> None:
    """Two indexes of the tasks swapped, as a failing disk leaves an index out of step with its table: every table
    reads (the quick check at each open passes), the full check does not."""
    import sqlite3

    con = sqlite3.connect(db, isolation_level=None)
    try:
        plan, lead = (con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [n]).fetchone()[0]
                      for n in ("tasks_plan", "tasks_lead"))
        con.execute("PRAGMA writable_schema = ON")
        con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'tasks_plan'", [lead])
        con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'tasks_lead'", [plan])
        con.execute("PRAGMA writable_schema = OFF")
    finally:
        con.close()
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    finally:
        con.close()


def test_data_whose_indexes_went_bad_is_still_snapshotted_and_backed_up(tmp_path):
    """F3: an index of the data out of step with its table (a failing disk; every table reads, the window opens).
    Each start's snapshot failed its check ("Chưa tạo được bản sao lưu tự động … (row 5 missing from index
    tasks_lead; …) … hãy kiểm tra thư mục đó (còn chỗ trống, không bị khóa) và sao lưu ra USB"), and so did every
    `backup --to` ("Bản chụp dữ liệu không đạt kiểm tra …; chưa sao lưu được"): no new way back made any more, the clerk
    sent to a folder with nothing wrong, twice. An index is rebuilt from its table: the copy's indexes are rebuilt,
    the copy checked again and kept; the backup restores, whole."""
    import sqlite3

    from parapp.store.backup import try_snapshot

    db = _demo(tmp_path)
    _cross_indexes(db)
    con = sqlite3.connect(db)
    try:
        assert try_snapshot(con, db.parent, "dau-ngay") is None
    finally:
        con.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    made = run("--db", db, "backup", "--to", usb)
    assert made.returncode == 0, made.stdout + made.stderr
    target = tmp_path / "may khac" / "parapp.db"
    target.parent.mkdir()
    restored = run("--db", target, "restore", next(usb.glob("*.parapp-backup")))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    checked = run("check", "--db", target)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert run("--db", target, "tasks").stdout == run("--db", db, "tasks").stdout


def test_check_sends_the_clerk_to_repair_indexes_not_to_an_old_backup(tmp_path):
    """F4: the same data (indexes out of step with their tables, every table read whole). `parapp check` said "Cơ sở
    dữ liệu bị hỏng: row 5 missing from index tasks_lead; … Hãy khôi phục từ bản sao lưu gần nhất": every change since
    that backup lost, for an index that holds nothing of its own, twice. Check now says `parapp repair` rebuilds it
    losing nothing; repair does (after its snapshot), and the data is then sound, every task as it was."""
    db = _demo(tmp_path)
    before = run("--db", db, "tasks").stdout
    _cross_indexes(db)
    checked = run("check", "--db", db)
    said = checked.stdout + checked.stderr
    assert checked.returncode == 1, said
    assert "bản sao lưu gần nhất" not in said and "parapp repair" in said, said
    repaired = run("--db", db, "repair")
    said = repaired.stdout + repaired.stderr
    assert repaired.returncode == 0 and "chỉ mục" in said, said
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert run("--db", db, "tasks").stdout == before


def test_a_snapshot_whose_indexes_went_bad_still_restores(tmp_path):
    """F5: an automatic snapshot whose indexes went out of step with its tables on a failing disk (its tables whole).
    `parapp restore` of it refused it ("không phải dữ liệu ParApp nguyên vẹn … Hãy chọn một bản sao lưu khác"), and
    `check` of it said to run `parapp repair --db <the snapshot>`, which refuses every snapshot (kept as the way back),
    twice. Its copy's indexes are rebuilt as it is restored; check says it still restores."""
    import shutil

    db = _demo(tmp_path)
    snaps = db.parent / "backups" / "auto"
    snaps.mkdir(parents=True)
    snap = snaps / "parapp-20261205-080000-dau-ngay-000001.db"
    shutil.copy(db, snap)
    _cross_indexes(snap)
    checked = run("check", "--db", snap)
    said = checked.stdout + checked.stderr
    assert "parapp repair" not in said and "vẫn khôi phục được" in said, said
    from parapp.services.safety import precheck_restore

    precheck_restore("snapshot", snap, db, db.parent)  # the window's check before it closes the data: not refused
    restored = run("--db", db, "restore", snap)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_backup_onto_a_stick_without_room_for_the_data_says_it_is_full(tmp_path, monkeypatch):
    """F6: `backup --to` a stick with a few kilobytes less free than the data's size (a 2 MB tmpfs holding 770 KB of
    the demo's data but 8, 12 or 24 KB): SQLite, writing the copy of the database there, could not size the copy's
    shared-memory file (SQLITE_IOERR_SHMSIZE, "disk I/O error"), and the backup said "Không ghi được vào … (lỗi đọc
    hoặc ghi ổ đĩa): USB có thể đã bị rút. Hãy cắm lại và sao lưu lại": the stick was there, and every try failed the
    same (three sizes, twice). It is said full. (The stick's room, as it was, is made here by asking the disk.)"""
    import shutil
    import sqlite3

    import pytest

    from parapp.services.safety import backup
    from parapp.store import archive
    from parapp.store.access import reading
    from parapp.store.archive_format import BackupError

    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()

    def no_room(con, dest, **kw):
        exc = sqlite3.OperationalError("disk I/O error")
        exc.sqlite_errorcode, exc.sqlite_errorname = 4874, "SQLITE_IOERR_SHMSIZE"
        raise exc

    real_usage = shutil.disk_usage
    monkeypatch.setattr(archive, "snapshot", no_room)
    monkeypatch.setattr(archive, "_compacted_copy", lambda con, dest: False)
    monkeypatch.setattr(shutil, "disk_usage", lambda p: real_usage(p)._replace(free=700 * 1024)
                        if str(p).startswith(str(usb)) else real_usage(p))
    with reading(db) as ws, pytest.raises(BackupError) as refused:
        backup(ws, usb)
    said = str(refused.value.message)
    assert "đầy" in said and "bị rút" not in said, said
