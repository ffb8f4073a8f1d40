"""Finalising a report tells the window, so the reminder strip and the overview speak of it as final.

A fresh-eyes walk (this session): after "Chốt báo cáo" the strip still said "Báo cáo năm 2026 … đang là bản nháp",
page after page, while `parapp remind` said "đã chốt, chưa gửi": the Reports page told the window of every other
change (a draft saved, a signed copy attached, a sending recorded) but not of this one."""

import datetime as dt

from parapp.store import report_records, tasks
from parapp.store.periods import find_period

TODAY = dt.date(2024, 3, 16)


def test_finalizing_emits_changed(qtbot, ui_db, monkeypatch):
    from parapp.ui.reports import reports_page
    from parapp.ui.reports.reports_page import ReportsPage

    tasks.create_task(ui_db, {"content": "Rà soát văn bản QPPL", "deadline_text": "10/3/2024",
                              "status": "in_progress"}, dt.date(2024, 1, 5))
    _, rid = report_records.draft_for_period(ui_db, find_period(ui_db, "q1", 2024), TODAY, save=True)
    page = ReportsPage(ui_db, TODAY)
    qtbot.addWidget(page)
    monkeypatch.setattr(reports_page, "ask_yes_no", lambda *a: True)
    page.table.selectRow(0)
    with qtbot.waitSignal(page.changed, timeout=2000):
        page.finalize()
    assert report_records.get_report(ui_db, rid).is_final
