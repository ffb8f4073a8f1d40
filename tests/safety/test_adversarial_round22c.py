"""Round 22C: attacks on this session's changes (restore's room check, hard links) and what they touch."""

from __future__ import annotations

from collections import namedtuple
from types import SimpleNamespace

import pytest

from parapp.store import restore_room
from parapp.store.archive_format import BackupError
from parapp.store.evidence import stored_path
from parapp.store.migration_record import KNOWN

MB = 1 << 20
usage = namedtuple("usage", "total used free")
H = "ab" + "0" * 62


def _sized(path, size):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.truncate(size)


def test_a_damaged_evidence_copy_the_restore_mends_is_counted(monkeypatch, tmp_path):
    """A stored evidence file cut short (a copy interrupted, a disk fault) is written again by the restore from the
    backup, but the room check counted only the files absent: on a disk with room for the rest, the restore stopped
    on a full disk after writing."""
    db_path = tmp_path / "parapp.db"
    _sized(db_path, 1 * MB)
    ins = SimpleNamespace(db=SimpleNamespace(file_size=1 * MB), evidence={H: SimpleNamespace(file_size=50 * MB)},
                          manifest=SimpleNamespace(schema_version=len(KNOWN)))
    monkeypatch.setattr(restore_room.shutil, "disk_usage", lambda p: usage(1 << 40, 0, (1 + 1 + 16 + 1) * MB))
    _sized(stored_path(tmp_path, H), 50 * MB)  # whole: nothing to write for it
    restore_room.check_room(ins, db_path, tmp_path)
    _sized(stored_path(tmp_path, H), 1000)  # cut short: written again
    with pytest.raises(BackupError) as caught:
        restore_room.check_room(ins, db_path, tmp_path)
    assert "Không đủ chỗ trống" in caught.value.message


def _copied_with_links_while_open(tmp_path):
    """d1 open in a ParApp (a commit in its WAL, not yet in its file), the folder copied with `cp -al` as d2, d2's
    database then copied plainly (as DatabaseHasOtherNames advises): d2's -wal and -shm are d1's."""
    import os
    import shutil
    import sqlite3

    from parapp.store import open_database

    d1, d2 = tmp_path / "d1", tmp_path / "d2"
    d1.mkdir()
    open_database(d1 / "parapp.db").close()
    con = sqlite3.connect(d1 / "parapp.db")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE kept_in_wal(x)")
    con.execute("INSERT INTO kept_in_wal VALUES (1)")
    con.commit()
    d2.mkdir()
    for name in os.listdir(d1):
        if os.path.isfile(d1 / name):
            os.link(d1 / name, d2 / name)
    shutil.copyfile(d1 / "parapp.db", d2 / "copy")
    os.replace(d2 / "copy", d2 / "parapp.db")
    return con, d1, d2


def test_a_database_whose_wal_has_another_name_is_not_written(tmp_path, capsys):
    from parapp.cli.main import main

    con, d1, d2 = _copied_with_links_while_open(tmp_path)
    try:
        assert (d2 / "parapp.db-wal").stat().st_nlink == 2 and (d2 / "parapp.db").stat().st_nlink == 1
        code = main(["demo", "--db", str(d2 / "parapp.db")])
        err = capsys.readouterr().err
        assert code == 2 and "parapp.db-wal" in err and "chưa ghi gì" in err, err
        # d1's commit is still there (the copy's writes had reset the shared WAL: the table was gone)
        assert con.execute("SELECT count(*) FROM kept_in_wal").fetchone() == (1,)
    finally:
        con.close()

    _keeps_its_commit(d1)


def test_a_wal_linked_by_a_killed_restore_is_its_own(tmp_path):
    """A restore keeps a damaged database aside by linking it and its -wal as `<stem>-hong-…`: no second writer."""
    import os

    from parapp.store import open_database

    db = tmp_path / "parapp.db"
    open_database(db).close()
    (tmp_path / "parapp.db-wal").write_bytes(b"")
    os.link(tmp_path / "parapp.db-wal", tmp_path / "parapp-hong-20261204-101010.db-wal")
    open_database(db).close()


def test_a_restore_into_it_is_refused_too(tmp_path, capsys):
    """The restore's safety snapshot opened the database read-write: its WAL, the other data's, was folded in and
    reset as by any write."""

    from parapp.cli.main import main
    from parapp.store import open_database

    other = tmp_path / "other" / "parapp.db"
    other.parent.mkdir()
    open_database(other).close()
    assert main(["backup", "--db", str(other), "--to", str(tmp_path / "other")]) == 0
    backup = next((tmp_path / "other").glob("*.parapp-backup"))
    con, d1, d2 = _copied_with_links_while_open(tmp_path)
    try:
        capsys.readouterr()
        code = main(["restore", "--db", str(d2 / "parapp.db"), str(backup)])
        err = capsys.readouterr().err
        assert code == 2 and "parapp.db-wal" in err, err
        assert con.execute("SELECT count(*) FROM kept_in_wal").fetchone() == (1,)
    finally:
        con.close()
    _keeps_its_commit(d1)


def test_a_killed_restores_wal_link_of_a_database_with_no_suffix_is_its_own(tmp_path):
    import os

    from parapp.store import open_database

    db = tmp_path / "dulieu"
    open_database(db).close()
    (tmp_path / "dulieu-wal").write_bytes(b"")
    os.link(tmp_path / "dulieu-wal", tmp_path / "dulieu-hong-20261204-101010-wal")
    open_database(db).close()


def test_the_window_opens_it_read_only(tmp_path, qapp):
    from parapp.ui.app import open_for_window, why_read_only

    con, d1, d2 = _copied_with_links_while_open(tmp_path)
    try:
        db = open_for_window(d2 / "parapp.db")
        try:
            assert db.readonly
            assert why_read_only(d2 / "parapp.db", db, unlocked=False) == "links"
        finally:
            db.close()
        assert con.execute("SELECT count(*) FROM kept_in_wal").fetchone() == (1,)
    finally:
        con.close()


def _keeps_its_commit(d1):
    """The original data folder still holds the commit its WAL carried when the folder was copied with links."""
    import sqlite3

    after = sqlite3.connect(d1 / "parapp.db")
    try:
        assert after.execute("SELECT count(*) FROM kept_in_wal").fetchone() == (1,)
    finally:
        after.close()
