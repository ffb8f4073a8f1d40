"""`parapp restore` of another commune's backup says so (left by round 23B of issue 21).

The window asks first since round 22A ("Tệp này là dữ liệu của … không phải của …"); the command line, which cannot
ask, replaced the register without a word. It restores as asked (the data before is kept in the "trước khi khôi phục"
snapshot), then says whose data it was and where the replaced data is.
"""

from __future__ import annotations

from parapp.cli.main import main
from parapp.store import open_database
from parapp.store.settings import load_settings, save_settings


def _db(path, commune):
    db = open_database(path)
    s = load_settings(db)
    s.commune_name = commune
    save_settings(db, s)
    db.close()
    return path


def _backup(tmp_path, db_path):
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    assert main(["backup", "--db", str(db_path), "--to", str(folder)]) == 0
    return max(folder.iterdir(), key=lambda p: p.stat().st_mtime)


def test_another_communes_backup_is_said(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    neighbour = _backup(tmp_path, _db(tmp_path / "a" / "parapp.db", "Ủy ban nhân dân xã Kong Chro"))
    ours = _db(tmp_path / "b" / "parapp.db", "Ủy ban nhân dân xã Ba Giang")
    capsys.readouterr()
    assert main(["restore", "--db", str(ours), str(neighbour)]) == 0
    err = capsys.readouterr().err
    assert "Kong Chro" in err and "không phải của “Ủy ban nhân dân xã Ba Giang”" in err
    assert "trước khi khôi phục" in err


def test_the_communes_own_backup_written_another_way_says_nothing(tmp_path, capsys):
    db_path = _db(tmp_path / "parapp.db", "UBND xã Ba Giang")
    backup = _backup(tmp_path, db_path)
    _db(db_path, "Ủy ban nhân dân xã Ba Giang")
    capsys.readouterr()
    assert main(["restore", "--db", str(db_path), str(backup)]) == 0
    assert "không phải của" not in capsys.readouterr().err
