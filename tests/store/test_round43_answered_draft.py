"""A fresh-eyes walk (round 43): a quý III draft stored (one look at it did that then) beside the 9-month report
finalised made the Reports page say "Dự thảo / Chưa gửi, quá hạn 77 ngày", a report the province never asked for.
A draft only begun of the report the other one answered is not owed either."""

import datetime as dt

from parapp.services.reporting import finalize_report
from parapp.store import report_records
from parapp.store.periods import find_period


def test_a_third_quarter_draft_beside_the_nine_months_finalised_is_not_owed(db):
    sept = dt.date(2024, 9, 18)
    _, nine = report_records.draft_for_period(db, find_period(db, "9m", 2024), sept, save=True)
    finalize_report(db, nine, sept)
    report_records.draft_for_period(db, find_period(db, "q3", 2024), sept, save=True)
    later = dt.date(2024, 12, 6)
    st = report_records.period_statuses(db, [find_period(db, "q3", 2024), find_period(db, "9m", 2024)], later)[0]
    assert st.state == report_records.STATE_DRAFT and st.answered_by == "9m" and not st.late
