"""A fresh-eyes walk (round 43): an evidence file attached by mistake (a photo, a citizen's ID card) could never be
taken off the task: stored the moment it was picked, "Hủy" kept it, and no button took it off. "Bỏ tệp…" takes it
off, asked first and logged; the file stays in the data folder, where the snapshots made before still find it."""

import datetime as dt

from parapp.store import tasks
from parapp.store.evidence import list_evidence, stored_path
from parapp.ui.tasks import evidence_box
from parapp.ui.tasks.task_editor import TaskDialog

TODAY = dt.date(2026, 12, 6)


def test_a_file_attached_by_mistake_is_taken_off_the_task(qtbot, ui_db, tmp_path, monkeypatch):
    task = tasks.create_task(ui_db, {"content": "Rà soát văn bản QPPL"}, today=TODAY)
    wrong = tmp_path / "ảnh chụp nhầm.jpg"
    wrong.write_bytes(b"\xff\xd8 not evidence")
    dialog = TaskDialog(ui_db, task, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.attach_evidence(str(wrong))
    held = list_evidence(ui_db, task)
    assert [e.original_name for e in held] == ["ảnh chụp nhầm.jpg"]
    asked = []
    monkeypatch.setattr(evidence_box, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    dialog.evidence_view.selectRow(0)
    dialog.evidence_box.remove()
    assert asked and "ảnh chụp nhầm.jpg" in asked[0]
    assert list_evidence(ui_db, task) == [] and dialog.evidence.rowCount() == 0
    assert stored_path(ui_db.data_dir, held[0].sha256).exists()  # the snapshots made before still name it
    logged = ui_db.execute("SELECT action FROM audit_log WHERE entity = 'evidence' ORDER BY id").fetchall()
    assert [r[0] for r in logged][-1] == "delete"


def test_nothing_is_taken_off_when_the_clerk_says_no(qtbot, ui_db, tmp_path, monkeypatch):
    task = tasks.create_task(ui_db, {"content": "Rà soát văn bản QPPL"}, today=TODAY)
    scan = tmp_path / "Biên bản.pdf"
    scan.write_bytes(b"%PDF-1.4")
    dialog = TaskDialog(ui_db, task, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.attach_evidence(str(scan))
    monkeypatch.setattr(evidence_box, "ask_yes_no", lambda *_: False)
    dialog.evidence_view.selectRow(0)
    dialog.evidence_box.remove()
    assert len(list_evidence(ui_db, task)) == 1
