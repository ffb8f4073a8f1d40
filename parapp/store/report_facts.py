"""Read from the register, the figures and the period's inputs what a report is assembled from."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from parapp.core.citations import DocRef
from parapp.core.dates import from_iso
from parapp.core.periods import Period, PeriodKind
from parapp.core.report_builder import AreaFact, ParResult, PlanCompletion, PlanFact, ReportInput, TaskFact
from parapp.core.report_words import next_span
from parapp.core.vntext import fold
from parapp.store.catalogues import catalogue_code_for_year, list_areas
from parapp.store.figures import indicator_set, period_figures
from parapp.store.report_inputs import list_basis, list_proposals, outputs_by_task
from parapp.store.settings import load_settings

if TYPE_CHECKING:
    from sqlite_utils import Database

_TASKS_SQL = """
SELECT t.id, t.content, COALESCE(a.code, ''), COALESCE(a.leadership, 0), t.stt,
       COALESCE(o.full_name, ''), COALESCE(o.position, ''), COALESCE(u.name, t.lead_text),
       t.deadline_text, t.due_date, t.status, t.completed_on, t.delay_reason, t.result, t.support_request,
       t.dropped_reason, COALESCE(ou.name, ''), t.recurrence, COALESCE(p.year, 0)
FROM tasks t
LEFT JOIN areas a ON a.id = t.area_id
LEFT JOIN officials o ON o.id = t.lead_official_id
LEFT JOIN units ou ON ou.id = o.unit_id
LEFT JOIN units u ON u.id = t.lead_unit_id
LEFT JOIN plans p ON p.id = t.plan_id
WHERE (t.due_date IS NULL OR t.due_date >= ?)
   OR (t.completed_on IS NULL OR t.completed_on >= ?)
ORDER BY t.id
"""


def plan_completion(db: Database, year: int, as_of: dt.date) -> PlanCompletion | None:
    """The tasks of the year's plans and how many were done on `as_of`. Dropped tasks are not counted, nor
    standing ones ("thường xuyên", "hằng năm"): they are never done once for all, and counting them would
    hold the rate down all year and then make it jump on 31/12."""
    total, done = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(completed_on IS NOT NULL AND completed_on <= ?), 0) FROM tasks "
        "WHERE plan_id IN (SELECT id FROM plans WHERE year = ?) AND status <> 'dropped' "
        "AND COALESCE(recurrence, 'none') = 'none'",
        [as_of.isoformat(), year]).fetchone()
    return PlanCompletion(year, as_of, int(done), int(total)) if total else None


def last_par_result(db: Database, before_year: int) -> ParResult | None:
    """The latest PAR INDEX year before `before_year` that has a score or a rank recorded."""
    from parapp.core.par.points import format_points
    from parapp.store.par_index import list_years, load_set

    for year in list_years(db):
        if year >= before_year:
            continue
        cset = load_set(db, year)
        if cset is None:
            continue
        has_self = any(n.self_milli is not None for n in cset.leaves())
        if not (has_self or cset.has_official or cset.official_rank):
            continue
        return ParResult(year, format_points(cset.max_total),
                         format_points(cset.self_total) if has_self else None,
                         format_points(cset.official_total) if cset.has_official else None,
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


def gather(db: Database, period: Period, today: dt.date) -> ReportInput:
    # Tasks finished and due before the window began cannot appear: skip them in SQL.
    start = period.window_start.isoformat()
    notes: dict[int, list[tuple[dt.date, str]]] = {}
    for task_id, d, text in db.execute(
        "SELECT task_id, note_date, text FROM progress_notes WHERE note_date <= ? ORDER BY note_date, id",
        [period.window_end.isoformat()],
    ):
        notes.setdefault(task_id, []).append((dt.date.fromisoformat(d), text))
    outputs = outputs_by_task(db)
    dates: dict[str | None, dt.date | None] = {None: None}

    def day(s: str | None) -> dt.date | None:
        d = dates.get(s)
        if d is None and s is not None:
            d = dates[s] = dt.date.fromisoformat(s)
        return d

    # Positional construction: this runs 50,000 times for a big register.
    tasks = [
        TaskFact(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7] or "", r[8], day(r[9]), r[10], day(r[11]),
                 r[12], notes.get(r[0], []), r[13], outputs.get(r[0], []), r[14], r[15], r[16], r[17], r[18])
        for r in db.execute(_TASKS_SQL, [start, start])
    ]
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
        indicators=indicators,
        catalogue_code=catalogue,
        persons=settings.report_persons,
        one_stop=settings.one_stop_unit,
        completion=plan_completion(db, period.year, min(today, period.window_end)),
        par_result=last_par_result(db, period.year),
        last_year=last_year if any(f.value is not None for f in last_year) else [],
        next_plans=next_plans,
    )
