"""Task statuses and the states derived from the due date.

Only the four life states are stored. "Overdue" and "due soon" change with the
calendar, so they are computed from the due date and today, never stored.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from parapp.core.messages import N_

DUE_SOON_DAYS = 14


class Status(str, Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self in (Status.NOT_STARTED, Status.IN_PROGRESS)

    @property
    def label(self) -> str:
        """Vietnamese word for the status (the UI translates it again)."""
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.NOT_STARTED: N_("status", "Chưa thực hiện"),
    Status.IN_PROGRESS: N_("status", "Đang thực hiện"),
    Status.DONE: N_("status", "Hoàn thành"),
    Status.DROPPED: N_("status", "Dừng thực hiện"),
}


class Recurrence(str, Enum):
    NONE = "none"
    YEARLY = "yearly"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"


RECURRENCE_LABELS = {
    Recurrence.NONE: N_("status", "Không lặp lại"),
    Recurrence.YEARLY: N_("status", "Hằng năm"),
    Recurrence.QUARTERLY: N_("status", "Hằng quý"),
    Recurrence.MONTHLY: N_("status", "Hằng tháng"),
}


def ended_with_year(recurrence: Recurrence | str | None, due: dt.date | None, today: dt.date,
                    plan_year: int | None = None) -> bool:
    """Recurring work ("Hằng năm", "Thường xuyên", "Hằng quý", "Hằng tháng") whose year is over: it belongs to
    its year's plan, and the next year's plan gives it again. On 1/1/2027 the register, the reminders, the urging
    letter and the quý I report called the 2026 plan's standing work "quá hạn" until someone marked it done,
    beside the same work of the 2027 plan; it is not late, nor chased, once its year has ended. Its year is its
    plan's, or its due day's if later: a 2026 plan's standing work whose due day was typed 31/12/2025 was, all
    through 2026, neither late nor in any 2026 report (round 27D)."""
    return (due is not None and (recurrence or "none") != Recurrence.NONE.value
            and today.year > max(due.year, plan_year or 0))


def is_overdue(status: Status | str, due: dt.date | None, today: dt.date,
               recurrence: Recurrence | str | None = None, plan_year: int | None = None) -> bool:
    return (Status(status).is_open and due is not None and due < today
            and not ended_with_year(recurrence, due, today, plan_year))


def line_carried(line) -> bool:
    """Carried on by a task of a later year's plan ("Chuyển sang năm sau", store.carrying): the successor is the
    one chased and reported; this one stays as it was, unfinished, in its own year's books."""
    return getattr(line, "carried_year", None) is not None


def line_ended(line, today: dt.date) -> bool:
    """`ended_with_year` of a register line (status aside), or carried into a later year: no longer late, chased
    nor due."""
    return line_carried(line) or ended_with_year(getattr(line, "recurrence", None), line.due, today,
                                                 getattr(line, "plan_year", None))


def line_overdue(line, today: dt.date) -> bool:
    """`is_overdue` of a register line (anything with status, due and, for recurring work, recurrence and the
    year of its plan)."""
    return Status(line.status).is_open and line.due is not None and line.due < today and not line_ended(line, today)


def is_due_soon(
    status: Status | str,
    due: dt.date | None,
    today: dt.date,
    days: int = DUE_SOON_DAYS,
    recurrence: Recurrence | str | None = None,
) -> bool:
    return (
        Status(status).is_open
        and due is not None
        and today <= due <= today + dt.timedelta(days=days)
        and not runs_through_year(recurrence, due)
    )


def runs_through_year(recurrence: Recurrence | str | None, due: dt.date | None) -> bool:
    """Recurring work due on its year's last day ("Thường xuyên", "Hằng năm", "Hằng quý" with no day of its own): it
    has no deadline to chase. The December letter listed it "sắp đến hạn (hạn hoàn thành: 31/12/2026)" and on 1/1 it
    was gone, never late (round 27D left it; decided 2026-12-05). Work due by a day of its year ("Trước ngày 15/12
    hằng năm") is chased as before."""
    return due is not None and (due.month, due.day) == (12, 31) and (recurrence or "none") != Recurrence.NONE.value


def line_due_soon(line, today: dt.date, days: int = DUE_SOON_DAYS) -> bool:
    """`is_due_soon` of a register line."""
    return not line_carried(line) and is_due_soon(line.status, line.due, today, days, getattr(line, "recurrence", None))


def is_done_late(
    status: Status | str, due: dt.date | None, completed: dt.date | None,
    recurrence: Recurrence | str | None = None, plan_year: int | None = None,
) -> bool:
    """Done after its due day; recurring work closed once its year was over is not (it was not late the day
    before: the 2026 plan's standing work marked done on 5/1/2027 read 'Hoàn thành (trễ hạn)', round 27D)."""
    return (  # the dates first: most tasks are not late, and Status() costs more (95,000 calls in a year draft)
        due is not None
        and completed is not None
        and completed > due
        and Status(status) is Status.DONE
        and not ended_with_year(recurrence, due, completed, plan_year)
    )
