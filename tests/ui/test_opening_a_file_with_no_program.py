"""Opening a file the computer has no program for says so (left by round 21A of issue 21).

"Mở tệp" after a save, "Mở thư mục", and opening a task's or a PAR criterion's evidence file ignored whether the
system opened anything: with no program for that kind of file (no PDF reader on a fresh office PC, a .dwg drawing
as evidence) nothing happened, without a word. The PDF preview and the Word export already said it.
"""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices


def test_a_file_no_program_opens_is_said_with_where_it_is(qtbot, tmp_path, monkeypatch, errors):
    from parapp.ui.widgets.open_file import open_local

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    f = tmp_path / "Bản vẽ #1.dwg"
    f.write_bytes(b"x")
    assert open_local(None, f) is False
    assert errors and "Bản vẽ #1.dwg" in errors[-1] and str(tmp_path) in errors[-1]
    assert "chương trình" in errors[-1]


def test_a_file_that_opens_says_nothing(qtbot, tmp_path, monkeypatch, errors):
    from parapp.ui.widgets.open_file import open_local

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    f = tmp_path / "a.pdf"
    f.write_bytes(b"%PDF")
    assert open_local(None, f) is True
    assert opened and opened[0].toLocalFile() == str(f) and not errors


def test_the_task_editors_evidence_uses_it(qtbot, ui_db, tmp_path, monkeypatch, errors):
    from parapp.store import tasks
    from parapp.store.evidence import add_evidence
    from parapp.ui.tasks.task_editor import TaskDialog

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    tid = tasks.create_task(ui_db, {"content": "Rà soát"})
    f = tmp_path / "bien-ban.dwg"
    f.write_bytes(b"drawing")
    add_evidence(ui_db, ui_db.data_dir, tid, f)
    dlg = TaskDialog(ui_db, tid)
    qtbot.addWidget(dlg)
    dlg.evidence_view.selectRow(0)
    dlg.open_evidence()
    assert errors and "bien-ban.dwg" in errors[-1]
