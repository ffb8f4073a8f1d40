"""Round 41C F7: a plan table pasted from Excel on a computer set to the United States' formats: its date cells come as
text month first ("6/30/2027", "3/6/2027"). "6/30/2027" was not understood (said), but "3/6/2027", meant 6 March, was
read as 3 June and stored so without a word, exit 0. Where the file's own dates show the month first (a second part
over 12, none with the first over 12), every date of that form is read month first, and a note says so."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text

HEADER = "STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành\nI\tCẢI CÁCH THỂ CHẾ\t\t\n"


def _read(dates: list[str]):
    rows = "".join(f"{i}\tNhiệm vụ số {i} của xã\tTư pháp\t{d}\n" for i, d in enumerate(dates, start=1))
    return parse_text(HEADER + rows, plan_year=2027)


def test_month_first_dates_read_so():
    r = _read(["6/30/2027", "3/6/2027", "12/15/2027"])
    assert [t.due_date for t in r.tasks] == [dt.date(2027, 6, 30), dt.date(2027, 3, 6), dt.date(2027, 12, 15)]
    assert [t.deadline_text for t in r.tasks] == ["6/30/2027", "3/6/2027", "12/15/2027"]  # as written
    assert any("tháng/ngày/năm" in str(n) for n in r.notes)


def test_day_first_dates_unchanged():
    r = _read(["30/6/2027", "3/6/2027"])
    assert [t.due_date for t in r.tasks] == [dt.date(2027, 6, 30), dt.date(2027, 6, 3)]
    assert not any("tháng/ngày/năm" in str(n) for n in r.notes)


def test_both_orders_in_one_file_left_as_read():
    r = _read(["6/30/2027", "30/6/2027", "3/6/2027"])
    assert [t.due_date for t in r.tasks] == [None, dt.date(2027, 6, 30), dt.date(2027, 6, 3)]
