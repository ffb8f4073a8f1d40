"""Adversarial round 25B (left by round 24C): replacing a criteria set in the window, the question named the scores
of criteria no longer in the new set as all that was lost; their explanations and documents are lost too (the command
said so). The question now says it of those, and keeps the criteria whose maximum was lowered apart."""

from __future__ import annotations

import copy

from parapp.core.par.reading import read_bytes
from parapp.store import par_index

from ..par.province_files import province_xlsx


def test_the_replace_question_names_what_is_lost(ui_db, monkeypatch):
    import types

    from parapp.ui.par import par_import_dialog
    from parapp.ui.par.par_import_dialog import ParImportDialog

    old = read_bytes(province_xlsx(), "x.xlsx").build(2024).criteria
    par_index.store_set(ui_db, old)
    par_index.set_scores(ui_db, 2024, [("1.4", "2")])
    new = copy.deepcopy(old)
    area = next(a for a in new.areas if any(n.code == "1.4" for _, n in a.walk()))
    for _, n in area.walk():
        n.children = [ch for ch in n.children if ch.code != "1.4"]
    asked = []
    monkeypatch.setattr(par_import_dialog, "ask_yes_no", lambda parent, title, text: asked.append(text) or False)
    # the dialog's question alone: its window is not needed to ask it
    assert ParImportDialog._lost_scores_agreed(types.SimpleNamespace(db=ui_db), new) is False
    assert "1.4" in asked[0] and "giải trình và tài liệu kiểm chứng của chúng sẽ không giữ được" in asked[0], asked


def test_the_question_says_a_criterion_now_has_sub_criteria(ui_db, monkeypatch):
    """Round 26D: criterion 2, scored, now with a), b) under it, was said to be no longer in the new set."""
    import types

    from parapp.core.par.reading import read_text
    from parapp.ui.par import par_import_dialog
    from parapp.ui.par.par_import_dialog import ParImportDialog

    par_index.store_set(ui_db, read_text("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CHỈ ĐẠO,,\n1,Kế hoạch,2,2\n"
                                         "2,Báo cáo,4,3\n").build(2024).criteria)
    new = read_text("STT,Tiêu chí,Điểm tối đa\nI,CHỈ ĐẠO,\n1,Kế hoạch,2\n2,Báo cáo,4\na),Báo cáo quý,2\n"
                    "b),Báo cáo năm,2\n").build(2024).criteria
    asked = []
    monkeypatch.setattr(par_import_dialog, "ask_yes_no", lambda parent, title, text: asked.append(text) or False)
    assert ParImportDialog._lost_scores_agreed(types.SimpleNamespace(db=ui_db), new) is False
    assert "không còn trong bộ mới" not in asked[0] and "nay có tiêu chí con" in asked[0], asked
