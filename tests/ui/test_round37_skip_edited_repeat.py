"""Round 37C: 36C's F2 worked the repeats out again from the rows as edited before the question an import asks, but
the button "Bỏ qua các dòng trùng" (and the orange marks, the footer's count) still used the marks made when the file
was read: a repeated row the clerk corrected in the preview (to the task the plan really sets), then "Bỏ qua các dòng
trùng" to leave the other repeats out, was left out too: the corrected task never stored, without a word. The marks
follow the rows as edited."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData

from parapp.store import tasks
from parapp.ui.importing.import_dialog import ImportDialog

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
TODAY = dt.date(2024, 5, 20)
CONTENT = 3  # "Nội dung nhiệm vụ"
NEW = "Rà soát, công bố thủ tục hành chính mới thuộc thẩm quyền của UBND xã"


def _dialog(qtbot, db) -> ImportDialog:
    text = next(SAMPLES.glob("000_*")).read_text(encoding="utf-8")
    mime = QMimeData()
    mime.setText(text[text.index("ST T\t"):])
    dlg = ImportDialog(db, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.plan_year.setValue(2018)
    dlg.load_mime(mime)
    return dlg


def test_a_corrected_repeat_is_not_left_out_by_skipping_the_repeats(qtbot, ui_db):
    _dialog(qtbot, ui_db).do_import()
    assert len(tasks.task_rows(ui_db)) == 10
    again = _dialog(qtbot, ui_db)
    assert len(again.model.duplicates) == 10
    again.model.setData(again.model.index(0, CONTENT), NEW)
    assert len(again.model.duplicates) == 9 and 0 not in again.model.duplicates
    assert "9 dòng trùng" in again.summary.text()
    again.skip_dupes.click()
    assert [t.content for t in again.model.to_import()] == [NEW]
    again.do_import()
    qtbot.waitUntil(lambda: len(tasks.task_rows(ui_db)) == 11)
    assert NEW in [t.content for t in tasks.task_rows(ui_db)]


def test_a_row_edited_into_a_stored_tasks_words_is_marked_and_skipped(qtbot, ui_db):
    _dialog(qtbot, ui_db).do_import()
    again = _dialog(qtbot, ui_db)
    stored = again.model.tasks[1].content
    again.model.setData(again.model.index(1, CONTENT), NEW)
    again.model.setData(again.model.index(0, CONTENT), stored)
    assert 0 in again.model.duplicates and 1 not in again.model.duplicates
    again.skip_dupes.click()
    assert [t.content for t in again.model.to_import()] == [NEW]
