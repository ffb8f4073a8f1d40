"""Deadline phrases real plans write that were still asked for (no due date) or read at the wrong end.

Left by rounds 16B and 18B of issue 21: "Ngày 20 hằng tháng" and "Trước ngày 15 hằng tháng" (the usual wording of a
monthly report) had no due date, so the import asked for one task after another; "Đến hết năm" with no year had
none; "Năm 2026 - 2027" was due at the end of 2026 and "Tháng 3 - 2026 đến tháng 6 - 2026" on 31/3, the first
overdue a year, the second three months, before its end; "Hằng tháng 6 tháng đầu năm" ran to 31/12.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parapp.core.deadline_text import parse_deadline
from parapp.core.status import Recurrence

D = dt.date
M, Q, Y, N = Recurrence.MONTHLY, Recurrence.QUARTERLY, Recurrence.YEARLY, Recurrence.NONE


@pytest.mark.parametrize("text, due, rec", [
    ("Ngày 20 hằng tháng", D(2026, 12, 31), M),
    ("Trước ngày 15 hằng tháng", D(2026, 12, 31), M),
    ("Trước ngày 25 hàng tháng", D(2026, 12, 31), M),
    ("Báo cáo trước ngày 20 hằng tháng", D(2026, 12, 31), M),
    ("Ngày 15 tháng cuối quý, hằng quý", D(2026, 12, 31), Q),
    ("Trước ngày 10 của tháng cuối quý (hằng quý)", D(2026, 12, 31), Q),
    ("Hằng tháng 6 tháng đầu năm", D(2026, 6, 30), M),
    ("Đến hết năm", D(2026, 12, 31), N),
    ("Đến cuối năm", D(2026, 12, 31), N),
    ("Trong năm", D(2026, 12, 31), N),
    ("Năm 2026 - 2027", D(2027, 12, 31), N),
    ("Năm 2026-2027", D(2027, 12, 31), N),
    ("Giai đoạn 2026 - 2030", D(2030, 12, 31), N),
    ("Tháng 3 - 2026 đến tháng 6 - 2026", D(2026, 6, 30), N),
    ("Tháng 3/2026 đến tháng 6/2026", D(2026, 6, 30), N),
    ("Quý I đến quý III", D(2026, 9, 30), N),
])
def test_phrases_plans_write_are_read(text, due, rec):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (due, rec)
    assert d.text == text


@pytest.mark.parametrize("text, due", [
    # what these phrases must not swallow (each read so before)
    ("Hoàn thành trước ngày 30/6 và duy trì đến hết năm", D(2026, 6, 29)),
    ("Tháng 6, duy trì đến hết năm", D(2026, 6, 30)),
    ("Năm 2026", D(2026, 12, 31)),
    ("Năm 2018 và các năm tiếp theo", D(2018, 12, 31)),
    ("Quý II/2026", D(2026, 6, 30)),
])
def test_what_was_read_stays_read(text, due):
    assert parse_deadline(text, 2026).due == due


@pytest.mark.parametrize("text", ["Năm 2027 - 2026", "Giai đoạn 2026 - 2090", "Theo hướng dẫn của tỉnh"])
def test_no_span_is_made_up(text):
    d = parse_deadline(text, 2026)
    assert d.due is None or d.due.year <= 2027


@pytest.mark.parametrize("text, due, rec", [
    # A deadline, then upkeep (round 22C): the date is what can be late; "hằng tháng" after it was read as the whole.
    ("Hoàn thành trước 31/3/2026, sau đó cập nhật hằng tháng", D(2026, 3, 30), N),
    ("Quý II/2026; duy trì hằng tháng", D(2026, 6, 30), N),
    ("Tháng 6/2026, tiếp tục thực hiện hằng quý", D(2026, 6, 30), N),
    # upkeep with no deadline before it stays recurring
    ("Duy trì hằng tháng", D(2026, 12, 31), M),
    ("Thường xuyên, duy trì hằng tháng", D(2026, 12, 31), M),
])
def test_a_deadline_then_upkeep_is_due_at_the_deadline(text, due, rec):
    d = parse_deadline(text, 2026)
    assert (d.due, d.recurrence) == (due, rec)
