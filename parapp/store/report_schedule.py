"""Which report the office should act on next, and which periods came before ParApp was used.

A commune that starts with ParApp in December sent its earlier reports some other way: those
periods are not "overdue by 257 days", they are before its time. The first change recorded in
the change log is when the commune began using ParApp."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from parapp.store.periods import year_periods
from parapp.store.report_records import STATE_NOT_STARTED, STATE_SENT, PeriodStatus, period_statuses

if TYPE_CHECKING:
    from sqlite_utils import Database


def first_use(db: Database, today: dt.date) -> dt.date:
    """The day of the first change recorded, never after today (nothing recorded yet: today)."""
    row = db.execute("SELECT MIN(at) FROM audit_log").fetchone()
    try:
        first = dt.date.fromisoformat(str(row[0])[:10]) if row and row[0] else today
    except ValueError:
        first = today
    return min(first, today)


def before_parapp(st: PeriodStatus, started: dt.date) -> bool:
    """A period due before the commune used ParApp, with nothing made for it here."""
    return st.state == STATE_NOT_STARTED and st.period.deadline < started


def next_report(db: Database, today: dt.date) -> PeriodStatus | None:
    """The report to act on: the earliest one still unsent in the last quarter past its deadline (since
    ParApp was used), else the next one due, this year or the next."""
    periods = year_periods(db, today.year - 1) + year_periods(db, today.year) + year_periods(db, today.year + 1)
    started = first_use(db, today)
    open_ = [st for st in period_statuses(db, periods, today)
             if st.state != STATE_SENT and not before_parapp(st, started) and st.answered_by is None]
    # Late within the last quarter: older ones were settled some other way, or are long past acting on.
    late = [st for st in open_ if today - dt.timedelta(days=92) <= st.period.deadline < today]
    pool = late or [st for st in open_ if st.period.deadline >= today]
    if not pool:
        return None
    first = min(pool, key=lambda st: st.period.deadline)
    # Quý IV and the year are both due on 20/12 in the ministry's schedule: a fresh-eyes walk (round 41) read only
    # "báo cáo quý IV … hạn 20/12" on the overview.
    first.also_due = tuple(st.period for st in pool if st is not first and st.period.deadline == first.period.deadline)
    return first
