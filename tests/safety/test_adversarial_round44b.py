"""Round 44B (read-only use, full disks, values waiting for room, the lock file)."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_an_output_held_up_by_a_value_waiting_says_so_and_how_to_go_on(qtbot, tmp_path, monkeypatch):
    """L1 (left by round 43B): 1.2's "Tự chấm" 0,25 typed on a full disk waits (pink); the disk still full, "Xuất
    Excel…" (and on the Báo cáo page, a report opened while 116 waits red on Số liệu) said only the full disk: nothing
    told the clerk that the value waiting is what holds the output up, nor that deleting it lets it go ahead with the
    stored data. Now the message says which value waits, where, and that Delete on it lets the work go on."""
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
    assert "đầy" in said and "tô hồng" in said and "Delete" in said, said

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
    assert "chữ đỏ" in said and "Số liệu" in said and "Delete" in said, said
    db.close()
