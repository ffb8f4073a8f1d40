"""Round 10 of issue 21 (backup, restore, snapshots, read-only use, check): each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from parapp.store import open_database, tasks

from .test_adversarial_round8 import edited_database
from .test_adversarial_round9 import data_and_stick
from .test_hostile_backups import assert_refused, craft, source, target  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parents[2]


def _data_folder_with_a_scan(tmp_path: Path) -> Path:
    from parapp.store.evidence import add_evidence

    data = tmp_path / "data"
    data.mkdir()
    db = open_database(data / "parapp.db")
    tid = tasks.create_task(db, {"content": "Rà soát thủ tục hành chính"})
    scan = tmp_path / "Biên bản quét.pdf"
    scan.write_bytes(os.urandom(3 << 20))  # a scan does not compress
    add_evidence(db, data, tid, scan)
    db.close()
    return data / "parapp.db"


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE stands for a FAT32 stick's 4 GB limit")
def test_a_backup_too_big_for_a_fat32_stick_says_so_in_vietnamese(tmp_path):
    # Real (the data folder's backup written under `ulimit -f`, which fails writes past the limit with
    # EFBIG as a FAT32 stick does past 4 GB): exit 2 "Không ghi được vào “bk” (File too large): USB có thể
    # đã bị rút. Hãy cắm lại và sao lưu lại." — the system's English, and advice that can never work.
    import resource

    db = _data_folder_with_a_scan(tmp_path)
    stick = tmp_path / "bk"
    stick.mkdir()
    limit = max(2 * db.stat().st_size, 1 << 20)  # the database's copy fits; the backup file does not

    def fat32():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    out = subprocess.run([sys.executable, "-m", "parapp", "backup", "--db", str(db), "--to", str(stick)],
                         capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT,
                         preexec_fn=fat32, env={**os.environ, "PYTHONUTF8": "1"})
    said = out.stderr
    assert out.returncode == 2, said
    assert "File too large" not in said and "4 GB" in said and "exFAT" in said, said
    assert "cắm lại" not in said, said
    assert list(stick.iterdir()) == []


def _windows_error(code: int, winerror: int) -> OSError:
    exc = OSError(code, "Access is denied" if code == errno.EACCES else "The parameter is incorrect")
    exc.winerror = winerror  # what Windows itself said; Python folds it into `code` (PC/errmap.h)
    return exc


# (Windows' code, what Python's errno makes of it, what ParApp must not say, what it must say)
WINDOWS = {
    "not-ready (stick pulled)": (21, errno.EACCES, "chỉ đọc", "cắm lại"),
    "crc (failing stick)": (23, errno.EACCES, "chỉ đọc", "lỗi đọc hoặc ghi"),
    "write-fault": (29, errno.EACCES, "chỉ đọc", "lỗi đọc hoặc ghi"),
    "gen-failure": (31, errno.EACCES, "chỉ đọc", "lỗi đọc hoặc ghi"),
    "device-not-connected": (1167, errno.EINVAL, "không hợp lệ", "thiết bị không còn"),
    "file-invalid (volume changed)": (1006, errno.EINVAL, "không hợp lệ", "thiết bị không còn"),
    "handle-disk-full": (39, errno.EINVAL, "không hợp lệ", "đầy"),
    "file-too-large (FAT32)": (223, errno.EINVAL, "cắm lại", "4 GB"),
}


@pytest.mark.parametrize("case", sorted(WINDOWS))
def test_a_windows_failure_of_the_stick_is_said_as_what_it_is(tmp_path, monkeypatch, case):
    # Read from CPython's PC/errmap.h (not run on Windows): a pulled stick (ERROR_NOT_READY), a failing one
    # (ERROR_CRC, ERROR_WRITE_FAULT, ERROR_GEN_FAILURE) reach ParApp as EACCES, and the backup said "USB hoặc
    # thư mục này chỉ đọc … Hãy mở khóa USB"; a stick removed with a file open (ERROR_DEVICE_NOT_CONNECTED),
    # a full disk's ERROR_HANDLE_DISK_FULL and FAT32's limit (ERROR_FILE_TOO_LARGE) reach it as EINVAL:
    # "(tên hoặc đường dẫn không hợp lệ)".
    from parapp.store import archive
    from parapp.store.archive import write_backup
    from parapp.store.archive_format import BackupError

    winerror, code, wrong, right = WINDOWS[case]
    data, db, usb = data_and_stick(tmp_path)

    class Failing(archive.zipfile.ZipFile):
        def open(self, *a, **kw):
            raise _windows_error(code, winerror)

    monkeypatch.setattr(archive.zipfile, "ZipFile", Failing)
    with pytest.raises(BackupError) as e:
        write_backup(db.conn, data, usb, commune="Xã Ba Giang")
    db.close()
    said = e.value.message
    assert wrong not in said and right in said, said


def test_a_snapshot_or_restore_blocked_by_another_program_on_windows_is_not_called_read_only(tmp_path):
    # ERROR_SHARING_VIOLATION (an antivirus or a sync tool holding the file) reaches ParApp as EACCES, and
    # the restore said the data folder was read-only (errors.FolderReadOnly): the official looks for a lock
    # that is not there. Read from CPython's PC/errmap.h.
    from parapp.store import errors
    from parapp.store.restore import _explain_os_error

    said = _explain_os_error(_windows_error(errno.EACCES, 32), tmp_path)
    assert not isinstance(said, errors.FolderReadOnly), said.message
    assert "chương trình khác" in said.message, said.message


def test_no_errno_is_said_in_the_system_s_english():
    # os_reason fell back on the system's text for every errno it did not list: EFBIG "File too large",
    # EMFILE "Too many open files", ETIMEDOUT "Connection timed out" (a share), ENOMEM …
    from parapp.core.messages import os_reason

    for code in sorted(errno.errorcode):
        said = os_reason(OSError(code, os.strerror(code)))
        assert os.strerror(code) not in said or not os.strerror(code).isascii(), (errno.errorcode[code], said)


# Each value below passed the restore gate on main (types right: a whole number, text) and then broke
# ParApp's own readers at every opening. Real, crafted from the demo's backup (the triggers set aside and
# put back, a consistent manifest): `restore` exit 0, `check` 0 "nguyên vẹn", then:
READ_BACK = {
    # `periods`, `reports`, `report draft`, `figures`, `remind`, `report pdf`, `letter pdf` and the window's
    # Tổng quan, Báo cáo and Số liệu: "Lỗi không mong đợi: bad month number 13; must be 1-12"
    "period_rules.start_month": ("UPDATE period_rules SET start_month = 13 WHERE kind = 'q1'", "start_month"),
    # … "day is out of range for month"
    "period_rules.end_day": ("UPDATE period_rules SET end_day = -1 WHERE kind = 'h1'", "end_day"),
    # … "signed integer is greater than maximum"
    "period_rules.start_offset": ("UPDATE period_rules SET start_offset = 3000000000 WHERE kind = 'q1'",
                                  "start_offset"),
    # `figures --period year`, the Số liệu page: "unsupported operand type(s) for +: 'float' and 'str'"
    "figures.value": ("UPDATE figures SET value = 'zz' WHERE rowid = (SELECT max(rowid) FROM figures)", "value"),
    # the Nhật ký page: "Expecting property name enclosed in double quotes"
    "audit_log.after": ("UPDATE audit_log SET after = '{' WHERE rowid = (SELECT max(rowid) FROM audit_log)",
                        "after"),
    "audit_log.before": ("UPDATE audit_log SET before = '[1]' WHERE rowid = (SELECT max(rowid) FROM audit_log)",
                         "before"),
    # the Tổng quan and Báo cáo pages, `reports`: a signed copy's signatures that are not JSON
    "signed_copies.signatures": (
        "INSERT INTO signed_copies (report_id, kind, sha256, size, original_name, original_path, signed_by, "
        "signed_at, chain_known, signatures, added_at) SELECT r.id, 'scan', e.sha256, e.size, 'Bản quét.pdf', "
        "'', 'Chủ tịch', NULL, NULL, '{', '2024-05-21 08:00:00' FROM reports r, evidence e "
        "WHERE r.state = 'final' LIMIT 1", "signatures"),
    # a draft whose text is not a report's: `reports`, the Báo cáo page
    "reports.content": (
        "INSERT INTO reports (period_kind, year, state, content, created_at, updated_at) "
        "VALUES ('h1', 2024, 'draft', '[1]', '2024-05-21 08:00:00', '2024-05-21 08:00:00')", "content"),
    # JSON of the right shape holding the wrong type: a draft titled 5 (`report draft`: "'int' object has no
    # attribute 'upper'"), a paragraph that is a number (`report pdf`, `report docx`)
    "reports.content-title": (
        "INSERT INTO reports (period_kind, year, state, content, created_at, updated_at) "
        "SELECT 'h1', 2024, 'draft', json_set(content, '$.title', 5), created_at, updated_at FROM reports "
        "WHERE state = 'final'", "content"),
    "reports.content-paragraph": (
        "INSERT INTO reports (period_kind, year, state, content, created_at, updated_at) "
        "SELECT 'h1', 2024, 'draft', json_set(content, '$.sections[0].paragraphs', json('[1, 2]')), created_at, "
        "updated_at FROM reports WHERE state = 'final'", "content"),
    # a finalised report's print options naming the commune 5: `report pdf` "'int' object has no attribute 'split'"
    "reports.print_options": (
        "UPDATE reports SET print_options = '{\"commune_name\": 5, \"place_name\": \"Ba Giang\", "
        "\"chairman\": \"Nguyễn Văn A\"}' WHERE state = 'final'", "print_options"),
}


@pytest.mark.parametrize("case", sorted(READ_BACK))
def test_a_backup_holding_values_parapp_cannot_read_back_is_refused(source, tmp_path, target, case):  # noqa: F811
    sql, column = READ_BACK[case]
    members, manifest = source
    crafted = dict(members)
    crafted["parapp.db"] = edited_database(members, tmp_path, sql)
    assert_refused(craft(tmp_path / "b.parapp-backup", crafted, manifest), target, f"cột {column}")



def _demo_edited_in_place(tmp_path: Path, sql: str) -> Path:
    """The demo commune's database after another program ran `sql` on it (triggers set aside)."""
    from parapp.services.demo import build_demo

    path = tmp_path / "data" / "parapp.db"
    path.parent.mkdir()
    db = open_database(path)
    build_demo(db, dt.date(2024, 5, 20))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path.write_bytes(edited_database({"parapp.db": path.read_bytes()}, tmp_path, sql))
    return path


