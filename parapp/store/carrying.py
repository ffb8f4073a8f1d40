"""Unfinished work carried into the next year's plan ("Chuyển sang năm sau", migration m0012).

Each task carried gets a successor in the chosen plan: the same work, area, PAR code and who
leads it, its state (work going on stays going on), a new deadline or none. The old task keeps
everything it was (its year's report says it was not finished, and that it was carried) and
points at its successor; from then on only the successor is late, chased and reported."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.core.messages import N_, ValidationError
from parapp.core.status import Recurrence, Status
from parapp.core.vntext import fold, visible
from parapp.store.errors import NotFound
from parapp.store.tasks import TaskRow, create_task, get_task, task_rows, update_task

if TYPE_CHECKING:
    from parapp.core.task import Task
    from sqlite_utils import Database

# Copied as they were: what the work is and who does it. Not the deadline (it was the old year's), the plan's
# own numbering (the new plan numbers its own rows), the result, nor why it was late (the old year's story).
_KEPT = ("group_title", "content", "area_id", "par_code", "cause", "remedy", "product", "lead_official_id",
         "lead_unit_id", "lead_text", "coordinators", "budget")

# Open, not recurring (the next year's plan gives standing work again), not carried yet, of the year's plans.
_UNFINISHED = (" WHERE t.status IN ('not_started', 'in_progress') AND COALESCE(t.recurrence, 'none') = 'none'"
               " AND t.carried_to IS NULL AND t.plan_id IN (SELECT id FROM plans WHERE year = ?)")


@dataclass(frozen=True)
class Carried:
    old_id: int
    new_id: int
    linked: bool = False  # the receiving plan had the same work already (imported first): linked, not repeated


def same_work_in_plan(db: Database, plan_id: int) -> dict[str, int]:
    """The receiving plan's tasks by their words (folded, as the import recognises a repeated row), those not
    carrying on another task yet: next year's plan, imported before the carrying, often gives the same work again."""
    rows = db.execute("SELECT id, content FROM tasks t WHERE plan_id = ? AND NOT EXISTS "
                      "(SELECT 1 FROM tasks o WHERE o.carried_to = t.id) ORDER BY id", [plan_id])
    out: dict[str, int] = {}
    for task_id, content in rows:
        out.setdefault(work_key(content), task_id)
    return out


def work_key(content: str) -> str:
    # without Word's invisible characters: words stored with them before round 41C (L1) are the same work (41C F3)
    return fold(" ".join(visible(content).split()))


def unfinished_of_year(db: Database, year: int) -> list[TaskRow]:
    """What a year's plans left unfinished and could be carried on, in the register's order."""
    return task_rows(db, _UNFINISHED, [year])


def carry_tasks(db: Database, task_ids: list[int], to_plan_id: int, *, due: dt.date | None = None,
                today: dt.date | None = None) -> list[Carried]:
    """Carry these tasks into the plan `to_plan_id`, all or none (one transaction): each gets a successor there, or is
    linked to the task of that plan with the same words (`same_work_in_plan`). A task that is finished,
    dropped, recurring, already carried, or whose plan is not of an earlier year than the target is refused
    with its number: nothing is carried then."""
    today = today or dt.date.today()
    row = db.execute("SELECT year FROM plans WHERE id = ?", [to_plan_id]).fetchone()
    if row is None:
        raise NotFound(N_("errors", "kế hoạch"), to_plan_id)
    to_year = int(row[0])
    check_due(due, to_year)
    out: list[Carried] = []
    with db.atomic():
        known = same_work_in_plan(db, to_plan_id)
        for task_id in dict.fromkeys(task_ids):  # a number given twice is carried once
            task = get_task(db, task_id)
            _check_carriable(db, task, to_year)
            already = known.pop(work_key(task.content), None)
            if already is not None:
                db.execute("UPDATE tasks SET carried_to = ? WHERE id = ?", [already, task_id])
                # Work going on goes on in next year's same task, as in a successor made here: a fresh-eyes walk
                # (round 41) saw it linked and left "Chưa thực hiện" on the giao ban sheet.
                if task.status == Status.IN_PROGRESS.value and get_task(db, already).status == "not_started":
                    update_task(db, already, {"status": Status.IN_PROGRESS.value}, today)
                out.append(Carried(task_id, already, linked=True))
                continue
            data = {k: getattr(task, k) for k in _KEPT}
            data.update(plan_id=to_plan_id, status=task.status, due_date=due,
                        deadline_text=_undated_deadline(task) if due is None else "",
                        note=_joined(f"Chuyển từ kế hoạch năm {plan_year(db, task.plan_id)}, chưa hoàn thành.",
                                         task.note))
            new_id = create_task(db, data, today, check_code=False)
            db.execute("UPDATE tasks SET carried_to = ? WHERE id = ?", [new_id, task_id])
            out.append(Carried(task_id, new_id))
    return out


