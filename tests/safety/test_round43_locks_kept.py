"""A fresh-eyes re-walk (round 43): picking a backup in the window's restore dialog (then "Không") made the window lose
its SQLite locks on parapp.db: the dialog's checks read the open database's first bytes with open()/close(), and on
POSIX closing any descriptor of a file drops every lock the process holds on it. Another reader then removed the
-wal and -shm while the window wrote on; a draft saved with "Lưu" was lost at a power cut. The checks now read a file
this process holds as a database through a descriptor kept open (store.file_head), as SQLite itself does."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from parapp.store import open_database
from parapp.store.side_names import database_in

_READ_AND_CLOSE = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT COUNT(*) FROM tasks").fetchone()
con.close()
"""


@pytest.mark.skipif(os.name == "nt", reason="Windows locks belong to a handle: closing another one drops nothing")
def test_the_folder_rules_leave_the_windows_locks_in_place(tmp_path):
    db = open_database(tmp_path / "parapp.db")
    try:
        db.execute("INSERT INTO units (name) VALUES ('Văn phòng HĐND và UBND')")  # saved, still in the -wal
        wal = tmp_path / "parapp.db-wal"
        assert wal.exists()
        assert database_in(tmp_path) is not None  # the rules read every file's first bytes, this data's among them
        # Another program reads and closes: with the window's locks gone it took itself for the last one and removed
        # the -wal and -shm the window still writes to.
        subprocess.run([sys.executable, "-c", _READ_AND_CLOSE, str(tmp_path / "parapp.db")], check=True, timeout=60)
        assert wal.exists() and (tmp_path / "parapp.db-shm").exists()
    finally:
        db.close()
