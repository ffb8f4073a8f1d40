"""Adversarial round 38A: backup, restore, automatic snapshots, `parapp check` (helper r38a)."""

from __future__ import annotations

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo
from .test_adversarial_round30a import _backup, _damage_one_evidence_member


def test_a_backup_gone_bad_on_the_stick_is_not_said_intact(tmp_path):
    """F1: a backup checked sound when written; since, a few bytes of one evidence member went bad on the stick.
    `parapp check` of it said "tệp sao lưu nguyên vẹn, khôi phục được" and of the file "tệp đã hỏng hoặc thiếu lúc sao
    lưu … hãy gắn lại tệp gốc": the clerk, told the stick was sound and the data folder had lacked the file, kept the
    failing stick as the backup and looked for a fault on the PC, where the file is sound. Now the backup is said
    damaged on the stick since it was written (still restorable), the file by name, and a new backup advised; the
    restore says the same of it."""
    db = _demo(tmp_path)
    backup = _backup(db, tmp_path / "usb")
    name = _damage_one_evidence_member(backup)
    checked = run("check", "--db", backup)
    said = checked.stdout + checked.stderr
    assert checked.returncode == 0, said
    assert "nguyên vẹn" not in said, said
    assert "lúc sao lưu" not in said, said
    assert name in said and "sau khi sao lưu" in said and "USB khác" in said, said
    target = tmp_path / "may moi" / "parapp.db"
    target.parent.mkdir()
    restored = run("--db", target, "restore", backup)
    said = restored.stdout + restored.stderr
    assert restored.returncode == 0, said
    assert "lúc sao lưu" not in said and name in said and "sau khi sao lưu" in said, said


def test_repair_does_not_send_the_clerk_to_retype_a_change_log_line(tmp_path):
    """F2: a byte of a change-log line's words gone bad (the text of a proposal typed for a report, as the line kept
    it: 6 of 40 random bits turned in the demo's data). `parapp repair` left "\ufffd" there, rightly, and said "hãy xem
    lại những chỗ đó trong cửa sổ và gõ lại cho đúng": no window edits the change log (it is append-only), the clerk
    looked for a place to retype that does not exist. Now the line is said kept with its "\ufffd", nothing to retype;
    and "đặt lại đúng như trước khi hỏng" is not said of it either."""
    import sqlite3

    from .test_adversarial_round32a import _spoil

    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid, after = con.execute("SELECT id, after FROM audit_log WHERE entity = 'proposals' AND after IS NOT NULL "
                                   "ORDER BY id LIMIT 1").fetchone()
    finally:
        con.close()
    at = after.encode().index("Đề".encode()) + 1  # the second byte of 'Đ'
    _spoil(db, "audit_log", "after", rowid, at, 0xFF)
    r = run("--db", db, "repair")
    said = r.stdout + r.stderr
    assert r.returncode == 0, said
    assert "gõ lại" not in said, said
    assert "đặt lại đúng như trước khi hỏng" not in said, said
    assert "Nhật ký" in said, said


def test_repair_puts_back_who_is_writing_without_sending_the_clerk_to_retype_it(tmp_path):
    """F3: a byte of the change log's "who is writing now" (audit_actor.os_user, this computer's user, written by
    ParApp at every open) gone bad: 6 of 45 random bits turned in the demo's data, twice. `parapp repair` said "Đã sửa
    bảng audit_actor …: “ro\ufffdt” … hãy xem lại những chỗ đó trong cửa sổ và gõ lại cho đúng" of a value no window
    shows or sets (and that its own change-log line then wrote again as this computer's user). It is put back as the
    user it was, said exact."""
    import getpass

    from .test_adversarial_round32a import _spoil
    from .test_adversarial_round36a import _value

    db = _demo(tmp_path)
    before = _value(db, "audit_actor", "os_user", 1)
    assert before == getpass.getuser().encode()
    _spoil(db, "audit_actor", "os_user", 1, len(before) // 2, 0xFF)
    r = run("--db", db, "repair")
    said = r.stdout + r.stderr
    assert r.returncode == 0, said
    assert "gõ lại" not in said and "\ufffd" not in said, said
    assert "đúng như trước khi hỏng" in said, said
    assert _value(db, "audit_actor", "os_user", 1) == before


def test_repair_puts_back_a_finalised_reports_pdf_hash(tmp_path):
    """F4: a hex digit of a finalised report's PDF hash (reports.pdf_sha256, what its signed copy's first revision
    must hash to) gone bad (1 of 45 random bits turned, seed 23; twice). `parapp repair` left "83f5899cf7\ufffde…" and
    said "gõ lại" of a hash no window shows; `check` then said the data sound, and the report's signed copy could
    never be attached (no PDF hashes to a "\ufffd"). The hash is the one of the PDF ParApp makes of that report:
    put back exactly, and said so."""
    import sqlite3

    from .test_adversarial_round32a import _spoil
    from .test_adversarial_round36a import _value

    db = _demo(tmp_path)
    con = sqlite3.connect(db)
    try:
        rowid = con.execute("SELECT id FROM reports WHERE state = 'final' AND pdf_sha256 IS NOT NULL "
                            "ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        con.close()
    before = _value(db, "reports", "pdf_sha256", rowid)
    _spoil(db, "reports", "pdf_sha256", rowid, 10, 0xFF)
    r = run("--db", db, "repair")
    said = r.stdout + r.stderr
    assert r.returncode == 0, said
    assert "gõ lại" not in said and "\ufffd" not in said, said
    assert _value(db, "reports", "pdf_sha256", rowid) == before


def test_out_never_replaces_the_wal_of_a_database_given_through_a_link(tmp_path):
    """F5: `--db` a link to the data (a shortcut kept on the desktop; SQLite follows it, its WAL is the real file's
    `parapp.db-wal`). `report pdf --out <data folder>/parapp.db-wal`, that WAL empty: 'Đã xuất báo cáo …', exit 0,
    the database's WAL replaced by a PDF (the link's own `link.db-wal`, not there, was the one kept off limits). Now
    refused as the data in use, nothing written."""
    db = _demo(tmp_path)
    wal = db.with_name(db.name + "-wal")
    wal.write_bytes(b"")  # as SQLite leaves it after a checkpoint that truncates it
    link = tmp_path / "loi tat" / "parapp.db"
    link.parent.mkdir()
    link.symlink_to(db)
    r = run("--db", link, "report", "pdf", "--period", "q1", "--year", "2026", "--out", wal)
    said = r.stdout + r.stderr
    assert r.returncode == 2, said
    assert wal.read_bytes() == b"", said
