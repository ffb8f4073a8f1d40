"""Importing a plan's tasks: read the file or paste, say what a person must look at, then
store it all in one transaction (the command line and the window do the same)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from parapp.core.catalogue import catalogue_for_year, shipped_catalogues
from parapp.core.importing import ImportResult, Problem, parse_file
from parapp.core.importing.model import Unreadable
from parapp.core.messages import Msg, N_
from parapp.store.catalogues import catalogue_code_for_year
from parapp.core.importing.model import ImportedTask
from parapp.gc_pause import paused_gc
from parapp.store import plans, tasks
from parapp.store.importer import area_ids, find_duplicates, official_matcher, plan_ids_of, plans_holding
from parapp.store.plans import get_plan

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class ImportOutcome:
    plan_id: int
    task_ids: list[int] = field(default_factory=list)


@dataclass
class PlanRead:
    result: ImportResult
    year: int
    duplicates: dict[int, int]                            # row index → the stored task it repeats
    problems: list[Problem] = field(default_factory=list)  # every row's, in line order


def read_plan_file(db: Database, path: Path, *, plan_id: int | None, today: dt.date) -> PlanRead:
    """A plan file read for a new plan (its year guessed from the text) or into an existing one."""
    if plan_id is not None:
        plan = get_plan(db, plan_id)
        result = parse_file(path, plan_year=plan.year, year_hint=False,
                            catalogue=catalogue_for_year(shipped_catalogues(), plan.year))
        year = plan.year
    else:
        result = parse_file(path, plan_year=today.year)
        year = result.year
    return review(db, result, year)


def _province_codes(db: Database, result: ImportResult, year: int) -> None:
    """A task citing a criterion as the province printed it (14.3 of a set numbered straight through its
    areas) cites a known criterion: no "unknown code" problem, and its area is that criterion's area."""
    from parapp.core.catalogue import match_area
    from parapp.core.importing.model import AREA, PAR_CODE, without

    cited = {t.par_code for t in result.tasks if t.par_code}
    if not cited:
        return
    from parapp.store.par_index import list_years, load_set

    areas: dict[str, str] = {}  # code → its area's name, the newest set that has it winning
    for set_year in sorted(list_years(db)):
        cset = load_set(db, set_year)
        if cset is None:
            continue
        for node in (n for _, n in cset.walk() if n.code in cited):
            areas[node.code] = cset.area_of(node).name
    cat = catalogue_for_year(shipped_catalogues(), year)
    for t in result.tasks:
        if t.par_code not in areas:
            continue
        t.problems = without(t.problems, PAR_CODE)
        found = match_area(cat, areas[t.par_code]) if not t.area_code else None
        if found is not None:
            t.area_code, t.area_name = found.code, found.name
            t.problems = without(t.problems, AREA)


def review(db: Database, result: ImportResult, year: int) -> PlanRead:
    _province_codes(db, result, year)
    problems = list(result.problems)
    for t in result.tasks:
        problems += [Problem(t.line, t.content[:120], m) for m in t.problems]
    dupes = find_duplicates(db, result.tasks, year)
    for i, tid in dupes.items():
        t = result.tasks[i]
        problems.append(Problem(t.line, t.content[:120],
                                Msg(N_("import", "Trùng với nhiệm vụ đã có (số {0})."), tid)))
    problems.sort(key=lambda p: p.line)
    return PlanRead(result, year, dupes, problems)


def check_storable(read: PlanRead, today: dt.date | None = None) -> None:
    """Refused (Unreadable) when the file holds no row to store: the import would store nothing (no empty plan), and a
    dry run says so as the import would (round 17B: the dry run said "Đọc được 0 nhiệm vụ", exit 0). Each row is
    checked as storing it would check it: a content over 20,000 characters was "đọc được" by the dry run, exit 0, and
    refused by the import, exit 2, naming no row (round 24C)."""
    from parapp.core.messages import ValidationError
    from parapp.core.validation import validate_task

    if not any(not t.skip for t in read.result.tasks):
        from parapp.core.importing.xlsx_hidden import HIDDEN_LINES

        if hidden := next((n for n in read.result.notes if getattr(n, "template", None) == HIDDEN_LINES), None):
            # every task row hidden (a filter no task meets): the reason said, not "is it a plan?" (41C)
            raise Unreadable(N_("import", "Không đọc được nhiệm vụ nào nên chưa nhập gì: các dòng nhiệm vụ của trang "
                                          "“{0}” đang ẩn trong Excel (dòng {1}). Hãy bỏ ẩn hoặc bỏ lọc trong Excel, "
                                          "lưu lại rồi nhập lại."), *getattr(hidden, "args", ())[:2])
        raise Unreadable(N_("import", "Không đọc được nhiệm vụ nào từ tệp này nên chưa nhập gì (không tạo kế hoạch "
                                      "trống). Hãy xem tệp có đúng là kế hoạch có bảng hoặc danh sách nhiệm vụ không."))
    for t in read.result.tasks:
        if t.skip:
            continue
        try:
            validate_task(_task_data(t), today or dt.date.today())
        except ValidationError as exc:
            raise Unreadable(N_("import", "Dòng {0} của tệp: {1} Chưa nhập gì."), t.line, str(exc)) from None


