"""The statistics import window, on a workbook of a sheet a quarter (left by round 17B of issue 21): choosing the period
the note advises now reads that period's sheet; it kept the table first read and refused every other quarter."""

from tests.importing.test_round21_figures_sheet_periods import workbook


def test_the_window_switches_to_the_sheet_of_the_period_chosen(qtbot, ui_db, tmp_path):
    import datetime as dt

    from parapp.store.figures import period_figures
    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog

    f = tmp_path / "so lieu.xlsx"
    f.write_bytes(workbook(names=("Quý I", "Quý II"), mults=(3, 1),
                           titles=("Kỳ báo cáo: Quý I/2025", "Kỳ báo cáo: Quý II/2025")))
    dlg = FiguresImportDialog(ui_db, dt.date(2025, 10, 2), 2025)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    assert dlg.chosen_period() == ("q1", 2025)
    dlg.kind.setCurrentIndex(1)  # quý II: the file's other sheet states it
    assert not dlg.problems.isVisible() and dlg.save_button.isEnabled(), dlg.problems.text()
    assert "Quý II/2025" in dlg.period_note.text()
    dlg.save()
    got = {x.code: x.value for x in period_figures(ui_db, "q2", 2025)}
    assert got["dossiers.resolved_late"] == 2
