"""Round 43B (read-only use, full disks): a PAR score waiting for room when the year's set is replaced."""

from __future__ import annotations

import datetime as dt

import pytest

OLD = "STT,Tiêu chí,Điểm tối đa\nI,CHỈ ĐẠO,\n1,Kế hoạch,2\n2,Báo cáo,4\n3,Kiểm tra,2\n4,Tuyên truyền,2\n"
# The province renumbered: 1 and 2 swapped; 3 kept; 4 comes scored in the file (2).
NEW = ("STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá\nI,CHỈ ĐẠO,,\n1,Báo cáo,4,\n2,Kế hoạch,2,\n3,Kiểm tra,2,\n"
       "4,Tuyên truyền,2,2\n")


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_a_score_waiting_is_not_stored_into_another_criterion_of_a_replaced_set(qtbot, tmp_path, monkeypatch):
    """L1 (left by round 42B): "Tự chấm" typed on a full disk waits (pink): 1,5 for criterion 1 “Kế hoạch”, 3 for 2
    “Báo cáo”, 1 for 3 “Kiểm tra”, 1 for 4 “Tuyên truyền”. Room made, the clerk replaced the year's set (Nhập bộ tiêu
    chí…, "Thay bộ tiêu chí đã có"), the province having swapped 1 and 2 and scored 4 itself. The waiting scores were
    keyed by code: 1,5 typed for “Kế hoạch” was stored into the new 1 “Báo cáo” (and 3 into “Kế hoạch”) with the next
    score typed, and the 1 typed for 4 over the file's 2. Now a waiting score goes on waiting only where the new set has
    the same criterion (same code and name) and the file gives no score for it; the others are dropped, said by code,
    name and value."""
    from parapp.core.par.reading import read_text
    from parapp.store import open_database, par_index
    from parapp.ui.par import par_import_dialog, par_page, unstored_scores
    from parapp.ui.par.par_model import COL_SELF
    from parapp.ui.widgets import operation

    from .test_adversarial_round36b import _full
    from .test_adversarial_round38b import _said

    said = _said(monkeypatch)
    boxes: list[str] = []
    monkeypatch.setattr(operation, "show_error", lambda parent, text, title=None: boxes.append(text))
    monkeypatch.setattr(unstored_scores, "show_error", lambda parent, text, title=None: boxes.append(text))
    monkeypatch.setattr(par_import_dialog, "ask_yes_no", lambda *args, **kwargs: True)
    db = open_database(tmp_path / "parapp.db")
    par_index.store_set(db, read_text(OLD).build(2024).criteria)
    page = par_page.ParIndexPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    page.year.setValue(2024)
    real = par_index.set_scores
    monkeypatch.setattr(par_index, "set_scores", _full)
    for code, text in (("1", "1,5"), ("2", "3"), ("3", "1"), ("4", "1")):
        with pytest.raises(Exception, match="full"):
            page.model.setData(page.model.index_of(page.cset.find(code), COL_SELF), text)
    monkeypatch.setattr(par_index, "set_scores", real)  # room made
    said.clear()

    def replace(dialog):  # the clerk pastes the new table, ticks "Thay bộ tiêu chí đã có" and stores it
        dialog.loaded(read_text(NEW))
        dialog.replace.setChecked(True)
        dialog.do_store()
        return dialog.result()

    monkeypatch.setattr(par_import_dialog.ParImportDialog, "exec", replace)
    page.import_set()
    assert list(page.scores.typed) == [(2024, "3", "self")]
    assert len(boxes) == 1 and all(w in boxes[0] for w in ("1 “Kế hoạch”: 1,5", "2 “Báo cáo”: 3", "4 “Tuyên truyền”: 1")
                                   ), boxes
    assert page.keep_typed() and not said
    stored = par_index.load_set(db, 2024)
    assert [stored.find(c).self_milli for c in ("1", "2", "3", "4")] == [None, None, 1000, 2000]
    db.close()


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_the_page_s_outputs_carry_the_scores_waiting_or_are_not_made(qtbot, tmp_path, monkeypatch):
    """F1: 1.2's "Tự chấm" 0,25 typed on a full disk waits (pink; stored 2). Room made, the clerk pressed "Xuất
    Excel…" for the province's upload (twice): the file said 2 for 1.2, the window 0,25 (the report printed, and the
    remediation plan made, from the stored 2 too). Now an output first stores what waits, and with the disk still full
    it is not made (the full disk said), never a file of scores other than those shown."""
    import openpyxl

    from parapp.services.demo import build_demo
    from parapp.store import open_database, par_index
    from parapp.ui.par import par_outputs, par_page
    from parapp.ui.par.par_model import COL_SELF

    from .test_adversarial_round36b import _full

    db = open_database(tmp_path / "parapp.db")
    build_demo(db, dt.date(2026, 12, 4))
    page = par_page.ParIndexPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    page.year.setValue(2025)
    real = par_index.set_scores
    monkeypatch.setattr(par_index, "set_scores", _full)
    with pytest.raises(Exception, match="full"):
        page.model.setData(page.model.index_of(page.cset.find("1.2"), COL_SELF), "0,25")
    out = tmp_path / "Bảng điểm #1.xlsx"
    with pytest.raises(Exception, match="full"):  # still full: no file with the stored 2
        page.export_xlsx(str(out))
    assert not out.exists()
    monkeypatch.setattr(par_index, "set_scores", real)  # room made
    printed = []
    monkeypatch.setattr(par_outputs, "preview_report", lambda parent, db, year, today: printed.append(
        par_index.load_set(db, year).find("1.2").self_milli))
    page.print_report()
    assert printed == [250] and not page.scores.typed
    page.export_xlsx(str(out))
    rows = [r for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True) if r and r[0] == "1.2"]
    assert rows[0][4] == 0.25, rows
    db.close()
