"""`--db` given a backup: "Tệp … không phải là cơ sở dữ liệu ParApp … một tên tệp mới để tạo dữ liệu mới" was said of
ParApp's own file, as of any stranger's, and nothing said that a restore opens it (left by round 29). Now the backup
is named as one, with the restore command for it; nothing is written, and a Word file is still not ParApp's."""

from __future__ import annotations

import hashlib
import shlex
import shutil

import pytest

from ..cli.test_cli import run
from .test_adversarial_round25a import _demo


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def backup(tmp_path):
    db = _demo(tmp_path)
    usb = tmp_path / "USB #1 50%"
    usb.mkdir()
    assert run("--db", db, "backup", "--to", usb).returncode == 0
    return next(usb.iterdir())


@pytest.mark.parametrize("command", [("tasks",), ("periods", "--year", "2026")])
def test_a_backup_given_as_the_database_is_said_as_a_backup_to_restore(backup, command):
    before = _digest(backup)
    r = run("--db", backup, *command)
    assert r.returncode == 2, r.stdout + r.stderr
    said = r.stderr
    assert "là một tệp sao lưu ParApp" in said and "Traceback" not in said, said
    assert "tạo dữ liệu mới" not in said  # never sent to make new data in its place
    restore = said[said.index("parapp restore"):].split(" hoặc ")[0]
    assert shlex.split(restore) == ["parapp", "restore", str(backup)], said  # the command, as printed, runs
    assert _digest(backup) == before and sorted(backup.parent.iterdir()) == [backup]


def test_a_copy_renamed_zip_and_a_cut_short_backup_are_backups_too(backup, tmp_path):
    as_zip = tmp_path / "Bản sao lưu.zip"
    shutil.copy(backup, as_zip)
    cut = tmp_path / "cut.parapp-backup"
    cut.write_bytes(backup.read_bytes()[:100])
    for given in (as_zip, cut):
        r = run("--db", given, "tasks")
        assert r.returncode == 2 and "là một tệp sao lưu ParApp" in r.stderr, r.stderr


def test_a_word_file_is_still_no_parapp_database(tmp_path):
    import docx

    doc = docx.Document()
    doc.add_paragraph("Kế hoạch cải cách hành chính")
    path = tmp_path / "Kế hoạch.docx"
    doc.save(path)
    r = run("--db", path, "tasks")
    assert r.returncode == 2 and "không phải là cơ sở dữ liệu ParApp" in r.stderr, r.stderr
    assert "sao lưu" not in r.stderr
