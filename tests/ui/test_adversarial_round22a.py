"""Round 22A: the window's other pages and dialogs on a real screen (Xvfb 1366×768, a fresh data folder and the
demo commune), by a newcomer and a hurried official. Each test is a fault found there, failing before its fix."""

from __future__ import annotations

from PySide6.QtCore import QDate

from parapp.store import officials


def test_change_log_dates_picked_in_the_wrong_order_still_show_the_days_between(window, ui_db):
    """Finding 1: Nhật ký, "Từ ngày" set past "đến ngày" (a hurried official sets the start first, a day after
    the end): "Xem" showed an empty log without a word, as if nothing had been changed. The dates keep their
    order: the other one follows."""
    officials.add_official(ui_db, {"full_name": "Trần Thị B"})
    window.show_page("change_log")
    log = window.change_log
    today = QDate.currentDate()
    log.since.setDate(today.addDays(1))
    assert log.until.date() >= log.since.date()
    log.until.setDate(today.addDays(-2))
    assert log.since.date() <= log.until.date()
    log.since.setDate(today.addDays(-2))
    log.until.setDate(today)
    log.reload()
    assert log.model.rowCount() >= 1
