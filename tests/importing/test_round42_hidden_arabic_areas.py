"""Round 42C F3: a plan .xlsx whose areas are numbered 1, 2 over tasks 1.1, 1.2 and titled in lower case ("2 | Cải
cách thủ tục hành chính"), the area rows hidden (a filter on the lead column, or hidden by hand). 41C keeps a hidden
area row only when it is numbered I, II or A, or titled in capitals: task 2.1, shown under the hidden area 2, was filed
in area 1 ("Cải cách thể chế") without a word, exit 0; with every area row hidden it had no area. A hidden row
holding a top number and the title of an area is now read as that area's heading."""

from __future__ import annotations

import openpyxl

from parapp.core.importing.parse import parse_file

ROWS = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["1", "Cải cách thể chế", None, None],
        ["1.1", "Rà soát văn bản quy phạm pháp luật", "Tư pháp", "Quý I"],
        ["1.2", "Tuyên truyền pháp luật", "Văn phòng", "Quý II"],
        ["2", "Cải cách thủ tục hành chính", None, None],
        ["2.1", "Niêm yết công khai thủ tục", "Tư pháp", "Quý III"],
        ["2.2", "Tổ chức hội nghị", None, None]]


def test_hidden_arabic_area_rows_still_head_their_tasks(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in ROWS:
        ws.append(row)
    for r in (2, 4, 5, 7):  # the areas, and the tasks of another unit (and one with no lead: a task, still hidden)
        ws.row_dimensions[r].hidden = True
    path = tmp_path / "kế hoạch.xlsx"
    wb.save(path)
    r = parse_file(path, plan_year=2027)
    assert [(t.content, t.area_name.split(" (")[0]) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật", "Cải cách thể chế"),
        ("Niêm yết công khai thủ tục", "Cải cách thủ tục hành chính")]


def test_hidden_unnumbered_area_rows(tmp_path):
    """Round 42C F4: the area rows unnumbered, one title merged across ("Lĩnh vực cải cách thủ tục hành chính"), hidden
    with the other unit's tasks: the task shown under the second was filed in the first, or in none."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [ROWS[0], [None, "Lĩnh vực cải cách thể chế", None, None], ROWS[2], ROWS[3],
                [None, "Lĩnh vực cải cách thủ tục hành chính", None, None], ROWS[5]]:
        ws.append(row)
    for r in (4, 5):
        ws.row_dimensions[r].hidden = True
    path = tmp_path / "kế hoạch.xlsx"
    wb.save(path)
    r = parse_file(path, plan_year=2027)
    assert [(t.content, t.area_name.split(" (")[0]) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật", "Cải cách thể chế"),
        ("Niêm yết công khai thủ tục", "Cải cách thủ tục hành chính")]
