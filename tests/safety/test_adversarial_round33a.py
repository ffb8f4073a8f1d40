"""Round 33A: `parapp repair` after round 32A, backup and restore attacked again."""

from __future__ import annotations

import sqlite3

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round32a import _spoil


def _value(db, table: str, column: str, rowid: int):
    con = sqlite3.connect(db)
    try:
        return con.execute(f'SELECT "{column}" FROM [{table}] WHERE rowid = ?', [rowid]).fetchone()[0]  # noqa: S608
    finally:
        con.close()


def _forget_log(db, entity: str, entity_id: int) -> None:
    """The row's lines of the change log gone (an older ParApp kept none of it)."""
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("BEGIN")
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                               "AND tbl_name = 'audit_log'").fetchall()
        for name, _ in triggers:
            con.execute(f'DROP TRIGGER "{name}"')
        con.execute("DELETE FROM audit_log WHERE entity = ? AND entity_id = ?", [entity, entity_id])
        for _, sql in triggers:
            con.execute(sql)
        con.execute("COMMIT")
    finally:
        con.close()


@pytest.mark.parametrize(("table", "column"), [("tasks", "due_date"), ("progress_notes", "note_date"),
                                               ("reports", "finalized_on")])
def test_repair_of_a_date_leaves_a_date(tmp_path, table, column):
    """A digit of a date gone bad ('2026-0\\xb1-10', its top bit set): repair wrote '2026-0�-10' and said "Đã sửa …
    gõ lại", and then `tasks`, `remind`, `reports`, the backup and check all refused the data as "không phải một
    ngày … hãy khôi phục bản sao lưu gần nhất": the clerk could not even open the window to retype it. A digit with
    its top bit set is that digit: put back."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid = con.execute(f'SELECT min(rowid) FROM [{table}] WHERE "{column}" IS NOT NULL').fetchone()[0]  # noqa: S608
    finally:
        con.close()
    before = _value(db, table, column, rowid)
    _spoil(db, table, column, rowid, 6, ord(before[6]) | 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, table, column, rowid) == before
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert run("--db", db, "reports", "--year", before[:4]).returncode == 0


def test_repair_of_a_date_it_cannot_know_leaves_it_empty_and_says_so(tmp_path):
    """A digit of a task's deadline become 0xFF: no digit is known. Left as '2026-0�-10' the register refused the
    whole data; the date is left empty (a task may have none), the place named, and the data opens."""
    db = _demo(tmp_path)
    _forget_log(db, "tasks", 1)  # else its line tells the date (below)
    _spoil(db, "tasks", "due_date", 1, 6, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "tasks", "due_date", 1) is None
    assert "nhập lại" in r.stdout and "dòng 1" in r.stdout, r.stdout
    assert run("check", "--db", db).returncode == 0
    assert run("--db", db, "tasks").returncode == 0


def test_repair_of_a_period_that_reads_as_two_takes_the_one_a_bit_away(tmp_path):
    """A figure's period 'q1' whose 'q' (0x71) got its top bit set (0xF1): 'q1' and 'h1' both fit the rule, so repair
    refused ("hãy khôi phục từ bản sao lưu gần nhất") after check had said "parapp repair sửa được chỗ đó mà không mất
    gì khác", and the year's figures and every backup were refused. A byte gone bad by one bit is that byte."""
    db = _demo(tmp_path)
    _spoil(db, "figures", "period_kind", 1, 0, 0xF1)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "figures", "period_kind", 1) == "q1"
    assert run("check", "--db", db).returncode == 0


