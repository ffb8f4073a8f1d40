"""Read from the register, the figures and the period's inputs what a report is assembled from."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from parapp.core.citations import DocRef
from parapp.core.dates import from_iso
from parapp.core.periods import Period, PeriodKind
from parapp.core.report_builder import AreaFact, ParResult, PlanCompletion, PlanFact, ReportInput, TaskFact
from parapp.core.report_days import stands_on
from parapp.core.report_words import next_span
from parapp.core.vntext import fold
from parapp.store.catalogues import catalogue_code_for_year, list_areas
from parapp.store.figures import indicator_set, period_figures, quarters_missing
from parapp.store.report_inputs import list_basis, list_proposals, outputs_by_task
from parapp.store.settings import load_settings

if TYPE_CHECKING:
    from sqlite_utils import Database

# One scan of the register. Who leads, the area and the plan are looked up in Python from their small
# tables (a handful of rows each): joining them in SQL decoded the same names 50,000 times. The tasks of
# the year's plans are read too, whenever they were finished, so that how much of the plans is done is
# counted in the same scan (a second query over the plans' tasks cost as much as this one). Only what the
# draft reads: not the row's STT (the appendix numbers its own rows), and the deadline as written only
# where the draft says it (no due day, or recurring work): 100,000 strings a big register need not decode.
_TASKS_SQL = """
SELECT id, content, area_id, lead_official_id, lead_unit_id, lead_text,
       CASE WHEN due_date IS NULL OR recurrence <> 'none' OR deadline_text LIKE 'tr%' OR deadline_text LIKE 'qu%'
            OR deadline_text LIKE 'th%' OR deadline_text LIKE 'ho%' OR deadline_text LIKE 'n%'
       THEN deadline_text ELSE '' END,
       due_date, status, completed_on, delay_reason, result, support_request,
       dropped_reason, recurrence, plan_id, carried_to
FROM tasks
WHERE (due_date IS NULL OR due_date >= :start)
   OR (completed_on IS NULL OR completed_on >= :start)
   OR plan_id IN (SELECT id FROM plans WHERE year = :year)
ORDER BY id
"""


def plan_completion(db: Database, year: int, as_of: dt.date) -> PlanCompletion | None:
    """The tasks of the year's plans and how many were done on `as_of`. Dropped tasks are not counted, nor
    standing ones ("thường xuyên", "hằng năm"): they are never done once for all, and counting them would
    hold the rate down all year and then make it jump on 31/12."""
    total, done, standing = db.execute(
        "SELECT COALESCE(SUM(COALESCE(recurrence, 'none') = 'none'), 0), "
        "COALESCE(SUM(COALESCE(recurrence, 'none') = 'none' AND completed_on IS NOT NULL AND completed_on <= ?), 0), "
        "COALESCE(SUM(COALESCE(recurrence, 'none') <> 'none'), 0) FROM tasks "
        "WHERE plan_id IN (SELECT id FROM plans WHERE year = ?) AND status <> 'dropped'",
        [as_of.isoformat(), year]).fetchone()
    return PlanCompletion(year, as_of, int(done), int(total), int(standing)) if total else None


def last_par_result(db: Database, before_year: int) -> ParResult | None:
    """The latest PAR INDEX year before `before_year` that has a result: every criterion self-scored, or every one
    scored by the province, or a rank recorded. A self-assessment still being scored is no result: a quý I report
    stated "tự đánh giá đạt 3/100 điểm" for a set of the year just ended with 2 of its 41 criteria scored (round
    24D); the year before's result is stated instead."""
    from parapp.core.par.points import format_points
    from parapp.core.report_standing import plausible_rank
    from parapp.store.par_index import list_years, load_set

    for year in list_years(db):
        if year >= before_year:
            continue
        cset = load_set(db, year)
        if cset is None:
            continue
        scorable = [n for n in cset.leaves() if n.max_milli is not None]
        has_self = bool(scorable) and all(n.self_milli is not None for n in scorable)
        has_official = bool(scorable) and all(n.official_milli is not None for n in scorable)
        # A rank counts only as one the report prints ("12/96"): "chờ công bố" hid the year before's result, and
        # no result was stated at all (round 25C)
        if not (has_self or has_official or plausible_rank(cset.official_rank)):
            continue
        return ParResult(year, format_points(cset.max_total),
                         format_points(cset.self_total) if has_self else None,
                         format_points(cset.official_total) if has_official else None,
                         cset.official_rank.strip())
    return None


