"""Round 43C F4 (42C F3's limit): a plan .xlsx numbered 1, 2, 3 over tasks 1.1, 2.1, 3.1, its heading rows naming
work the area catalogue does not know ("2 | Công tác thi đua khen thưởng"), a filter on the lead column hiding them.
The hidden heading "2" was left out, so its task 2.1 "Tổng kết phong trào thi đua", shown under it, was filed in area
1 "Cải cách thể chế" with that group, exit 0 (the note said only that row 4 was not read). A hidden row of a top
number and a title is now kept as the heading it is; one the table reads as a task is still left out (43C F1)."""

from __future__ import annotations

import openpyxl

from parapp.core.importing.parse import parse_file

ROWS = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["1", "Cải cách thể chế", None, None],
        ["1.1", "Rà soát văn bản quy phạm pháp luật", "Tư pháp", "Quý I"],
        ["2", "Công tác thi đua khen thưởng", None, None],
        ["2.1", "Tổng kết phong trào thi đua", "Văn phòng", "Quý IV"],
        ["3", "Tổ chức hội nghị tổng kết năm", None, None]]


def test_a_hidden_heading_the_catalogue_does_not_know_still_heads_its_tasks(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in ROWS:
        ws.append(row)
    for r in (2, 4, 6):  # the headings, and task 3 with no lead
        ws.row_dimensions[r].hidden = True
    wb.save(tmp_path / "kế hoạch.xlsx")
    r = parse_file(tmp_path / "kế hoạch.xlsx", plan_year=2027)
    assert [(t.content, t.area_name.split(" (")[0], t.group) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật", "Cải cách thể chế", "Cải cách thể chế"),
        ("Tổng kết phong trào thi đua", "", "Công tác thi đua khen thưởng")]
    assert [n.args[1] for n in r.notes if "ẩn" in n.template] == ["6"]
