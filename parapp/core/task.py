"""A task as the register keeps it: every field of one row, typed.

The other shapes a task takes are views of it made for one purpose: a line of
the register (store.tasks.TaskRow, with names joined in), what a report is
written from (core.report_tasks.TaskFact) and a row read from a plan being
imported (core.importing.model.ImportedTask).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields


@dataclass
class Task:
    id: int
    plan_id: int | None
    stt: str
    group_title: str
    content: str
    area_id: int | None
    par_code: str
    cause: str
    remedy: str
    product: str
    lead_official_id: int | None
    lead_unit_id: int | None
    lead_text: str
    coordinators: str
    deadline_text: str
    due_date: dt.date | None
    recurrence: str
    budget: str
    note: str
    status: str
    dropped_reason: str
    completed_on: dt.date | None
    delay_reason: str
    search_text: str
    created_at: str
    updated_at: str
    result: str = ""
    support_request: str = ""
    carried_to: int | None = None  # the next year's task that carries this one on (store: m0012)

    def as_dict(self) -> dict:
        return asdict(self)


TASK_FIELDS = [f.name for f in fields(Task)]
