"""Round 40D L1, the statistics import window: a file titled "Báo cáo quý II năm 2030 (số liệu từ ngày 01/01/2030 đến
ngày 30/6/2030)" proposed the half year (the range's) and said only "số liệu của 6 tháng đầu năm 2030": one click
stored the quarter's figures as the half year's. The window now proposes neither and says the file names both."""

from tests.importing.test_round40_figures_range_against_named import LINE


def test_the_window_says_the_file_names_two_periods(qtbot, ui_db, tmp_path):
    import datetime as dt

    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog

    f = tmp_path / "quý II.csv"
    f.write_text(f'"{LINE}"\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5\n,Tổng cộng,5,5\n', encoding="utf-8")
    dlg = FiguresImportDialog(ui_db, dt.date(2030, 10, 2), 2030)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    assert dlg.chosen_period()[0] != "h1"
    assert "tự mâu thuẫn" in dlg.period_note.text(), dlg.period_note.text()


def test_save_waits_for_the_clerk_to_choose_the_period(qtbot, ui_db, tmp_path):
    """Round 40D left it: the period boxes kept their default, and were it one of the file's two periods, one click
    stored the figures there. "Lưu" now waits until the clerk chooses the period."""
    import datetime as dt

    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog

    f = tmp_path / "quý II.csv"
    f.write_text(f'"{LINE}"\nSTT,Lĩnh vực,Tiếp nhận,Đúng hạn\n1,Hộ tịch,5,5\n,Tổng cộng,5,5\n', encoding="utf-8")
    dlg = FiguresImportDialog(ui_db, dt.date(2030, 7, 2), 2030)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    assert not dlg.save_button.isEnabled() and "hãy chọn kỳ" in dlg.problems.text()
    dlg.kind.setCurrentIndex(dlg.kind.findData("q2"))
    dlg.year.setValue(2030)
    assert dlg.save_button.isEnabled(), dlg.problems.text()
