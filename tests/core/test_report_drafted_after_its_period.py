"""A report drafted after its period is over judges its tasks on the period's last day (report_tasks.judged_on).
A task due after the data window and finished on time before that day was neither done nor late: it vanished
from a year report drafted in January, while one finished late in the same days was said finished."""

import datetime as dt

import pytest

from parapp.core.periods import PRESETS, periods_for_year
from parapp.core.report_tasks import DONE, OVERDUE, PROGRESS, TaskFact, classify

PERIODS = {p.kind.value: p for p in periods_for_year(PRESETS["15-14"], 2026)}


def _task(due, done=None, status="done"):
    return TaskFact(1, "Rà soát thủ tục hành chính", due=due, completed_on=done, status=status, plan_year=2026)


@pytest.mark.parametrize("done", [dt.date(2026, 12, 20), dt.date(2026, 12, 25)])
def test_a_year_report_drafted_in_january_counts_work_finished_on_time_in_late_december(done):
    assert classify(_task(dt.date(2026, 12, 25), done), PERIODS["year"], dt.date(2027, 1, 5)) == DONE


def test_finished_late_in_late_december_is_still_done_late():
    t = _task(dt.date(2026, 12, 20), dt.date(2026, 12, 28))
    assert classify(t, PERIODS["year"], dt.date(2027, 1, 5)) == DONE and t.done_late


def test_a_quarter_drafted_months_later_counts_work_finished_by_the_quarters_end():
    """The demo's quý III draft made in December listed tasks due 30/9, finished on 25/9 and 30/9, as neither."""
    for done in (dt.date(2026, 9, 25), dt.date(2026, 9, 30)):
        assert classify(_task(dt.date(2026, 9, 30), done), PERIODS["q3"], dt.date(2026, 12, 1)) == DONE


def test_what_a_report_drafted_in_time_says_is_unchanged():
    # still open on the drafting day: going on, not late, not done
    assert classify(_task(dt.date(2026, 12, 25), None, "in_progress"), PERIODS["year"],
                    dt.date(2026, 12, 14)) == PROGRESS
    # not finished by the period's last day: late, as before
    assert classify(_task(dt.date(2026, 12, 25), None, "in_progress"), PERIODS["year"],
                    dt.date(2027, 1, 5)) == OVERDUE
    # finished after the period's last day, due within it: late, said finished late (round 24D) only before that day
    assert classify(_task(dt.date(2026, 9, 30), dt.date(2026, 10, 3)), PERIODS["q3"], dt.date(2026, 12, 1)) == OVERDUE
    # due after the period: never this period's
    assert classify(_task(dt.date(2026, 10, 20), dt.date(2026, 10, 3)), PERIODS["q3"], dt.date(2026, 12, 1)) is None


def test_a_report_drafted_after_its_period_states_its_plan_as_of_the_periods_last_day(tmp_path):
    """The chairman-reviewer: the quý III draft made in December said "Tính đến ngày 14/9/2026 … 23/40" above tasks
    judged as of 30/9 (two finished on 25/9 and 30/9 said finished). It now says 30/9, and counts them; drafted in
    time, it still says its window's end."""
    from parapp.services.demo import build_demo
    from parapp.store import open_database
    from parapp.store.periods import year_periods
    from parapp.store.report_records import assemble_draft

    db = open_database(tmp_path / "d.db")
    build_demo(db, dt.date(2026, 12, 21))
    q3 = next(p for p in year_periods(db, 2026) if p.kind.value == "q3")

    def standing(today):
        d = assemble_draft(db, q3, today)
        return next(p for s in d.walk() for p in s.paragraphs if p.startswith("Tính đến ngày"))

    assert standing(dt.date(2026, 12, 21)).startswith("Tính đến ngày 30/9/2026, Ủy ban nhân dân xã đã hoàn thành 25/40")
    assert standing(dt.date(2026, 9, 16)).startswith("Tính đến ngày 14/9/2026")
    db.close()
