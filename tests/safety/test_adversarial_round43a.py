"""Adversarial round 43A: backups, restores, automatic snapshots, `parapp check`, `repair`, `--out` (helper r43a)."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from parapp.cli.main import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo commune (Ba Giang) and a backup of it (made once)."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    folder.mkdir()
    db = folder / "parapp.db"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db), "--to", str(folder.parent)]) == 0
    return db, next(folder.parent.glob("*.parapp-backup"))


def _said(capsys) -> str:
    out = capsys.readouterr()
    return out.out + out.err


def _cut_off(folder, name: str = "parapp.db", commune: str = "UBND xã Bình Minh"):
    """A data made and named `commune`, then cut off by a power cut before a clean close: the file and its -wal as
    the disk holds them while it is open (the name still in the -wal)."""
    from parapp.store.db import open_database
    from parapp.store.settings import load_settings, save_settings

    live = folder.parent / (folder.name + "-live")
    live.mkdir()
    db = open_database(live / name)
    try:
        save_settings(db, dataclasses.replace(load_settings(db), commune_name=commune))
        folder.mkdir()
        for side in ("", "-wal"):
            shutil.copyfile(live / f"{name}{side}", folder / f"{name}{side}")
    finally:
        db.conn.close()
    return folder / name


def test_a_restore_over_data_whose_name_is_in_its_wal_says_whose_data_it_replaced(demo, tmp_path, capsys):
    """L1 (left by round 42A): a commune's data named "UBND xã Bình Minh" in its first session, cut off by a power cut
    (the name still in parapp.db-wal). `parapp restore <Ba Giang's backup> --db <it>`: "Đã khôi phục …", with no word
    that Bình Minh's data was replaced by Ba Giang's (the name was read from the file as it stands, without its -wal).
    Now the name is read with what the -wal holds: the note names both communes and the way back."""
    _db, backup = demo
    db = _cut_off(tmp_path / "b")
    capsys.readouterr()
    assert main(["restore", str(backup), "--db", str(db)]) == 0
    said = _said(capsys)
    assert "không phải của “UBND xã Bình Minh”" in said, said


def test_a_new_data_whose_write_through_did_not_fit_is_data_to_the_rules(tmp_path, capsys, monkeypatch):
    """F1: the window's first start made `xa.db` on a stick with 700 KB free: it opened (its schema in the 585 KB
    `xa.db-wal`), but writing it through to the file (round 42A's checkpoint) did not fit, and the file was left a
    part of it. Space freed, `parapp demo --db <that folder>/mau.db` made the sample commune beside it, exit 0 (one
    evidence folder and one backups/auto for both): the rules read the file without its -wal. Now they read what the
    -wal holds: refused, exit 2, nothing made."""
    from parapp.store import bootstrap
    from parapp.store.db import open_database

    monkeypatch.setattr(bootstrap, "_write_through", lambda db: None)  # the disk too full for it
    folder = tmp_path / "xa"
    folder.mkdir()
    db = open_database(folder / "xa.db")
    try:
        capsys.readouterr()
        assert main(["demo", "--db", str(folder / "mau.db")]) == 2
        assert "xa.db" in _said(capsys)
        assert not (folder / "mau.db").exists()
    finally:
        db.conn.close()


def _damage(db):
    """A page of the tasks table gone bad on the disk (the schema still readable)."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'tasks'").fetchone()[0]
        size = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * size + 8)
        fh.write(b"\xff" * 200)


def test_a_folder_given_for_data_names_the_data_not_its_damaged_copy_kept_aside(demo, tmp_path, capsys):
    """F2: the commune's data `xa.db` went bad on the disk and was restored from a backup, the damaged file kept aside
    as `xa-hong-<time>.db`. `parapp check --db <the folder>` (any command given the folder) then said "Dữ liệu ParApp
    trong thư mục này là tệp “…/xa-hong-<time>.db”: hãy dùng --db …": the damaged copy, not the restored data (first
    by name). Now a copy ParApp kept aside is named only when no other data is there."""
    db, backup = demo
    folder = tmp_path / "d"
    shutil.copytree(db.parent, folder)
    (folder / "parapp.db").rename(folder / "xa.db")
    _damage(folder / "xa.db")
    assert main(["restore", str(backup), "--db", str(folder / "xa.db")]) == 0
    kept = next(folder.glob("xa-hong-*.db"))
    capsys.readouterr()
    assert main(["check", "--db", str(folder)]) == 2
    said = _said(capsys)
    assert f"--db \"{folder / 'xa.db'}\"" in said and kept.name not in said, said
    (folder / "xa.db").unlink()  # the restored data lost too: its damaged copy is still the data there
    assert main(["check", "--db", str(folder)]) == 2
    assert kept.name in _said(capsys)


