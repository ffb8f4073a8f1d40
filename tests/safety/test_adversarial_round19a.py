"""Round 19A: backup, restore, snapshots, the writer lock, read-only use, evidence and check, attacked again."""

from __future__ import annotations

import datetime as dt
import sqlite3

from parapp.services.demo import build_demo
from parapp.services.safety import restore
from parapp.store import open_database
from parapp.store.archive import make_backup
from parapp.store.backup import take_snapshot
from parapp.store.change_log import list_log
from parapp.store.evidence import add_evidence, list_evidence, stored_path


def _disk_full_on_the_first_open_after_the_swap(monkeypatch):
    import parapp.store.bootstrap as bootstrap

    real, calls = bootstrap.after_migrations, []

    def full(db):
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database or disk is full")
        real(db)

    monkeypatch.setattr(bootstrap, "after_migrations", full)


def test_a_restore_whose_upgrade_after_the_swap_fails_keeps_the_evidence_it_brought(tmp_path, monkeypatch):
    """The restored database had taken the data's place when its first open (the upgrade, the log line) found the
    disk just filled: the restore then said 'disk full, the data saved before is intact' (exit 2) while the data
    was the backup's, and removed the evidence files it had brought, which that data records (lost)."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    db = open_database(a / "parapp.db")
    build_demo(db, dt.date(2026, 6, 1))
    doc = tmp_path / "scan.pdf"
    doc.write_bytes(b"%PDF-1.4 round 19A")
    ev = add_evidence(db, a, 3, doc)
    made = make_backup(db.conn, a, tmp_path)
    db.close()
    _disk_full_on_the_first_open_after_the_swap(monkeypatch)

    restore(made.path, b / "parapp.db")

    assert stored_path(b, ev.sha256).read_bytes() == doc.read_bytes()
    with open_database(b / "parapp.db", create=False) as ws:
        assert ev.sha256 in {e.sha256 for e in list_evidence(ws)}


def test_a_snapshot_restore_whose_first_open_fails_is_not_said_undone(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    build_demo(db, dt.date(2026, 6, 1))
    snap = take_snapshot(db.conn, folder, "thu-cong")
    db.execute("UPDATE tasks SET content = 'Sửa sau bản chụp' WHERE id = 1")
    db.close()
    _disk_full_on_the_first_open_after_the_swap(monkeypatch)

    restore(snap.path, folder / "parapp.db")  # done: the snapshot's data is in place

    with open_database(folder / "parapp.db", create=False) as ws:
        assert ws.execute("SELECT content FROM tasks WHERE id = 1").fetchone()[0] != "Sửa sau bản chụp"
        assert list_log(ws)  # opens, upgraded by this open


def test_whatever_stops_the_first_open_after_the_swap_the_evidence_stays(tmp_path, monkeypatch):
    """Any other failure there is still said, but the evidence the restored data records is never removed."""
    import pytest

    import parapp.store.bootstrap as bootstrap

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    db = open_database(a / "parapp.db")
    build_demo(db, dt.date(2026, 6, 1))
    doc = tmp_path / "scan.pdf"
    doc.write_bytes(b"%PDF-1.4 round 19A, again")
    ev = add_evidence(db, a, 3, doc)
    made = make_backup(db.conn, a, tmp_path)
    db.close()

    def broken(db):
        raise RuntimeError("a fault of this version")

    monkeypatch.setattr(bootstrap, "after_migrations", broken)
    with pytest.raises(RuntimeError):
        restore(made.path, b / "parapp.db")
    assert stored_path(b, ev.sha256).read_bytes() == doc.read_bytes()
