"""What a fresh tester met in ten minutes of clicking on a real screen, each kept from coming back."""

from __future__ import annotations

from PySide6.QtTest import QTest

from parapp.store.figures import period_figures

from .conftest import TODAY
from .test_figures_window import cell, typed
from tests.ui.settle import settle


def test_a_figure_typed_then_the_year_turned_is_stored_in_the_year_it_was_typed_in(qtbot, ui_db):
    from parapp.ui.figures.figures_page import FiguresPage

    page = FiguresPage(ui_db, TODAY)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    assert page.model.setData(cell(page, "dossiers.received", "q4"), "4")
    page.year.setValue(2027)  # the click on the year's arrow that ended the editing
    settle(qtbot, 10)
    received = {f.code: f.value for f in period_figures(ui_db, "q4", 2026)}["dossiers.received"]
    assert received == 4 and {f.code: f.value for f in period_figures(ui_db, "q4", 2027)}["dossiers.received"] is None


def test_keys_on_a_cell_that_takes_none_never_land_in_another(qtbot, ui_db):
    from parapp.ui.figures.figures_page import FiguresPage

    page = FiguresPage(ui_db, TODAY)
    qtbot.addWidget(page)
    page.year.setValue(2024)
    typed(qtbot, page, cell(page, "dossiers.received", "q1"), "353")
    page.show()
    rate = cell(page, "dossiers.online_rate", "q1")  # computed: takes no typing
    page.table.setCurrentIndex(rate)
    page.table.setFocus()
    QTest.keyClicks(page.table, "35")
    settle(qtbot, 10)
    assert page.table.currentIndex() == rate  # no jump to a cell starting with "3"
    assert {f.code: f.value for f in period_figures(ui_db, "q1", 2024)}["dossiers.received"] == 353


def test_delete_on_a_typed_over_half_year_gives_back_the_sum(qtbot, ui_db):
    from parapp.ui.figures.figures_page import FiguresPage

    page = FiguresPage(ui_db, TODAY)
    qtbot.addWidget(page)
    page.year.setValue(2024)
    typed(qtbot, page, cell(page, "dossiers.received", "q1"), "10")
    typed(qtbot, page, cell(page, "dossiers.received", "q2"), "5")
    typed(qtbot, page, cell(page, "dossiers.received", "h1"), "99")
    page.table.setCurrentIndex(cell(page, "dossiers.received", "h1"))
    page.clear_cell()
    settle(qtbot, 10)
    assert page.model.data(cell(page, "dossiers.received", "h1")) == "15"


def test_printing_with_no_printer_says_so(qtbot, monkeypatch, errors):
    from PySide6.QtPrintSupport import QPrinterInfo

    from parapp.ui.preview import pdf_preview

    from ..pdf.conftest import render

    said = errors
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    dlg = pdf_preview.PdfPreview(render(), "Báo cáo.pdf")
    qtbot.addWidget(dlg)
    assert dlg.print_pdf() == 0
    assert said and said.titles[0] == "Không in được" and "chưa cài máy in" in said[0]


def test_row_buttons_wait_for_a_row(qtbot, window):
    window.nav.setCurrentRow(5)  # Kế hoạch, none yet
    page = window.plans
    assert page.model.rowCount() == 0
    assert all(not b.isEnabled() for b in page.row_buttons)
    assert next(iter(page.buttons.values())).isEnabled()  # "Thêm kế hoạch…" is


def test_pasting_nothing_says_how_to_copy_a_table(qtbot, ui_db, monkeypatch, errors):
    from PySide6.QtWidgets import QApplication

    from parapp.ui.importing.import_dialog import ImportDialog

    said = errors
    QApplication.clipboard().clear()
    dlg = ImportDialog(ui_db, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.paste_clipboard()
    assert said and "Ctrl+C" in said[0] and "khung dán" not in said[0]


def test_the_addressee_hint_follows_the_superior_body_as_it_is_typed(qtbot, ui_db):
    from parapp.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ui_db, first_run=True)
    qtbot.addWidget(dlg)
    dlg.superior_body.setText("Ủy ban nhân dân tỉnh Lâm Đồng")
    assert "Ủy ban nhân dân tỉnh Lâm Đồng" in dlg.recipients.placeholderText()


def test_the_sample_commune_s_window_says_it_is_the_sample(tmp_path, monkeypatch):
    from parapp.ui import demo_window

    monkeypatch.setattr(demo_window, "demo_db_path", lambda: tmp_path / "Xã mẫu" / "parapp.db")
    assert "XÃ MẪU" in demo_window.window_title("Ủy ban nhân dân xã Ba Giang", tmp_path / "Xã mẫu" / "parapp.db")
    assert demo_window.window_title("Ủy ban nhân dân xã Hòa Bình", tmp_path / "parapp.db") == \
        "ParApp – Ủy ban nhân dân xã Hòa Bình"


def _log_from(db, day):
    db.execute("INSERT INTO audit_log (at, entity, action) VALUES (?, 'settings', 'update')", [f"{day}T08:00:00"])


def test_a_new_register_does_not_call_last_spring_s_reports_overdue(qtbot, ui_db):
    import datetime as dt

    from parapp.ui.reports.reports_page import ReportsPage

    today = dt.date(2026, 12, 2)
    _log_from(ui_db, "2026-11-25")  # the commune began with ParApp a week ago
    page = ReportsPage(ui_db, today)
    qtbot.addWidget(page)
    words = {page.model.row_at(r).period.kind.value: page._timeliness(page.model.row_at(r))
             for r in range(page.model.rowCount())}
    assert words["q1"] == "Trước khi dùng ParApp" and "quá hạn" not in words["q3"]
    assert words["year"].startswith("Còn ")


def test_the_overview_names_a_late_report_and_opens_it(qtbot, ui_db):
    import datetime as dt

    from parapp.store.periods import year_periods
    from parapp.ui.main_window import MainWindow

    _log_from(ui_db, "2024-01-02")
    today = dt.date(2024, 3, 25)  # quý I's deadline (20/03) has passed, nothing sent
    w = MainWindow(ui_db, today=today)
    qtbot.addWidget(w)
    text = w.overview.next_report.text()
    assert "quý I năm 2024" in text and "đã quá hạn 5 ngày" in text
    w.reports.table.selectRow(w.reports.model.rowCount() - 1)  # another period chosen before
    w.open_next_report()
    assert w.current_page_index() == 2 and w.reports.current().period == year_periods(ui_db, 2024)[0]


def test_report_buttons_wait_for_what_they_act_on(qtbot, ui_db):
    from parapp.ui.reports.reports_page import ReportsPage

    page = ReportsPage(ui_db, TODAY)
    qtbot.addWidget(page)
    page.table.selectRow(0)  # nothing drafted or finalised yet
    assert page.open_btn.isEnabled() and page.print_btn.isEnabled()
    assert not any(b.isEnabled() for b in (page.final_btn, page.sent_btn, page.copy_btn, page.signed_btn,
                                           page.open_signed_btn))
