"""Round 44B (read-only use, full disks, values waiting for room, the lock file)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_an_output_held_up_by_a_value_waiting_says_so_and_how_to_go_on(qtbot, tmp_path, monkeypatch):
    """L1 (left by round 43B): 1.2's "Tự chấm" 0,25 typed on a full disk waits (pink); the disk still full, "Xuất
    Excel…" (and on the Báo cáo page, a report opened while 116 waits red on Số liệu) said only the full disk: nothing
    told the clerk that the value waiting is what holds the output up, nor that deleting it lets it go ahead with the
    stored data. Now the message says which value waits (criterion or indicator, column, year: one typed for another
    year is not in the grid shown), and that Delete on it lets the work go on."""
    from parapp.services.demo import build_demo
    from parapp.store import open_database, par_index
    from parapp.store.periods import find_period
    from parapp.ui import uncaught
    from parapp.ui.figures import figures_page
    from parapp.ui.main_window import MainWindow
    from parapp.ui.par.par_model import COL_SELF
    from tests.ui.settle import settle

    from .test_adversarial_round36b import _full
    from .test_adversarial_round38b import _said
    from .test_adversarial_round39b import _figure_cell

    _said(monkeypatch)
    db = open_database(tmp_path / "parapp.db")
    build_demo(db, dt.date(2026, 12, 4))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show_page("par")
    page = window.page("par")
    page.year.setValue(2025)
    monkeypatch.setattr(par_index, "set_scores", _full)
    with pytest.raises(Exception, match="full"):
        page.model.setData(page.model.index_of(page.cset.find("1.2"), COL_SELF), "0,25")
    with pytest.raises(Exception, match="full") as raised:
        page.export_xlsx(str(tmp_path / "Bảng điểm.xlsx"))
    said = uncaught.message_for(raised.value)
    assert "đầy" in said and "0,25 ở tiêu chí 1.2" in said and "Delete" in said, said

    page.scores.drop()
    window.show_page("figures")
    figures = window.page("figures")
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    figures.model.setData(_figure_cell(figures, "procedures.total", "year"), "116")
    settle(qtbot, 5)
    window.show_page("reports")
    reports = window.page("reports")
    reports.select_period(find_period(db, "year", figures.year.value()))
    with pytest.raises(Exception, match="full") as raised:
        reports.open_draft()
    said = uncaught.message_for(raised.value)
    assert "chữ đỏ" in said and "116 ở “Thủ tục hành chính" in said and "Delete" in said, said
    db.close()


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_proposals_applied_to_a_report_only_looked_at_on_a_full_disk_leave_it_unsaved(qtbot, tmp_path, monkeypatch):
    """F1: quý III's report opened (shown unsaved, round 43), "Kiến nghị của kỳ" typed on its second tab, then
    "Lưu và cập nhật phần mở đầu, mục V" (or the editor closed) on a full disk (6 MB tmpfs, 8 to 96 KB left, 7/7):
    the draft was stored inside the transaction the full disk rolled back, but the editor kept its number: "Không tìm
    thấy báo cáo số 4." said instead of the full disk, then at every "Lưu" and at the close, room made or not; the
    words typed could only be dropped. Now the editor is back to the unsaved draft with what was typed, the full disk
    said; room made, it is stored once, with the proposals."""
    import sqlite3

    from parapp.store import open_database, report_records
    from parapp.store.periods import find_period
    from parapp.ui.reports import report_editor
    from parapp.ui.widgets import operation

    from .test_adversarial_round36b import _full

    said: list[str] = []
    monkeypatch.setattr(operation, "show_error", lambda parent, text, title=None: said.append(text))
    db = open_database(tmp_path / "parapp.db")
    today = dt.date(2024, 10, 5)
    period = find_period(db, "q3", 2024)
    draft, _ = report_records.draft_for_period(db, period, today)
    editor = report_editor.ReportEditor(db, None, period, None, today, unsaved=draft)
    qtbot.addWidget(editor)
    editor.proposals.setPlainText("Đề nghị Sở Nội vụ tổ chức tập huấn")
    real = report_editor.reports.regenerate_draft
    monkeypatch.setattr(report_editor.reports, "regenerate_draft", _full)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        editor.apply_inputs()
    assert editor.report_id is None and report_records.reports_for(db, "q3", 2024) == [] and not said
    assert editor.proposals.toPlainText() == "Đề nghị Sở Nội vụ tổ chức tập huấn"
    monkeypatch.setattr(report_editor.reports, "regenerate_draft", real)  # room made
    assert editor.apply_inputs() and not said
    stored = report_records.reports_for(db, "q3", 2024)
    assert len(stored) == 1
    words = [p for s in report_records.get_report(db, stored[0].id).draft.walk() for p in s.paragraphs]
    assert any("tập huấn" in p for p in words), words
    db.close()
