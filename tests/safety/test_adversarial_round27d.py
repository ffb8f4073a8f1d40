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


def test_last_years_standing_work_closed_in_january_is_not_finished_late(demo, qtbot):
    """F4: the 2026 plan's 'Hằng năm' work, not late on 4/1/2027 (its year over), marked done on 5/1/2027 became
    'Hoàn thành (trễ hạn)' in the register, and the quý I 2027 report listed it as the quarter's work 'hoàn thành ngày
    05/01/2027, chậm so với thời hạn (ngày 31/12/2026)' and counted it among the work finished late, while the 2026
    year report said it went on through the year."""
    from parapp.core.report_tasks import PROGRESS, classify
    from parapp.store.periods import find_period
    from parapp.store.report_facts import gather
    from parapp.store.report_records import draft_for_period
    from parapp.store.tasks import task_rows, update_task
    from parapp.ui.tasks import task_model as tm

    task_id = min(_standing_2026(demo))
    update_task(demo, task_id, {"status": "done", "completed_on": NEW_YEAR}, today=NEW_YEAR)
    march = dt.date(2027, 3, 10)
    model = tm.TaskTableModel(march)
    model.set_rows(task_rows(demo))
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), 0x0100) == task_id)
    assert "trễ hạn" not in model.data(model.index(row, tm.COL_STATUS))
    q1 = find_period(demo, "q1", 2027)
    fact = next(t for t in gather(demo, q1, march).tasks if t.id == task_id)
    assert classify(fact, q1, march) is None and not fact.done_late
    draft, _ = draft_for_period(demo, q1, march, save=False)
    assert not any("05/01/2027, chậm" in p for s in draft.walk() for p in s.paragraphs)
    year = find_period(demo, "year", 2026)
    fact = next(t for t in gather(demo, year, dt.date(2027, 1, 10)).tasks if t.id == task_id)
    assert classify(fact, year, dt.date(2027, 1, 10)) == PROGRESS


def test_standing_work_done_in_its_own_december_stays_in_the_next_quý_I(demo):
    """F4's bound: done on 20/12/2026, after the year report's data window (to 14/12), it is quý I 2027's result."""
    from parapp.core.report_tasks import DONE, classify
    from parapp.store.periods import find_period
    from parapp.store.report_facts import gather
    from parapp.store.tasks import update_task

    task_id = min(_standing_2026(demo))
    update_task(demo, task_id, {"status": "done", "completed_on": dt.date(2026, 12, 20)}, today=dt.date(2026, 12, 20))
    q1 = find_period(demo, "q1", 2027)
    march = dt.date(2027, 3, 10)
    fact = next(t for t in gather(demo, q1, march).tasks if t.id == task_id)
    assert classify(fact, q1, march) == DONE and not fact.done_late


def test_a_report_finalised_with_its_day_blank_signed_digitally_in_a_later_month_is_said(db, tmp_path):
    """F5: saved as PDF in March, signed digitally later, the copy was kept silently though the report prints 'ngày …
    tháng 03 năm 2024' (printing it later warns, d1ac443; signing the PDF saved before does not print it again)."""
    from parapp.services import delivery
    from parapp.services.printing import report_pdf
    from parapp.services.reporting import finalize_report
    from parapp.store import report_records, settings
    from parapp.store.periods import find_period
    from tests import signing

    settings.save_settings(db, settings.CommuneSettings(commune_name="Ủy ban nhân dân xã Ba Giang",
                                                        place_name="Ba Giang", chairman="Phạm Văn Thật"))
    chairman = signing.make_signer("Phạm Văn Thật", signing.make_root())
    today = dt.date.today()  # the signing tool signs at the real clock's time
    for year, finalised, said in ((2024, dt.date(2024, 3, 16), True), (today.year, today, False)):
        _, rid = report_records.draft_for_period(db, find_period(db, "q1", year), finalised, save=True)
        finalize_report(db, rid, finalised)
        signed = tmp_path / f"ky-{year}.pdf"
        signed.write_bytes(signing.sign(report_pdf(db, "q1", year, finalised).pdf, chairman))
        a = delivery.attach_signed(db, db.data_dir, "q1", year, signed)
        assert a.copy.kind == "digital"  # kept all the same
        words = [str(w) for w in a.warnings]
        assert bool(words) == said, words
        if said:
            assert "tháng 03 năm 2024" in words[0] and "tạo bản nháp mới" in words[0]
