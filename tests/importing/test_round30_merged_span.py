"""Round 30C F7: under "Thời gian thực hiện" over "Từ | Đến" (round 28C), a one-off time merged across both cells
("Quý III", "Tháng 2/2027": the task runs in that period) had no deadline: asked for one, "Quý III" left out of the task
(named only in the unread-column note). Round 29C read standing work merged so; a merge is known in Word, Excel and
HTML, so any value merged across the pair is the period, due at its end. A start alone (not merged) is still asked."""

from __future__ import annotations

import datetime as dt
import io

import docx
import openpyxl

from parapp.core.importing.parse import parse_bytes

H1 = ["STT", "Nội dung", "Chủ trì", "Thời gian thực hiện", ""]
H2 = ["", "", "", "Từ", "Đến"]
ROWS = [["1", "Rà soát văn bản", "Văn phòng", "Quý I", "Quý III"],
        ["2", "Tuyên truyền", "Văn hóa", "Quý III", ""],      # merged across Từ | Đến
        ["3", "Báo cáo", "Văn phòng", "Tháng 2/2028", ""],    # merged across Từ | Đến
        ["4", "Họp", "Văn phòng", "Tháng 2", ""]]             # a start alone
WANT = [("Quý III", dt.date(2027, 9, 30)), ("Quý III", dt.date(2027, 9, 30)),
        ("Tháng 2/2028", dt.date(2028, 2, 29)), ("", None)]


def _check(r):
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == WANT


def test_excel_merged():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["KẾ HOẠCH CCHC NĂM 2027"], [], H1, H2, *ROWS]:
        ws.append(r)
    for rng in ("D3:E3", "D6:E6", "D7:E7"):
        ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.xlsx", plan_year=2027))


def test_word_merged():
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH CCHC NĂM 2027")
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
    for r in (3, 4):
        t.cell(r, 3).merge(t.cell(r, 4))
    buf = io.BytesIO()
    d.save(buf)
    _check(parse_bytes(buf.getvalue(), "kh.docx", plan_year=2027))


def test_html_colspan():
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [H1, H2, ROWS[0]])
    body += ("<tr><td>2</td><td>Tuyên truyền</td><td>Văn hóa</td><td colspan=2>Quý III</td></tr>"
             "<tr><td>3</td><td>Báo cáo</td><td>Văn phòng</td><td colspan=2>Tháng 2/2028</td></tr>"
             "<tr><td>4</td><td>Họp</td><td>Văn phòng</td><td>Tháng 2</td><td></td></tr>")
    page = f"<html><body><p>KẾ HOẠCH CCHC NĂM 2027</p><table>{body}</table></body></html>"
    _check(parse_bytes(page.encode(), "kh.html", plan_year=2027))
