"""A fresh-eyes walk (round 43): "Đánh dấu hoàn thành" on a task already holding two evidence files showed an empty
"Tài liệu kiểm chứng"; the clerk attached them again. The form says what the task already holds."""

import datetime as dt

from parapp.store import tasks
from parapp.store.evidence import add_evidence
from parapp.ui.tasks.mark_done_dialog import MarkDoneDialog

TODAY = dt.date(2026, 12, 6)


def test_the_form_names_the_evidence_the_task_already_holds(qtbot, ui_db, tmp_path):
    task = tasks.create_task(ui_db, {"content": "Rà soát văn bản QPPL"}, today=TODAY)
    bare = MarkDoneDialog(ui_db, task, today=TODAY)
    qtbot.addWidget(bare)
    assert bare.held.isHidden()
    scan = tmp_path / "Biên bản rà soát.pdf"
    scan.write_bytes(b"%PDF-1.4 bien ban")
    add_evidence(ui_db, ui_db.data_dir, task, scan)
    held = MarkDoneDialog(ui_db, task, today=TODAY)
    qtbot.addWidget(held)
    assert not held.held.isHidden() and "Biên bản rà soát.pdf" in held.held.text()