def _undated_deadline(task: Task) -> str:
    """A deadline that names no date ("Theo hướng dẫn của UBND tỉnh") is not the old year's: it holds next year too.
    The chairman's read (round 41) saw it dropped, the carried row of the plan printed with no time at all."""
    return task.deadline_text if task.due_date is None else ""


def check_due(due: dt.date | None, to_year: int) -> None:
    """A new deadline for tasks carried into `to_year`'s plan is of that year or later; said by a dry run too (round
    40B: `carry --dry-run --due` of the old year promised the carry the real one refused)."""
    if due is not None and due.year < to_year:
        raise ValidationError(N_("errors", "Thời hạn mới ({0}) phải thuộc năm {1} trở đi: việc được chuyển sang kế "
                                           "hoạch năm {1}."), due.strftime("%d/%m/%Y"), to_year, field="due")


def _check_carriable(db: Database, task, to_year: int) -> None:
    if not Status(task.status).is_open:
        raise ValidationError(N_("errors", "Nhiệm vụ số {0} đã hoàn thành hoặc đã dừng: không có gì để chuyển sang "
                                           "năm sau."), task.id, field="tasks")
    if (task.recurrence or "none") != Recurrence.NONE.value:
        raise ValidationError(N_("errors", "Nhiệm vụ số {0} là việc lặp lại (thường xuyên, hằng năm…): kế hoạch năm "
                                           "sau giao lại việc này, không cần chuyển."), task.id, field="tasks")
    if task.carried_to is not None:
        raise ValidationError(N_("errors", "Nhiệm vụ số {0} đã được chuyển sang năm sau (nhiệm vụ số {1})."), task.id,
                              task.carried_to, field="tasks")
    year = plan_year(db, task.plan_id)
    if year is None or year >= to_year:
        raise ValidationError(N_("errors", "Nhiệm vụ số {0} không thuộc kế hoạch của một năm trước năm {1}: chỉ "
                                           "chuyển được việc của năm trước sang kế hoạch năm sau."), task.id, to_year,
                              field="tasks")


def plan_year(db: Database, plan_id: int | None) -> int | None:
    row = db.execute("SELECT year FROM plans WHERE id = ?", [plan_id]).fetchone() if plan_id is not None else None
    return int(row[0]) if row else None


def _joined(first: str, rest: str) -> str:
    return f"{first}\n{rest}" if rest.strip() else first


def successor_of(db: Database, task_id: int) -> int | None:
    """The task carrying this one on, if it is there (a link a failing disk turned to point nowhere is none)."""
    row = db.execute("SELECT n.id FROM tasks t JOIN tasks n ON n.id = t.carried_to WHERE t.id = ?",
                     [task_id]).fetchone()
    return row[0] if row else None


def carried_from(db: Database, task_id: int) -> int | None:
    """The task of an earlier year this one carries on, if any."""
    row = db.execute("SELECT id FROM tasks WHERE carried_to = ? ORDER BY id LIMIT 1", [task_id]).fetchone()
    return row[0] if row else None


def carried_ended(db: Database, task_id: int) -> bool:
    """Whether the task carrying this one on was finished or dropped (nothing left to mark done)."""
    row = db.execute("SELECT n.status FROM tasks t JOIN tasks n ON n.id = t.carried_to WHERE t.id = ?",
                     [task_id]).fetchone()
    return row is not None and row[0] in (Status.DONE.value, Status.DROPPED.value)
