"""The days a report speaks as of: the day it judges its tasks on, and the day its "Tính đến ngày …" states."""

from __future__ import annotations

import datetime as dt

from parapp.core.periods import Period, PeriodKind


def judged_on(p: Period, today: dt.date) -> dt.date:
    """The day a report judges its tasks on: what was due before it and not done is late.

    A report written within its period speaks as of its window's end (or the drafting day, if that
    comes first): a quý I report signed on 17/3 lists a task due on 16/3 as the quarter's remaining
    work, and a year report drafted on 23/11 does not call a task due 30/11 late. A report written
    after its period is over (a quý I report redrafted in December, a year report drafted on 10/1)
    judges on the period's own last day: what was due in the period and not done is late, what falls
    due after it (in August, for quý I) never is."""
    from parapp.core.report_words import calendar_end

    end = calendar_end(p.kind if isinstance(p.kind, PeriodKind) else PeriodKind(p.kind), p.year)
    if today > end:
        return end + dt.timedelta(days=1)
    return min(today, p.window_end)


def stands_on(p: Period, today: dt.date) -> dt.date:
    """The day a report speaks as of ("Tính đến ngày …"): its window's end or the drafting day; drafted after its
    period, the period's last day (a quý III draft of December said "đến ngày 14/9" over tasks judged on 30/9)."""
    judged = judged_on(p, today)
    return judged - dt.timedelta(days=1) if judged > p.window_end else judged
