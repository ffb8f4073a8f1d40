import datetime as dt
from types import SimpleNamespace as NS

from parapp.core.overview import summarise
from parapp.core.status import is_done_late, is_due_soon, is_overdue

TODAY = dt.date(2024, 5, 20)


def test_overdue_only_for_open_tasks_past_due():
    past = TODAY - dt.timedelta(days=1)
    assert is_overdue("in_progress", past, TODAY)
    assert is_overdue("not_started", past, TODAY)
    assert not is_overdue("done", past, TODAY)
    assert not is_overdue("dropped", past, TODAY)
    assert not is_overdue("not_started", TODAY, TODAY)
    assert not is_overdue("not_started", None, TODAY)


def test_due_soon_window_is_fourteen_days():
    assert is_due_soon("not_started", TODAY + dt.timedelta(days=14), TODAY)
    assert not is_due_soon("not_started", TODAY + dt.timedelta(days=15), TODAY)
    assert not is_due_soon("done", TODAY + dt.timedelta(days=3), TODAY)


def test_done_late():
    assert is_done_late("done", dt.date(2024, 3, 31), dt.date(2024, 4, 2))
    assert not is_done_late("done", dt.date(2024, 3, 31), dt.date(2024, 3, 31))


def test_summary_counts_per_lead():
    lines = [
        NS(status="in_progress", due=TODAY - dt.timedelta(days=3), completed_on=None, lead="An"),
        NS(status="not_started", due=TODAY + dt.timedelta(days=5), completed_on=None, lead="An"),
        NS(status="done", due=TODAY, completed_on=TODAY, lead="Bình"),
        NS(status="done", due=None, completed_on=dt.date(2023, 12, 1), lead="Bình"),
        NS(status="not_started", due=None, completed_on=None, lead="Bình"),
    ]
    ov = summarise(lines, TODAY)
    assert (ov.total, ov.open, ov.overdue, ov.due_soon, ov.done_this_year, ov.no_due_date) == (5, 3, 1, 1, 1, 1)
    an = next(c for c in ov.per_lead if c.lead == "An")
    assert (an.open, an.overdue, an.due_soon) == (2, 1, 1)
    assert ov.per_lead[0].lead == "An"  # the one with overdue work comes first
