"""Round 43C F1 (42C F3/F4's limit): a plan .xlsx numbered 1, 2, 3 with no area rows, a filter on the lead column
hiding the rows of other units and those with no lead. A hidden task whose words name an area ("2 | Rà soát thủ tục
hành chính", no lead, no deadline) was taken for a hidden area row and kept: stored among the clerk's tasks though Excel
neither showed nor printed it, and the note of hidden rows left it out, exit 0. A kept hidden row the table reads as a
task is now left out as any hidden row is, and said in the same note."""

from __future__ import annotations

import openpyxl
import pytest

from parapp.core.importing.parse import parse_file, remap

ROWS = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
        ["1", "Xây dựng kế hoạch cải cách hành chính năm 2027", "Văn phòng", "Quý I"],
        ["2", "Rà soát thủ tục hành chính", None, None],
        ["3", "Tuyên truyền pháp luật cho nhân dân", "Văn phòng", "Quý II"],
        ["4", "Niêm yết thủ tục hành chính", "Văn phòng", "Quý III"]]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in ROWS:
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    path = tmp_path_factory.mktemp("h") / "kế hoạch.xlsx"
    wb.save(path)
    return parse_file(path, plan_year=2027)


def test_a_hidden_task_naming_an_area_is_left_out_and_said(read):
    assert [t.content for t in read.tasks] == [ROWS[1][1], ROWS[3][1], ROWS[4][1]]
    assert [n.args[1] for n in read.notes if "ẩn" in n.template] == ["3"]


def test_nor_does_it_come_back_when_the_columns_are_read_again(read):
    again = remap(read, dict(read.columns))
    assert [t.content for t in again.tasks] == [ROWS[1][1], ROWS[3][1], ROWS[4][1]]


def test_a_hidden_sub_item_whose_lead_is_in_capitals_is_left_out(tmp_path):
    """The same with a hidden sub-item whose lead is typed in capitals ("- Rà soát văn bản về đất đai | ĐỊA CHÍNH"), a
    filter on the lead column hiding it: taken for a title in capitals, it was stored under task 1."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [ROWS[0], ["I", "CẢI CÁCH THỂ CHẾ", None, None],
                ["1", "Rà soát văn bản quy phạm pháp luật", "Tư pháp", "Quý I"],
                [None, "- Rà soát văn bản về đất đai", "ĐỊA CHÍNH", None],
                ["2", "Tuyên truyền pháp luật cho nhân dân", "Văn phòng", "Quý II"]]:
        ws.append(row)
    ws.row_dimensions[4].hidden = True
    wb.save(tmp_path / "kế hoạch.xlsx")
    r = parse_file(tmp_path / "kế hoạch.xlsx", plan_year=2027)
    assert [(t.content, t.area_name.split(" (")[0]) for t in r.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật", "Cải cách thể chế"),
        ("Tuyên truyền pháp luật cho nhân dân", "Cải cách thể chế")]
    assert [n.args[1] for n in r.notes if "ẩn" in n.template] == ["4"]
