"""Round 32A: `parapp repair` (text gone bad on disk mended after a snapshot) attacked."""

from __future__ import annotations

import sqlite3

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo


def _spoil(db, table: str, column: str, rowid: int, at, byte: int) -> bytes:
    """A byte of the stored value gone bad, as a failing disk leaves it: no trigger or constraint asked."""
    con = sqlite3.connect(db, isolation_level=None)
    con.text_factory = bytes
    try:
        con.execute("PRAGMA ignore_check_constraints = 1")
        con.execute("BEGIN")
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                               [table]).fetchall()
        for name, _ in triggers:
            con.execute(f'DROP TRIGGER "{name.decode()}"')
        value = con.execute(f'SELECT "{column}" FROM [{table}] WHERE rowid = ?', [rowid]).fetchone()[0]
        pos = at(value) if callable(at) else at
        bad = value[:pos] + bytes([byte]) + value[pos + 1:]
        con.execute(f'UPDATE [{table}] SET "{column}" = CAST(? AS TEXT) WHERE rowid = ?', [bad, rowid])
        for _, sql in triggers:
            con.execute(sql.decode())
        con.execute("COMMIT")
    finally:
        con.close()
    return bad


def _final_report(db) -> tuple[int, bytes, str]:
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        rid, content, digest = con.execute("SELECT id, content, content_hash FROM reports WHERE state = 'final' "
                                           "ORDER BY id LIMIT 1").fetchone()
    finally:
        con.close()
    return rid, content, digest.decode()


