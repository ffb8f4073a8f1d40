"""Round 27D F3: standing work with a start written ("Thường xuyên từ tháng 10/2026") runs to its year's end."""

from __future__ import annotations

import datetime as dt

from parapp.core.deadline_text import parse_deadline
from parapp.core.status import Recurrence


def test_standing_work_from_a_month_on_runs_to_the_years_end():
    """F3: 'Thường xuyên từ tháng 10/2026' (standing work begun in October) was one-off work due 31/10/2026: late from
    November and, not being recurring, chased on through 2027, where 'Hằng tháng từ tháng 10/2026' ran to 31/12."""
    for text in ("Thường xuyên từ tháng 10/2026", "Thường xuyên (từ tháng 10/2026)", "Thường xuyên, từ quý II/2026",
                 "Thường xuyên kể từ tháng 3", "Thường xuyên, bắt đầu từ tháng 7/2026"):
        d = parse_deadline(text, 2026)
        assert (d.due, d.recurrence) == (dt.date(2026, 12, 31), Recurrence.YEARLY), text
    d = parse_deadline("Thường xuyên từ tháng 2/2027", 2026)
    assert (d.due, d.recurrence) == (dt.date(2027, 12, 31), Recurrence.YEARLY)
    # standing work to its year's end is standing work too (it was one-off, due 31/12, late and chased on 1/1)
    for text in ("Thường xuyên từ tháng 10/2026 đến hết năm", "Thường xuyên từ tháng 10/2026 – 12/2026"):
        d = parse_deadline(text, 2026)
        assert (d.due, d.recurrence) == (dt.date(2026, 12, 31), Recurrence.YEARLY), text
    # an end written stays the end
    assert parse_deadline("Thường xuyên từ tháng 3 đến tháng 6/2026", 2026).due == dt.date(2026, 6, 30)
    assert parse_deadline("Từ tháng 10/2026", 2026).due == dt.date(2026, 10, 31)  # no standing word: as before