def test_check_names_a_value_parapp_cannot_read_back_in_a_database_edited_in_place(tmp_path, capsys):
    # The same values put in the database itself (a tool other than ParApp): `check` said "nguyên vẹn", exit 0.
    from parapp.cli.main import main

    path = _demo_edited_in_place(tmp_path, READ_BACK["period_rules.start_month"][0])
    assert main(["check", "--db", str(path)]) == 1
    said = capsys.readouterr()
    assert "start_month" in said.out + said.err, said


def test_a_command_failing_on_a_value_edited_in_place_names_it_and_the_way_back(tmp_path, capsys):
    # A database changed by another program (month 13 in the schedule): every `periods`, `reports`,
    # `figures`, `remind` said "Lỗi không mong đợi: bad month number 13; must be 1-12 … gửi cho người hỗ
    # trợ", exit 1: the reader's English, and no way back.
    from parapp.cli.main import main

    path = _demo_edited_in_place(tmp_path, READ_BACK["period_rules.start_month"][0])
    for args in (["periods", "--year", "2024"], ["remind"]):
        code = main([*args, "--db", str(path)])
        said = capsys.readouterr().err
        assert code == 2, said
        assert "không mong đợi" not in said and "bad month" not in said, said
        assert "start_month" in said and "khôi phục" in said, said


