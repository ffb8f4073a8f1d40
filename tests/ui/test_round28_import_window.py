"""Round 28C: the window's plan dialog reads what the command reads: F6 ("Thời gian thực hiện" over "Từ | Đến": the
end column is the deadline), F1 ("Ngày 15 tháng Năm 2027"), F9 (a two-word heading in capitals is the group of the
tasks under it), F11 ("Tháng Sáu hằng năm"), F7 ("Cộng I" is no task) and F8 (an Excel cover beside "Kèm theo …
ngày 26/12/2026" gives the year)."""

from __future__ import annotations

import datetime as dt
import io
from tests.ui.plan_dialog import dialog_tasks

PLAN = ("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\t\tKinh phí\n"
        "\t\t\tTừ\tĐến\t\n"
        "I\tCẢI CÁCH THỂ CHẾ\t\t\t\t\n"
        "1\tRà soát văn bản\tTư pháp\tQuý I\tNgày 15 tháng Năm 2027\t5 triệu\n"
        "\tTUYÊN TRUYỀN\t\t\t\t\n"
        "2\tTuyên truyền pháp luật\tVăn hóa\tTháng 2\tTháng Sáu hằng năm\t5 triệu\n"
        "\tCộng I\t\t\t\t10 triệu\n")


def test_the_plan_dialog_reads_round_28_forms(qtbot, ui_db, tmp_path):
    f = tmp_path / "ke-hoach.txt"
    f.write_text(PLAN, encoding="utf-8")
    dlg, tasks = dialog_tasks(qtbot, ui_db, f, 2)
    assert [(t.content, t.group, t.due_date, t.recurrence) for t in tasks] == [
        ("Rà soát văn bản", "CẢI CÁCH THỂ CHẾ", dt.date(2027, 5, 15), "none"),
        ("Tuyên truyền pháp luật", "TUYÊN TRUYỀN", dt.date(2027, 6, 30), "yearly")]
    assert dlg.plan_year.value() == 2027


def test_the_plan_dialog_reads_the_cover_beside_an_annex_line(qtbot, ui_db, tmp_path):
    import openpyxl

    from parapp.ui.importing.import_dialog import ImportDialog

    wb = openpyxl.Workbook()
    for line in ("ỦY BAN NHÂN DÂN XÃ BA GIANG", "KẾ HOẠCH", "Cải cách hành chính năm 2027"):
        wb.active.append([line])
    ws = wb.create_sheet("Phụ lục")
    for row in (["PHỤ LỤC"], ["(Kèm theo Kế hoạch số 120/KH-UBND ngày 26/12/2026 của UBND xã)"],
                ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"],
                [1, "Rà soát văn bản", "Văn phòng", "Quý I"]):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    f = tmp_path / "ke-hoach.xlsx"
    f.write_bytes(buf.getvalue())
    dlg = ImportDialog(ui_db, today=dt.date(2026, 12, 5))
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 1, timeout=5000)
    assert dlg.plan_year.value() == 2027
    assert [t.due_date for t in dlg.model.to_import()] == [dt.date(2027, 3, 31)]
