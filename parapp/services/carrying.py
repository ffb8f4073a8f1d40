"""Carrying a year's unfinished work into the next year's plan: which plan receives it (the next year's
annual plan, else its latest, else a new annual plan made for it) and the carrying itself, the plan
made and every task carried in one transaction: refused, nothing is changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from parapp.core.messages import N_, ValidationError
from parapp.core.years import check_year
from parapp.store import carrying
from parapp.store.plans import PlanRow, add_plan, get_plan, list_plans
from parapp.store.tasks import TaskRow
from parapp.store.workspace import Workspace

NEW_PLAN_TITLE = "Kế hoạch cải cách hành chính năm {0}"


@dataclass(frozen=True)
class CarryChoice:
    """What carrying `year`'s unfinished work would do: the tasks, and the plan that would receive them (None: a
    new annual plan titled `new_title` would be made)."""

    year: int
    tasks: list[TaskRow]
    target: PlanRow | None
    new_title: str
    already: dict[int, int] = field(default_factory=dict)  # task → the target's task with the same words (linked)

    @property
    def target_label(self) -> str:
        return self.target.label if self.target is not None else self.new_title


def not_yet_due(tasks: list[TaskRow], today: dt.date) -> set[int]:
    """The tasks whose deadline has not come on `today` (December's work of the year): carried only when chosen
    one by one. Carried with the rest, their successors had no deadline and the December reminders stopped (a
    fresh-eyes walk: carrying on 06/12 silenced work due 20/12 and 31/12)."""
    return {t.id for t in tasks if t.due is not None and t.due >= today}


def next_year_plan(db: Workspace, year: int) -> PlanRow | None:
    """The plan the next year's reports cite (its annual plan), else its latest."""
    plans = [p for p in list_plans(db) if p.year == year + 1]  # newest first
    annual = [p for p in plans if p.is_annual]
    return (annual or plans)[0] if plans else None


def carry_choice(db: Workspace, year: int, to_plan_id: int | None = None) -> CarryChoice:
    check_year(year)
    target = get_plan(db, to_plan_id) if to_plan_id is not None else next_year_plan(db, year)
    if target is not None and target.year <= year:
        raise ValidationError(N_("errors", "Kế hoạch số {0} là của năm {1}: việc chưa xong của năm {2} chỉ chuyển "
                                           "sang kế hoạch của một năm sau đó."), target.id, target.year, year)
    tasks = carrying.unfinished_of_year(db, year)
    already: dict[int, int] = {}
    if target is not None:
        known = carrying.same_work_in_plan(db, target.id)
        for t in tasks:
            found = known.pop(carrying.work_key(t.content), None)
            if found is not None:
                already[t.id] = found
    return CarryChoice(year, tasks, target, NEW_PLAN_TITLE.format(year + 1), already)


def carry_over(db: Workspace, choice: CarryChoice, task_ids: list[int] | None = None, *,
               due: dt.date | None = None, today: dt.date | None = None) -> tuple[int, list[carrying.Carried]]:
    """Carry the chosen tasks (None: all of the choice's) and answer the receiving plan's number."""
    ids = [t.id for t in choice.tasks] if task_ids is None else list(task_ids)
    if not ids:
        raise ValidationError(N_("errors", "Chưa chọn nhiệm vụ nào để chuyển sang năm sau."))
    with db.atomic():
        plan_id = choice.target.id if choice.target is not None else add_plan(
            db, {"title": choice.new_title, "year": choice.year + 1, "is_annual": True})
        return plan_id, carrying.carry_tasks(db, ids, plan_id, due=due, today=today)