def test_the_window_failing_on_a_value_edited_in_place_names_it_and_the_way_back(qapp, tmp_path):
    # The same in the window: the Tổng quan, Báo cáo and Số liệu pages raised IllegalMonthError at every
    # opening and the message said "ParApp gặp một lỗi chưa lường trước … gửi cho người hỗ trợ".
    import calendar

    from parapp.ui.main_window import MainWindow
    from parapp.ui.uncaught import message_for

    path = _demo_edited_in_place(tmp_path, READ_BACK["period_rules.start_month"][0])
    db = open_database(path)
    w = MainWindow(db, today=dt.date(2024, 5, 20))
    w.show()
    try:
        said = message_for(calendar.IllegalMonthError(13))
    finally:
        w.close()
        w.deleteLater()
        db.close()
    assert "start_month" in said and "khôi phục" in said, said


@pytest.mark.parametrize("sql", ["UPDATE tasks SET due_date = 'zz' WHERE id = 3",
                                 READ_BACK["period_rules.start_month"][0]], ids=["round-9-rule", "read-back"])
def test_a_backup_that_no_restore_would_accept_is_not_reported_made(tmp_path, capsys, sql):
    # A value another program put in the database (round 9's rule: a due date 'zz'): `backup` exit 0,
    # "Đã sao lưu", and every restore of that file refused it — the office's backup on the stick would
    # not restore. Real, twice, on main cce601c.
    from parapp.cli.main import main

    path = _demo_edited_in_place(tmp_path, sql)
    stick = tmp_path / "usb"
    stick.mkdir()
    code = main(["backup", "--db", str(path), "--to", str(stick)])
    said = capsys.readouterr().err
    assert code == 2, said
    assert "không khôi phục được" in said and "check" in said, said
    assert list(stick.iterdir()) == []
