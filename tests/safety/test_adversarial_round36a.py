"""Round 36A: backup, restore, snapshots and `parapp repair` attacked again after round 35A."""

from __future__ import annotations

import sqlite3

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round32a import _spoil


def _value(db, table: str, column: str, rowid: int) -> bytes:
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        return con.execute(f'SELECT "{column}" FROM [{table}] WHERE rowid = ?', [rowid]).fetchone()[0]  # noqa: S608
    finally:
        con.close()


@pytest.mark.parametrize("byte", [1, 0])
def test_repair_does_not_guess_a_letter_of_a_draft_reports_words(tmp_path, byte):
    """A bit of the second byte of a Vietnamese letter turned ('á' C3 A1 read as C3 21) in a draft report's words:
    repair read it as a JSON brace gone bad, put the one-bit-away ASCII byte for the C3 ('C') and said "đặt lại đúng
    như trước khi hỏng": the report's title read "BC!o cáo …". Two bytes one bit away fit (the C3 and the 21); the
    letter is not known, and is said to retype. The same when the first byte turned ('á' read as 43 A1: "BC o",
    the A1 read as a space one bit away)."""
    db = _demo(tmp_path)
    assert run("--db", db, "report", "draft", "--period", "year", "--year", "2026", "--save").returncode == 0
    con = sqlite3.connect(db)
    try:
        rowid = con.execute("SELECT rowid FROM reports WHERE state = 'draft'").fetchone()[0]
    finally:
        con.close()
    before = _value(db, "reports", "content", rowid)
    at = before.index('"title": "Báo'.encode()) + len('"title": "B'.encode()) + byte  # the C3 or the A1 of 'á'
    _spoil(db, "reports", "content", rowid, at, before[at] ^ 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    after = _value(db, "reports", "content", rowid)
    assert b"BC!o" not in after and b"BC o" not in after
    assert after == before or "gõ lại" in r.stdout, r.stdout


def test_repair_does_not_guess_a_letter_inside_a_change_log_line(tmp_path):
    """The same in a change-log line's words: the line read "BC!o cáo" as if written so."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid = con.execute("SELECT max(id) FROM audit_log WHERE instr(after, ?) > 0",
                            ['"product":"Kế hoạch; Báo cáo']).fetchone()[0]
    finally:
        con.close()
    before = _value(db, "audit_log", "after", rowid)
    at = before.index("; Báo".encode()) + len("; B".encode()) + 1
    _spoil(db, "audit_log", "after", rowid, at, before[at] ^ 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "BC!o".encode() not in _value(db, "audit_log", "after", rowid)


@pytest.mark.parametrize("where", ["brace", "letter"])
def test_repair_still_mends_a_brace_or_an_ascii_letter_one_bit_away(tmp_path, where):
    """What _as_json knew stays known: an ASCII letter of the words one bit away ('a' 0x61 read as 0xE1) and a quote
    of the JSON gone bad."""
    db = _demo(tmp_path)
    assert run("--db", db, "report", "draft", "--period", "year", "--year", "2026", "--save").returncode == 0
    con = sqlite3.connect(db)
    try:
        rowid = con.execute("SELECT rowid FROM reports WHERE state = 'draft'").fetchone()[0]
    finally:
        con.close()
    before = _value(db, "reports", "content", rowid)
    at = 0 if where == "brace" else before.index(b'"title"') + 2  # '{' read as 0xFB; the 'i' of "title" as 0xE9
    _spoil(db, "reports", "content", rowid, at, before[at] ^ 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "reports", "content", rowid) == before
    assert "gõ lại" not in r.stdout, r.stdout


def test_repair_tells_the_official_a_computer_user_last_said_they_were(tmp_path):
    """pref.working_as.<user> (the official chosen in "Ai đang làm việc?") with a bit of its digit turned: repair
    said "gõ lại cho đúng" of a value no window shows (it is chosen from a list), as it did of the office's official
    before round 33A. It is an official's id: the one one bit away."""
    from parapp.store.change_log import _actor_key

    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        with con:
            con.execute("INSERT INTO settings (key, value) VALUES (?, '3')", [_actor_key(None)])
        rowid = con.execute("SELECT rowid FROM settings WHERE key = ?", [_actor_key(None)]).fetchone()[0]
    finally:
        con.close()
    _spoil(db, "settings", "value", rowid, 0, ord("3") | 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "settings", "value", rowid) == b"3"
    assert "gõ lại" not in r.stdout, r.stdout


def test_repair_does_not_take_a_neighbours_second_for_a_change_log_lines_time(tmp_path):
    """A change-log line's last digit of its seconds gone bad ('12:29:2\\ufffd'): 35A settled it by the lines before
    and after it, taking a neighbour's time when one fit ('12:29:28', the next line's), and said "đúng như trước khi
    hỏng". Lines a few seconds apart are common (a clerk saves one task after another): in a change log whose times
    spread as a day's work does, about one such time in four was put back wrong and said exact. A second's digit is
    not told by a neighbour's second; the day, the hour and the minute still are (35A's test)."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db, isolation_level=None)
    try:
        line = con.execute("SELECT max(id) FROM audit_log").fetchone()[0] - 5
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
                               ).fetchall()
        con.execute("BEGIN")
        for name, _ in triggers:
            con.execute(f'DROP TRIGGER "{name}"')
        for at, when in [(line - 1, "2026-11-03 12:28:50"), (line, "2026-11-03 12:29:27"),
                         (line + 1, "2026-11-03 12:29:28")]:
            con.execute("UPDATE audit_log SET at = ? WHERE id = ?", [when, at])
        for _, sql in triggers:
            con.execute(sql)
        con.execute("COMMIT")
    finally:
        con.close()
    _spoil(db, "audit_log", "at", line, 18, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "audit_log", "at", line) != b"2026-11-03 12:29:28"  # the next line's second, said exact


@pytest.mark.parametrize(("table", "name", "letter", "byte"), [("criteria", "Tổ chức thực hiện văn bản QPPL", "ă", 0),
                                                               ("areas", "Thực hiện cơ chế một cửa, một cửa liên "
                                                                         "thông", "ộ", 1)])
def test_repair_puts_back_a_shipped_name_whose_letter_lost_a_bit(tmp_path, table, name, letter, byte):
    """A shipped catalogue's name (known to ParApp: 33A) with a bit of a Vietnamese letter's byte turned ('ă' C4 83
    read as 44 83: "vD\\ufffdn bản"): a known value had to be the stored bytes but the bad ones, and the byte where
    reading stopped is not the one that turned. Repair left "vD\\ufffdn" (and a control character "m\\ufffd\\x19t"
    for 'ộ' E1 BB 99 read as E1 BB 19), to retype in a name no window edits."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid = con.execute(f"SELECT rowid FROM [{table}] WHERE name = ?", [name]).fetchone()[0]  # noqa: S608
    finally:
        con.close()
    before = _value(db, table, "name", rowid)
    at = before.index(letter.encode()) + (len(letter.encode()) - 1 if byte else 0)
    _spoil(db, table, "name", rowid, at, before[at] ^ 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, table, "name", rowid) == before
    assert "gõ lại" not in r.stdout, r.stdout


def test_repair_tells_a_tasks_group_by_the_tasks_of_its_group(tmp_path):
    """A task's group heading ('Công tác chỉ đạo, điều hành …', read from the plan) with a byte gone bad: no window
    edits it and the change log does not hold it, and repair said "gõ lại cho đúng" of it. The other tasks of the plan
    under the same heading hold it: the one of theirs that is the stored bytes but near the bad ones."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        # Inside its group: the tasks just before and after it hold it (the last of a plan has one beside it, which
        # cannot tell a heading starting there: 37A)
        rowid = con.execute("SELECT max(rowid) FROM tasks t WHERE length(group_title) > 10 AND (SELECT count(*) FROM "
                            "tasks o WHERE o.plan_id = t.plan_id AND o.group_title = t.group_title "
                            "AND o.rowid IN (t.rowid - 1, t.rowid + 1)) = 2").fetchone()[0]
    finally:
        con.close()
    before = _value(db, "tasks", "group_title", rowid)
    _spoil(db, "tasks", "group_title", rowid, 3, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "tasks", "group_title", rowid) == before
    assert "gõ lại" not in r.stdout, r.stdout
