"""Adversarial round 26D, the Chỉ số CCHC page's import dialog: what a row says that the set cannot keep (a group's
score and explanation) is shown on its row, and a second criteria table is named in the summary, as the command
says them."""

from __future__ import annotations

from ..importing.test_round26_par_sets import GROUPED, _two_parts


def test_the_dialog_shows_what_is_not_kept(qtbot, ui_db, tmp_path):
    from parapp.ui.par.par_import_dialog import ParImportDialog

    f = tmp_path / "bộ.csv"
    f.write_text(GROUPED, encoding="utf-8")
    dlg = ParImportDialog(ui_db, 2026)
    qtbot.addWidget(dlg)
    dlg.load_file(f)
    m = dlg.model
    said = {m.rows[r].line: m.data(m.index(r, m.columnCount() - 1)) for r in range(m.rowCount())}
    assert "Chậm 1 báo cáo quý" in said[4] and "Lĩnh vực đạt khá" in said[2], said
    assert dlg.store_btn.isEnabled()  # said, not refused

    f2 = tmp_path / "bộ.xlsx"
    f2.write_bytes(_two_parts("xlsx"))
    dlg.load_file(f2)
    assert "thứ 2" in dlg.summary.text(), dlg.summary.text()
