"""The remediation plan made from a year's lost points (one transaction).

One task per scored criterion below its maximum, in a plan for the following
year; each task carries the criterion's code, the points lost (in its note,
and in par_remedy_tasks for the page), the explanation as its cause, and a
lead: the one the user chose, else the lead of the tasks that already carry
that code. Made again after more scores arrive, the same plan gains the
tasks for the new losses only. A service: it writes a plan, its tasks and the
criteria set's links together.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parapp.core.catalogue import catalogue_for_year, match_area, shipped_catalogues
from parapp.core.messages import N_, ValidationError
from parapp.core.par.remedy import RemedyTask, deadline_text, plan_title, plan_year, remedy_tasks
from parapp.store import plans, tasks
from parapp.store.catalogues import area_id_for_code
from parapp.store.par_index import require_set
from parapp.store.par_index_remedy import Lead, link_task, remedied_criteria, set_remedy_plan, suggest_lead
from parapp.store.settings import load_settings

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["Lead", "RemedyOutcome", "RemedyRow", "make_plan", "preview"]


@dataclass
class RemedyRow:
    task: RemedyTask
    lead: Lead
    done: bool            # the plan already has its task


@dataclass
class RemedyOutcome:
    plan_id: int
    created: list[int] = field(default_factory=list)
    already: int = 0


def _catalogue_areas(db: Database, plan_for: int, cset) -> dict[str, int | None]:
    """The register's area of each of the set's areas: by what it is called (a province's areas
    need not be numbered as the programme's), else by its number where the code is the area's."""
    cat = catalogue_for_year(shipped_catalogues(), plan_for)
    out: dict[str, int | None] = {}
    for a in cset.areas:
        found = match_area(cat, a.name)
        code = found.code if found else (a.code if a.code.isdigit() else "")
        out[a.name] = area_id_for_code(db, cat.code, code) if code else None
    return out


def preview(db: Database, year: int) -> list[RemedyRow]:
    cset = require_set(db, year)
    have = remedied_criteria(db, cset.remedy_plan_id)
    return [RemedyRow(t, suggest_lead(db, t.par_code) if t.par_code else Lead(), t.criterion_id in have)
            for t in remedy_tasks(cset)]


def make_plan(db: Database, year: int, *, leads: dict[str, Lead] | None = None,
              today: dt.date | None = None) -> RemedyOutcome:
    """Create (or add to) the following year's remediation plan; raises when nothing was lost."""
    today = today or dt.date.today()
    rows = preview(db, year)
    if not rows:
        raise ValidationError(N_("par", "Năm {0} không có tiêu chí nào đã chấm mà bị mất điểm: không cần kế hoạch "
                                        "khắc phục."), year, context="par")
    cset = require_set(db, year)
    s = load_settings(db)
    with db.atomic():
        plan_id = cset.remedy_plan_id
        if plan_id is None:
            plan_for = plan_year(year, today)
            plan_id = plans.add_plan(db, {"title": plan_title(plan_for), "year": plan_for, "issuer": s.commune_name,
                                          "signer": s.chairman})
            set_remedy_plan(db, cset.id, plan_id)
        else:
            plan_for = plans.get_plan(db, plan_id).year or plan_year(year, today)
        out = RemedyOutcome(plan_id)
        area_ids = _catalogue_areas(db, plan_for, cset)
        n = plans.get_plan(db, plan_id).task_count
        for row in rows:
            if row.done:
                out.already += 1
                continue
            t = row.task
            lead = (leads or {}).get(t.code, row.lead)
            n += 1
            task_id = tasks.create_task(db, {
                "plan_id": plan_id, "stt": str(n), "group_title": t.area_name, "content": t.content,
                "par_code": t.par_code, "cause": t.cause, "note": t.note, "deadline_text": deadline_text(plan_for),
                "area_id": area_ids.get(t.area_name),
                "lead_official_id": lead.official_id, "lead_unit_id": lead.unit_id, "lead_text": lead.text,
            }, today)
            link_task(db, task_id, t.criterion_id, t.lost_milli)
            out.created.append(task_id)
    return out