def test_data_restored_back_into_its_name_is_not_refused_for_its_own_damaged_copy(demo, tmp_path, capsys):
    """F4: `xa.db` went bad and was restored (the damaged file kept aside as `xa-hong-<time>.db`); later `xa.db` itself
    was gone. `parapp restore <backup> --db <folder>/xa.db` was refused, exit 2: "là tệp mới trong thư mục của dữ
    liệu ParApp “…/xa-hong-<time>.db” … khôi phục vào tệp parapp.db trong thư mục riêng, hoặc vào chính xa-hong-…":
    the data's own damaged copy taken for another data (the window's start on xa.db refused alike). Now a copy a
    restore kept aside of the same name does not stand in the way: restored, exit 0."""
    db, backup = demo
    folder = tmp_path / "d"
    shutil.copytree(db.parent, folder)
    (folder / "parapp.db").rename(folder / "xa.db")
    _damage(folder / "xa.db")
    assert main(["restore", str(backup), "--db", str(folder / "xa.db")]) == 0
    for side in ("", "-wal", "-shm"):
        (folder / f"xa.db{side}").unlink(missing_ok=True)
    capsys.readouterr()
    assert main(["restore", str(backup), "--db", str(folder / "xa.db")]) == 0, _said(capsys)
    assert main(["demo", "--db", str(folder / "mau.db")]) == 2  # another name still refused


def test_the_sample_commune_is_not_made_over_a_lost_datas_snapshots(demo, tmp_path, capsys):
    """F5: the commune's parapp.db gone from its data folder (deleted by mistake), its evidence and automatic snapshots
    still there. `parapp demo --db <that folder>/parapp.db` (or `parapp demo` on the default folder; the message for a
    missing data names `parapp demo`) made the sample commune there, exit 0: its window's snapshots then pruned the
    office's, its "Khôi phục…" listed them as its own. Now refused, exit 2, nothing made, naming the restore of the
    latest snapshot (which this test follows) and a folder of its own for the sample."""
    import sqlite3

    from parapp.store.backup import take_snapshot

    db, _backup = demo
    folder = tmp_path / "d"
    shutil.copytree(db.parent, folder)
    con = sqlite3.connect(folder / "parapp.db")
    try:
        snap = take_snapshot(con, folder, "dau-ngay").path
    finally:
        con.close()
    (folder / "parapp.db").unlink()
    capsys.readouterr()
    assert main(["demo", "--db", str(folder / "parapp.db")]) == 2
    said = _said(capsys)
    assert not (folder / "parapp.db").exists()
    assert f"parapp restore \"{snap}\" --db \"{folder / 'parapp.db'}\"" in said, said
    assert main(["restore", str(snap), "--db", str(folder / "parapp.db")]) == 0
    assert main(["check", "--db", str(folder / "parapp.db")]) == 0


def test_an_export_is_never_written_where_the_data_keeps_its_snapshots(demo, tmp_path, capsys):
    """F6: a data with no snapshot yet (a demo, a new data before its first day's copy: no `backups` folder).
    `parapp report pdf --db <it> --out <its folder>/backups` said "Đã xuất …", exit 0: a PDF named `backups` stood where
    the snapshots go, and every restore and repair was then refused ("“…/backups” không phải là thư mục"), the window's
    daily snapshot not made. Now refused as a write into the data folder's own folders, exit 2, nothing written."""
    import datetime as dt

    db, backup = demo
    folder = tmp_path / "d"
    shutil.copytree(db.parent, folder)
    assert not (folder / "backups").exists()
    capsys.readouterr()
    code = main(["report", "pdf", "--db", str(folder / "parapp.db"), "--year", str(dt.date.today().year),
                 "--period", "year", "--out", str(folder / "backups")])
    assert code == 2 and "chưa ghi gì" in _said(capsys)
    assert not (folder / "backups").exists()
    assert main(["restore", str(backup), "--db", str(folder / "parapp.db")]) == 0
