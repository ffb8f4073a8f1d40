"""Read from the register what a period's report is assembled from."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from parapp.core.dates import from_iso
from parapp.core.periods import Period, following, periods_for_year
from parapp.core.report_builder import AreaFact, PlanFact, ReportInput, TaskFact
from parapp.store.catalogues import catalogue_code_for_year, list_areas
from parapp.store.periods import load_rules

_TASKS_SQL = """
SELECT t.id, t.content, COALESCE(a.code, ''), COALESCE(a.leadership, 0), t.stt,
       COALESCE(o.full_name, ''), COALESCE(o.position, ''), COALESCE(u.name, t.lead_text),
       t.deadline_text, t.due_date, t.status, t.completed_on, t.delay_reason
FROM tasks t
LEFT JOIN areas a ON a.id = t.area_id
LEFT JOIN officials o ON o.id = t.lead_official_id
LEFT JOIN units u ON u.id = t.lead_unit_id
WHERE (t.due_date IS NULL OR t.due_date >= ?)
   OR (t.completed_on IS NULL OR t.completed_on >= ?)
ORDER BY t.id
"""


def gather(db: Database, period: Period, today: dt.date) -> ReportInput:
    # Tasks finished and due before the window began cannot appear: skip them in SQL.
    start = period.window_start.isoformat()
    notes: dict[int, list[tuple[dt.date, str]]] = {}
    for task_id, d, text in db.execute(
        "SELECT task_id, note_date, text FROM progress_notes WHERE note_date <= ? ORDER BY note_date, id",
        [period.window_end.isoformat()],
    ):
        notes.setdefault(task_id, []).append((dt.date.fromisoformat(d), text))
    dates: dict[str | None, dt.date | None] = {None: None}

    def day(s: str | None) -> dt.date | None:
        d = dates.get(s)
        if d is None and s is not None:
            d = dates[s] = dt.date.fromisoformat(s)
        return d

    # Positional construction: this runs 50,000 times for a big register.
    tasks = [
        TaskFact(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7] or "", r[8], day(r[9]), r[10], day(r[11]),
                 r[12], notes.get(r[0], []))
        for r in db.execute(_TASKS_SQL, [start, start])
    ]
    plans = [PlanFact(r[0], r[1], from_iso(r[2]))
             for r in db.execute("SELECT number, title, issued_on FROM plans WHERE issued_on BETWEEN ? AND ?",
                                 [start, period.window_end.isoformat()])]
    areas = [AreaFact(a.code, a.name, a.leadership)
             for a in list_areas(db, catalogue_code_for_year(period.year))]
    rules = load_rules(db)
    schedule = periods_for_year(rules, period.year) + periods_for_year(rules, period.year + 1)
    nxt = following([p for p in schedule if p.kind != period.kind or p.year != period.year], period)
    return ReportInput(period, nxt, areas, tasks, plans, today)
