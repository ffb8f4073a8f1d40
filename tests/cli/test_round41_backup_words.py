"""A fresh-eyes walk (round 41): `parapp restore` said "sao lưu lúc 2026-12-06T07:17:24" where the window and every
other line say 06/12/2026 07:17; the window's "Đã lưu" box after a backup offered "Mở tệp" on the .parapp-backup, which
no program opens (it did nothing). The time is written as a person writes it; the box offers the folder only."""

import re

from PySide6.QtWidgets import QMessageBox, QPushButton

from parapp.cli.main import main
from parapp.store import open_database


def test_restore_and_check_say_the_backup_time_as_a_person_writes_it(tmp_path, capsys):
    data = tmp_path / "Xã #1" / "parapp.db"
    data.parent.mkdir()
    open_database(data).close()
    stick = tmp_path / "USB %1"
    stick.mkdir()
    assert main(["backup", "--db", str(data), "--to", str(stick)]) == 0
    made = next(stick.glob("*.parapp-backup"))
    assert main(["check", "--db", str(made)]) == 0
    other = tmp_path / "Xem lại" / "parapp.db"
    other.parent.mkdir()
    assert main(["restore", str(made), "--db", str(other)]) == 0
    out = capsys.readouterr().out
    said = re.findall(r"sao lưu lúc ([^,]+),", out)
    assert len(said) == 2 and all(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", s) for s in said), out


def test_the_saved_box_of_a_backup_offers_its_folder_not_the_file(qtbot, tmp_path, monkeypatch):
    from parapp.ui.widgets.open_file import file_saved

    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(
        [b.text() for b in box.findChildren(QPushButton)]) or 0)
    file_saved(None, tmp_path / "ParApp-XaBaGiang-2026-12-06.parapp-backup")
    file_saved(None, tmp_path / "Báo cáo năm 2026.pdf")
    assert "Mở tệp" not in seen[0] and "Mở thư mục" in seen[0]
    assert len(seen) == 2 and "Mở tệp" in seen[1], seen  # closed: nothing opened, no other box
