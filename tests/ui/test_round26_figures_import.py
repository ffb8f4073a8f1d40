"""Adversarial round 26D, the Số liệu page's import: a negative count cell hidden in a column's sum (F6) is refused
by the window as by the command (the same read_table), said in a warning; nothing is stored."""

from __future__ import annotations

import datetime as dt

from parapp.store.figures import period_figures


def test_the_window_refuses_a_negative_cell(qtbot, ui_db, tmp_path, errors):
    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog

    f = tmp_path / "quý III.csv"
    f.write_text("Kỳ báo cáo: Quý III/2025\nSTT,Lĩnh vực,Số hồ sơ tiếp nhận trực tuyến,Giải quyết đúng hạn,"
                 "Giải quyết quá hạn\n1,Hộ tịch,10,5,8\n2,Chứng thực,5,5,-3\n", encoding="utf-8")
    dlg = FiguresImportDialog(ui_db, dt.date(2025, 10, 2), 2025)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    assert any("“-3”" in e and "dòng 4" in e for e in errors), list(errors)
    assert all(x.value is None for x in period_figures(ui_db, "q3", 2025))
