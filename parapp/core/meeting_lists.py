"""Each office's (or each person's) list for the Monday meeting (giao ban): every open
task it leads, the late ones first, then those falling due, then the rest.

Late and due soon are core.status's rules, as in the register and the reminders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from parapp.core.reminders import BY_OFFICE, REMIND_DAYS, Lead, group_of
from parapp.core.status import Status, line_carried, line_due_soon, line_overdue
from parapp.core.vntext import fold

OVERDUE, DUE_SOON, OPEN = "overdue", "due_soon", "open"
_ORDER = {OVERDUE: 0, DUE_SOON: 1, OPEN: 2}


class _Line(Protocol):
    """A register line (store.tasks.TaskRow), read only."""

    @property
    def id(self) -> int: ...

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
class ListedTask:
    id: int
    content: str
    person: str          # who leads it (by office) or the office it belongs to (by person)
    due: dt.date | None
    deadline_text: str
    status: str
    state: str           # OVERDUE, DUE_SOON or OPEN
    days: int | None     # late by (OVERDUE) or left (DUE_SOON); None otherwise


@dataclass
class MeetingList:
    name: str            # the office or the person; "" for the tasks nobody leads
    tasks: list[ListedTask] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for t in self.tasks if t.state == state)


def _state(line: _Line, today: dt.date, days: int) -> tuple[str, int | None]:
    if line_overdue(line, today):
        assert line.due is not None
        return OVERDUE, (today - line.due).days
    if line_due_soon(line, today, days):
        assert line.due is not None
        return DUE_SOON, (line.due - today).days
    return OPEN, None


def meeting_lists(lines: Iterable[_Line], leads: Mapping[int, Lead], today: dt.date, days: int = REMIND_DAYS,
                  by: str = BY_OFFICE, only: Iterable[str] | None = None) -> list[MeetingList]:
    """One list per office (or person) that leads an open task, in alphabetical order ignoring
    diacritics, the tasks nobody leads last; `only` keeps the named groups."""
    wanted = None if only is None else set(only)
    lists: dict[str, MeetingList] = {}
    for r in lines:
        if not Status(r.status).is_open or line_carried(r):  # carried on: its successor is listed
            continue
        lead = leads.get(r.id, Lead(person=r.lead))
        name = group_of(lead, by)
        if wanted is not None and name not in wanted:
            continue
        other = lead.person if by == BY_OFFICE else lead.office
        state, n = _state(r, today, days)
        lists.setdefault(name, MeetingList(name)).tasks.append(
            ListedTask(r.id, r.content, other if other != name else "", r.due, r.deadline_text, r.status, state, n))
    far = dt.date.max
    for ml in lists.values():
        ml.tasks.sort(key=lambda t: (_ORDER[t.state], t.due or far, t.id))
    return sorted(lists.values(), key=lambda ml: (ml.name == "", fold(ml.name), ml.name))
