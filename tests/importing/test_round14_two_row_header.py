"""Adversarial round 14 (issue 21), the importers: a plan's header written over two rows.

"Cơ quan thực hiện" over "Chủ trì | Phối hợp" and "Thời gian thực hiện" over "Bắt đầu | Hoàn thành", the top cells
merged across (the usual shape of a district's or commune's plan table). On main only the top row was read: the
deadline came from the "Bắt đầu" column (a task due 30/6/2026 was due 01/3/2026), the coordinators were lost, and
the second header row became a task "Nội dung công việc" led by "Chủ trì".
"""

from __future__ import annotations

import io

TOP = ["STT", "Nội dung công việc", "Cơ quan thực hiện", "", "Thời gian thực hiện", "", "Ghi chú"]
SUB = ["", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", ""]
BODY = [["1", "Rà soát thủ tục hành chính", "Văn phòng", "Tư pháp", "01/3/2026", "30/6/2026", ""],
        ["2", "Công khai thủ tục", "Tư pháp", "Văn phòng", "Tháng 4/2026", "Tháng 9/2026", ""]]
EXPECTED = [("Rà soát thủ tục hành chính", "Văn phòng", "Tư pháp", "2026-06-30"),
            ("Công khai thủ tục", "Tư pháp", "Văn phòng", "2026-09-30")]


def _tasks(r) -> list[tuple[str, str, str, str]]:
    return [(t.content, t.lead, t.coordinators, t.due_date.isoformat() if t.due_date else "") for t in r.tasks]


def test_an_excel_plan_with_a_two_row_header():
    import openpyxl

    from parapp.core.importing.parse import parse_bytes

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [TOP, SUB, *BODY]:
        ws.append([v or None for v in row])
    for merged in ("A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2"):
        ws.merge_cells(merged)
    buf = io.BytesIO()
    wb.save(buf)
    assert _tasks(parse_bytes(buf.getvalue(), "ke-hoach.xlsx", plan_year=2026)) == EXPECTED


def test_a_word_plan_with_a_two_row_header_its_top_row_repeated_on_the_next_page():
    import docx

    from parapp.core.importing.parse import parse_bytes

    d = docx.Document()
    rows = [TOP, SUB, BODY[0], TOP, SUB, BODY[1]]  # the header typed again where the table goes on
    t = d.add_table(rows=len(rows), cols=7)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v:
                t.cell(r, c).text = v
    for top in (0, 3):
        t.cell(top, 2).merge(t.cell(top, 3))
        t.cell(top, 4).merge(t.cell(top, 5))
        t.cell(top, 0).merge(t.cell(top + 1, 0))
        t.cell(top, 1).merge(t.cell(top + 1, 1))
    buf = io.BytesIO()
    d.save(buf)
    r = parse_bytes(buf.getvalue(), "ke-hoach.docx", plan_year=2026)
    assert _tasks(r) == EXPECTED
    assert not r.problems


def test_an_html_page_with_a_two_row_header_and_its_column_numbers():
    from parapp.core.importing.parse import parse_bytes

    html = ("<table><tr><th rowspan=2>STT</th><th rowspan=2>Nội dung công việc</th><th colspan=2>Cơ quan thực hiện"
            "</th><th colspan=2>Thời gian</th><th rowspan=2>Ghi chú</th></tr>"
            "<tr><th>Chủ trì</th><th>Phối hợp</th><th>Từ ngày</th><th>Đến ngày</th></tr>"
            "<tr><td>(1)</td><td>(2)</td><td>(3)</td><td>(4)</td><td>(5)</td><td>(6)</td><td>(7)</td></tr>"
            + "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in BODY) + "</table>")
    assert _tasks(parse_bytes(html.encode(), "ke-hoach.htm", plan_year=2026)) == EXPECTED


def test_a_one_row_header_is_read_as_before():
    from parapp.core.importing.parse import parse_text

    text = ("STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n(1)\t(2)\t(3)\t(4)\n"
            "1\tRà soát thủ tục hành chính\tVăn phòng\t30/6/2026\n")
    assert _tasks(parse_text(text, plan_year=2026)) == [("Rà soát thủ tục hành chính", "Văn phòng", "", "2026-06-30")]
