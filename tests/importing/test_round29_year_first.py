"""Round 29C F7: the year written before the quarter or month it narrows, "Năm 2027 (Quý II)", "Năm 2027, quý II",
"Năm 2027 - tháng 6": in a 2026 plan due in 2026 (30/6/2026), a year early and overdue on import, exit 0. Round 26C
gave such a year to a day ("Năm 2027 (trước 30/11)"); rounds 27C/28C read the year after the quarter only."""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline
from parapp.core.importing.parse import parse_text


@pytest.mark.parametrize(("text", "due"), [
    ("Năm 2027 (Quý II)", dt.date(2027, 6, 30)), ("Năm 2027, quý II", dt.date(2027, 6, 30)),
    ("Năm 2027 - Quý II", dt.date(2027, 6, 30)), ("Năm 2027: Quý II", dt.date(2027, 6, 30)),
    ("Năm 2027 quý II", dt.date(2027, 6, 30)), ("Năm 2027 (tháng 6)", dt.date(2027, 6, 30)),
    ("Năm 2027, tháng 6", dt.date(2027, 6, 30)), ("Năm 2027 (dự kiến quý II)", dt.date(2027, 6, 30)),
    ("Năm 2027 (Quý Hai)", dt.date(2027, 6, 30)), ("Năm 2027 (Quý II - Quý III)", dt.date(2027, 9, 30)),
    ("Năm 2027 (6 tháng đầu năm)", dt.date(2027, 6, 30)),
])
def test_the_year_before_its_quarter_or_month(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize(("text", "due"), [
    ("Năm 2027", dt.date(2027, 12, 31)), ("Năm 2027 (trước 30/6)", dt.date(2027, 6, 29)),
    ("Quý II năm 2027", dt.date(2027, 6, 30)), ("Năm 2027 và quý I năm 2028", dt.date(2028, 3, 31)),
    ("Tháng 6/2027", dt.date(2027, 6, 30)),
])
def test_what_was_read_stays_read(text, due):
    assert parse_deadline(text, 2026).due == due


def test_a_plan_table_keeps_it():
    r = parse_text("KẾ HOẠCH CCHC NĂM 2026\n\nSTT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n"
                   "1\tViệc A\tTư pháp\tNăm 2027 (Quý II)\n", plan_year=2026)
    assert r.tasks[0].due_date == dt.date(2027, 6, 30)
