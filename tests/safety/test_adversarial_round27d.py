"""Round 27D: the turn of the year against the rule that recurring work ends with its plan's year (44c4b2b)."""

from __future__ import annotations

import datetime as dt

NEW_YEAR = dt.date(2027, 1, 5)


def _standing_2026(db) -> set[int]:
    return {r[0] for r in db.execute(
        "SELECT id FROM tasks WHERE recurrence <> 'none' AND status IN ('not_started', 'in_progress') "
        "AND due_date = '2026-12-31'")}


def test_the_reminders_click_shows_the_tasks_it_spoke_of(demo):
    """F1: the daily notice's click (and the register's 'Hạn trong N ngày') listed the 2026 plan's standing work on
    5/1/2027, which the notice no longer counts as late nor due: open tasks due up to today + N took every due day
    before today, ended or not."""
    from parapp.core.task_filter import OPEN, TaskFilter, apply_filter
    from parapp.services.chasing import reminders
    from parapp.store.tasks import task_rows

    standing = _standing_2026(demo)
    assert standing
    rem = reminders(demo, NEW_YEAR)
    rows = task_rows(demo)
    shown = {rows[i].id for i in apply_filter(rows, TaskFilter(status=OPEN, due_within_days=rem.days), NEW_YEAR)}
    assert shown == {t.id for t in rem.overdue + rem.due_soon}
    shown = {rows[i].id for i in apply_filter(rows, TaskFilter(due_within_days=rem.days), NEW_YEAR)}
    assert not shown & standing


def test_standing_work_of_a_plan_typed_due_in_the_year_before_is_its_plans(demo):
    """F2: a 2026 plan's 'Thường xuyên' task whose due day was typed 31/12/2025 was, all through 2026, neither late
    in the register nor in any of the 2026 reports (its 'year' taken from the due day, not its plan)."""
    from parapp.core.report_tasks import OVERDUE, classify
    from parapp.core.status import line_overdue
    from parapp.store.periods import find_period
    from parapp.store.report_facts import gather
    from parapp.store.tasks import task_rows

    task_id = min(_standing_2026(demo))
    with demo.conn:
        demo.execute("UPDATE tasks SET due_date = '2025-12-31', status = 'not_started', completed_on = NULL "
                     "WHERE id = ?", [task_id])
    today = dt.date(2026, 6, 10)
    row = next(r for r in task_rows(demo) if r.id == task_id)
    assert line_overdue(row, today)
    year = find_period(demo, "year", 2026)
    for on in (dt.date(2026, 12, 10), NEW_YEAR):
        fact = next(t for t in gather(demo, year, on).tasks if t.id == task_id)
        assert classify(fact, year, on) == OVERDUE, on
    # once its plan's year is over it has ended with it, as any other
    assert not line_overdue(row, NEW_YEAR)
