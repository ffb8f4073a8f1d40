"""Round 38D, `par import-set --year 2030`: a self-assessment sheet keeping last year's scores beside this year's
("Điểm tự đánh giá năm 2029 | Điểm tự đánh giá năm 2030", "… năm trước | … năm nay", "Điểm thẩm định năm 2029 | … |
Điểm thẩm định"): the first column of a field won, 2029's scores (1 and 2) stored as 2030's, exit 0, the year's own
column said not to be recognised. Of one field's columns, one of an earlier time gives way to the latest's, one naming
a year to one naming none."""

from __future__ import annotations

import pytest

from parapp.core.par.reading import read_text

BODY = "\nI,Công tác chỉ đạo,,,,\n1,Kế hoạch,2,1,2,0.5\n2,Báo cáo,3,2,1,0.5\n"


@pytest.mark.parametrize("header", [
    "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá năm 2029,Điểm tự đánh giá năm 2030,Ghi chú",
    "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá năm trước,Điểm tự đánh giá năm nay,Ghi chú",
    "STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá năm 2029,Điểm tự đánh giá,Ghi chú",
    "STT,Tiêu chí,Điểm tối đa,Tự chấm cùng kỳ,Tự chấm,Ghi chú",
])
def test_this_years_scores_are_read(header):
    table = read_text(header + BODY)
    assert [r.self_text for r in table.rows if r.max_text] == ["2", "1"], table.columns


def test_last_years_appraisal_beside_this_years():
    table = read_text("STT,Tiêu chí,Điểm tối đa,Điểm thẩm định năm 2029,Điểm tự đánh giá,Điểm thẩm định" + BODY)
    assert [(r.self_text, r.official_text) for r in table.rows if r.max_text] == [("2", "0.5"), ("1", "0.5")]


def test_guard_the_first_of_two_alike_stays():
    table = read_text("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Điểm tự đánh giá năm trước,Ghi chú" + BODY)
    assert [r.self_text for r in table.rows if r.max_text] == ["1", "2"]
