"""Round 33A, continued: repair takes back what the change log, the settings or the shipped catalogue knows."""

from __future__ import annotations

import sqlite3

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round32a import _spoil
from .test_adversarial_round33a import _forget_log, _value



@pytest.mark.parametrize(("table", "column", "at"), [("tasks", "content", 1), ("reports", "finalized_on", 9),
                                                     ("reports", "sent_on", 9), ("tasks", "due_date", 6)])
def test_repair_takes_the_value_the_change_log_wrote(tmp_path, table, column, at):
    """A byte gone bad to 0xFF, which no list or rule can tell: a task's words became '�' to retype, a finalised
    report's day was emptied (its PDF then failed: "Lỗi không mong đợi: a final report has its finalising day") and a
    sent report read as not sent. The change log's last line of the row wrote the value: put back exactly."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid = con.execute(f'SELECT min(rowid) FROM [{table}] WHERE "{column}" IS NOT NULL').fetchone()[0]  # noqa: S608
    finally:
        con.close()
    before = _value(db, table, column, rowid)
    _spoil(db, table, column, rowid, at, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, table, column, rowid) == before
    assert "đúng như trước khi hỏng" in r.stdout, r.stdout
    if table == "reports":
        out = tmp_path / "q.pdf"
        kind = _value(db, "reports", "period_kind", rowid)
        printed = run("--db", db, "report", "pdf", "--period", kind, "--year", before[:4], "--out", out)
        assert printed.returncode == 0, printed.stdout + printed.stderr


def test_a_finalised_report_keeps_a_day_when_none_can_be_known(tmp_path):
    """No change log of it: the finalised report's day is one that fits, said to check, never empty (its PDF)."""
    db = _demo(tmp_path)
    _forget_log(db, "reports", 1)
    _spoil(db, "reports", "finalized_on", 1, 9, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "reports", "finalized_on", 1).startswith("2026-03-1")
    assert "nhập lại" in r.stdout, r.stdout
    kind = _value(db, "reports", "period_kind", 1)
    printed = run("--db", db, "report", "pdf", "--period", kind, "--year", "2026", "--out", tmp_path / "q.pdf")
    assert printed.returncode == 0, printed.stdout + printed.stderr


@pytest.mark.parametrize(("table", "column", "at"), [("areas", "code", 0), ("criteria", "code", 2)])
def test_repair_tells_a_shipped_code_by_its_name(tmp_path, table, column, at):
    """An area's code '1' become 0xFF fits every one-character code of the catalogue: repair wrote '�', and the next
    open added the shipped area again beside it, the tasks left under an area of no code. The row's name tells which."""
    db = _demo(tmp_path)
    before = _value(db, table, column, 1)
    _spoil(db, table, column, 1, at, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, table, column, 1) == before


def test_repair_gives_an_office_its_name_from_the_settings(tmp_path):
    """An office's name ('Phòng Kinh tế') with a byte gone bad: repair wrote 'Phò�g Kinh tế' to retype, and the next
    save of the commune's settings added the office again beside it, its officials left in the other. The settings
    name the commune's offices: the one that is the stored bytes but the bad one is put back."""
    db = _demo(tmp_path)
    before = _value(db, "units", "name", 1)
    _spoil(db, "units", "name", 1, 3, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "units", "name", 1) == before


