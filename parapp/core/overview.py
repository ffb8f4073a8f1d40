"""The numbers that matter today, computed from register lines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Protocol

from parapp.core.status import DUE_SOON_DAYS, Status, line_carried, line_due_soon, line_overdue


class _Line(Protocol):
    status: str
    due: dt.date | None
    completed_on: dt.date | None
    lead: str


@dataclass
class LeadCounts:
    lead: str
    open: int = 0
    overdue: int = 0
    due_soon: int = 0
    done_this_year: int = 0


@dataclass
class Overview:
    total: int = 0
    open: int = 0
    overdue: int = 0
    due_soon: int = 0
    done_this_year: int = 0
    no_due_date: int = 0
    per_lead: list[LeadCounts] = field(default_factory=list)
    carry_year: int | None = None  # the year whose unfinished work is to be carried now (year_to_carry)
    to_carry: int = 0              # ... how many of its one-time tasks are open and not carried yet


def year_to_carry(today: dt.date) -> int | None:
    """The year whose unfinished work the overview offers to carry into the next: in December the year ending (its
    report and next year's plan are being written), from January to March the year just ended; otherwise none."""
    if today.month == 12:
        return today.year
    return today.year - 1 if today.month <= 3 else None


def summarise(lines: Iterable[_Line], today: dt.date, soon_days: int = DUE_SOON_DAYS) -> Overview:
    ov = Overview(carry_year=year_to_carry(today))
    leads: dict[object, LeadCounts] = {}
    for t in lines:
        ov.total += 1
        # One official is one line, whatever position a plan's "Chủ trì" column named beside him (a task given to
        # him by hand has none): his lead reads "<name> – <as written>" (store.tasks), so his name heads it.
        who = getattr(t, "lead_official_id", None)
        key = ("official", who) if who is not None else t.lead
        lc = leads.get(key)
        if lc is None:
            lc = leads[key] = LeadCounts(t.lead)
        elif lc.lead != t.lead:
            lc.lead = t.lead.split(" – ", 1)[0]
        status = Status(t.status)
        if status.is_open and line_carried(t):
            pass  # carried into a later year's plan: its successor is the open task counted
        elif status.is_open:
            if (ov.carry_year is not None and getattr(t, "plan_year", None) == ov.carry_year
                    and getattr(t, "recurrence", "none") == "none"):
                ov.to_carry += 1
            ov.open += 1
            lc.open += 1
            if t.due is None:
                ov.no_due_date += 1
            elif line_overdue(t, today):
                ov.overdue += 1
                lc.overdue += 1
            elif line_due_soon(t, today, soon_days):
                ov.due_soon += 1
                lc.due_soon += 1
        elif status is Status.DONE and t.completed_on and t.completed_on.year == today.year:
            ov.done_this_year += 1
            lc.done_this_year += 1
    ov.per_lead = sorted(leads.values(), key=lambda c: (-c.overdue, -c.open, c.lead))
    return ov
