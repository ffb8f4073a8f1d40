"""Round 31D, `par import-set`: a criterion's code cell merged down over the lines saying how it is scored ("1.1" over
"- Ban hành đúng hạn", "- Ban hành chậm"), in Excel or Word, was the code of each line again: the set refused, "Mã 1.1
đã có ở dòng trên: hãy sửa mã cho đúng", of a code printed once. The lines are the criterion's guidance; sub-criteria
coded in their names ("1.1. Ban hành") under a merged "1" are those sub-criteria."""

from __future__ import annotations

import docx
import openpyxl

from parapp.core.par.reading import read_bytes

PH = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"]
ROWS = [PH, ["I", "CHỈ ĐẠO", None, None], ["1.1", "Kế hoạch", 2, 2], [None, "- Ban hành đúng hạn", None, None],
        [None, "- Ban hành chậm", None, None], ["1.2", "Báo cáo", 3, 1]]


def _built(data: bytes, name: str):
    built = read_bytes(data, name).build(2026)
    assert not [p for r in built.rows for p in r.problems]
    return built


def _xlsx(tmp_path, rows, merge) -> bytes:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.active.merge_cells(merge)
    wb.save(tmp_path / "b.xlsx")
    return (tmp_path / "b.xlsx").read_bytes()


def test_a_code_merged_down_over_its_guidance_lines_is_one_criterion(tmp_path):
    built = _built(_xlsx(tmp_path, ROWS, "A3:A5"), "b.xlsx")
    assert [(c.code, c.max_milli) for c in built.criteria.leaves()] == [("1.1", 2000), ("1.2", 3000)]
    assert "Ban hành chậm" in built.criteria.leaves()[0].guidance
    document = docx.Document()
    table = document.add_table(rows=len(ROWS), cols=4)
    for i, r in enumerate(ROWS):
        for j, c in enumerate(r):
            table.cell(i, j).text = "" if c is None else str(c)
    table.cell(2, 0).merge(table.cell(4, 0))
    document.save(tmp_path / "b.docx")
    built = _built((tmp_path / "b.docx").read_bytes(), "b.docx")
    assert [(c.code, c.max_milli) for c in built.criteria.leaves()] == [("1.1", 2000), ("1.2", 3000)]


def test_sub_criteria_coded_in_their_names_under_a_merged_code(tmp_path):
    rows = [PH, ["I", "CHỈ ĐẠO", None, None], ["1", "Kế hoạch", 2, None], [None, "1.1. Ban hành", 1, 1],
            [None, "1.2. Triển khai", 1, 0], ["2", "Báo cáo", 3, 1]]
    built = _built(_xlsx(tmp_path, rows, "A3:A5"), "b.xlsx")
    assert [c.code for c in built.criteria.leaves()] == ["1.1", "1.2", "2"]
