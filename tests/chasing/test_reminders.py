"""The reminders' rules, on register lines made by hand (no database): who is late, what falls
due, which report is chased, and how tasks are grouped by office."""

import datetime as dt
from types import SimpleNamespace

import pytest

from parapp.core.periods import Period, PeriodKind
from parapp.core.reminders import (
    BY_PERSON, LATE_REPORT_DAYS, Lead, by_group, collect, group_of, name_key, notice_due, unassigned,
)
from parapp.core.urging_letter import default_reply_by

TODAY = dt.date(2024, 6, 10)


def line(i, due, status="not_started", lead="Lê Văn Bình"):
    return SimpleNamespace(id=i, content=f"Nhiệm vụ {i}", lead=lead, due=due, status=status, deadline_text="",
                           plan_id=None)


def d(n):
    return TODAY + dt.timedelta(days=n)


def period(kind, deadline):
    return Period(PeriodKind(kind), deadline.year, deadline - dt.timedelta(days=90), deadline - dt.timedelta(days=6),
                  deadline)


def test_overdue_and_due_soon_boundaries():
    lines = [line(1, d(-1)), line(2, d(0)), line(3, d(14)), line(4, d(15)), line(5, None), line(6, d(-5), "done"),
             line(7, d(-5), "dropped"), line(8, d(3), "in_progress"), line(9, d(-40), "in_progress")]
    rem = collect(lines, {}, [], TODAY, days=14)
    assert [(t.id, t.days) for t in rem.overdue] == [(9, 40), (1, 1)]  # the longest late first
    assert [(t.id, t.days) for t in rem.due_soon] == [(2, 0), (8, 3), (3, 14)]
    assert [t.id for t in collect(lines, {}, [], TODAY, days=0).due_soon] == [2]


def test_negative_days_refused():
    with pytest.raises(ValueError):
        collect([], {}, [], TODAY, days=-1)


def test_reports_due_and_late():
    unsent = [(period("q1", dt.date(2024, 3, 20)), "not_started"),   # 82 days ago: left to the reports page
              (period("h1", d(-LATE_REPORT_DAYS)), "final"),          # just inside the late window
              (period("q3", d(0)), "draft"),
              (period("9m", d(14)), "not_started"),
              (period("year", d(15)), "not_started")]
    rem = collect([], {}, unsent, TODAY, days=14)
    assert [(r.kind, r.state) for r in rem.reports_due] == [("q3", "draft"), ("9m", "not_started")]
    assert [r.kind for r in rem.reports_late] == ["h1"]
    assert [r.kind for r in collect([], {}, unsent, TODAY, days=0, report_days=15).reports_due] == ["q3", "9m",
                                                                                                  "year"]
    js = rem.as_json()
    assert js["reports_due"][1] == {"kind": "9m", "year": 2024, "deadline": d(14).isoformat(), "state": "not_started",
                                    "days_left": 14}


def test_grouped_by_office_else_person():
    leads = {1: Lead("Phòng Văn hóa – Xã hội", "Đinh Thị Thu Hương"), 2: Lead("", "Phạm Minh Đức"),
             3: Lead("Ủy ban", ""), 4: Lead("Văn phòng HĐND và UBND", "Nguyễn Thị Hồng Nhung"), 5: Lead()}
    lines = [line(i, d(-i)) for i in range(1, 6)] + [line(6, d(2))]
    leads[6] = leads[1]
    rem = collect(lines, leads, [], TODAY)
    assert group_of(leads[1]) == "Phòng Văn hóa – Xã hội" and group_of(leads[1], BY_PERSON) == "Đinh Thị Thu Hương"
    assert group_of(leads[3], BY_PERSON) == "Ủy ban"  # no person: the office stands for it
    groups = by_group(rem)
    # alphabetical ignoring diacritics: "Ủy" sorts as "Uy", after "Phòng" and "Phạm"
    assert [g.name for g in groups] == ["Phạm Minh Đức", "Phòng Văn hóa – Xã hội", "Ủy ban", "Văn phòng HĐND và UBND"]
    vh = groups[1]
    assert [t.id for t in vh.overdue] == [1] and [t.id for t in vh.due_soon] == [6]
    assert [t.id for t in unassigned(rem)] == [5]
    office_of = {t["id"]: t["office"] for t in rem.as_json()["overdue"]}
    assert office_of[2] is None and office_of[1] == "Phòng Văn hóa – Xã hội"  # a person is not an office


def test_notice_once_a_day_and_never_when_off():
    assert notice_due(None, TODAY)
    assert not notice_due(TODAY, TODAY)
    assert notice_due(TODAY - dt.timedelta(days=1), TODAY)
    assert not notice_due(None, TODAY, enabled=False)


def test_reply_by_a_week_later_off_the_weekend():
    assert default_reply_by(dt.date(2024, 6, 10)) == dt.date(2024, 6, 17)   # Monday → Monday
    assert default_reply_by(dt.date(2024, 6, 8)) == dt.date(2024, 6, 17)    # Saturday → Saturday → Monday
    assert default_reply_by(dt.date(2024, 6, 14)) == dt.date(2024, 6, 21)   # Friday → Friday


def test_names_typed_without_diacritics_or_dashes_match():
    assert name_key("phong van hoa - xa hoi") == name_key("Phòng Văn hóa – Xã hội")
    assert name_key("Phòng  Văn hóa—Xã hội") == name_key("Phòng Văn hóa – Xã hội")
    assert name_key("Phòng Kinh tế") != name_key("Phòng Văn hóa – Xã hội")


def test_a_finalised_report_is_chased_until_it_is_sent():
    """Round 33E: the reports page's "Chờ gửi" named the nine-month report 76 days late while "Nhắc việc hôm nay"
    said there was no report to send. A report never begun (or left a draft) still drops out after a month."""
    long_ago = d(-76)
    unsent = [(period("9m", long_ago), "final"), (period("h1", long_ago), "signed"),
              (period("q1", long_ago), "draft"), (period("q2", long_ago), "not_started")]
    rem = collect([], {}, unsent, TODAY, days=14)
    assert sorted(r.kind for r in rem.reports_late) == ["9m", "h1"]
