"""Round 35E: at year end the clerk imports next year's plan, which repeats most of this year's tasks."""

from parapp.store import tasks
from parapp.ui.importing.import_dialog import ImportDialog
from tests.ui.test_import_dialog import SAMPLES, TODAY


def _plan_of(tmp_path, year: int):
    text = next(SAMPLES.glob("003_*")).read_text(encoding="utf-8")
    path = tmp_path / f"ke-hoach-{year}.txt"
    path.write_text(text.replace("2023", str(year)).replace("2022", str(year - 1)), encoding="utf-8")
    return path


def test_next_years_plan_repeating_this_years_tasks_is_not_called_a_duplicate(qtbot, ui_db, tmp_path):
    """The 2027 plan, read after the 2026 plan was imported, had 33 of its 38 rows painted orange "Trùng với nhiệm vụ
    2 (15/KH-UBND)" (the 2026 task with the same words) and "Bỏ qua các dòng trùng" left them out of 2027: next
    year's tasks are not this year's again. A row repeats a task of a plan of the same year only."""
    first = ImportDialog(ui_db, today=TODAY)
    qtbot.addWidget(first)
    first.load_file(_plan_of(tmp_path, 2026))
    assert first.plan_year.value() == 2026
    first.set_common_deadline("Trong năm 2026")
    first.do_import()
    assert len(tasks.task_rows(ui_db)) == 38

    nxt = ImportDialog(ui_db, today=TODAY)
    qtbot.addWidget(nxt)
    nxt.load_file(_plan_of(tmp_path, 2027))
    assert nxt.plan_year.value() == 2027
    assert nxt.model.duplicates == {}
    assert not nxt.skip_dupes.isEnabled()

    again = ImportDialog(ui_db, today=TODAY)  # the same year's plan a second time: still told
    qtbot.addWidget(again)
    again.load_file(_plan_of(tmp_path, 2026))
    assert len(again.model.duplicates) == 38
    again.plan_year.setValue(2027)  # the clerk says the rows are next year's: no longer this year's again
    assert again.model.duplicates == {}
    assert not again.skip_dupes.isEnabled()
