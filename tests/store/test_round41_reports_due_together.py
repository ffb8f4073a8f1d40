"""A fresh-eyes walk (round 41): quý IV ticked in the ministry's schedule is due on 20/12 as the year report is; the
overview said only "Báo cáo tiếp theo: báo cáo quý IV năm 2026 – hạn gửi 20/12/2026". The next report names the
others owed the same day."""

import dataclasses
import datetime as dt

from parapp.core.periods import PRESETS, PeriodKind, quarter_like
from parapp.store.periods import save_rules
from parapp.store.report_schedule import next_report


def test_reports_due_the_same_day_are_named_together(db):
    rules = list(PRESETS["15-14"])
    q3 = next(r for r in rules if r.kind is PeriodKind.Q3)
    save_rules(db, rules + [dataclasses.replace(quarter_like(q3, PeriodKind.Q4), enabled=True)], 2026)
    st = next_report(db, dt.date(2026, 12, 6))
    kinds = {st.period.kind, *(p.kind for p in st.also_due)}
    assert kinds == {PeriodKind.Q4, PeriodKind.YEAR} and st.period.deadline == dt.date(2026, 12, 20)


def test_a_report_due_alone_names_no_other(db):
    save_rules(db, list(PRESETS["15-14"]), 2026)
    st = next_report(db, dt.date(2026, 12, 6))
    assert st.period.kind is PeriodKind.YEAR and st.also_due == ()
