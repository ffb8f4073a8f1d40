"""Round 27C: the window's import dialogs read what the command reads (the same parse_file / read_table).

The plan dialog: F1 (a year after a space, "Quý IV 2027"), F5 (a heading in capitals naming no area is the group of
the tasks under it, not the text of the task above) and F6 ("Thời gian triển khai | Thời hạn": the end column is the
deadline); the Excel cover of another year (F4). The Số liệu dialog: F8 ("Kỳ báo cáo: Quý Ba năm 2027" is the third
quarter, not the year)."""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import Qt
from tests.ui.plan_dialog import dialog_tasks

PLAN = ("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian triển khai\tThời hạn\n"
        "I\tCẢI CÁCH THỂ CHẾ\t\t\t\n"
        "1\tRà soát văn bản\tTư pháp\tQuý I 2027\tQuý IV 2027\n"
        "\tTHEO DÕI THI HÀNH PHÁP LUẬT\t\t\t\n"
        "2\tKiểm tra thi hành\tTư pháp\tTháng 3/2027\tTháng 9/2027\n")


def test_the_plan_dialog_reads_round_27_forms(qtbot, ui_db, tmp_path):
    f = tmp_path / "ke-hoach.txt"
    f.write_text(PLAN, encoding="utf-8")
    dlg, tasks = dialog_tasks(qtbot, ui_db, f, 2)
    assert [(t.content, t.group, t.due_date) for t in tasks] == [
        ("Rà soát văn bản", "CẢI CÁCH THỂ CHẾ", dt.date(2027, 12, 31)),
        ("Kiểm tra thi hành", "THEO DÕI THI HÀNH PHÁP LUẬT", dt.date(2027, 9, 30))]
    assert dlg.plan_year.value() == 2027


def test_the_plan_dialog_takes_no_year_from_a_report_before_the_table(qtbot, ui_db, tmp_path):
    import openpyxl

    from parapp.ui.importing.import_dialog import ImportDialog

    wb = openpyxl.Workbook()
    for line in ("BÁO CÁO", "Kết quả thực hiện cải cách hành chính năm 2025", "Ba Giang, ngày 15 tháng 12 năm 2025"):
        wb.active.append([line])
    ws = wb.create_sheet("Kế hoạch")
    for row in (["KẾ HOẠCH"], ["Cải cách hành chính năm 2027"], ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
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
    assert dlg.model.data(dlg.model.index(0, 3), Qt.ItemDataRole.DisplayRole) == "Rà soát văn bản"


def test_the_figures_dialog_reads_a_quarter_in_words(qtbot, ui_db, tmp_path):
    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog

    f = tmp_path / "bieu.csv"
    f.write_text("Kỳ báo cáo: Quý Ba năm 2027\nSTT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,"
                 "Giải quyết quá hạn\n1,Hộ tịch,10,5,8\n", encoding="utf-8")
    dlg = FiguresImportDialog(ui_db, dt.date(2027, 10, 2), 2027)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=5000)
    assert (dlg.kind.currentData(), dlg.year.value()) == ("q3", 2027)
