"""Round 41D L1, the statistics import window: a file titled "BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030" over one table proposed the
year and one click stored the figures there, whichever period they were of. The window now says the file names two
periods and "Lưu" waits for the clerk to choose."""


def test_the_window_waits_for_the_period(qtbot, ui_db, tmp_path):
    import datetime as dt

    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog
    from tests.importing.test_round41_figures_two_periods_named import ONE

    f = tmp_path / "quý IV.csv"
    f.write_text('"BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030"\n' + ONE, encoding="utf-8")
    dlg = FiguresImportDialog(ui_db, dt.date(2030, 7, 2), 2030)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    assert "hai kỳ" in dlg.period_note.text(), dlg.period_note.text()
    assert not dlg.save_button.isEnabled() and "hãy chọn kỳ" in dlg.problems.text()
    dlg.kind.setCurrentIndex(dlg.kind.findData("q4"))
    dlg.year.setValue(2030)
    assert dlg.save_button.isEnabled(), dlg.problems.text()


def test_choosing_the_period_already_shown_lets_save(qtbot, ui_db, tmp_path):
    """Round 41D F2: the boxes' default was the quarter the figures are of ("Quý IV" under a file naming quý IV and the
    year, opened in December); the clerk chose "Quý IV" in the box as asked, nothing changed, and "Lưu" stayed off
    ("hãy chọn kỳ") until he chose another quarter and came back. Choosing the period shown counts as choosing it."""
    import datetime as dt

    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog
    from tests.importing.test_round41_figures_two_periods_named import ONE

    f = tmp_path / "quý IV.csv"
    f.write_text('"BÁO CÁO QUÝ IV VÀ CẢ NĂM 2030"\n' + ONE, encoding="utf-8")
    dlg = FiguresImportDialog(ui_db, dt.date(2030, 12, 20), 2030)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    assert dlg.chosen_period() == ("q4", 2030) and not dlg.save_button.isEnabled()
    dlg.kind.activated.emit(dlg.kind.currentIndex())  # the clerk picks the item the box already shows
    assert dlg.save_button.isEnabled(), dlg.problems.text()
