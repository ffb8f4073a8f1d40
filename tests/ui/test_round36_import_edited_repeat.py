"""Round 36C: the rows asked about as repeats before an import are the rows as they stand in the preview. The orange
marks were worked out once, when the file was read: a repeated row the clerk then corrected in the preview (to the
task the plan really sets) was still counted a repeat, so the whole file was "imported already" ("Không nhập" the
default) or the corrected row left out by the default "Bỏ qua … dòng trùng"; a row edited into a stored task's words
was imported twice with no question."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QMessageBox

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


def _answer_default(monkeypatch, seen: dict) -> None:
    def exec_(box: QMessageBox) -> int:
        seen.setdefault("texts", []).append(box.text())
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_a_repeated_row_corrected_in_the_preview_is_no_repeat(qtbot, ui_db, monkeypatch):
    _dialog(qtbot, ui_db).do_import()
    assert len(tasks.task_rows(ui_db)) == 10
    again = _dialog(qtbot, ui_db)
    again.model.setData(again.model.index(0, CONTENT), NEW)
    seen: dict = {}
    _answer_default(monkeypatch, seen)
    again.do_import()
    assert seen["texts"] and "9 trong 10 nhiệm vụ" in seen["texts"][0]
    qtbot.waitUntil(lambda: len(tasks.task_rows(ui_db)) == 11)
    assert NEW in [t.content for t in tasks.task_rows(ui_db)]


def test_a_row_edited_into_a_stored_tasks_words_is_asked_about(qtbot, ui_db, monkeypatch):
    first = _dialog(qtbot, ui_db)
    first.model.setData(first.model.index(0, CONTENT), NEW)
    first.do_import()
    assert NEW in [t.content for t in tasks.task_rows(ui_db)]
    again = _dialog(qtbot, ui_db)
    again.model.setData(again.model.index(0, CONTENT), NEW)
    seen: dict = {}
    _answer_default(monkeypatch, seen)
    again.do_import()
    assert seen["texts"] and "Cả 10 nhiệm vụ sắp nhập đều đã có trong sổ" in seen["texts"][0]
    assert len(tasks.task_rows(ui_db)) == 10
