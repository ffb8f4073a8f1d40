"""Round 19A left it, and it is the worst a helper found: run as root (an administrator's `sudo parapp restore`
on an account's data), a restore wrote the backup's evidence files, whose content that account can craft, through
a link the account put at `evidence/xx`, into any folder of root's (aimed at /etc/cron.d: a root cron job). As
root, a folder of the data folder that leads out of it is now refused, nothing written; snapshots alike."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from parapp.services.demo import build_demo
from parapp.store import errors, link_errors, open_database
from parapp.store.archive import make_backup
from parapp.store.backup import take_snapshot
from parapp.store.evidence import list_evidence
from parapp.store.restore import restore_backup

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links and root")


def _data(tmp_path):
    folder = tmp_path / "Dữ liệu của xã"
    folder.mkdir()
    db = open_database(folder / "parapp.db")
    build_demo(db, dt.date(2026, 6, 1))
    return db, folder


def test_a_root_restore_never_writes_evidence_through_a_link_out_of_the_data_folder(tmp_path, as_root):
    db, folder = _data(tmp_path)
    backup = make_backup(db.conn, folder, tmp_path).path
    sha = list_evidence(db)[0].sha256
    db.close()
    victim = tmp_path / "cron.d"
    victim.mkdir()
    target = folder / "evidence" / sha[:2]
    for f in target.iterdir():
        f.unlink()
    target.rmdir()
    target.symlink_to(victim)  # the account's link, planted where the restore will write

    with pytest.raises(link_errors.LinkedOutOfDataFolder) as refused:
        restore_backup(backup, folder / "parapp.db", folder)
    assert str(target) in str(refused.value)
    assert list(victim.iterdir()) == []


def test_a_root_snapshot_never_goes_through_a_link_out_of_the_data_folder(tmp_path, as_root):
    db, folder = _data(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (folder / "backups").mkdir(exist_ok=True)
    auto = folder / "backups" / "auto"
    if auto.exists():
        for f in auto.iterdir():
            f.unlink()
        auto.rmdir()
    auto.symlink_to(outside)
    with pytest.raises(errors.StoreError):
        take_snapshot(db.conn, folder, "thu")
    assert list(outside.iterdir()) == []
    db.close()


def test_a_data_folder_that_is_itself_a_link_is_still_written(tmp_path, as_root):
    """The data folder may be reached through a link (a shortcut to another disk): only what leads out of it
    is refused."""
    db, folder = _data(tmp_path)
    db.close()
    link = tmp_path / "lối tắt"
    link.symlink_to(folder)
    with open_database(link / "parapp.db") as ws:
        assert take_snapshot(ws.conn, link, "thu").path.exists()
