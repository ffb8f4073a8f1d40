"""Adversarial round 6: a snapshot (a backup, a safety snapshot) taken from a connection that has a
write transaction open waited for ever (SQLite's backup of its own connection returns SQLITE_LOCKED
and Python retries it without end). It now copies what is committed, and returns."""

from __future__ import annotations

import sqlite3

from parapp.store import open_database
from parapp.store.backup import snapshot
from parapp.store.settings import CommuneSettings, load_settings, save_settings


def test_a_snapshot_of_a_connection_inside_a_write_transaction_returns_what_is_committed(tmp_path):
    db = open_database(tmp_path / "parapp.db")
    try:
        save_settings(db, CommuneSettings(commune_name="Xã Ba Giang", place_name="Ba Giang"))
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("UPDATE settings SET value = 'chưa lưu' WHERE key = 'commune_name'")
        copy = snapshot(db.conn, tmp_path / "copy.db")
        db.conn.execute("ROLLBACK")
    finally:
        db.close()
    con = sqlite3.connect(copy)
    try:
        assert "chưa lưu" not in [v for (v,) in con.execute("SELECT value FROM settings")]
    finally:
        con.close()
    back = open_database(copy)
    try:
        assert load_settings(back).commune_name == "Xã Ba Giang"
    finally:
        back.close()
