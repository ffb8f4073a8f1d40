"""Round 42C F1: a plan table pasted from Excel whose short date format is the United States' "m/d/yy" ("6/30/27",
"3/6/27"). 41C's month-first reading looked only at four-digit years: "6/30/27" was not understood (said) and
"3/6/27", meant 6 March, was stored as 3 June without a word, exit 0; in a file mixing "6/30/2027" and "3/6/27" the
first was read month first and the second day first. A two-digit year now counts as the four-digit one does."""

from __future__ import annotations

import datetime as dt

from parapp.core.importing.parse import parse_text

HEADER = "STT\tNội dung\tThời gian hoàn thành\nI\tCẢI CÁCH THỂ CHẾ\t\n"


def _read(dates: list[str]):
    rows = "".join(f"{i}\tNhiệm vụ số {i} của xã\t{d}\n" for i, d in enumerate(dates, start=1))
    return parse_text(HEADER + rows, plan_year=2027)


def test_two_digit_years_month_first():
    r = _read(["6/30/27", "3/6/27", "12/15/2027"])
    assert [t.due_date for t in r.tasks] == [dt.date(2027, 6, 30), dt.date(2027, 3, 6), dt.date(2027, 12, 15)]
    assert any("tháng/ngày/năm" in str(n) for n in r.notes)


def test_two_digit_years_day_first_unchanged():
    r = _read(["30/6/27", "3/6/27"])
    assert [t.due_date for t in r.tasks] == [dt.date(2027, 6, 30), dt.date(2027, 6, 3)]
    assert not any("tháng/ngày/năm" in str(n) for n in r.notes)
