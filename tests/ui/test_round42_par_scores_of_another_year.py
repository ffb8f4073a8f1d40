"""Round 42D L1, the window: a set titled "NĂM 2030" with a self-assessment column, the year box turned to 2032:
"Lưu" stored 2030's scores as 2032's without a word. Now the summary says why and "Lưu" is off until the box is
back on 2030."""

from __future__ import annotations

from ..par.test_round42_scores_of_another_year import SCORED


def test_the_dialog_refuses_another_years_scores(qtbot, ui_db, tmp_path):
    from parapp.ui.par.par_import_dialog import ParImportDialog

    f = tmp_path / "bộ.csv"
    f.write_text(SCORED, encoding="utf-8")
    dlg = ParImportDialog(ui_db, 2032)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    assert dlg.year.value() == 2030 and dlg.store_btn.isEnabled()
    dlg.year.setValue(2032)
    assert not dlg.store_btn.isEnabled() and "năm 2030" in dlg.summary.text(), dlg.summary.text()
    dlg.year.setValue(2030)
    assert dlg.store_btn.isEnabled()
