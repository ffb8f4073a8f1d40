"""Adversarial round 16, part A: backup, restore, snapshots, the writer lock, evidence and `check` after
round 15's changes (root keeping an account's files its own, the per-account temporary folder, the
restore precheck).

What failed on main is here; what held is in /work/notes/adversarial-round16a.md. Some tests run a
step as another account (a forked child that gives up root), so they need root and POSIX.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from parapp.store import open_database

from .test_adversarial_round15a import OTHER, _demo, as_other_account, posix_root, shared  # noqa: F401 (fixture)


def _write_as_other(db_path: Path) -> str:
    db = open_database(db_path, create=False)
    try:
        db.execute("UPDATE settings SET value = value WHERE 0")
        return "written"
    finally:
        db.close()


# 1. Round 15 gave the account back the database a root restore replaced; a restore to a name where no
# database was yet (the administrator putting a clerk's backup on a new PC: `sudo parapp restore … --db
# /home/clerk/…/parapp.db`) left a database root's, 0644: the clerk's every save said "Tệp dữ liệu … chỉ
# cho đọc". Its evidence files were root's too.
@posix_root
@pytest.mark.parametrize("source", ["backup", "snapshot"])
def test_a_restore_as_root_to_a_new_name_leaves_the_database_the_folder_owner_s(tmp_path, shared, source):  # noqa: F811
    from parapp.services import safety
    from parapp.store.backup import take_snapshot

    data = tmp_path / "data"
    data.mkdir()
    db_path = _demo(data)
    if source == "backup":
        made = safety.backup(open_database(db_path), tmp_path).path
    else:
        db = open_database(db_path)
        try:
            made = take_snapshot(db.conn, data, "thu").path
        finally:
            db.close()
    clerk = shared / "clerk"
    clerk.mkdir()
    if source == "snapshot":
        shutil.copytree(data / "evidence", clerk / "evidence")
        for p in [clerk, *clerk.rglob("*")]:
            os.chown(p, OTHER, OTHER)
    os.chown(clerk, OTHER, OTHER)
    target = clerk / "parapp.db"
    if source == "backup":
        safety.restore(made, target)
    else:
        safety.restore_from_snapshot(made, target)
    owned = [target, *(p for p in (clerk / "evidence").rglob("*") if p.is_file())]
    assert len(owned) > 1
    for p in owned:
        st = p.stat()
        assert (st.st_uid, st.st_gid) == (OTHER, OTHER), p
    assert as_other_account(lambda: _write_as_other(target)) == ("ok", "written")
