"""`--db` given a folder: "Tệp … không phải là cơ sở dữ liệu ParApp … một tên tệp mới để tạo dữ liệu mới" called the
folder a file; `check` exited 1 ("not sound") saying nothing of any data (round 28A left it). Now the folder is named
as a folder, with the parapp.db inside it to use, or an unpacked backup said as one; nothing is written."""

from __future__ import annotations

import shlex
import zipfile

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo


def _listing(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.mark.parametrize("command", [("check",), ("tasks",)])
def test_the_data_folder_given_as_the_database_names_its_parapp_db(tmp_path, command):
    db = _demo(tmp_path)
    before = _listing(db.parent)
    args = ("check", "--db", db.parent) if command == ("check",) else ("--db", db.parent, *command)
    r = run(*args)
    assert r.returncode == 2, r.stdout + r.stderr
    said = r.stderr
    assert "là một thư mục" in said and "Tệp “" not in said, said
    use = said[said.index("--db \""):].split(". ")[0]
    assert shlex.split(use) == ["--db", str(db)], said  # the file to give, as printed
    assert _listing(db.parent) == before


def test_a_folder_unpacked_from_a_backup_is_said_as_one(tmp_path):
    db = _demo(tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("--db", db, "backup", "--to", usb).returncode == 0
    unpacked = tmp_path / "giai nen"
    with zipfile.ZipFile(next(usb.iterdir())) as z:
        z.extractall(unpacked)
    before = _listing(unpacked)
    r = run("--db", unpacked, "tasks")
    assert r.returncode == 2 and "giải nén từ một tệp sao lưu" in r.stderr, r.stderr
    assert "hãy dùng --db" not in r.stderr  # never sent to work in the unpacked copy
    assert _listing(unpacked) == before


def test_an_empty_folder_is_said_as_a_folder_with_no_data(tmp_path):
    r = run("check", "--db", tmp_path)
    assert r.returncode == 2 and "không có tệp parapp.db" in r.stderr, r.stderr
