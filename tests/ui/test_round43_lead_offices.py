"""A fresh-eyes walk (round 41): the new task form's "Người chủ trì" offered officials only; the office set in "Tổ
chức bộ máy" had to be typed by hand in "Chủ trì (theo văn bản)", and a spelling of its own ("phòng kinh tế") made a
row of its own in the overview and the plan's "Chủ trì". The field now offers the offices as they are typed, and an
office typed in another case or with another dash is stored in the office's own spelling."""

from __future__ import annotations

import dataclasses
import datetime as dt

from parapp.store import settings, tasks
from parapp.ui.tasks.task_editor import TaskDialog

TODAY = dt.date(2026, 12, 6)


def _offices(db):
    s = settings.load_settings(db)
    settings.save_settings(db, dataclasses.replace(
        s, commune_name="UBND xã Ba Giang", offices=["Văn phòng HĐND và UBND", "Phòng Kinh tế"],
        one_stop_unit="Trung tâm Phục vụ hành chính công"))


def test_the_lead_field_offers_the_offices(qtbot, db):
    _offices(db)
    editor = TaskDialog(db, today=TODAY)
    qtbot.addWidget(editor)
    completer = editor.lead_text.completer()
    completer.setCompletionPrefix("phòng")
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert offered == ["Văn phòng HĐND và UBND", "Phòng Kinh tế"]
    completer.setCompletionPrefix("trung tâm")
    assert completer.currentCompletion() == "Trung tâm Phục vụ hành chính công"


def test_an_office_typed_in_its_own_spelling_is_stored_as_the_office(qtbot, db):
    _offices(db)
    editor = TaskDialog(db, today=TODAY)
    qtbot.addWidget(editor)
    editor.content.setPlainText("Rà soát quy trình nội bộ")
    editor.lead_text.setText("phong  kinh te")  # typed without its marks too (a fresh-eyes re-walk, round 43)
    editor.save()
    assert tasks.get_task(db, editor.task_id).lead_text == "Phòng Kinh tế"
    other = TaskDialog(db, today=TODAY)
    qtbot.addWidget(other)
    other.content.setPlainText("Tuyên truyền")
    other.lead_text.setText("Tổ công nghệ số cộng đồng")  # no office of that name: kept as typed
    other.save()
    assert tasks.get_task(db, other.task_id).lead_text == "Tổ công nghệ số cộng đồng"


def test_the_evidence_buttons_act_only_on_a_file_chosen(qtbot, db):
    """A fresh-eyes re-walk (round 43): "Bỏ tệp…" on an empty list said "Không lưu được"."""
    import datetime as dt

    from parapp.store import tasks as store_tasks

    task = store_tasks.create_task(db, {"content": "Rà soát"}, today=dt.date(2026, 12, 6))
    editor = TaskDialog(db, task, today=TODAY)
    qtbot.addWidget(editor)
    assert not editor.evidence_box.remove_btn.isEnabled() and editor.attach_btn.isEnabled()
