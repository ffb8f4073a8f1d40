"""Round 30D, `par import-set`: a criterion coded 1.10 in an Excel sheet whose code column is not text is stored by
Excel as the number 1.1 (1.20 as 1.2). The set was refused, "Mã 1.1 đã có ở dòng trên: hãy sửa mã cho đúng", of a
code the province printed right (shown "1.10" in a cell formatted 0.00), and the official told to change it.

A code printed right after the one before its tenth (1.1 after 1.9, 1.2 after 1.19) is that tenth, said in a note."""

from __future__ import annotations

import io

import pytest

from parapp.core.par.reading import read_bytes, read_text

H = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"]


def _xlsx(n: int) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [H, ["I", "CÔNG TÁC CHỈ ĐẠO", n], [1, "Kế hoạch", n],
                *[[float(f"1.{i}"), f"Nội dung {i}", 1, 1] for i in range(1, n + 1)]]:
        ws.append(row)
    for (cell,) in ws.iter_rows(min_row=4, max_col=1):
        cell.number_format = "0.00"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("n", [10, 12, 20, 21])
def test_a_code_excel_made_a_number_is_read_as_printed(n):
    read = read_bytes(_xlsx(n), "bo.xlsx")
    built = read.build(2026)
    assert not built.blocking, built.blocking
    leaves = [c.label for c in built.criteria.leaves()]
    assert leaves == [f"1.{i}" for i in range(1, n + 1)], leaves
    assert any("1.10" in str(m) for m in read.notes), read.notes


def test_a_code_after_another_is_left_as_printed():
    text = "STT,Tiêu chí,Điểm tối đa\nI,A,3\n1,Kế hoạch,3\n1.1,a,1\n1.2,b,1\n1.3,c,1\n"
    read = read_text(text)
    assert [c.label for c in read.build(2026).criteria.leaves()] == ["1.1", "1.2", "1.3"] and not read.notes
    text = "STT,Tiêu chí,Điểm tối đa\nI,A,2\n1,Kế hoạch,1\n1.9,a,1\n2,Báo cáo,1\n"  # 1.9 then 2: nothing to mend
    assert [c.label for c in read_text(text).build(2026).criteria.leaves()] == ["1.9", "2"]


@pytest.mark.parametrize("fmt", ["d.m", "dd/mm", "d-mmm"])
def test_a_code_excel_made_a_date_is_read_as_typed(fmt):
    """Typed 1.1 and 1.2 where the date's separator is a dot, Excel keeps 1 January and 1 February: the sub-criteria
    became scoring guidance of criterion 1, scored as one, not a word said."""
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [H, ["I", "A", 4], [1, "Kế hoạch", 4], [dt.datetime(2026, 1, 1), "Ban hành", 2],
                [dt.datetime(2026, 2, 1), "Triển khai", 2], [dt.datetime(2026, 10, 1), "Mười", 0]]:
        ws.append(row)
    for at in ("A4", "A5", "A6"):
        ws[at].number_format = fmt
    buf = io.BytesIO()
    wb.save(buf)
    read = read_bytes(buf.getvalue(), "bo.xlsx")
    assert [r.label for r in read.rows] == ["I", "1", "1.1", "1.2", "1.10"]
    assert [c.code for c in read.build(2026).criteria.leaves()] == ["1.1", "1.2", "1.10"]
    assert len(read.notes) == 3 and "1.2" in str(read.notes[1]), read.notes


def test_an_area_starting_at_its_first_sub_criterion_follows_no_code():
    text = "STT,Tiêu chí,Điểm tối đa\nI,A,1\n1,Kế hoạch,1\n1.9,a,1\nII,B,1\n1.1,b,1\n"
    read = read_text(text)
    assert [r.label for r in read.rows] == ["I", "1", "1.9", "II", "1.1"] and not read.notes
