"""A plan imported twice: the dialog asks before storing rows the register already holds (33C/34C left it: the
same file imported again made a second plan with every task twice, and every report counted each twice)."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QMessageBox

from parapp.store import tasks
from parapp.ui.importing.import_dialog import ImportDialog

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
TODAY = dt.date(2024, 5, 20)


def _table(change_first: bool = False) -> QMimeData:
    text = next(SAMPLES.glob("000_*")).read_text(encoding="utf-8")
    text = text[text.index("ST T\t"):]
    if change_first:  # one task the register does not hold yet
        new = "Rà soát, công bố thủ tục hành chính mới; hoàn thành các nội dung"
        text = text.replace("Phải hoàn thành các nội dung", new, 1)
    mime = QMimeData()
    mime.setText(text)
    return mime


def _dialog(qtbot, db, mime) -> ImportDialog:
    dlg = ImportDialog(db, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.plan_year.setValue(2018)
    dlg.load_mime(mime)
    return dlg


@pytest.fixture
def answer(monkeypatch):
    """The question box, answered with the button whose text starts so; what it said is kept."""
    seen: dict = {}

    def choose(start: str) -> None:
        def exec_(box: QMessageBox) -> int:
            seen["text"], seen["info"] = box.text(), box.informativeText()
            seen["buttons"] = [b.text() for b in box.buttons()]
            seen["default"] = box.defaultButton().text()
            if start:
                next(b for b in box.buttons() if b.text().startswith(start)).click()
            else:
                box.escapeButton().click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)

    choose.seen = seen
    return choose


def test_the_same_table_imported_again_is_asked_about_and_not_stored_by_default(qtbot, ui_db, answer):
    first = _dialog(qtbot, ui_db, _table())
    first.do_import()
    assert len(tasks.task_rows(ui_db)) == 10
    again = _dialog(qtbot, ui_db, _table())
    answer("Không nhập")
    again.do_import()
    seen = answer.seen
    assert "Cả 10 nhiệm vụ sắp nhập đều đã có trong sổ" in seen["text"] and "đã được nhập rồi" in seen["text"]
    assert "đếm mỗi nhiệm vụ hai lần" in seen["info"]
    assert seen["default"] == "Không nhập"
    assert len(tasks.task_rows(ui_db)) == 10 and not getattr(again, "imported", None)
    answer("")  # Esc: not imported either
    again.do_import()
    assert len(tasks.task_rows(ui_db)) == 10


def test_imported_again_on_purpose(qtbot, ui_db, answer):
    _dialog(qtbot, ui_db, _table()).do_import()
    again = _dialog(qtbot, ui_db, _table())
    answer("Vẫn nhập thêm một bản")
    again.do_import()
    qtbot.waitUntil(lambda: len(tasks.task_rows(ui_db)) == 20)


def test_a_table_with_one_new_row_leaves_the_repeated_ones_out_by_default(qtbot, ui_db, answer):
    _dialog(qtbot, ui_db, _table()).do_import()
    again = _dialog(qtbot, ui_db, _table(change_first=True))
    assert len(again.model.duplicates) == 9
    answer("Bỏ qua 9 dòng trùng")
    again.do_import()
    seen = answer.seen
    assert "9 trong 10 nhiệm vụ sắp nhập đã có trong sổ" in seen["text"]
    assert seen["default"].startswith("Bỏ qua 9 dòng trùng, nhập 1 dòng")
    qtbot.waitUntil(lambda: len(tasks.task_rows(ui_db)) == 11)
    assert sum("công bố thủ tục hành chính mới" in r.content for r in tasks.task_rows(ui_db)) == 1


def test_rows_left_out_by_hand_ask_nothing(qtbot, ui_db, answer):
    _dialog(qtbot, ui_db, _table()).do_import()
    again = _dialog(qtbot, ui_db, _table(change_first=True))
    again._skip_duplicates()
    answer("Hủy")  # would keep it from importing, were the box shown
    answer.seen.clear()
    again.do_import()
    qtbot.waitUntil(lambda: len(tasks.task_rows(ui_db)) == 11)
    assert not answer.seen


def test_last_years_same_words_in_a_new_years_plan_ask_nothing(qtbot, ui_db, answer):
    """A new year's plan sets much of last year's work again, in the same words: never taken for a repeat."""
    _dialog(qtbot, ui_db, _table()).do_import()
    next_year = _dialog(qtbot, ui_db, _table())
    next_year.plan_year.setValue(2019)
    answer("Hủy")
    answer.seen.clear()
    next_year.do_import()
    qtbot.waitUntil(lambda: len(tasks.task_rows(ui_db)) == 20)
    assert not answer.seen
