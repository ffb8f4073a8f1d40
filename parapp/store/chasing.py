"""Who answers for each task, as the urging letter and the meeting lists address them.

One function knows where a task's office comes from, so that when the commune's
offices become data of their own only it changes: today the office is the unit a
task was given to, else the unit of the official who leads it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from parapp.core.reminders import Lead

if TYPE_CHECKING:
    from sqlite_utils import Database

LEFT = " (đã nghỉ)"  # after the name of an official who has left

_SQL = """
SELECT t.id, COALESCE(NULLIF(tu.name, ''), NULLIF(ou.name, ''), ''), COALESCE(o.full_name, ''), t.lead_text,
       COALESCE(o.active, 1), o.id, COALESCE(o.position, ''), COALESCE(ou.name, '')
FROM tasks t
LEFT JOIN units tu ON tu.id = t.lead_unit_id
LEFT JOIN officials o ON o.id = t.lead_official_id
LEFT JOIN units ou ON ou.id = o.unit_id
"""


def task_leads(db: Database, open_due_by: dt.date | None = None) -> dict[int, Lead]:
    """Task id → its lead's office and person (the official's name, else the lead as written);
    with `open_due_by`, only the open tasks due by that day (what reminders chase)."""
    out = {}
    where, params = "", []
    if open_due_by is not None:
        where = (" WHERE t.status IN ('not_started', 'in_progress') AND t.due_date IS NOT NULL"
                 " AND t.due_date <= ?")
        params = [open_due_by.isoformat()]
    shared = _shared_names(db)
    for task_id, office, name, lead_text, active, official_id, position, unit in db.execute(_SQL + where, params):
        if name in shared:  # two officials of one name were one list, one "Đồng chí …" (round 21C)
            name = f"{name} ({position or unit or f'mã {official_id}'})"
        if name and not active:  # the meeting's lists and the letter's warning say so: it wants a new lead
            name += LEFT
        person = name or lead_text or ""
        out[task_id] = Lead(office=office, person=person if person != office else "", left=bool(name) and not active)
    return out


def _shared_names(db: Database) -> set[str]:
    """The names more than one official bears: a letter or a list names each with the post."""
    return {r[0] for r in db.execute("SELECT full_name FROM officials GROUP BY full_name HAVING COUNT(*) > 1")}


def office_names(db: Database) -> list[str]:
    """Every office a task can be chased through, for choosing whom a letter goes to."""
    return [r[0] for r in db.execute("SELECT name FROM units WHERE active = 1 AND name <> '' ORDER BY name")]
