"""A report finalised in December with its day left blank, printed for signing in January (left in the closing note
of 2026-12-04, decided 2026-12-05).

Where the document system numbers and dates documents, a report is finalised with "ngày … tháng 12 năm 2026" for the
day to be written at signing. Printed on 5/1/2027 it said nothing, and the chairman signed a document dated in a month
that was over. A finalised report never changes, so printing it says so and what to do (a new draft from it,
finalised in the month of signing), in the window's preview note, on stderr of `report pdf` and `report docx`; not
once it is signed or sent (an archive copy), nor where the office printed the full date itself."""

import datetime as dt

from parapp.services.printing import report_docx, report_pdf
from parapp.services.reporting import finalize_report
from parapp.store import report_records, settings
from parapp.store.periods import find_period

JAN = dt.date(2027, 1, 5)


def _finalised_in_december(db) -> int:
    _, rid = report_records.draft_for_period(db, find_period(db, "year", 2026), dt.date(2026, 12, 14), save=True)
    finalize_report(db, rid, dt.date(2026, 12, 28))
    return rid


def _said(printed) -> list[str]:
    return [str(w) for w in printed.warnings if "nay đã sang tháng" in str(w)]


def test_printed_for_signing_in_january_it_says_the_month_is_over(demo):
    _finalised_in_december(demo)
    for printed in (report_pdf(demo, "year", 2026, JAN), report_docx(demo, "year", 2026, JAN)):
        said = _said(printed)
        assert printed.source == "final" and said, printed.warnings
        assert "tháng 12 năm 2026" in said[0] and "tháng 01 năm 2027" in said[0]
        assert "Tạo bản nháp mới từ bản đã chốt".lower() in said[0].lower()
    assert not _said(report_pdf(demo, "year", 2026, dt.date(2026, 12, 31)))  # the same month: nothing to say


def test_a_new_draft_finalised_in_january_prints_january(demo):
    _finalised_in_december(demo)
    _, rid = report_records.draft_for_period(demo, find_period(demo, "year", 2026), JAN, save=True)
    finalize_report(demo, rid, JAN)
    assert not _said(report_pdf(demo, "year", 2026, JAN))


def test_not_said_once_sent(demo):
    rid = _finalised_in_december(demo)
    with demo.conn:
        report_records.mark_sent(demo, rid, dt.date(2026, 12, 30), "hệ thống", "120/BC-UBND")
    assert not _said(report_pdf(demo, "year", 2026, JAN))


def test_not_said_where_the_office_prints_the_day(demo):
    s = settings.load_settings(demo)
    s.numbering = "office"
    settings.save_settings(demo, s)
    _finalised_in_december(demo)
    assert not _said(report_pdf(demo, "year", 2026, JAN))
