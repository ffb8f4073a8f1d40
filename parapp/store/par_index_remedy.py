"""What the remediation plan (services/par_remedy.py) reads and records of a criteria set: the
lead a code's tasks usually have, which criteria the plan already answers, the plan a set is
remedied by and the link of each task to its criterion with the points it lost."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.store.par_index_evidence import matching_tasks_sql

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class Lead:
    official_id: int | None = None
    unit_id: int | None = None
    text: str = ""


def suggest_lead(db: Database, code: str) -> Lead:
    """The lead most often given the tasks carrying this code (the exact code first, then a
    sub-code or the code above it), the most recent years counting first."""
    for exact in (True, False):
        where = "t.par_code = :code" if exact else matching_tasks_sql()
        rows = db.execute(
            f"""SELECT t.lead_official_id, t.lead_unit_id, t.lead_text FROM tasks t
                LEFT JOIN plans p ON p.id = t.plan_id
                WHERE {where} AND (t.lead_official_id IS NOT NULL OR t.lead_unit_id IS NOT NULL OR t.lead_text <> '')
                ORDER BY COALESCE(p.year, 0) DESC, t.id DESC""", {"code": code}).fetchall()
        if rows:
            (best, _), = Counter(rows).most_common(1)
            return Lead(*best)
    return Lead()


def remedied_criteria(db: Database, plan_id: int | None) -> set[int]:
    """The criteria the remediation plan already has a task for."""
    if plan_id is None:
        return set()
    return {r[0] for r in db.execute(
        """SELECT r.criterion_id FROM par_remedy_tasks r JOIN tasks t ON t.id = r.task_id
           WHERE t.plan_id IS NOT NULL AND t.plan_id = ?""", [plan_id])}


def set_remedy_plan(db: Database, set_id: int | None, plan_id: int) -> None:
    db.execute("UPDATE par_sets SET remedy_plan_id = ? WHERE id = ?", [plan_id, set_id])


def link_task(db: Database, task_id: int, criterion_id: int | None, lost_milli: int | None) -> None:
    """The task remedies the criterion, for the points it lost (the page shows them)."""
    db.execute("INSERT INTO par_remedy_tasks (task_id, criterion_id, lost_milli) VALUES (?, ?, ?)",
               [task_id, criterion_id, lost_milli])
