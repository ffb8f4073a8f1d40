"""Adversarial round 6: an evidence file's name comes from the database, and a restored backup's
database may name it with a path ("../../../Startup/x.bat", "C:\\…\\Startup\\x.bat"). Opening it
wrote the copy there — outside ParApp's temporary folder — and then had the system open it. Names
Windows refuses (":" "?", "CON.pdf") or too long ones ended in an uncaught error. The copy is now
one plain file inside its own temporary folder, whatever the name."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from parapp.store import tasks
from parapp.store.evidence_copy import plain_name, private_temp
from parapp.ui.tasks.task_editor import TaskDialog

TODAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("name", ["{outside}", "../../../../../../..{outside}", "..\\..\\..\\x.bat",
                                  "C:\\Users\\a\\Start Menu\\Programs\\Startup\\x.bat", "a:b?c*.pdf", "CON.pdf",
                                  "Biên bản " * 40 + ".pdf", "..", ""])
def test_an_evidence_name_from_another_pc_opens_as_one_plain_file_in_the_temporary_folder(
        qtbot, ui_db, tmp_path, errors, monkeypatch, name):
    outside = tmp_path / "outside" / "pwned.bat"
    outside.parent.mkdir()
    name = name.replace("{outside}", str(outside))
    tid = tasks.create_task(ui_db, {"content": "Ban hành kế hoạch CCHC", "deadline_text": "Quý I/2024"}, TODAY)
    doc = tmp_path / "Kế hoạch.pdf"
    doc.write_bytes(b"%PDF-1.4 plan")
    ed = TaskDialog(ui_db, tid, today=TODAY)
    qtbot.addWidget(ed)
    ed.attach_evidence(str(doc))
    ui_db.conn.execute("UPDATE evidence SET original_name = ?", (name,))  # as a restored backup may hold it
    ui_db.conn.commit()
    ed._load_evidence()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    ed.evidence_view.setCurrentIndex(ed.evidence.index(0, 0))
    ed.open_evidence()
    assert errors == [] and not outside.exists()
    (copy,) = opened
    # This account's own temporary folder (round 15: a shared <tmp>/ParApp was the first account's).
    assert copy.parent.parent == private_temp() and copy.read_bytes() == b"%PDF-1.4 plan"
    assert copy.parent.parent.parent == Path(tempfile.gettempdir())
    assert len(copy.name) <= 120


def test_a_plain_name_keeps_what_a_person_reads():
    assert plain_name("Biên bản họp.pdf", "ab" * 32) == "Biên bản họp.pdf"
    assert plain_name("Bie\u0302\u0301n.pdf", "ab" * 32) == "Biến.pdf"  # NFD from a Mac: one way of writing
    assert plain_name("..", "ab" * 32) == "tai-lieu-abababababab"
