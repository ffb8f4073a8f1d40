"""Round 29C F11: under "Thời gian thực hiện" over "Từ | Đến" (round 28C), standing work written across both cells
("Thường xuyên", "Hằng quý", "Cả năm" merged, so in the start column with the end empty) had no deadline: the task was
asked for one and its "Thường xuyên" was left out of it (named only in the unread-column note)."""

from __future__ import annotations

import datetime as dt
import io

import docx
import openpyxl
import pytest

from parapp.core.importing.parse import parse_bytes, parse_text

H1 = ["STT", "Nội dung", "Chủ trì", "Thời gian thực hiện", ""]
H2 = ["", "", "", "Từ", "Đến"]
ROWS = [["1", "Rà soát văn bản", "Văn phòng", "Quý I", "Quý III"], ["2", "Tuyên truyền", "Văn hóa", "Thường xuyên", ""],
        ["3", "Báo cáo", "Văn phòng", "Hằng quý", ""], ["4", "Kiểm tra", "Văn phòng", "Cả năm", ""],
        ["5", "Họp", "Văn phòng", "Tháng 2", ""]]
WANT = [("Quý III", dt.date(2027, 9, 30), "none"), ("Thường xuyên", dt.date(2027, 12, 31), "yearly"),
        ("Hằng quý", dt.date(2027, 12, 31), "quarterly"), ("Cả năm", dt.date(2027, 12, 31), "none"),
        ("", None, "none")]  # a start alone is no deadline: asked


def _check(r):
    assert [(t.deadline_text, t.due_date, t.recurrence) for t in r.tasks] == WANT


def test_a_paste():
    _check(parse_text("KẾ HOẠCH CCHC NĂM 2027\n\n" + "\n".join("\t".join(r) for r in [H1, H2, *ROWS]) + "\n",
                      plan_year=2027))


def test_excel_merged():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["KẾ HOẠCH CCHC NĂM 2027"], [], H1, H2, *ROWS]:
        ws.append(r)
    for rng in ("D3:E3", "D6:E6", "D7:E7", "D8:E8"):
        ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.xlsx", plan_year=2027))


def test_word_merged():
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính năm 2027")
    t = d.add_table(rows=2 + len(ROWS), cols=5)
    for i, v in enumerate(H1):
        t.cell(0, i).text = v
    t.cell(1, 3).text, t.cell(1, 4).text = "Từ", "Đến"
    t.cell(0, 3).merge(t.cell(0, 4))
    for c in range(3):
        t.cell(0, c).merge(t.cell(1, c))
    for r, row in enumerate(ROWS, start=2):
        for i, v in enumerate(row):
            if v:
                t.cell(r, i).text = v
    for r in (3, 4, 5):
        t.cell(r, 3).merge(t.cell(r, 4))
    buf = io.BytesIO()
    d.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.docx", plan_year=2027))


@pytest.mark.parametrize("header", ["Thời gian thực hiện\tGhi chú", "Thời hạn\tGhi chú"])
def test_a_column_beside_the_deadline_that_is_no_start_is_not_read(header):
    r = parse_text(f"KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tChủ trì\t{header}\n1\tHọp\tVăn phòng\t\tThường xuyên\n",
                   plan_year=2027)
    assert r.tasks[0].deadline_text == ""
