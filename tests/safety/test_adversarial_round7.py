"""Adversarial round 7 (issue 21): what round 6 noted and left, and what a fresh round found.

A restore blocked by a file where a folder must be made said the system's English ("Not a
directory", "File exists") and named the data folder, not the file in the way."""

from __future__ import annotations

import pytest

from parapp.store.archive_format import BackupError
from parapp.store.evidence import stored_path
from parapp.store.restore import restore_backup

from .test_hostile_backups import assert_refused, craft, hostile_db, listing, source, target  # noqa: F401 (fixtures)


@pytest.mark.parametrize("where", ["evidence", "evidence/<first two letters>"])
def test_a_restore_blocked_by_a_file_where_a_folder_must_be_names_that_file_in_vietnamese(
        source, tmp_path, target, where):  # noqa: F811
    members, manifest = source
    backup = craft(tmp_path / "b.parapp-backup", members, manifest)
    h = next(n for n in members if n.startswith("evidence/")).rsplit("/", 1)[1]
    blocker = target.parent / "evidence"
    if where != "evidence":
        blocker.mkdir()
        blocker = stored_path(target.parent, h).parent
    blocker.write_text("một tệp, không phải thư mục")
    before = listing(target.parent)
    with pytest.raises(BackupError) as e:
        restore_backup(backup, target, target.parent)
    msg = e.value.message
    assert f"“{blocker}” là một tệp" in msg and "đổi tên hoặc chuyển tệp đó" in msg, msg
    assert "Not a directory" not in msg and "File exists" not in msg
    assert listing(target.parent) == before


@pytest.mark.parametrize("name", ["../../../../../../../../etc/passwd", "/etc/passwd", "C:\\Windows\\win.ini", "",
                                  "ab"])
def test_a_backup_whose_database_names_an_evidence_file_by_a_path_not_a_hash_is_refused(
        source, tmp_path, target, name):  # noqa: F811
    """Before: restored (exit 0); the file the "hash" named, anywhere on the PC, was then copied and
    opened as that task's evidence, and `check` called the evidence damaged (exit 1)."""

    members, manifest = source
    hostile = hostile_db(members, tmp_path, "UPDATE evidence SET sha256 = "
                         f"'{name.replace(chr(39), chr(39) * 2)}' WHERE id = (SELECT max(id) FROM evidence);")
    assert_refused_as_not_a_hash(members, manifest, hostile, tmp_path, target)


def test_a_snapshot_from_a_newer_parapp_is_refused_naming_the_snapshot_not_a_temporary_copy(tmp_path, target):  # noqa: F811
    """Before: "Tệp “…/parapp.db.restoring” được tạo bởi phiên bản ParApp mới hơn": a file the user never saw."""
    import sqlite3

    from parapp.store import open_database
    from parapp.store.restore import restore_snapshot

    snap = tmp_path / "parapp-20301231-090000-dau-ngay-000009.db"
    open_database(snap).close()
    con = sqlite3.connect(snap)
    con.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('parapp', 'm0099_tuong_lai', '2030-01-01')")
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    before = listing(target.parent)
    with pytest.raises(BackupError) as e:
        restore_snapshot(snap, target, target.parent)
    assert f"“{snap}” được tạo bởi phiên bản ParApp mới hơn" in e.value.message, e.value.message
    assert ".restoring" not in e.value.message
    assert listing(target.parent) == before


def test_a_snapshot_restore_on_a_full_disk_keeps_the_sound_data_in_place_and_says_the_disk_is_full(
        tmp_path, target, monkeypatch):  # noqa: F811
    """Before (a real 1.4 MB tmpfs: the chosen snapshot fitted, the safety snapshot of the current data
    did not): the sound database was called damaged, renamed aside as parapp-hong-….db (out of the
    snapshot list), and the restore went on. SQLite says a full disk as "database or disk is full"."""
    import sqlite3

    from parapp.store import open_database, restore
    from parapp.store.errors import DiskFull

    snap = tmp_path / "parapp-20240520-090000-dau-ngay-000001.db"
    open_database(snap).close()

    def full(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(restore, "take_snapshot", full)
    before = listing(target.parent)
    with pytest.raises(DiskFull) as e:
        restore.restore_snapshot(snap, target, target.parent)
    assert "đã đầy" in e.value.message and "backups" in e.value.message
    after = listing(target.parent)
    assert after["parapp.db"] == before["parapp.db"]
    assert not [n for n in after if "hong" in n]


def assert_refused_as_not_a_hash(members, manifest, hostile: bytes, tmp_path, target) -> None:  # noqa: F811
    """The good backup with `hostile` as its database, holding only the evidence files that database
    still names, is refused for an evidence name that is not a SHA-256."""
    import sqlite3

    p = tmp_path / "h.db"
    p.write_bytes(hostile)
    con = sqlite3.connect(p)
    kept = {r[0] for t in ("evidence", "par_evidence", "signed_copies")
            for r in con.execute(f"SELECT sha256 FROM {t}")}  # noqa: S608
    con.close()
    crafted = {n: d for n, d in members.items() if not n.startswith("evidence/") or n.rsplit("/", 1)[1] in kept}
    crafted["parapp.db"] = hostile
    assert_refused(craft(tmp_path / "b.parapp-backup", crafted, manifest), target, "không phải mã SHA-256")
