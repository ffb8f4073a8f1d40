"""A report of a period whose figures have not begun to count is not drafted without a word.

The chairman's read (closing16): a quý I 2027 report drafted on 06/12/2026, before its window opened on 15/12/2026,
said "Tính đến ngày 06/12/2026 … hoàn thành 0/9 nhiệm vụ" and listed December's work as the quarter's. The Reports
page listed that period as "Còn 114 ngày" like any other, and "Soạn báo cáo" drafted and saved it at once. Now the
period says it has not begun, and drafting it is asked first; answered no, nothing is drafted or saved."""

import datetime as dt

import pytest

from parapp.store import report_records
from parapp.store.periods import find_period

TODAY = dt.date(2024, 3, 16)


@pytest.fixture
def page(qtbot, ui_db, monkeypatch):
    from parapp.ui.reports.reports_page import ReportsPage

    opened = []
    monkeypatch.setattr(ReportsPage, "open_editor", lambda self, rid, period, **_: opened.append(rid))
    p = ReportsPage(ui_db, TODAY)
    qtbot.addWidget(p)
    p.opened = opened
    return p


def test_a_period_not_begun_says_so_and_drafting_it_is_asked(page, ui_db, monkeypatch):
    from parapp.ui.reports import reports_page

    asked = []
    monkeypatch.setattr(reports_page, "ask_yes_no", lambda _p, _t, text: asked.append(text) or False)
    page.year.setValue(2025)
    assert page.model.data(page.model.index(0, 5)) == "Chưa đến kỳ (từ 15/12/2024)"
    page.table.selectRow(0)
    page.open_draft()
    assert asked and "15/12/2024" in asked[0] and page.opened == []
    assert report_records.latest(ui_db, "q1", 2025, state="draft") is None
    monkeypatch.setattr(reports_page, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    page.open_draft()
    # shown unsaved: stored once the clerk does something with it (round 43, ui.reports.unsaved_draft)
    assert page.opened == [None] and report_records.latest(ui_db, "q1", 2025, state="draft") is None


def test_a_period_begun_is_drafted_without_a_question(page, ui_db, monkeypatch):
    from parapp.ui.reports import reports_page

    monkeypatch.setattr(reports_page, "ask_yes_no", lambda *_: pytest.fail("asked"))
    assert find_period(ui_db, "q1", 2024).window_start <= TODAY
    page.table.selectRow(0)
    page.open_draft()
    assert len(page.opened) == 1


def test_the_third_quarter_answered_by_the_nine_months_says_it_is_not_owed(qtbot, ui_db):
    from parapp.services.reporting import finalize_report
    from parapp.ui.reports.reports_page import ReportsPage

    sept = dt.date(2024, 9, 18)
    _, rid = report_records.draft_for_period(ui_db, find_period(ui_db, "9m", 2024), sept, save=True)
    finalize_report(ui_db, rid, sept)
    page = ReportsPage(ui_db, dt.date(2024, 10, 5))
    qtbot.addWidget(page)
    row = next(i for i, st in enumerate(page.model.rows()) if st.period.kind.value == "q3")
    assert page.model.data(page.model.index(row, 5)) == "Không cần: đã có báo cáo “9 tháng”"
