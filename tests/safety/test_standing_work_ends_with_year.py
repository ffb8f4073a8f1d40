"""Recurring work ("Hằng năm", "Thường xuyên", "Hằng quý") ends with its plan's year (left in the last three
closing notes, decided 2026-12-05).

On 1/1/2027 the 2026 plan's standing work became "quá hạn" everywhere at once: the register, `tasks --status
overdue`, the reminders and so the urging letter, the overview, and the quý I 2027 report listed it as "chưa hoàn
thành, quá hạn" beside the 2027 plan's same work; the 2026 year report drafted on 5/1/2027 called it late where the
same report drafted on 14/12/2026 said it was going on. The demo commune of 4/12/2026 has three such tasks open.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from parapp.core.status import Recurrence, ended_with_year, is_overdue

NEW_YEAR = dt.date(2027, 1, 5)


def _standing_2026(db) -> dict[int, str]:
    return {r[0]: r[1] for r in db.execute(
        "SELECT id, content FROM tasks WHERE recurrence <> 'none' AND status IN ('not_started', 'in_progress') "
        "AND due_date = '2026-12-31'")}


def test_the_rule():
    due = dt.date(2026, 12, 31)
    assert not is_overdue("in_progress", due, dt.date(2027, 1, 1), Recurrence.YEARLY)
    assert not is_overdue("not_started", due, dt.date(2027, 3, 1), "quarterly")
    assert is_overdue("in_progress", due, dt.date(2027, 1, 1))  # one-off work of 2026 is still late
    assert is_overdue("in_progress", due, dt.date(2027, 1, 1), "none")
    # yearly work by a day of its year ("Trước ngày 15/12 hằng năm") is late after that day, within the year
    assert is_overdue("in_progress", dt.date(2026, 12, 14), dt.date(2026, 12, 20), "yearly")
    assert not ended_with_year("yearly", due, due)
    assert not is_overdue("done", due, dt.date(2027, 1, 1), "none")


def test_register_and_reminders_do_not_chase_last_years_standing_work(demo):
    from parapp.core.task_filter import TaskFilter, apply_filter
    from parapp.services.chasing import reminders
    from parapp.store.tasks import task_rows

    standing = _standing_2026(demo)
    assert len(standing) == 3
    rem = reminders(demo, NEW_YEAR)
    chased = {t.id for t in rem.overdue + rem.due_soon}
    assert not chased & standing.keys()
    assert rem.overdue  # the one-off work of 2026 left undone still is chased
    rows = task_rows(demo)
    late = {rows[i].id for i in apply_filter(rows, TaskFilter(status="overdue"), NEW_YEAR)}
    assert late and not late & standing.keys()
    # on 31/12/2026 the same work is due today, not late; a day on, it has ended with its year
    assert not {rows[i].id for i in apply_filter(rows, TaskFilter(status="overdue"), dt.date(2026, 12, 31))} \
        & standing.keys()


def test_the_urging_letter_of_january(demo):
    from parapp.services.letters import draft_letter

    standing = _standing_2026(demo)
    listed = {t.id for g in draft_letter(demo, NEW_YEAR).groups for t in g.overdue + g.due_soon}
    assert listed and not listed & standing.keys()


def test_reports_of_the_new_year_and_the_year_before(demo):
    from parapp.core.report_tasks import OVERDUE, PROGRESS, classify
    from parapp.store.periods import find_period
    from parapp.store.report_facts import gather

    standing = _standing_2026(demo)
    q1 = find_period(demo, "q1", 2027)
    facts = {t.id: t for t in gather(demo, q1, NEW_YEAR).tasks}
    assert {classify(facts[i], q1, NEW_YEAR) for i in standing if i in facts} <= {None}
    year = find_period(demo, "year", 2026)
    for today in (dt.date(2026, 12, 14), NEW_YEAR, dt.date(2027, 2, 20)):
        facts = {t.id: t for t in gather(demo, year, today).tasks}
        kinds = {i: classify(facts[i], year, today) for i in standing}
        assert OVERDUE not in kinds.values(), (today, kinds)
        assert PROGRESS in kinds.values(), (today, kinds)
    # the same year report, drafted on time and in January, says the same of it
    on_time = {t.id: classify(t, year, dt.date(2026, 12, 14)) for t in gather(demo, year, dt.date(2026, 12, 14)).tasks}
    late = {t.id: classify(t, year, NEW_YEAR) for t in gather(demo, year, NEW_YEAR).tasks}
    assert {i: on_time[i] for i in standing} == {i: late[i] for i in standing}


def test_yearly_work_by_a_day_missed_is_still_late_in_its_year_report(demo):
    from parapp.core.report_tasks import OVERDUE, classify
    from parapp.store.periods import find_period
    from parapp.store.report_facts import gather

    task_id = next(iter(_standing_2026(demo)))
    with demo.conn:
        demo.execute("UPDATE tasks SET due_date = '2026-12-10' WHERE id = ?", [task_id])
    year = find_period(demo, "year", 2026)
    fact = next(t for t in gather(demo, year, NEW_YEAR).tasks if t.id == task_id)
    assert classify(fact, year, NEW_YEAR) == OVERDUE


def test_tasks_command(demo, tmp_path):
    standing = _standing_2026(demo)
    path = demo.conn.execute("PRAGMA database_list").fetchone()[2]
    demo.close()
    out = subprocess.run([sys.executable, "-m", "parapp", "--db", path, "tasks", "--json", "--status", "overdue",
                          "--today", "05/01/2027"], capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    ids = {r["id"] for r in json.loads(out.stdout)}
    assert ids and not ids & standing.keys()


def test_the_register_window_says_why_it_is_not_late(demo, qtbot):
    from PySide6.QtCore import Qt

    from parapp.store.tasks import task_rows
    from parapp.ui.tasks import task_model as tm

    standing = _standing_2026(demo)
    model = tm.TaskTableModel(NEW_YEAR)
    model.set_rows(task_rows(demo))
    seen = {}
    for row in range(model.rowCount()):
        task_id = model.data(model.index(row, 0), Qt.ItemDataRole.UserRole)
        cell = model.index(row, tm.COL_STATUS)
        seen[task_id] = (model.data(cell), model.data(cell, Qt.ItemDataRole.ToolTipRole),
                         model.data(cell, Qt.ItemDataRole.BackgroundRole))
    late = [i for i, (text, _, _) in seen.items() if text.startswith("Quá hạn")]
    assert late and not set(late) & standing.keys()
    for i in standing:
        text, tip, background = seen[i]
        assert text == "Đang thực hiện" and background is None
        assert "Việc lặp lại của năm 2026" in tip and "kế hoạch năm sau giao lại" in tip


def test_standing_work_is_not_chased_as_due_in_december(demo):
    """Round 27D left it: the December letter listed 'Thường xuyên' work 'sắp đến hạn (hạn hoàn thành: 31/12/2026)',
    and on 1/1 it was gone, never late. Work running through its year has no deadline to chase; work due by a day of
    its year still is."""
    from parapp.core.status import is_due_soon
    from parapp.core.task_filter import TaskFilter, apply_filter
    from parapp.services.chasing import reminders
    from parapp.services.letters import draft_letter
    from parapp.store.tasks import task_rows

    standing = _standing_2026(demo)
    december = dt.date(2026, 12, 21)
    rem = reminders(demo, december)
    assert rem.due_soon and not {t.id for t in rem.due_soon} & standing.keys()
    listed = {t.id for g in draft_letter(demo, december).groups for t in g.overdue + g.due_soon}
    assert not listed & standing.keys()
    rows = task_rows(demo)
    for f in (TaskFilter(status="due-soon"), TaskFilter(due_within_days=14)):
        assert not {rows[i].id for i in apply_filter(rows, f, december)} & standing.keys()
    assert is_due_soon("in_progress", dt.date(2026, 12, 14), dt.date(2026, 12, 5), recurrence="yearly")
    assert is_due_soon("in_progress", dt.date(2026, 12, 31), dt.date(2026, 12, 21))  # one-off work due 31/12
