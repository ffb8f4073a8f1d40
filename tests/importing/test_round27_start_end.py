"""Round 27C F6: a one-row header naming a start and an end column in words round 26C did not take.

"Thời gian triển khai | Thời hạn": the start ("Tháng 3/2027") was the deadline, a task due 30/9 came in due 31/3 and
the "Thời hạn" column was named as not recognised. "Bắt đầu | Kết thúc", "Từ ngày | Đến ngày", "Thời điểm bắt đầu |
Thời điểm hoàn thành", "Khởi công | Hoàn thành": neither was read, every task asked for a deadline the file gives."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.importing.parse import parse_text


@pytest.mark.parametrize("start, end", [
    ("Thời gian triển khai", "Thời hạn"),
    ("Thời gian thực hiện", "Hạn hoàn thành"),
    ("Bắt đầu", "Kết thúc"),
    ("Từ ngày", "Đến ngày"),
    ("Thời điểm bắt đầu", "Thời điểm hoàn thành"),
    ("Khởi công", "Hoàn thành"),
])
def test_the_end_column_is_the_deadline(start, end):
    r = parse_text(f"KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tĐơn vị chủ trì\t{start}\t{end}\n"
                   "1\tRà soát văn bản\tVăn phòng\tTháng 3/2027\tTháng 9/2027\n", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [("Tháng 9/2027", dt.date(2027, 9, 30))]
    assert any(start in str(n) for n in r.notes), r.notes  # the start column is named as not read


def test_a_column_of_done_marks_is_no_deadline():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2027\n\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian thực hiện\tHoàn thành\n"
                   "1\tRà soát văn bản\tVăn phòng\tTháng 9/2027\tx\n", plan_year=2027)
    assert [(t.deadline_text, t.due_date) for t in r.tasks] == [("Tháng 9/2027", dt.date(2027, 9, 30))]
