"""Adversarial round 14 (issue 21), the importers: an area heading written across the whole row.

Many plans write "I. CẢI CÁCH THỂ CHẾ" in one cell merged across the table, not in the number and content columns.
On main the row was refused ("Dòng không có nội dung nhiệm vụ nên không nhập được"), and the tasks under it lost
their area: "Chưa xác định được lĩnh vực: hãy chọn lĩnh vực" for each one whose own words name none.
"""

from __future__ import annotations

import io

ROWS = [("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"),
        ("I. CẢI CÁCH THỂ CHẾ",),
        ("1", "Rà soát văn bản quy phạm pháp luật", "Văn phòng", "Quý II/2026"),
        ("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",),
        ("1", "Rà soát thủ tục", "Văn phòng", "Quý III/2026"),
        ("2", "Công khai kết quả", "Văn phòng", "Quý IV/2026")]
EXPECTED = [("Rà soát văn bản quy phạm pháp luật", "CẢI CÁCH THỂ CHẾ", "2"),
            ("Rà soát thủ tục", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "3"),
            ("Công khai kết quả", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "3")]


def _read(r) -> list[tuple[str, str, str]]:
    assert not r.problems
    return [(t.content, t.group, t.area_code) for t in r.tasks]


def test_word_and_excel_plans_with_area_rows_merged_across():
    import docx
    import openpyxl

    from parapp.core.importing.parse import parse_bytes

    d = docx.Document()
    t = d.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        if len(row) == 1:
            t.cell(r, 0).merge(t.cell(r, 3)).text = row[0]
        else:
            for c, v in enumerate(row):
                t.cell(r, c).text = v
    buf = io.BytesIO()
    d.save(buf)
    assert _read(parse_bytes(buf.getvalue(), "ke-hoach.docx", plan_year=2026)) == EXPECTED

    wb = openpyxl.Workbook()
    for r, row in enumerate(ROWS, start=1):
        wb.active.append(list(row))
        if len(row) == 1:
            wb.active.merge_cells(f"A{r}:D{r}")
    buf = io.BytesIO()
    wb.save(buf)
    assert _read(parse_bytes(buf.getvalue(), "ke-hoach.xlsx", plan_year=2026)) == EXPECTED


def test_a_paste_with_area_rows_merged_across():
    from parapp.core.importing.parse import parse_text

    text = "\n".join("\t".join(row + ("",) * (4 - len(row))) for row in ROWS)
    assert _read(parse_text(text, plan_year=2026)) == EXPECTED


def test_numbered_area_rows_across_over_tasks_numbered_under_them():
    from parapp.core.importing.parse import parse_text

    rows = [("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện"), ("1. CẢI CÁCH THỂ CHẾ",),
            ("1.1", "Rà soát văn bản quy phạm pháp luật", "Văn phòng", "Quý II/2026"),
            ("2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",), ("2.1", "Rà soát thủ tục", "Văn phòng", "Quý III/2026"),
            ("2.2", "Công khai kết quả", "Văn phòng", "Quý IV/2026")]
    text = "\n".join("\t".join(row + ("",) * (4 - len(row))) for row in rows)
    assert _read(parse_text(text, plan_year=2026)) == EXPECTED