def _rowid_of_setting(db, key: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT rowid FROM settings WHERE key = ?", [key]).fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize(("table", "column", "where", "at", "byte"), [
    ("reports", "period_kind", "h1", 0, 0xE8),  # 'h' with its top bit set
    ("reports", "period_kind", "q1", 1, 0xFF),  # the content says which period the report is of
    ("reports", "content_hash", None, 5, 0xFF),  # a finalised report's hash: its words say it
    ("settings", "numbering", None, 0, 0xF3),
    ("settings", "signer", None, 0, 0xE3),
    ("settings", "report_naming", None, 0, 0xFF),
    ("settings", "office_official_id", None, 0, 0xB1),
])
def test_repair_puts_back_a_value_parapp_knows_the_list_of(tmp_path, table, column, where, at, byte):
    """A byte gone bad in a report's period ('q\\xff'), a finalised report's hash, or a setting ParApp keeps as a
    word of its own ('\\xf3ystem'): repair wrote '�' there and said "gõ lại". A report's period then stopped
    `reports`, check and every backup ("không phải kỳ báo cáo ParApp biết"), a hash made the frozen report "sửa ngoài
    ParApp" for ever, a setting no clerk can type ('�hairman', the signer) was read as no setting at all and the
    office's official id stopped check and every backup. The one value of the list that fits is put back."""
    db = _demo(tmp_path)
    if table == "settings":
        rowid, column_ = _rowid_of_setting(db, column), "value"
    else:
        con = sqlite3.connect(db)
        try:
            rowid = con.execute("SELECT min(rowid) FROM reports WHERE state = 'final'"
                                + (" AND period_kind = ?" if where else ""), [where] if where else []).fetchone()[0]
        finally:
            con.close()
        column_ = column
    before = _value(db, table, column_, rowid)
    _spoil(db, table, column_, rowid, at, byte)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, table, column_, rowid) == before
    assert "đúng như trước khi hỏng" in r.stdout, r.stdout
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize(("table", "column", "at"), [
    ("catalogues", "code", 2), ("areas", "code", 0), ("criteria", "code", 2), ("areas", "name", 2),
    ("_sqlite_migrations", "name", 2), ("_sqlite_migrations", "migration_set", 2), ("audit_actor", "os_user", 0),
])
def test_repair_mends_what_opening_the_data_reads(tmp_path, table, column, at):
    """A byte gone bad in what every open for writing reads first (the shipped catalogue's codes, the record of
    upgrades, the computer's user): check said "parapp repair sửa được chỗ đó mà không mất gì khác" (or, for the
    upgrade record, "được tạo bởi phiên bản ParApp mới hơn … Hãy cài phiên bản ParApp mới nhất"), and repair itself
    refused: "Could not decode to UTF-8 … hãy khôi phục từ bản sao lưu gần nhất". The window could not open the data
    either. Repair mends before anything reads it, and what ParApp ships is put back exactly."""
    db = _demo(tmp_path)
    before = _value(db, table, column, 1)
    _spoil(db, table, column, 1, at, ord(before[at]) | 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    if table != "audit_actor":  # this computer's user, written again at the next open
        assert _value(db, table, column, 1) == before
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    (tmp_path / "usb").mkdir()
    backed = run("--db", db, "backup", "--to", tmp_path / "usb")  # an open for writing
    assert backed.returncode == 0, backed.stdout + backed.stderr


@pytest.mark.parametrize(("table", "column"), [("catalogues", "code"), ("audit_actor", "os_user")])
def test_the_window_opens_data_whose_catalogue_or_user_went_bad(tmp_path, table, column):
    """The window opens for writing, which reads the shipped catalogue's codes and this computer's user first: a
    byte gone bad there was "Không mở được tệp dữ liệu … hãy khôi phục từ bản sao lưu gần nhất", and the window's
    "Sửa chỗ chữ hỏng" needs the data open. Opened, the rest done at the next open once repaired."""
    from parapp.store.db import open_database
    from parapp.store.text_repair import bad_texts

    db = _demo(tmp_path)
    before = _value(db, table, column, 1)
    _spoil(db, table, column, 1, 0, ord(before[0]) | 0x80)
    for later in (False, True):
        opened = open_database(db, create=False, catalogues_later=later)
        try:
            assert bad_texts(opened.conn)  # still there, for the window's repair
        finally:
            opened.close()


@pytest.mark.parametrize(("table", "column"), [("report_basis", "period_kind"), ("proposals", "period_kind"),
                                               ("figures", "code"), ("audit_log", "entity"), ("audit_log", "action")])
def test_repair_puts_back_a_word_of_parapp_in_any_row(tmp_path, table, column):
    """A byte gone bad in a basis document's or a proposal's period ('9\\xed'), a figure's indicator code, or the
    change log's table or action: repair wrote '9�' and said "gõ lại", check then said sound, and the row was of no
    period any more, silently gone from its report (the figure from every sum); no clerk can retype a code. The one
    word of ParApp's list that is the stored bytes but the bad one is put back."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid = con.execute(f'SELECT min(rowid) FROM [{table}] WHERE "{column}" <> \'\'').fetchone()[0]  # noqa: S608
    finally:
        con.close()
    before = _value(db, table, column, rowid)
    at = len(before) - 1
    _spoil(db, table, column, rowid, at, ord(before[at]) | 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, table, column, rowid) == before
    assert "đúng như trước khi hỏng" in r.stdout, r.stdout


@pytest.mark.parametrize(("table", "column", "at"), [("tasks", "search_text", 2), ("tasks", "created_at", 2),
                                                     ("audit_log", "at", 3), ("_sqlite_migrations", "applied_at", 2),
                                                     ("tasks", "updated_at", 10)])  # the space between date and time
def test_repair_puts_back_what_parapp_made_itself(tmp_path, table, column, at):
    """A byte gone bad in what ParApp writes by itself (a task's folded search words, when a row was written): repair
    wrote '�' and told the clerk to find it in the window and retype it, where nothing shows it; the task then missed
    from every search, the change log's line out of its day. Put back: the search words made again from the task's,
    the one digit that makes a time again."""
    db = _demo(tmp_path)
    before = _value(db, table, column, 1)
    _spoil(db, table, column, 1, at, ord(before[at]) | 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, table, column, 1) == before
    assert "gõ lại" not in r.stdout, r.stdout


def test_a_command_stopped_by_text_gone_bad_says_repair_not_the_last_backup(tmp_path):
    """A byte gone bad in a task's note: check says "parapp repair sửa được chỗ đó mà không mất gì khác", while the
    backup (and every command the value stopped) said "có lẽ nó đã bị sửa bằng một chương trình khác … Hãy khôi phục
    bản sao lưu gần nhất còn tốt": the clerk following it lost all work since that backup, on a disk that is failing.
    Text gone bad on disk is said as such, with parapp repair as the way out."""
    db = _demo(tmp_path)
    _spoil(db, "tasks", "note", 3, 0, 0xFF)
    (tmp_path / "usb").mkdir()
    for args in (("backup", "--to", tmp_path / "usb"), ("figures", "--year", "2025", "--period", "q1")):
        if args[0] == "figures":
            _spoil(db, "figures", "period_kind", 1, 0, 0xF1)
        r = run("--db", db, *args)
        assert r.returncode == 2, r.stdout + r.stderr
        assert "parapp repair --db" in r.stderr and "bản sao lưu gần nhất" not in r.stderr, r.stderr
        assert "chương trình khác" not in r.stderr, r.stderr


@pytest.mark.parametrize(("key", "value", "at"), [("pref.reminders", "off", 7), ("pref.language", "en", 2),
                                                  ("period_preset", "15-14", 3), ("pref.working_as.nhung", "1", 6)])
def test_repair_gives_a_preference_its_name_back(tmp_path, key, value, at):
    """Round 32A gave a setting's name back, but knew the preferences by their short names ('reminders') while they
    are kept as 'pref.reminders', and not the report calendar's 'period_preset' or who each computer user works as:
    a byte gone bad there lost the setting silently (reminders back on, the language back to Vietnamese) while repair
    told the clerk to retype a name no window shows."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        con.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])
        con.commit()
        rowid = con.execute("SELECT rowid FROM settings WHERE key = ?", [key]).fetchone()[0]
    finally:
        con.close()
    _spoil(db, "settings", "key", rowid, at, ord(key[at]) | 0x80)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "settings", "key", rowid) == key
    assert "gõ lại" not in r.stdout, r.stdout


@pytest.mark.parametrize(("key", "value", "at", "byte"), [("pref.reminders", "off", 1, 0xE6),
                                                          ("pref.reminders_tray", "on", 0, 0xEF),
                                                          ("pref.letter_signer", "chairman", 0, 0xE3)])
def test_repair_puts_back_a_preference_parapp_keeps_as_a_word(tmp_path, key, value, at, byte):
    """Reminders turned off ('off'), a byte gone bad: repair wrote 'o�f', which reads as on, and told the clerk to
    retype it where no window shows it: the reminders came back at every start. Put back."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        con.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])
        con.commit()
        rowid = con.execute("SELECT rowid FROM settings WHERE key = ?", [key]).fetchone()[0]
    finally:
        con.close()
    _spoil(db, "settings", "value", rowid, at, byte)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _value(db, "settings", "value", rowid) == value
