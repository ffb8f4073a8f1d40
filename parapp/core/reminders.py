"""What the office chases: the tasks that are late or fall due soon, and the reports due.

Worked out from register lines and the schedule's unsent periods, never stored: the
command line (`parapp remind`), the window's daily notification, the urging letter and
the Monday meeting's lists all read the same lists, so they cannot disagree with each
other or with the register ("overdue" and "due soon" are core.status's rules).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from parapp.core.periods import Period
from parapp.core.status import Status, line_due_soon, line_overdue
from parapp.core.vntext import fold

REMIND_DAYS = 14        # how far `remind` looks ahead unless told: the register's "sắp đến hạn"
NOTICE_DAYS = 7         # the daily notification speaks of the tasks falling due this week …
NOTICE_REPORT_DAYS = 14  # … and of a report from two weeks before its deadline, as the overview warns
LATE_REPORT_DAYS = 31   # an unsent report is chased this long past its deadline; the reports page keeps it after
# … but one finalised (or signed) and only waiting to be sent is chased until it is sent: the reports page's
# "Chờ gửi" named the nine-month report 76 days late beside "Nhắc việc hôm nay"'s "không có báo cáo phải gửi" (33E).
AWAITING_SENDING = ("final", "signed")


class _Line(Protocol):
    """A register line (store.tasks.TaskRow), read only."""

    @property
    def id(self) -> int: ...

    @property
    def plan_id(self) -> int | None: ...

    @property
    def content(self) -> str: ...

    @property
    def lead(self) -> str: ...

    @property
    def due(self) -> dt.date | None: ...

    @property
    def status(self) -> str: ...

    @property
    def deadline_text(self) -> str: ...


@dataclass(frozen=True)
class Lead:
    """Who answers for a task: the office (unit) the lead belongs to, and the person or post."""

    office: str = ""
    person: str = ""
    left: bool = False   # the person is an official who has left (made inactive): the task wants a new lead


BY_OFFICE, BY_PERSON = "office", "person"
_OPEN = frozenset(s.value for s in Status if s.is_open)
UNASSIGNED = ""


def name_key(name: str) -> str:
    """A name as typed (on a command line, without diacritics) matches the stored one: no diacritics,
    any dash or none ("phong van hoa xa hoi" was not "Phòng Văn hóa – Xã hội", round 21C), any spacing."""
    return " ".join(fold(name).replace("\u2013", " ").replace("\u2014", " ").replace("-", " ").split())


def group_of(lead: Lead, by: str = BY_OFFICE) -> str:
    """The office a task is chased through, or its person where there is no office (or the other
    way round, by person); "" when nobody leads it. The one rule the letter and the lists cut by."""
    if by == BY_PERSON:
        return lead.person or lead.office
    return lead.office or lead.person


@dataclass(frozen=True)
class TaskItem:
    id: int
    content: str
    lead: str            # as the register shows it
    office: str          # the lead's office, "" if none
    group: str           # whom it is chased through: the office, else the person (group_of); "" if nobody
    due: dt.date
    days: int            # overdue: days late; due soon: days left (0 = today)
    status: str
    deadline_text: str
    plan_id: int | None = None
    lead_left: bool = False  # its lead is an official who has left

    def as_json(self, late: bool) -> dict:
        out = {"id": self.id, "content": self.content, "lead": self.lead or None, "office": self.office or None,
               "due_date": self.due.isoformat(), "status": self.status}
        out["days_late" if late else "days_left"] = self.days
        return out


@dataclass(frozen=True)
class ReportItem:
    period: Period
    state: str           # the report's state: not_started, draft, final or signed (never sent: those are not chased)

    @property
    def kind(self) -> str:
        return self.period.kind.value

    @property
    def year(self) -> int:
        return self.period.year

    @property
    def deadline(self) -> dt.date:
        return self.period.deadline

    def as_json(self, today: dt.date) -> dict:
        return {"kind": self.kind, "year": self.year, "deadline": self.deadline.isoformat(), "state": self.state,
                "days_left": (self.deadline - today).days}


@dataclass
class Reminders:
    today: dt.date
    days: int
    overdue: list[TaskItem] = field(default_factory=list)
    due_soon: list[TaskItem] = field(default_factory=list)
    reports_due: list[ReportItem] = field(default_factory=list)
    reports_late: list[ReportItem] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.reports_due or self.reports_late)

    def as_json(self) -> dict:
        return {
            "today": self.today.isoformat(),
            "days": self.days,
            "overdue": [t.as_json(late=True) for t in self.overdue],
            "due_soon": [t.as_json(late=False) for t in self.due_soon],
            "reports_due": [r.as_json(self.today) for r in self.reports_due],
            "reports_late": [r.as_json(self.today) for r in self.reports_late],
        }


def collect(lines: Iterable[_Line], leads: Mapping[int, Lead], unsent: Sequence[tuple[Period, str]],
            today: dt.date, days: int = REMIND_DAYS, report_days: int | None = None) -> Reminders:
    """The reminders of `today`: every overdue task; every open task due from today to today + `days`;
    every unsent report due from today to today + `report_days` (default: `days`), and those whose
    deadline passed less than LATE_REPORT_DAYS ago, or that is finalised and waiting to be sent (AWAITING_SENDING).
    `unsent` holds each period not yet sent, with its report's state."""
    if days < 0:
        raise ValueError("days must not be negative")
    report_days = days if report_days is None else report_days
    rem = Reminders(today, days)
    until = today + dt.timedelta(days=days)
    for r in lines:
        # The rows that cannot be chased are passed over first: a register of 50,000 is read at every start.
        if r.due is None or r.due > until or r.status not in _OPEN:
            continue
        lead = leads.get(r.id, Lead(person=r.lead))
        who = (r.id, r.content, r.lead, lead.office, group_of(lead))
        if line_overdue(r, today):
            rem.overdue.append(TaskItem(*who, r.due, (today - r.due).days, r.status, r.deadline_text, r.plan_id,
                                        lead.left))
        elif line_due_soon(r, today, days):
            rem.due_soon.append(TaskItem(*who, r.due, (r.due - today).days, r.status, r.deadline_text, r.plan_id,
                                         lead.left))
    rem.overdue.sort(key=lambda t: (t.due, t.id))
    rem.due_soon.sort(key=lambda t: (t.due, t.id))
    last = today + dt.timedelta(days=report_days)
    oldest = today - dt.timedelta(days=LATE_REPORT_DAYS)
    for p, state in sorted(unsent, key=lambda x: (x[0].deadline, x[0].year)):
        if today <= p.deadline <= last:
            rem.reports_due.append(ReportItem(p, state))
        elif p.deadline < today and (oldest <= p.deadline or state in AWAITING_SENDING):
            rem.reports_late.append(ReportItem(p, state))
    return rem


