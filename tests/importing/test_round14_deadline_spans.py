"""Adversarial round 14 (issue 21), the importers: a deadline written as a span of time.

Plans often give the time a task takes: "Tháng 6 - 9/2026", "Từ tháng 3 đến tháng 6/2026", "Quý II - III/2026",
"Từ 01/3 đến 30/6/2026". The work is due at the span's end. On main the start was taken (due three months early,
overdue and urged while the plan still runs), and "Tháng 9-10/2026" — the "-10" read as a year, as "Tháng 9-26" is —
was due 30/09/2010, overdue sixteen years on the day it was imported.
"""

from __future__ import annotations

import pytest

SPANS = [("Tháng 6 - 9/2026", "2026-09-30"), ("Tháng 9-10/2026", "2026-10-31"), ("Tháng 6-12", "2026-12-31"),
         ("Từ tháng 3 đến tháng 6/2026", "2026-06-30"),
         ("Quý II - III/2026", "2026-09-30"), ("Quý I/2026 - Quý II/2026", "2026-06-30"),
         ("Từ 01/3 đến 30/6/2026", "2026-06-30"), ("01/3/2026 - 30/6/2026", "2026-06-30")]
UNCHANGED = [("Tháng 9-26", "2026-09-30"), ("Tháng 6 - 2026", "2026-06-30"), ("Tháng 6, 2026", "2026-06-30"),
             ("Quý II/2026", "2026-06-30"), ("Trước 30/6", "2026-06-29"), ("Ngày 10-15/6/2026", "2026-06-15"),
             ("Tháng 3, 6, 9, 12", "2026-03-31"), ("Quý I, II/2026", "2026-03-31")]  # lists: the first is next due


@pytest.mark.parametrize(("text", "due"), SPANS + UNCHANGED)
def test_a_span_is_due_at_its_end(text, due):
    from parapp.core.deadline_text import parse_deadline

    assert parse_deadline(text, 2026).due.isoformat() == due


def test_a_plan_with_spans_stores_their_ends():
    from parapp.core.importing.parse import parse_text

    text = "STT\tNội dung\tCơ quan chủ trì\tThời gian thực hiện\n" + "".join(
        f"{i}\tNhiệm vụ số {i} về thủ tục hành chính\tVăn phòng\t{span}\n" for i, (span, _) in enumerate(SPANS, 1))
    r = parse_text(text, plan_year=2026)
    assert [t.due_date.isoformat() for t in r.tasks] == [due for _, due in SPANS]
    assert [t.deadline_text for t in r.tasks] == [span for span, _ in SPANS]  # the text as written