def annual_plan(db: Database, year: int) -> DocRef | None:
    """The commune's own annual CCHC plan: the one marked so, else the one titled so."""
    rows = db.execute("SELECT number, title, issued_on, is_annual FROM plans WHERE year = ? ORDER BY issued_on, id",
                      [year]).fetchall()
    marked = [r for r in rows if r[3]]
    if not marked:
        marked = [r for r in rows if fold(r[1]).startswith(("ke hoach cai cach hanh chinh nam",
                                                           "ke hoach cchc nam",
                                                           "ke hoach thuc hien cong tac cai cach"))]
    if not marked:
        return None
    number, title, issued_on, _ = marked[0]
    about = title[len("Kế hoạch "):] if fold(title).startswith("ke hoach ") else title
    return DocRef("Kế hoạch", number, from_iso(issued_on), "", about)


# What a task with no notes or no output documents carries: one list for all of them, never changed
# (the draft only reads them), not 100,000 empty lists made and freed for a big register.
_NONE: list = []


class _Days(dict):
    """ISO text → date, each distinct day parsed once (a year has 365 of them and 50,000 tasks), looked
    up without a Python call when known."""

    def __init__(self):
        super().__init__({None: None})

    def __missing__(self, iso: str) -> dt.date:
        d = self[iso] = dt.date.fromisoformat(iso)
        return d


