"""Round 29C: the window's plan dialog reads what the command reads: F1 ("Kinh phí" over "Tổng số | Trong đó: NS xã"
beside "Thời gian thực hiện" over "Từ | Đến": the end column is the deadline, the total the budget), F2 ("Cộng I + II"
is no task), F3 ("Phần II - …" merged across is the area), F7 ("Năm 2027 (Quý II)")."""

from __future__ import annotations

import datetime as dt
import io
from tests.ui.plan_dialog import dialog_tasks


def _workbook() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"], [],
                ["STT", "Nội dung", "Chủ trì", "Thời gian thực hiện", "", "Kinh phí (triệu đồng)", ""],
                ["", "", "", "Từ", "Đến", "Tổng số", "Trong đó: NS xã"],
                ["Phần I. CẢI CÁCH THỂ CHẾ"],
                [1, "Rà soát văn bản", "Văn phòng", "Quý I", "Quý III", 10, 5],
                ["Phần II - CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
                [1, "Niêm yết công khai", "Văn phòng", "Tháng 2", "Năm 2027 (Quý II)", 6, 6],
                ["", "Cộng I + II", "", "", "", 16, 11]):
        ws.append(row)
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_the_plan_dialog_reads_round_29_forms(qtbot, ui_db, tmp_path):
    f = tmp_path / "ke-hoach.xlsx"
    f.write_bytes(_workbook())
    dlg, tasks = dialog_tasks(qtbot, ui_db, f, 2)
    assert [(t.content, t.group, t.due_date, t.budget) for t in tasks] == [
        ("Rà soát văn bản", "CẢI CÁCH THỂ CHẾ", dt.date(2026, 9, 30), "10"),
        ("Niêm yết công khai", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", dt.date(2027, 6, 30), "6")]
    assert tasks[0].area_code != tasks[1].area_code
