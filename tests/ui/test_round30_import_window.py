"""Round 30C: the window's plan dialog reads what the command reads: F1 (a task written in the number cell merged
across "STT | Nội dung"), F4 (a grid of quarters marked "x" under "Thời gian thực hiện"), F5 (a "Lĩnh vực" column)
and F6 (a mark merged across quarters)."""

from __future__ import annotations

import datetime as dt
import io

from tests.ui.plan_dialog import dialog_tasks


def _workbook() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027"], [],
                ["STT", "Lĩnh vực", "Nội dung", "Chủ trì", "Thời gian thực hiện", "", "", ""],
                ["", "", "", "", "Quý I", "Quý II", "Quý III", "Quý IV"],
                [1, "Cải cách thể chế", "Kiểm tra việc công khai thủ tục hành chính trong văn bản", "Tư pháp", "x"],
                ["2. Rà soát văn bản quy phạm pháp luật", "", "", "Tư pháp", "", "x"],
                [3, "Cải cách thủ tục hành chính", "Niêm yết công khai", "Văn phòng", "", "x"]):
        ws.append(row)
    for rng in ("E3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "A6:C6", "B5:B6", "F7:H7"):
        ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_the_plan_dialog_reads_round_30_forms(qtbot, ui_db, tmp_path):
    f = tmp_path / "ke-hoach.xlsx"
    f.write_bytes(_workbook())
    dlg, tasks = dialog_tasks(qtbot, ui_db, f, 3)
    assert [(t.stt, t.content, t.lead, t.deadline_text, t.due_date, t.area_code) for t in tasks] == [
        ("1", "Kiểm tra việc công khai thủ tục hành chính trong văn bản", "Tư pháp", "Quý I", dt.date(2027, 3, 31),
         "2"),
        ("2", "Rà soát văn bản quy phạm pháp luật", "Tư pháp", "Quý II", dt.date(2027, 6, 30), "2"),
        ("3", "Niêm yết công khai", "Văn phòng", "Quý II - Quý IV", dt.date(2027, 12, 31), "3")]
