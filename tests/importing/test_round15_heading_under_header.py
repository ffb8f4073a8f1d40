"""Adversarial round 15 (issue 21), the importers: an area heading right under a plan's header.

Plans very often open their table with "I. NHIỆM VỤ TRỌNG TÂM" written across the whole row (one cell merged over
the table, so its text sits in the STT column). On main round 14's two-row header rule took that row for a second
header row ("nhiệm vụ" is a header word), moved the content column onto the STT column, and every task came in with
the content "1", "2", exit 0. A task row whose content is a header-like word ("Hoàn thành") was swallowed the same way.
"""

from __future__ import annotations

import io

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian hoàn thành"]
TASKS = [["1", "Rà soát thủ tục hành chính", "Văn phòng", "Quý II/2026"],
         ["2", "Công khai thủ tục hành chính", "Tư pháp", "Tháng 9/2026"]]
EXPECTED = [("Rà soát thủ tục hành chính", "Văn phòng", "2026-06-30"),
            ("Công khai thủ tục hành chính", "Tư pháp", "2026-09-30")]


def _tasks(r) -> list[tuple[str, str, str]]:
    return [(t.content, t.lead, t.due_date.isoformat() if t.due_date else "") for t in r.tasks]


def test_a_word_plan_opening_with_an_area_heading_merged_across_the_row():
    import docx

    from parapp.core.importing.parse import parse_bytes

    rows = [HEADER, ["I. NHIỆM VỤ TRỌNG TÂM", "", "", ""], *TASKS]
    d = docx.Document()
    t = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v:
                t.cell(r, c).text = v
    t.cell(1, 0).merge(t.cell(1, 3))
    buf = io.BytesIO()
    d.save(buf)
    assert _tasks(parse_bytes(buf.getvalue(), "ke-hoach.docx", plan_year=2026)) == EXPECTED


def test_an_excel_plan_opening_with_an_area_heading_merged_across_the_row():
    import openpyxl

    from parapp.core.importing.parse import parse_bytes

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [HEADER, ["I. CÔNG VIỆC THƯỜNG XUYÊN", None, None, None], *TASKS]:
        ws.append(row)
    ws.merge_cells("A2:D2")
    buf = io.BytesIO()
    wb.save(buf)
    assert _tasks(parse_bytes(buf.getvalue(), "ke-hoach.xlsx", plan_year=2026)) == EXPECTED


def test_a_first_task_opening_with_a_header_word_is_kept_as_a_task():
    from parapp.core.importing.parse import parse_text

    first = "Hoàn thành số hóa kết quả giải quyết thủ tục hành chính"  # no number, lead or deadline yet
    text = "\n".join("\t".join(r) for r in [HEADER, ["", first, "", ""], *TASKS])
    r = parse_text(text, plan_year=2026)
    assert [t.content for t in r.tasks] == [first, *[e[0] for e in EXPECTED]]
