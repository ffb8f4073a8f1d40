"""Adversarial round 19B (issue 21), PAR INDEX criteria import: an area written across the row.

A province's annex in Excel often merges an area's row across the sheet: "I. CÔNG TÁC CHỈ ĐẠO" then stands in the
STT cell, the name cell empty. The row was ignored, so the criteria "1", "2" of the second area met those of the first
and the set was refused, "Mã 1 đã có ở dòng trên: hãy sửa mã cho đúng", of a file that numbers them plainly.
"""

from __future__ import annotations

import io

from parapp.core.par.reading import read_bytes


def test_an_area_merged_across_the_row_is_an_area():
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Ghi chú"], ["I. CÔNG TÁC CHỈ ĐẠO"],
                ["1", "Kế hoạch CCHC", 3], ["2", "Báo cáo CCHC", 2], ["II. CẢI CÁCH THỂ CHẾ"],
                ["1", "Ban hành văn bản QPPL", 5]):
        ws.append(row)
    ws.merge_cells("A2:D2")
    ws.merge_cells("A5:D5")
    buf = io.BytesIO()
    wb.save(buf)
    built = read_bytes(buf.getvalue(), "bo-tieu-chi.xlsx").build(2026)
    assert not built.blocking
    assert [r.kind for r in built.rows] == ["area", "criterion", "criterion", "area", "criterion"]
