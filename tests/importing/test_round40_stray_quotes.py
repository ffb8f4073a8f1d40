"""Round 40C F1: a plan table copied from Excel (tab-separated text; Excel quotes only a cell holding a line break)
whose cell opens with a straight quotation mark the writer typed. `"Một cửa liên thông` (the closing mark missing, or
a curly one: `"Một cửa liên thông”`) swallowed the rows under it into that cell, up to the next mark: 5 tasks read as
2, the first holding the others' words, exit 0, not a word said. `"Chính quyền thân thiện" năm 2027` lost its marks.
Now a cell is read as quoted only when its closing mark ends the cell, as Excel, LibreOffice and a CSV writer quote;
any other mark is the writer's, kept in the words. A cell Excel quoted (a line break in it, its marks doubled) reads
as before."""

from __future__ import annotations

import pytest

from parapp.core.importing.parse import parse_text
from parapp.core.importing.sources import tsv_rows

HEADER = "STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\nI\tCẢI CÁCH THỂ CHẾ\t\t\n"
REST = ("2\tRà soát văn bản QPPL\tTư pháp\tQuý III\n3\tTheo dõi thi hành pháp luật\tTư pháp\tQuý IV\n"
        "4\tTuyên truyền \"Ngày pháp luật\" tại xã\tTư pháp\tQuý IV\n5\tKiểm tra công vụ\tVăn phòng\tQuý IV\n")


def _read(text: str) -> list[tuple[str, str, str, str]]:
    return [(t.stt, t.content, t.lead, t.deadline_text) for t in parse_text(text, plan_year=2027).tasks]


@pytest.mark.parametrize("cell", ['"Một cửa liên thông', '"Một cửa liên thông”', '"Một cửa" liên thông',
                                  '"Chính quyền thân thiện" năm 2027'])
def test_a_cell_opening_with_a_quotation_mark(cell):
    got = _read(HEADER + f"1\t{cell}\tVăn phòng\tQuý II\n" + REST)
    assert got == [("1", cell, "Văn phòng", "Quý II"), ("2", "Rà soát văn bản QPPL", "Tư pháp", "Quý III"),
                   ("3", "Theo dõi thi hành pháp luật", "Tư pháp", "Quý IV"),
                   ("4", 'Tuyên truyền "Ngày pháp luật" tại xã', "Tư pháp", "Quý IV"),
                   ("5", "Kiểm tra công vụ", "Văn phòng", "Quý IV")]


def test_a_cell_excel_quoted_reads_as_before():
    cell = '"Rà soát văn bản QPPL\ntheo ""Nghị định 34"""'
    rows = tsv_rows(HEADER + f"1\t{cell}\tVăn phòng\tQuý II\n2\tKiểm tra\tVăn phòng\tQuý IV\n")
    assert [c for _, c in rows] == [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"],
                                    ["I", "CẢI CÁCH THỂ CHẾ", "", ""],
                                    ["1", 'Rà soát văn bản QPPL\ntheo "Nghị định 34"', "Văn phòng", "Quý II"],
                                    ["2", "Kiểm tra", "Văn phòng", "Quý IV"]]
    assert [n for n, _ in rows] == [1, 2, 3, 5]


def test_a_csv_file_quoted_with_commas_reads_as_before():
    rows = tsv_rows('STT,Nội dung,Chủ trì\r\n1,"Rà soát, hệ thống hóa văn bản" ,Tư pháp\r\n2,"",Văn phòng\r\n', ",")
    assert [c for _, c in rows] == [["STT", "Nội dung", "Chủ trì"], ["1", "Rà soát, hệ thống hóa văn bản ", "Tư pháp"],
                                    ["2", "", "Văn phòng"]]