def test_repair_gives_a_finalised_report_its_font_back(tmp_path):
    """A finalised report prints with the font it was finalised with: 'Li\\xe2eration Serif' became 'Li�eration Serif',
    and printing it said "máy này không có phông đó … hãy cài phông này" for ever. Put back from the fonts ParApp
    prints with."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid, kind, year = con.execute("SELECT rowid, period_kind, year FROM reports WHERE font IS NOT NULL "
                                        "ORDER BY rowid LIMIT 1").fetchone()
    finally:
        con.close()
    before = _value(db, "reports", "font", rowid)
    _spoil(db, "reports", "font", rowid, 2, ord(before[2]) | 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "reports", "font", rowid) == before
    printed = run("--db", db, "report", "pdf", "--period", kind, "--year", year, "--out", tmp_path / "q.pdf")
    assert printed.returncode == 0, printed.stdout + printed.stderr


@pytest.mark.parametrize(("table", "column"), [("reports", "print_options"), ("audit_log", "after")])
def test_repair_names_a_json_field_as_the_other_rows_do(tmp_path, table, column):
    """A finalised report's print options '{"\\xe3c": [...]}' (its "Nơi nhận"): repair wrote '{"�c": …}', readable, the
    option silently gone and the report printed otherwise than it was finalised; a change-log line's field alike. The
    field is named as the other rows (the log: its table's columns) name it."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid = con.execute(f'SELECT min(rowid) FROM [{table}] WHERE "{column}" LIKE ?',  # noqa: S608
                            ['{"%']).fetchone()[0]
    finally:
        con.close()
    before = _value(db, table, column, rowid)
    _spoil(db, table, column, rowid, 2, ord(before[2]) | 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, table, column, rowid) == before


def test_repair_gives_back_a_finalised_report_two_bytes_of_which_went_bad(tmp_path):
    """Two letters of a finalised report with their top bit set: only one byte was searched for, the report was written
    with '�' twice, its hash broken for ever ("sửa ngoài ParApp"). Each such byte's own letter makes the hash again."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        rid, content = con.execute("SELECT id, content FROM reports WHERE state = 'final' ORDER BY id").fetchone()
    finally:
        con.close()
    def letter_after(mark: bytes) -> int:  # inside a value (a key gone bad is named by the other reports)
        at = content.index(mark) + len(mark) + 5
        return next(i for i in range(at, len(content)) if content[i] < 0x80 and chr(content[i]).isalpha())

    first, second = letter_after(b'"title": "'), letter_after(b'"paragraphs": ["')
    _spoil(db, "reports", "content", rid, first, content[first] | 0x80)
    _spoil(db, "reports", "content", rid, second, content[second] | 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        assert con.execute("SELECT content FROM reports WHERE id = ?", [rid]).fetchone()[0] == content
    finally:
        con.close()
    assert run("check", "--db", db).returncode == 0


def test_repair_reads_a_digit_of_a_json_number_back(tmp_path):
    """A digit of a number in a change-log line ('"max_milli":2000' with its '2' read as 0xB2): every digit makes it
    JSON again, so repair wrote '"max_milli":�000', and check (and every backup) then refused the data: "bảng
    audit_log, cột after … không đọc được". The digit one bit away is the one."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid, after = con.execute("SELECT rowid, after FROM audit_log WHERE after LIKE '%\"max_milli\":2000%' "
                                   "ORDER BY rowid LIMIT 1").fetchone()
    finally:
        con.close()
    at = after.encode().index(b'"max_milli":2000') + len('"max_milli":')
    _spoil(db, "audit_log", "after", rowid, at, 0xB2)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "audit_log", "after", rowid) == after
    checked = run("check", "--db", db)
    assert "audit_log" not in checked.stdout, checked.stdout


def test_a_change_log_number_no_digit_can_be_told_of_reads_as_text(tmp_path):
    """A digit of a number in a change-log line become 0xFF ('"value":1.\\xff'): no digit can be told, repair wrote '�'
    and the line stayed unreadable; check and every backup then refused the whole data for one digit of the history
    ("có lẽ … sửa bằng một chương trình khác: hãy khôi phục bản sao lưu gần nhất"). The number is written as the text
    it reads: the line reads, the log shows "1.�"."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid, after = con.execute("SELECT rowid, after FROM audit_log WHERE after LIKE '%\"value\":1.0,%' "
                                   "ORDER BY rowid LIMIT 1").fetchone()
    finally:
        con.close()
    at = after.encode().index(b'"value":1.0,') + len('"value":1.')
    _spoil(db, "audit_log", "after", rowid, at, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert '"value":"1.\ufffd"' in _value(db, "audit_log", "after", rowid)
    checked = run("check", "--db", db)
    assert "audit_log" not in checked.stdout, checked.stdout
    (tmp_path / "usb").mkdir()
    backed = run("--db", db, "backup", "--to", tmp_path / "usb")
    assert backed.returncode == 0, backed.stdout + backed.stderr
