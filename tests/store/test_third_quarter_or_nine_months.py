"""Quý III or 9 tháng: a superior body asks for one or the other (DOMAIN.md), and the default schedule lists both.

A fresh-eyes walk (this session): the demo sent its 9-month report on 18/09/2026; the Reports page still listed quý
III as "Chưa làm" beside it, and had the commune begun using ParApp before September, quý III would have been chased
as late. Once one of the two is finalised, the other, never begun, is not owed: not reminded, not the next report."""

import datetime as dt

from parapp.services.chasing import unsent_periods
from parapp.services.reporting import finalize_report
from parapp.store import tasks
from parapp.store.periods import find_period, year_periods
from parapp.store.report_records import draft_for_period, period_statuses

SEPT = dt.date(2026, 9, 18)


def _owed(db, day):
    return {p.kind.value for p, _ in unsent_periods(db, day) if p.year == 2026}


def test_the_nine_month_report_answers_for_the_third_quarter(db):
    tasks.create_task(db, {"content": "Rà soát quy chế làm việc", "due_date": dt.date(2026, 8, 31)},
                      today=dt.date(2026, 1, 5))
    kinds = {p.kind.value for p in year_periods(db, 2026)}
    assert {"q3", "9m"} <= kinds
    assert "q3" in _owed(db, SEPT)
    _, rid = draft_for_period(db, find_period(db, "9m", 2026), SEPT, save=True)
    assert "q3" in _owed(db, SEPT)  # a draft answers for nothing yet
    finalize_report(db, rid, SEPT)
    assert "q3" not in _owed(db, dt.date(2026, 9, 25)) and "9m" in _owed(db, dt.date(2026, 9, 25))  # to be sent
    q3 = next(st for st in period_statuses(db, year_periods(db, 2026), SEPT) if st.period.kind.value == "q3")
    assert q3.answered_by == "9m" and not q3.late
