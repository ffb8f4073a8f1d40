"""Round 34C: the import dialog filled a new plan's title, number and issue date from the first file read (3cc13ab),
and kept them when another file was read next: the plan of the second file was stored with the first one's title,
number and day, silently (the year followed the new file). What the dialog filled follows the file now read; what the
user typed stays."""

from __future__ import annotations

import datetime as dt

from parapp.store import plans
from parapp.ui.importing.import_dialog import ImportDialog

TASKS = "II. NỘI DUNG\n1. Cải cách thủ tục hành chính\n- Rà soát thủ tục hành chính. Thời gian: Quý II/{0}\n"
LAST_YEARS = ("Số: 5/KH-UBND\nBa Giang, ngày 06 tháng 01 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\n\n"
              + TASKS.format(2025))
THIS_YEARS = "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\n\n" + TASKS.format(2026)


def _dialog(qtbot, ui_db, tmp_path):
    first, second = tmp_path / "nam-2025.txt", tmp_path / "nam-2026.txt"
    first.write_text(LAST_YEARS, encoding="utf-8")
    second.write_text(THIS_YEARS, encoding="utf-8")
    dlg = ImportDialog(ui_db, today=dt.date(2026, 2, 1))
    qtbot.addWidget(dlg)
    dlg.load_file(first)
    assert (dlg.plan_title.text(), dlg.plan_number.text(), dlg.plan_date.text()) == (
        "Kế hoạch cải cách hành chính năm 2025", "5/KH-UBND", "06/01/2025")
    return dlg, second


def test_the_file_read_next_gives_the_new_plans_title_number_and_day(qtbot, ui_db, tmp_path):
    dlg, second = _dialog(qtbot, ui_db, tmp_path)
    dlg.load_file(second)  # the right file, chosen after the wrong one
    assert (dlg.plan_title.text(), dlg.plan_number.text(), dlg.plan_date.text(), dlg.plan_year.value()) == (
        "Kế hoạch tuyên truyền cải cách hành chính năm 2026", "", "", 2026)
    dlg.do_import()
    qtbot.waitUntil(lambda: bool(dlg.imported))
    p = plans.get_plan(ui_db, plans.list_plans(ui_db)[0].id)
    assert (p.title, p.number, p.issued_on, p.year) == ("Kế hoạch tuyên truyền cải cách hành chính năm 2026", "",
                                                        None, 2026)


def test_what_the_user_typed_stays_when_another_file_is_read(qtbot, ui_db, tmp_path):
    dlg, second = _dialog(qtbot, ui_db, tmp_path)
    dlg.plan_title.setText("Kế hoạch CCHC năm 2026 của xã")
    dlg.plan_number.setText("9/KH-UBND")
    dlg.load_file(second)
    assert (dlg.plan_title.text(), dlg.plan_number.text(), dlg.plan_date.text()) == (
        "Kế hoạch CCHC năm 2026 của xã", "9/KH-UBND", "")


def test_a_file_read_into_a_plan_then_turned_into_a_new_one_gives_its_heading(qtbot, ui_db, tmp_path):
    # the plan box on an existing plan when the file is read, then "new plan" chosen: the boxes stayed empty and
    # the new plan was named after the file, with no number or day, though the file's first page says them
    pid = plans.add_plan(ui_db, {"title": "Kế hoạch cũ", "year": 2025})
    first = tmp_path / "nam-2025.txt"
    first.write_text(LAST_YEARS, encoding="utf-8")
    dlg = ImportDialog(ui_db, plan_id=pid, today=dt.date(2026, 2, 1))
    qtbot.addWidget(dlg)
    dlg.load_file(first)
    dlg.plan.setCurrentIndex(dlg.plan.findData(None))
    assert (dlg.plan_title.text(), dlg.plan_number.text(), dlg.plan_date.text()) == (
        "Kế hoạch cải cách hành chính năm 2025", "5/KH-UBND", "06/01/2025")