def gather(db: Database, period: Period, today: dt.date) -> ReportInput:
    start = period.window_start.isoformat()
    day = _Days()
    notes: dict[int, list[tuple[dt.date, str]]] = {}
    for task_id, d, text in db.execute(
        "SELECT task_id, note_date, text FROM progress_notes WHERE note_date <= ? ORDER BY note_date, id",
        [period.window_end.isoformat()],
    ):
        notes.setdefault(task_id, []).append((day[d], text))
    outputs = outputs_by_task(db)
    areas_by_id = {r[0]: (r[1], bool(r[2])) for r in db.execute("SELECT id, code, leadership FROM areas")}
    units = {r[0]: r[1] for r in db.execute("SELECT id, name FROM units")}
    officials = {r[0]: (r[1], r[2], units.get(r[3], "")) for r in db.execute(
        "SELECT id, full_name, position, unit_id FROM officials")}
    plan_years = {r[0]: r[1] for r in db.execute("SELECT id, year FROM plans")}
    successors = {r[0]: r[1:] for r in db.execute(  # the tasks carrying others on (a handful): plan and how they ended
        "SELECT id, plan_id, status, completed_on, result, delay_reason FROM tasks"
        " WHERE id IN (SELECT carried_to FROM tasks WHERE carried_to IS NOT NULL)")}
    task_plans = {k: v[0] for k, v in successors.items()}
    window_end = period.window_end.isoformat()
    carried_from = {r[0]: plan_years.get(r[1], 0) for r in db.execute(  # ... and the year of the task each carries
        "SELECT carried_to, plan_id FROM tasks WHERE carried_to IS NOT NULL")}
    no_area, no_official = ("", False), ("", "", "")
    as_of = stands_on(period, today).isoformat()  # as the report speaks: its window's end, or its period's
    total = done = standing = 0
    tasks = []
    for r in db.execute(_TASKS_SQL, {"start": start, "year": period.year}):
        (task_id, content, area_id, official_id, unit_id, lead_text, deadline_text, due, status, completed,
         delay_reason, result, support_request, dropped_reason, recurrence, plan_id, carried_to) = r
        plan_year = plan_years.get(plan_id, 0) if plan_id is not None else 0
        carried_year = (plan_years.get(task_plans.get(carried_to), 0) or plan_year + 1) if carried_to is not None else 0
        # A successor no longer there (its link turned by a failing disk, mended by repair): the task read as carried,
        # as the register reads it, not "Lỗi không mong đợi: <the number>" (round 41A)
        if carried_year and period.year < carried_year and carried_to in successors:
            _, s_status, s_done, s_result, s_why = successors[carried_to]
            if s_status == "done" and s_done is not None and s_done <= window_end:
                # Carried in December and finished before the year's report: the work was done in its own year,
                # late, not carried (a fresh-eyes walk: "chưa hoàn thành … chuyển sang năm 2027" for work done).
                status, completed, carried_year = "done", s_done, 0
                result, delay_reason = s_result or result, s_why or delay_reason
        # As plan_completion counts: neither dropped nor standing work ("thường xuyên", "hằng năm").
        if plan_year == period.year and status != "dropped":
            if (recurrence or "none") == "none":
                total += 1
                done += completed is not None and completed <= as_of
            else:
                standing += 1
        # Tasks finished and due before the window began cannot appear in the draft: they were only counted.
        if due is not None and due < start and completed is not None and completed < start:
            continue
        area_code, leadership = areas_by_id.get(area_id, no_area)
        lead_name, lead_position, lead_office = officials.get(official_id, no_official)
        unit = units.get(unit_id) if unit_id is not None else None
        # Positional construction: this runs 50,000 times for a big register.
        tasks.append(TaskFact(task_id, content, area_code, leadership, "", lead_name, lead_position,
                              (lead_text if unit is None else unit) or "", deadline_text, day[due], status,
                              day[completed], delay_reason, notes.get(task_id, _NONE), result,
                              outputs.get(task_id, _NONE), support_request, dropped_reason, lead_office, recurrence,
                              plan_year, carried_year, carried_from.get(task_id, 0)))
    completion = PlanCompletion(period.year, stands_on(period, today), done, total, standing) if total else None
    plans = [PlanFact(r[0], r[1], from_iso(r[2]))
             for r in db.execute("SELECT number, title, issued_on FROM plans WHERE issued_on BETWEEN ? AND ?",
                                 [start, period.window_end.isoformat()])]
    catalogue = catalogue_code_for_year(period.year)
    areas = [AreaFact(a.code, a.name, a.leadership) for a in list_areas(db, catalogue)]
    kind = PeriodKind(period.kind)
    nxt = next_span(kind, period.year)
    settings = load_settings(db)
    indicators = indicator_set(db)
    next_plans = [PlanFact(r[0], r[1], from_iso(r[2])) for r in db.execute(
        "SELECT number, title, issued_on FROM plans WHERE year = ? ORDER BY is_annual DESC, issued_on, id",
        [period.year + 1])] if kind in (PeriodKind.YEAR, PeriodKind.Q4) else []
    last_year = period_figures(db, kind, period.year - 1, indicators)
    return ReportInput(
        period, nxt, areas, tasks, plans, today,
        commune=settings.commune_name or "Ủy ban nhân dân xã",
        naming=settings.report_naming,
        basis=list_basis(db, period.year, kind.value),
        annual_plan=annual_plan(db, period.year),
        proposals=list_proposals(db, period.year, kind.value),
        figures=period_figures(db, kind, period.year, indicators),
        quarters_missing=quarters_missing(db, kind, period.year),
        indicators=indicators,
        catalogue_code=catalogue,
        persons=settings.report_persons,
        one_stop=settings.one_stop_unit,
        completion=completion,
        par_result=last_par_result(db, period.year),
        last_year=last_year if any(f.value is not None for f in last_year) else [],
        next_plans=next_plans,
    )