def notice_due(last_shown: dt.date | None, today: dt.date, enabled: bool = True) -> bool:
    """Whether the daily notification may be shown: it is on, and not yet shown on this day."""
    return enabled and last_shown != today


# -- grouping for the letter and the meeting lists --------------------------------------------------

@dataclass
class Group:
    name: str                                    # the office, or the person
    overdue: list[TaskItem] = field(default_factory=list)
    due_soon: list[TaskItem] = field(default_factory=list)


def by_group(rem: Reminders, names: Mapping[int, str] | None = None) -> list[Group]:
    """The overdue and due-soon tasks of each office (or of each group `names` gives a task), offices
    in alphabetical order ignoring diacritics; tasks nobody leads are left out (there is no one to ask)."""
    groups: dict[str, Group] = {}
    for late, items in ((True, rem.overdue), (False, rem.due_soon)):
        for t in items:
            name = names.get(t.id, t.group) if names is not None else t.group
            if not name:
                continue
            g = groups.setdefault(name, Group(name))
            (g.overdue if late else g.due_soon).append(t)
    return sorted(groups.values(), key=lambda g: (fold(g.name), g.name))


def unassigned(rem: Reminders) -> list[TaskItem]:
    """The chased tasks that no one leads."""
    return [t for t in rem.overdue + rem.due_soon if not t.group]
