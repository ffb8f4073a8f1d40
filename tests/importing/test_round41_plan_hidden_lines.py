"""Round 41C L3 (left by 40D): `import` of a plan workbook (.xlsx) whose clerk hid rows or columns in Excel (a
filter on "his" unit, another level's task, last year's deadline column). They were read as if shown: the hidden task
"Nhiệm vụ của cấp huyện" came in among the commune's, and a hidden column "Thời hạn (năm trước)" gave the tasks last
year's deadlines, where the sheet shows "Quý II" (exit 0, nothing said). Decided as the figures and criteria importers
(round 40D): a sheet is read as Excel shows and prints it, and a note names the hidden rows and columns left out, so
the clerk unhides them and imports again if he wants them."""

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
