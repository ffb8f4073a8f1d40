"""Adversarial round 16 (issue 21), PAR INDEX criteria import: the set's title right above its header.

A province's annex very often opens its table with the set's name ("BỘ TIÊU CHÍ ĐÁNH GIÁ CHỈ SỐ CCHC CẤP XÃ…", merged
across the sheet) on the row right above "STT | Lĩnh vực, tiêu chí | Điểm tối đa". On main that title was read as the
top row of a two-row header ("tiêu chí" is a header word): every column was named from it, the STT column became the
names column, and `par import-set` refused the set, "Bộ tiêu chí không có tiêu chí nào để chấm điểm".
"""

from __future__ import annotations

import io

import pytest

from parapp.core.par.reading import read_bytes


def _sheet(title: str, merged: bool) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in ([title], ["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Ghi chú"], ["I", "CÔNG TÁC CHỈ ĐẠO", 5],
                ["1", "Kế hoạch CCHC", 3], ["2", "Báo cáo CCHC", 2], ["II", "CẢI CÁCH THỂ CHẾ", 5],
                ["1", "Ban hành văn bản QPPL", 5], ["", "Tổng cộng", 10]):
        ws.append(row)
    if merged:
        ws.merge_cells("A1:D1")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("title", ["BỘ TIÊU CHÍ ĐÁNH GIÁ CHỈ SỐ CCHC CẤP XÃ NĂM 2026",
                                   "BỘ CHỈ SỐ ĐÁNH GIÁ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH CẤP XÃ"])
@pytest.mark.parametrize("merged", [True, False])
def test_a_title_right_above_the_header_is_no_header_row(title, merged):
    read = read_bytes(_sheet(title, merged), "bo-tieu-chi.xlsx")
    built = read.build(2026)
    assert not built.blocking
    assert [(r.label, r.name, r.kind) for r in built.rows][:3] == [
        ("I", "CÔNG TÁC CHỈ ĐẠO", "area"), ("1", "Kế hoạch CCHC", "criterion"), ("2", "Báo cáo CCHC", "criterion")]


# Round 16: a later table of the criteria table's width was read as its continuation, a workbook's next sheet too:
# "BẢNG TỔNG HỢP ĐIỂM CÁC XÃ" (STT | Xã | Điểm | Xếp loại) added "Xã A", 85 points, as criterion 2.1 (the set then
# refused as having 2.1 twice; numbered on, it would have been stored).
def test_the_next_sheet_of_the_same_width_is_no_part_of_the_set():
    from openpyxl import Workbook, load_workbook

    wb = load_workbook(io.BytesIO(_sheet("BỘ TIÊU CHÍ NĂM 2026", True)))
    ws = wb.create_sheet("Tổng hợp")
    for row in (["BẢNG TỔNG HỢP ĐIỂM CÁC XÃ"], ["STT", "Xã", "Điểm", "Xếp loại"], ["3", "Xã A", 85, "Tốt"],
                ["4", "Xã B", 70, "Khá"]):
        ws.append(row)
    assert isinstance(wb, Workbook)
    buf = io.BytesIO()
    wb.save(buf)
    built = read_bytes(buf.getvalue(), "bo-tieu-chi.xlsx").build(2026)
    assert not built.blocking and not built.mismatches
    assert [r.name for r in built.rows if r.kind == "criterion"] == ["Kế hoạch CCHC", "Báo cáo CCHC",
                                                                     "Ban hành văn bản QPPL"]


# Round 16: a Word criteria table split over pages into two tables, each under the two-row header ("Điểm" over "Tối đa
# | Tự đánh giá | Thẩm định"): the repeated header's top row became the scoring guidance of the criterion above it
# ("Báo cáo CCHC": "STT Lĩnh vực/Tiêu chí"), its second row a row left out with a warning.
def test_a_two_row_header_repeated_after_a_page_break_is_no_guidance():
    import docx

    head = [["STT", "Lĩnh vực/Tiêu chí", "Điểm", "", "", "Hướng dẫn chấm điểm"],
            ["", "", "Tối đa", "Tự đánh giá", "Thẩm định", ""]]
    d = docx.Document()
    for body in ([["I", "CÔNG TÁC CHỈ ĐẠO", "5"], ["1", "Kế hoạch CCHC", "3"], ["2", "Báo cáo CCHC", "2"]],
                 [["II", "CẢI CÁCH THỂ CHẾ", "5"], ["1", "Ban hành văn bản QPPL", "5"], ["", "Tổng cộng", "10"]]):
        rows = head + body
        t = d.add_table(rows=len(rows), cols=6)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v:
                    t.cell(i, j).text = v
        t.cell(0, 2).merge(t.cell(0, 4))
        d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    built = read_bytes(buf.getvalue(), "bo-tieu-chi.docx").build(2026)
    assert not [w for r in built.rows for w in r.warnings]
    assert {n.code: n.guidance for _, n in built.criteria.walk()}["1.2"] == ""
    assert [n.code for _, n in built.criteria.walk()] == ["1", "1.1", "1.2", "2", "2.1"]
