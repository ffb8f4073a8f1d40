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


def test_the_replace_question_names_a_remediation_task_left_without_its_criterion(ui_db, monkeypatch):
    import types

    from parapp.core.par.reading import read_text
    from parapp.services.par_remedy import make_plan
    from parapp.store import par_index
    from parapp.ui.par import par_import_dialog
    from parapp.ui.par.par_import_dialog import ParImportDialog

    par_index.store_set(ui_db, read_text("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CHỈ ĐẠO,,\n1,Kế hoạch,2,2\n"
                                         "2,Báo cáo,4,3\n").build(2024).criteria)
    task = make_plan(ui_db, 2024).created[0]
    new = read_text("STT,Tiêu chí,Điểm tối đa\nI,CHỈ ĐẠO,\n1,Kế hoạch,2\n3,Công khai,4\n").build(2024).criteria
    asked = []
    monkeypatch.setattr(par_import_dialog, "ask_yes_no", lambda parent, title, text: asked.append(text) or False)
    assert ParImportDialog._lost_scores_agreed(types.SimpleNamespace(db=ui_db), new) is False
    assert "nhiệm vụ khắc phục" in asked[0] and "(2)" in asked[0], asked
    assert task
