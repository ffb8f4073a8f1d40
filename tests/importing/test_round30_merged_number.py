"""Round 30C F2: a task's number merged down over the rows its words are written in (Excel or Word: "1" over "Công khai
thủ tục hành chính" and "Niêm yết tại bộ phận một cửa", its lead and deadline merged the same way) became two tasks
numbered "1", the second a fragment of the first's words with the first's lead and deadline, not a word said."""

from __future__ import annotations

import datetime as dt
import io

import docx
import openpyxl

from parapp.core.importing.parse import parse_bytes

HEAD = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]
ROWS = [["1", "Công khai thủ tục hành chính", "Văn phòng", "Quý II/2027"],
        ["", "tại bộ phận một cửa và trên trang tin của xã", "", ""],
        ["2", "Số hóa hồ sơ", "Văn phòng", "Tháng 6"],
        ["", "- Hồ sơ hộ tịch", "", ""],
        ["3", "Tuyên truyền", "Văn hóa", "Quý III"],
        ["", "Tuyên truyền trên loa", "Tư pháp", "Quý IV"]]
MERGES = [(4, 5), (6, 7), (8, 9)]  # rows of the sheet (the header is row 3)
OWN = {9}  # the row naming its own lead and deadline: only its number merged
WANT = [("1", "Công khai thủ tục hành chính tại bộ phận một cửa và trên trang tin của xã", "Văn phòng",
         dt.date(2027, 6, 30)),
        ("2", "Số hóa hồ sơ", "Văn phòng", dt.date(2027, 6, 30)),
        ("", "Hồ sơ hộ tịch", "Văn phòng", dt.date(2027, 6, 30)),
        ("3", "Tuyên truyền", "Văn hóa", dt.date(2027, 9, 30)),
        ("3", "Tuyên truyền trên loa", "Tư pháp", dt.date(2027, 12, 31))]


def _check(r):
    assert [(t.stt, t.content, t.lead, t.due_date) for t in r.tasks] == WANT


def test_excel_merged():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["KẾ HOẠCH CCHC NĂM 2027"], [], HEAD, *ROWS]:
        ws.append(r)
    for a, b in MERGES:
        for col in ("A", "C", "D") if b not in OWN else ("A",):
            ws.merge_cells(f"{col}{a}:{col}{b}")
    buf = io.BytesIO()
    wb.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.xlsx", plan_year=2027))


def test_word_merged():
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH CCHC NĂM 2027")
    t = d.add_table(rows=0, cols=4)
    for r in [HEAD, *ROWS]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    for a, b in MERGES:
        for col in (0, 2, 3) if b not in OWN else (0,):
            top = t.rows[a - 3].cells[col]
            text = top.text
            top.merge(t.rows[b - 3].cells[col]).text = text
    buf = io.BytesIO()
    d.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.docx", plan_year=2027))
