"""A fresh-eyes walk (round 43): a quý IV draft saved before a Biểu 06 import changed four figures was opened,
previewed, saved as PDF and Word in the window with the old figures and not a word (the command line says so on
every print; the window only asked at "Chốt"). The editor's banner now says it, as the preview does. And "bản nháp
ghi 99,9%, số liệu hiện nay là 99,9%" was asked about: a value printed the same is no change."""

import datetime as dt

from parapp.core.report_model import FigureRow
from parapp.services.stale_drafts import figure_changes
from parapp.store import figures, report_records
from parapp.store.periods import find_period
from parapp.ui.reports.report_editor import ReportEditor

TODAY = dt.date(2024, 4, 10)


def test_the_editor_says_a_saved_draft_is_behind_its_figures(qtbot, ui_db):
    period = find_period(ui_db, "q1", 2024)
    _, rid = report_records.draft_for_period(ui_db, period, TODAY, save=True)
    fresh = ReportEditor(ui_db, rid, period, today=TODAY)
    qtbot.addWidget(fresh)
    assert "được lưu trước khi" not in fresh.banner.text()
    figures.set_figures(ui_db, period.kind.value, period.year, {"procedures.total": 116})
    behind = ReportEditor(ui_db, rid, period, today=TODAY)
    qtbot.addWidget(behind)
    assert "được lưu trước khi số liệu" in behind.banner.text() and "116" in behind.banner.text()


def _line(value, text):
    return FigureRow("rate", "Tỷ lệ đúng hạn", "%", value, text)


def test_a_value_printed_the_same_is_no_change():
    class D:
        def __init__(self, line):
            self.figures = [line]

    assert figure_changes(D(_line(99.91, "99,9%")), D(_line(99.94, "99,9%"))) == []
    assert len(figure_changes(D(_line(99.91, "99,9%")), D(_line(99.96, "100%")))) == 1