def repeated_plans(db: Database, read: PlanRead) -> list[str] | None:
    """The plans (as the register labels them) already holding every row the file would store; None when at least
    one row is new. The same plan imported twice made two plans with the same number and every task twice, counted
    twice in every report (33C and 34C left it): a file with nothing new is taken as imported already."""
    keep = [i for i, t in enumerate(read.result.tasks) if not t.skip]
    again = repeats_in_year(db, read.duplicates, keep, read.year)
    if not keep or len(again) < len(keep):
        return None
    return plans_of(db, {read.duplicates[i] for i in keep})


def repeats_in_year(db: Database, dupes: dict[int, int], rows: list[int], year: int) -> list[int]:
    """The rows (of `rows`) repeating a task of a plan of the same year: the plan imported again. A row repeating
    last year's task is the work a new year's plan sets again ("Duy trì cơ chế một cửa …"), never a repeat."""
    years = plans_holding(db, {dupes[i] for i in rows if i in dupes})
    return [i for i in rows if i in dupes and years.get(dupes[i]) == year]


def plans_of(db: Database, task_ids: set[int]) -> list[str]:
    """The plans holding these tasks, as the register labels them."""
    found = plan_ids_of(db, task_ids)
    return [p.label for p in plans.list_plans(db) if p.id in found]


def _task_data(t: ImportedTask) -> dict:
    """A row's fields as a task stores them (but the ids: the plan's, the area's, the lead's)."""
    return {"stt": t.stt, "group_title": t.group, "content": t.content, "par_code": t.par_code, "cause": t.cause,
            "remedy": t.remedy, "product": t.product, "lead_text": t.lead, "coordinators": t.coordinators,
            "deadline_text": t.deadline_text, "due_date": t.due_date, "recurrence": t.recurrence, "budget": t.budget,
            "note": t.note}


def import_plan(db: Database, read: PlanRead, *, plan_id: int | None, plan_title: str,
                today: dt.date) -> ImportOutcome:
    """Store every row, all or nothing; a file with no row to store stores nothing (no empty plan)."""
    check_storable(read, today)
    head = read.result.heading  # a new plan as the file names itself; `plan_title` when it does not
    return import_tasks(db, read.result.tasks, plan_id=plan_id, plan_title=head.title or plan_title,
                        plan_year=read.year, catalogue_code=catalogue_code_for_year(read.year), today=today,
                        plan_number=head.number, plan_issued_on=head.issued_on)


def duplicates(db: Database, rows: list[ImportedTask], year: int) -> dict[int, int]:
    """Rows that repeat a stored task of the plan's year (row index → task id): shown, and left in unless skipped."""
    return find_duplicates(db, rows, year)


def import_rows(db: Database, rows: list, *, plan_id: int | None, plan_title: str, plan_year: int,
                catalogue_code: str | None, today: dt.date, plan_number: str = "",
                plan_issued_on: dt.date | None = None) -> ImportOutcome:
    """The rows the official kept in the preview, as edited there: all stored, or none."""
    return import_tasks(db, rows, plan_id=plan_id, plan_title=plan_title, plan_year=plan_year,
                        catalogue_code=catalogue_code or catalogue_code_for_year(plan_year), today=today,
                        plan_number=plan_number, plan_issued_on=plan_issued_on)


def import_tasks(db: Database, rows: list[ImportedTask], *, plan_id: int | None, plan_title: str = "",
                 plan_year: int, catalogue_code: str | None = None, today: dt.date | None = None,
                 plan_number: str = "", plan_issued_on: dt.date | None = None) -> ImportOutcome:
    today = today or dt.date.today()
    keep = [t for t in rows if not t.skip]
    with paused_gc(), db.atomic():
        if plan_id is None:
            plan_id = plans.add_plan(db, {"title": plan_title or "Kế hoạch nhập từ tệp", "year": plan_year,
                                          "number": plan_number, "issued_on": plan_issued_on})
        cat = catalogue_code or catalogue_code_for_year(plan_year)
        areas = area_ids(db, cat)
        official_for = official_matcher(db)
        out = ImportOutcome(plan_id)
        for t in keep:
            data = {**_task_data(t), "plan_id": plan_id, "area_id": areas.get(t.area_code),
                    "lead_official_id": official_for(t.lead) if t.lead else None}
            # Rows are stored as read, unknown codes included: the preview and `parapp import`
            # have named each as a problem; an import never drops a row the user did not leave out.
            out.task_ids.append(tasks.create_task(db, data, today, check_code=False))
    return out
