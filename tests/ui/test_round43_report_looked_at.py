"""A fresh-eyes walk (round 43): opening a period's report to read it stored a draft at once. One look at quý III,
which the Reports page said was not needed (the 9-month report answered it), left "Dự thảo / Chưa gửi, quá hạn 77
ngày" there and "Quý III dự thảo" in `parapp reports`, and a draft cannot be removed. Now a report only looked at is
not stored; saving it, typing in it or finalising it stores it."""

import datetime as dt

import pytest

from parapp.store import report_records

TODAY = dt.date(2024, 10, 5)


@pytest.fixture
def opened(qtbot, ui_db, monkeypatch):
    from parapp.ui.reports import reports_page

    editors = []

    def keep(self, report_id, period, copied_from=None, unsaved=None):
        editor = reports_page.ReportEditor(self.db, report_id, period, self, self.today, unsaved=unsaved)
        qtbot.addWidget(editor)
        editors.append(editor)

    monkeypatch.setattr(reports_page.ReportsPage, "open_editor", keep)
    page = reports_page.ReportsPage(ui_db, TODAY)
    qtbot.addWidget(page)
    row = next(i for i, st in enumerate(page.model.rows()) if st.period.kind.value == "q3" and st.period.year == 2024)
    page.table.selectRow(row)
    page.open_draft()
    return editors[0]


def test_a_report_only_looked_at_is_not_stored(opened, ui_db):
    assert "quý III năm 2024" in opened.windowTitle()
    opened.close()
    assert report_records.reports_for(ui_db, "q3", 2024) == []


def test_a_report_typed_in_is_stored_on_closing(opened, ui_db):
    opened.outline.setCurrentItem(opened.outline.topLevelItem(1))
    opened.editor.setPlainText("Đoạn do văn phòng viết lại.")
    opened.close()
    saved = report_records.latest(ui_db, "q3", 2024, state="draft")
    assert saved is not None and any("Đoạn do văn phòng viết lại." in p for s in saved.draft.walk()
                                     for p in s.paragraphs)


def test_saving_stores_it_once(opened, ui_db):
    assert opened.save() and opened.save()
    assert len(report_records.reports_for(ui_db, "q3", 2024)) == 1


def test_the_preview_waits_for_the_proposals_typed(opened, monkeypatch):
    """Round 44B left: "Xem và in…" went ahead after storing the typed proposals was refused (a full disk), so the
    preview lacked them. Refused, nothing is shown; stored, the preview follows."""
    from parapp.ui.reports import report_outputs

    shown = []
    monkeypatch.setattr(report_outputs, "preview_period_pdf", lambda *a: shown.append(a))
    monkeypatch.setattr(opened, "keep_inputs", lambda: False)
    opened.preview()
    assert shown == []
    monkeypatch.setattr(opened, "keep_inputs", lambda: True)
    opened.preview()
    assert len(shown) == 1


def test_finalising_a_report_only_looked_at_and_answering_no_stores_nothing(opened, ui_db, monkeypatch):
    """A fresh-eyes re-walk (round 43): "Chốt báo cáo…" on a report only opened stored the draft before the question,
    and it stayed after "Không" (quý III, not owed, became "Dự thảo"). Answered no, nothing is stored; answered yes,
    the draft is stored and frozen together."""
    from parapp.ui.reports import report_delivery, report_editor

    monkeypatch.setattr(report_editor, "ask_yes_no", lambda *a: False)
    opened.finalize()
    assert report_records.reports_for(ui_db, "q3", 2024) == [] and opened.report_id is None
    monkeypatch.setattr(report_editor, "ask_yes_no", lambda *a: True)
    monkeypatch.setattr(report_delivery, "ask_number", lambda *a: (True, ""))
    opened.finalize()
    [frozen] = report_records.reports_for(ui_db, "q3", 2024)
    assert frozen.is_final and opened.report_id == frozen.id
