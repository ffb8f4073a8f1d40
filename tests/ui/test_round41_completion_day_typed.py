"""A fresh-eyes walk (round 41), on 06/12/2026: "Đánh dấu hoàn thành", the day the work was really finished typed day
first as a clerk writes it, "20112026". The field showed 02/01/2026 and "Ghi nhận hoàn thành" would store it: its
maximum (today) made Qt refuse each day 07–31 as typed, the digits spilling into the month and year. The day typed is
now the day stored; a day after today is refused on saving, said, nothing stored."""

import datetime as dt

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit

from parapp.store import tasks

TODAY = dt.date(2026, 12, 6)


def _dialog(qtbot, db):
    from parapp.ui.tasks.mark_done_dialog import MarkDoneDialog

    tid = tasks.create_task(db, {"content": "Số hóa hồ sơ TTHC", "deadline_text": "Quý IV/2026"}, TODAY)
    dlg = MarkDoneDialog(db, tid, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg, tid


def _type(dlg, digits: str) -> None:
    edit = dlg.completed_on
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)  # where a click on the day puts the clerk
    QTest.keyClicks(edit, digits)
    edit.clearFocus()


def test_a_past_day_typed_day_first_is_the_day_kept(qtbot, ui_db):
    dlg, _ = _dialog(qtbot, ui_db)
    for digits, day in (("20112026", dt.date(2026, 11, 20)), ("15042026", dt.date(2026, 4, 15)),
                        ("28022026", dt.date(2026, 2, 28))):
        _type(dlg, digits)
        assert dlg.completed_date() == day, digits


def test_a_day_after_today_is_refused_on_saving(qtbot, ui_db, errors):
    dlg, tid = _dialog(qtbot, ui_db)
    _type(dlg, "20122026")
    assert dlg.completed_date() == dt.date(2026, 12, 20)
    dlg.save()
    assert tasks.get_task(ui_db, tid).status != "done" and dlg.result() == 0
    assert errors and "20/12/2026" in errors[0] and "sau ngày hôm nay" in errors[0]
