"""Adversarial round 8 (issue 21): faults found on main f56f918 (each test failed there), fixed in
restore, the evidence-name gate and the backup file name."""
from __future__ import annotations

import sqlite3

import pytest

from .test_adversarial_round7 import assert_refused_as_not_a_hash
from .test_hostile_backups import listing, source, target  # noqa: F401 (fixtures)

LAST = "WHERE id = (SELECT max(id) FROM evidence)"
# Round 7's gate, `length(sha256) != 64 OR sha256 GLOB '*[^0-9a-f]*'`, reads a text only up to its
# first NUL and never refuses a BLOB: these names pass it.
SLIPS = {
    "nul-then-path": f"UPDATE evidence SET sha256 = '{'a' * 64}' || char(0) || '/../../../etc/passwd' {LAST};",
    "blob-of-64-bytes": f"UPDATE evidence SET sha256 = X'{'ff' * 64}' {LAST};",
    "blob-of-hex-digits": f"UPDATE evidence SET sha256 = CAST(sha256 AS BLOB) {LAST};",
}


def edited_database(members: dict, tmp_path, sql: str, table: str | None = None) -> bytes:
    """The good backup's database changed by `sql` with its triggers (those of `table`, or all) set aside
    and put back as they were (the change log's triggers cannot hold a BLOB), so its schema is still
    ParApp's. Each statement of `sql` must change something: a test of a change that was never made
    cannot fail."""
    p = tmp_path / "hostile.db"
    p.write_bytes(members["parapp.db"])
    con = sqlite3.connect(p)
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                           + (" AND tbl_name = ?" if table else ""), [table] if table else []).fetchall()
    for name, _ in triggers:
        con.execute(f'DROP TRIGGER "{name}"')
    for statement in filter(str.strip, sql.split(";")):
        con.execute(statement)
        assert con.execute("SELECT changes()").fetchone()[0] >= 1, statement
    for _, text in triggers:
        con.execute(text)
    con.commit()
    con.close()
    return p.read_bytes()


def _changed(members: dict, tmp_path, sql: str) -> bytes:
    return edited_database(members, tmp_path, sql, "evidence")


@pytest.mark.parametrize("case", sorted(SLIPS))
def test_a_backup_whose_evidence_hash_slips_past_the_hex_check_is_refused(source, tmp_path, target, case):  # noqa: F811
    members, manifest = source
    hostile = _changed(members, tmp_path, SLIPS[case])
    assert_refused_as_not_a_hash(members, manifest, hostile, tmp_path, target)


def test_a_snapshot_gone_before_its_restore_is_said_to_be_gone_not_a_data_folder_that_cannot_be_written(
        tmp_path, target):  # noqa: F811
    """The window lists the snapshots; before the chosen one is restored another writer's snapshot
    prunes it (or someone deletes it). On main: "Không ghi được vào “<data folder>” (No such file or
    directory) … Hãy kiểm tra ổ đĩa": the data folder, which is fine, blamed in English."""
    from parapp.store.archive_format import BackupError
    from parapp.store.restore import restore_snapshot

    snap = target.parent / "backups" / "auto" / "parapp-20261201-080000-dau-ngay-000003.db"
    before = listing(target.parent)
    with pytest.raises(BackupError) as e:
        restore_snapshot(snap, target, target.parent)
    assert snap.name in e.value.message, e.value.message
    assert "No such file" not in e.value.message
    assert listing(target.parent) == before


def test_a_long_commune_name_does_not_make_every_backup_fail(tmp_path):
    """The backup's file name is built from the commune's name with no bound. On main, a name of
    ~340 characters (the settings take any length) makes every backup fail with "Không ghi được vào
    “…” (File name too long): USB có thể đã bị rút. Hãy cắm lại và sao lưu lại." — the USB blamed,
    in English, and no backup can be made until someone guesses to shorten the name."""
    from parapp.store import open_database
    from parapp.store.archive import make_backup

    data = tmp_path / "dữ liệu"
    data.mkdir()
    usb = tmp_path / "usb"
    usb.mkdir()
    db = open_database(data / "parapp.db")
    made = make_backup(db.conn, data, usb,
                       commune="Ủy ban nhân dân xã " + "Ba Giang Mới " * 25)
    assert made.path.is_file() and len(made.path.name.encode()) <= 255
