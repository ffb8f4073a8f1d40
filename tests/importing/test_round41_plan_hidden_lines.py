"""Round 41C L3 (left by 40D): `import` of a plan workbook (.xlsx) whose clerk hid rows or columns in Excel (a
filter on "his" unit, another level's task, last year's deadline column). They were read as if shown: the hidden task
"Nhiệm vụ của cấp huyện" came in among the commune's, and a hidden column "Thời hạn (năm trước)" gave the tasks last
year's deadlines, where the sheet shows "Quý II" (exit 0, nothing said). Decided as the figures and criteria importers
(round 40D): a sheet is read as Excel shows and prints it, and a note names the hidden rows and columns left out, so
the clerk unhides them and imports again if he wants them. An area's heading row stays read though hidden: a filter on
the lead column hides it with other units' tasks, and left out, the tasks shown under it were of no area or of the
area above (the first version of this change)."""

from __future__ import annotations

import io

import openpyxl

from parapp.core.importing.parse import parse_bytes, remap


def _book() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KH 2027"
    for r in [["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027"],
              ["STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn (năm trước)", "Thời gian hoàn thành"],
              ["I", "CẢI CÁCH THỂ CHẾ"],
              [1, "Rà soát văn bản QPPL", "Tư pháp", "Quý I/2026", "Quý II"],
              [2, "Nhiệm vụ của cấp huyện", "Phòng Nội vụ", "Quý I/2026", "Quý III"],
              [3, "Theo dõi thi hành pháp luật", "Tư pháp", "Quý IV/2026", "Quý IV"]]:
        ws.append(r)
    ws.row_dimensions[5].hidden = True
    ws.column_dimensions["D"].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_hidden_rows_and_columns_left_out_and_named():
    r = parse_bytes(_book(), "kehoach.xlsx", plan_year=2027)
    assert [(t.content, t.deadline_text) for t in r.tasks] == [("Rà soát văn bản QPPL", "Quý II"),
                                                               ("Theo dõi thi hành pháp luật", "Quý IV")]
    said = [str(n) for n in r.notes if "ẩn" in str(n)]
    assert len(said) == 1 and "KH 2027" in said[0] and "5" in said[0] and "D" in said[0]
    again = remap(r, r.columns)  # the window's column corrections keep the note
    assert [str(n) for n in again.notes if "ẩn" in str(n)] == said


def _filtered() -> bytes:
    """Filtered on "Cơ quan chủ trì" = "Tư pháp" in Excel: the area rows (no lead) are hidden with the other tasks."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
              ["I", "CẢI CÁCH THỂ CHẾ"],
              [1, "Rà soát văn bản QPPL", "Tư pháp", "Quý II"],
              [2, "Kiểm tra công tác văn thư", "Văn phòng", "Quý III"],
              ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
              [1, "Niêm yết thủ tục hành chính", "Văn phòng", "Quý I"],
              [2, "Rà soát thủ tục chứng thực", "Tư pháp", "Quý III"]]:
        ws.append(r)
    ws.auto_filter.ref = "A1:D7"
    for row in (2, 4, 5, 6):
        ws.row_dimensions[row].hidden = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_filter_hiding_the_area_rows_keeps_each_task_in_its_area():
    r = parse_bytes(_filtered(), "kehoach.xlsx", plan_year=2027)
    assert [(t.content, t.area_code) for t in r.tasks] == [("Rà soát văn bản QPPL", "2"),
                                                           ("Rà soát thủ tục chứng thực", "3")]
    said = [str(n) for n in r.notes if "ẩn" in str(n)]
    assert len(said) == 1 and "4, 6" in said[0]


def test_every_task_hidden_is_said_so_when_refused():
    """With every task row hidden (a filter no task meets), the import was refused with "check the file is a plan":
    advice of no use, the hidden rows, the reason, left unsaid. Now the refusal names them."""
    import pytest

    from parapp.core.importing.model import Unreadable
    from parapp.services.importing import PlanRead, check_storable

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"], ["I", "CẢI CÁCH THỂ CHẾ"],
              [1, "Rà soát văn bản QPPL", "Tư pháp", "Quý II"], [2, "Kiểm tra văn thư", "Văn phòng", "Quý III"]]:
        ws.append(r)
    for row in (3, 4):
        ws.row_dimensions[row].hidden = True
    out = io.BytesIO()
    wb.save(out)
    r = parse_bytes(out.getvalue(), "kehoach.xlsx", plan_year=2027)
    with pytest.raises(Unreadable) as refused:
        check_storable(PlanRead(r, 2027, {}, []))
    assert "ẩn" in str(refused.value) and "3, 4" in str(refused.value) and "Sheet" in str(refused.value)
