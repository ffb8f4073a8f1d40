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


def test_a_restore_into_a_kept_aside_copy_is_refused_beside_its_data(demo, tmp_path, capsys):
    """F2: `xa.db` damaged, restored from the backup (the damaged file kept aside as `xa-hong-<time>.db`). `parapp
    check --db <that copy>` said "Cơ sở dữ liệu bị hỏng … Hãy khôi phục từ bản sao lưu gần nhất"; followed (`parapp
    restore <xa.db's latest snapshot> --db <the copy>`): "Đã khôi phục …", exit 0, a second data of 54 tasks beside
    xa.db, one evidence folder and one backups/auto for both. Now check names xa.db as the data in use, and the
    restore is refused (exit 2, the copy as it was), naming the restore into xa.db itself."""
    from parapp.store.backup import list_snapshots, take_snapshot

    folder = tmp_path / "Hồ sơ #2 %20 xã"
    folder.mkdir()
    db = folder / "xa.db"
    shutil.copyfile(demo, db)
    con = sqlite3.connect(db)
    try:
        take_snapshot(con, folder, "dau-ngay")
    finally:
        con.close()
    snap = list_snapshots(folder)[0].path
    with open(db, "r+b") as fh:  # a tasks page overwritten
        fh.seek(4096 * 3)
        fh.write(b"\xff" * 4096)
    assert main(["restore", str(snap), "--db", str(db)]) == 0
    kept = next(folder.glob("xa-hong-*.db"))
    before = kept.read_bytes()
    capsys.readouterr()
    assert main(["check", "--db", str(kept)]) == 1
    assert "“" + str(db) + "”" in _said(capsys)
    assert main(["restore", str(snap), "--db", str(kept)]) == 2
    said = _said(capsys)
    assert "--db " + str(db) in said or f'--db "{db}"' in said, said
    assert kept.read_bytes() == before
    assert not list(folder.glob("xa-hong-*-hong-*"))