@pytest.mark.parametrize("where", ["a-letter", "a-quote"])
def test_repair_gives_a_finalised_report_back_exactly_as_it_was_frozen(tmp_path, where):
    """A finalised report is frozen and hashed: the repair rewrote it with "�" (its triggers stood aside), the hash
    broken for ever and check saying "nội dung đã bị sửa ngoài ParApp"; a bad quote left it unreadable as well,
    while the repair said it mended. The hash tells which byte it was: the report is given back exactly."""
    db = _demo(tmp_path)
    rid, content, _digest = _final_report(db)
    if where == "a-letter":
        at = next(i for i, b in enumerate(content) if b >= 0xC0)  # the lead byte of a Vietnamese letter
        _spoil(db, "reports", "content", rid, at, 0xFF)
    else:
        _spoil(db, "reports", "content", rid, lambda v: v.index(b'"', 5), 0xA2)  # 0x22 with its top bit set
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "gõ lại" not in r.stdout and "đúng như trước khi hỏng" in r.stdout, r.stdout  # nothing left to retype
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        assert con.execute("SELECT content FROM reports WHERE id = ?", [rid]).fetchone()[0] == content
    finally:
        con.close()
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize(("table", "column"), [("tasks", "status"), ("tasks", "recurrence"), ("reports", "state")])
def test_repair_mends_a_bad_byte_in_a_value_of_a_fixed_list(tmp_path, table, column):
    """A byte gone bad in a task's status ('d\\xffne'): check said "parapp repair sửa được chỗ đó mà không mất gì khác",
    and repair refused to open the data ("CHECK constraint failed in tasks … hãy khôi phục từ bản sao lưu gần nhất"),
    all work since lost for one byte; "d�ne" would break the same rule. The one value of the list that reads as the
    stored bytes but the bad one is put back."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid, before = con.execute(f'SELECT rowid, "{column}" FROM [{table}] ORDER BY rowid LIMIT 1').fetchone()
    finally:
        con.close()
    _spoil(db, table, column, rowid, 1, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    con = sqlite3.connect(db)
    try:
        assert con.execute(f'SELECT "{column}" FROM [{table}] WHERE rowid = ?', [rowid]).fetchone()[0] == before
    finally:
        con.close()
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_way_back_from_a_repair_of_a_finalised_report_is_taken(tmp_path):
    """The repair printed "Để quay lại, chạy lệnh: parapp restore <…truoc-sua-chu-hong…> --db …"; of a finalised report
    with a byte gone bad, that command was refused ("báo cáo đã chốt số 1 … không còn khớp mã băm … sửa ngoài ParApp"):
    the words gone bad are the value 31A F4 lets the folder's own snapshot carry back."""
    import shlex

    db = _demo(tmp_path)
    rid, content, _digest = _final_report(db)
    bad = _spoil(db, "reports", "content", rid, next(i for i, b in enumerate(content) if b >= 0xC0), 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    back = shlex.split(r.stdout.strip().splitlines()[-1])
    assert back[:2] == ["parapp", "restore"], r.stdout
    restored = run(*back[1:])
    assert restored.returncode == 0, restored.stdout + restored.stderr
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        assert con.execute("SELECT content FROM reports WHERE id = ?", [rid]).fetchone()[0] == bad
    finally:
        con.close()


@pytest.mark.parametrize(("column", "state"), [("print_options", "final"), ("content", "draft")])
def test_repair_leaves_a_json_value_readable(tmp_path, column, state):
    """A structural byte of a JSON value gone bad (a finalised report's print options' "{", a draft's quote): the repair
    said "Đã sửa", wrote "�" where the brace was, and check still said the value could not be read: the report stayed
    unusable. The one ASCII byte that makes it JSON again is put back."""
    db = _demo(tmp_path)
    if state == "draft":
        made = run("--db", db, "report", "draft", "--period", "year", "--year", "2026", "--save")
        assert made.returncode == 0, made.stdout + made.stderr
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        rid, before = con.execute(f'SELECT id, "{column}" FROM reports WHERE state = ? AND "{column}" IS NOT NULL '
                                  "ORDER BY id LIMIT 1", [state]).fetchone()
    finally:
        con.close()
    _spoil(db, "reports", column, rid, 0 if column == "print_options" else before.index(b'"', 5), 0xFB)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        assert con.execute(f'SELECT "{column}" FROM reports WHERE id = ?', [rid]).fetchone()[0] == before
    finally:
        con.close()
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_repair_gives_a_setting_its_name_back(tmp_path):
    """A byte gone bad in a setting's name ("comm\\xffne_name"): the repair made it "comm�ne_name", a name ParApp never
    reads, so the commune's name was gone (the window asks to set the commune up again) while the repair said only
    "look at the places and retype". The one setting ParApp knows that reads as the stored bytes is its name."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid, name = con.execute("SELECT rowid, value FROM settings WHERE key = 'commune_name'").fetchone()
    finally:
        con.close()
    _spoil(db, "settings", "key", rowid, 4, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT value FROM settings WHERE key = 'commune_name'").fetchone() == (name,)
    finally:
        con.close()


def test_every_setting_the_services_keep_is_known_by_name():
    from parapp.services import chasing, letters
    from parapp.store.settings import PREF_KEYS

    kept = {"language", letters.PREF_SIGNER, chasing.PREF_ENABLED, chasing.PREF_TRAY, chasing.PREF_SHOWN}
    assert kept <= set(PREF_KEYS)


def test_repair_gives_an_evidence_file_its_hash_back(tmp_path):
    """A byte gone bad in an evidence file's recorded hash: the repair wrote "7fbb3�03…", told the clerk to retype it (a
    hash no one can type), and the file, still in evidence/, was "Thiếu tệp kiểm chứng" for ever. The one hex digit
    that names a file ParApp keeps is put back."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid, digest = con.execute("SELECT rowid, sha256 FROM evidence ORDER BY rowid LIMIT 1").fetchone()
    finally:
        con.close()
    _spoil(db, "evidence", "sha256", rowid, 5, 0xFF)
    r = run("--db", db, "repair")
    assert r.returncode == 0, r.stdout + r.stderr
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT sha256 FROM evidence WHERE rowid = ?", [rowid]).fetchone() == (digest,)
    finally:
        con.close()
    checked = run("check", "--db", db)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_repair_of_data_whose_structure_went_bad_says_so_and_takes_no_snapshot(tmp_path):
    """A byte gone bad in a trigger's text as well as in a note: `parapp repair` failed on the trigger and said "… lệnh
    parapp repair sửa được chỗ đó …" (itself), leaving one more snapshot at each try. The structure is damage repair
    does not mend: said so before anything is written."""
    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        task_id = con.execute("SELECT id FROM tasks ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        con.close()
    _spoil(db, "tasks", "content", task_id, 0, 0xFF)
    con = sqlite3.connect(db, isolation_level=None)
    con.text_factory = bytes
    try:
        con.execute("PRAGMA writable_schema = ON")
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_tasks_delete'").fetchone()[0]
        at = sql.index(b"'delete'") + 2
        con.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'audit_tasks_delete'",
                    [sql[:at] + b"\xff" + sql[at + 1:]])
    finally:
        con.close()
    r = run("--db", db, "repair")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "parapp repair" not in r.stderr and "audit_tasks_delete" in r.stderr, r.stderr
    assert not list((db.parent / "backups" / "auto").glob("*truoc-sua-chu-hong*"))


def test_a_value_repair_cannot_mend_is_said_without_sending_the_clerk_back_to_repair(tmp_path):
    """Two bytes of a status gone bad ('d\\xff\\xfee'): no value of the list is one byte from it; `parapp repair` said
    "… lệnh parapp repair sửa được chỗ đó …" of itself. Said as damage, nothing changed. (Round 33A: the change log's
    line of the task tells the status; without one, as here, none can be known.)"""
    from .test_adversarial_round33a import _forget_log

    db = _demo(tmp_path)
    _forget_log(db, "tasks", 1)
    _spoil(db, "tasks", "status", 1, 1, 0xFF)
    bad = _spoil(db, "tasks", "status", 1, 2, 0xFE)
    r = run("--db", db, "repair")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "parapp repair" not in r.stderr and "status" in r.stderr, r.stderr
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        assert con.execute("SELECT status FROM tasks WHERE rowid = 1").fetchone() == (bad,)
    finally:
        con.close()
