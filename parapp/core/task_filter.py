"""Which register lines a filter keeps, and in what order.

Pure Python over the loaded lines, so the window can filter 50,000 tasks as
the user types without a round trip to SQLite, and tests need no Qt.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, Sequence

from parapp.core.status import Status, line_carried, line_due_soon, line_ended, line_overdue, runs_through_year
from parapp.core.vntext import fold, search_words

# Status filter values: the four stored statuses and three derived ones.
OVERDUE, DUE_SOON, OPEN = "overdue", "due-soon", "open"


class TaskFilter(NamedTuple):  # not a dataclass: building one costs ~1 ms of every start
    text: str = ""
    area_id: int | None = None
    status: str | None = None        # a Status value, OVERDUE, DUE_SOON or OPEN
    lead_official_id: int | None = None
    plan_id: int | None = None
    due_within_days: int | None = None  # open tasks due from today to today + N

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.area_id or self.status or self.lead_official_id
                    or self.plan_id or self.due_within_days)


def _status_ok(row, status: str | None, today: dt.date) -> bool:
    if status is None:
        return True
    if status == OVERDUE:
        return line_overdue(row, today)
    if status == DUE_SOON:
        return line_due_soon(row, today)
    if status == OPEN:
        return Status(row.status).is_open and not line_carried(row)
    # "Đang thực hiện", "Chưa thực hiện": work being done, not the old year's task its successor carries on
    return row.status == status and not (Status(status).is_open and line_carried(row))


def apply_filter(rows: Sequence, f: TaskFilter, today: dt.date, within: Sequence[int] | None = None,
                 known: int = 0) -> list[int]:
    """Indices of the rows the filter keeps, in their current order. `within`: the indices to
    look at (those a broader filter kept), else all of them; `known`: how many of the search's
    first words those rows are known to contain already."""
    words = search_words(f.text)
    limit = today + dt.timedelta(days=f.due_within_days) if f.due_within_days else None
    candidates = range(len(rows)) if within is None else within
    if f.area_id is None and f.lead_official_id is None and f.plan_id is None and f.status is None \
            and limit is None:
        # Search as you type, the common case: one pass per word over the precomputed folded keys.
        keep = list(candidates)
        for w in words[known if within is not None else 0:]:
            keep = [i for i in keep if w in rows[i].search]  # a line's search is a vntext.search_key
        return keep
    keep = []
    for i in candidates:
        r = rows[i]
        if f.area_id is not None and r.area_id != f.area_id:
            continue
        if f.lead_official_id is not None and r.lead_official_id != f.lead_official_id:
            continue
        if f.plan_id is not None and r.plan_id != f.plan_id:
            continue
        if f.status is not None and not _status_ok(r, f.status, today):
            continue
        if limit is not None and not (Status(r.status).is_open and r.due is not None and r.due <= limit
                                      and not line_ended(r, today)
                                      and not runs_through_year(getattr(r, "recurrence", None), r.due)):
            continue  # recurring work whose year is over, or that runs through it, is not due: the notice's click
            # listed it (27D)
        if words:
            s = r.search
            if not all(w in s for w in words):
                continue
        keep.append(i)
    return keep


def narrows(old: TaskFilter, new: TaskFilter) -> int | None:
    """None, or `new` keeps only rows `old` kept: the same choices, and the search text only typed
    on (each word `old` looked for is then the same, whole now, or lengthened in `new`). Then how many of the
    first words both look for alike (all of old's but the last, which typing may lengthen or end)."""
    same = (old.area_id, old.status, old.lead_official_id, old.plan_id, old.due_within_days) == \
        (new.area_id, new.status, new.lead_official_id, new.plan_id, new.due_within_days)
    before = fold(old.text)
    if not same or not fold(new.text).startswith(before):
        return None
    return max(0, len(search_words(old.text)) - 1)  # a lone dash is no word: counted as search_words counts


_FAR = dt.date.max


def sort_key(column: str):
    """Key function for sorting register lines by a column name."""
    if column == "due":
        return lambda r: (r.due or _FAR, r.id)
    if column == "status":
        order = {s.value: i for i, s in enumerate(Status)}
        return lambda r: (order.get(r.status, 9), r.due or _FAR)
    if column == "stt":
        def stt_key(r):
            parts = []
            for p in (r.stt or "").replace("-", ".").split("."):
                parts.append((0, int(p), "") if p.isdigit() else (1, 0, p))
            return (parts, r.id)
        return stt_key
    return lambda r: (fold(str(getattr(r, column) or "")), r.id)
