"""Adversarial round 44A: backups, restores, automatic snapshots, `parapp check`, `repair`, `--out` (helper r44a)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from parapp.cli.main import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo commune (Ba Giang), made once."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    folder.mkdir()
    db = folder / "parapp.db"
    assert main(["demo", "--db", str(db)]) == 0
    return db


def _said(capsys) -> str:
    out = capsys.readouterr()
    return out.out + out.err


def test_a_backup_newer_than_the_restored_data_is_not_said_older(demo, tmp_path):
    """F1: the clerk restored Monday's backup by mistake (Friday's was the one), then chose Friday's in Tệp → Khôi
    phục…: "Dữ liệu đang mở có thay đổi đến <now>, sau lúc tạo tệp sao lưu này: khôi phục sẽ thay các thay đổi đó
    bằng dữ liệu cũ hơn" (round 43's new word), of a backup three days newer than the data open: the data's last
    change was read as the restore's own line. Now a restore's line counts as when its backup was made."""
    from parapp.services import safety
    from parapp.store.archive import make_backup
    from parapp.store.change_log import last_change
    from parapp.store.db import open_database
    from parapp.ui.backup_dialogs import newer_than

    folder = tmp_path / "data"
    shutil.copytree(demo.parent, folder)
    db = folder / "parapp.db"
    now = dt.datetime.now().replace(microsecond=0)
    con = sqlite3.connect(db)
    try:
        monday = make_backup(con, folder, tmp_path, commune="Ủy ban nhân dân xã Ba Giang",
                             now=now - dt.timedelta(days=4)).path
        friday = make_backup(con, folder, tmp_path, commune="Ủy ban nhân dân xã Ba Giang",
                             now=now - dt.timedelta(days=1)).path
    finally:
        con.close()
    assert main(["restore", str(monday), "--db", str(db)]) == 0
    with open_database(db) as ws:
        changed = last_change(ws)
    made = safety.precheck_restore("file", friday, db, folder).created
    assert newer_than(changed, made) == "", (changed, made)
    assert newer_than(changed, (now - dt.timedelta(days=5)).isoformat()) != ""  # an older one still said so
