"""Round 37C: 36C's F2 worked the repeats out again from the rows as edited before the question an import asks, but
the button "Bỏ qua các dòng trùng" (and the orange marks, the footer's count) still used the marks made when the file
was read: a repeated row the clerk corrected in the preview (to the task the plan really sets), then "Bỏ qua các dòng
trùng" to leave the other repeats out, was left out too: the corrected task never stored, without a word. The marks
follow the rows as edited."""

from parapp.store import tasks
from tests.ui.test_round36_import_edited_repeat import CONTENT, NEW, _dialog


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
