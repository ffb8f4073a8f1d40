"""Round 43B (read-only use, full disks): a PAR score waiting for room when the year's set is replaced."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_adversarial_round38b import _said

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


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_a_report_is_not_drafted_from_figures_other_than_those_typed_and_waiting(qtbot, tmp_path, monkeypatch):
    """F2: Số liệu, 116 typed in the year's "Thủ tục hành chính thuộc thẩm quyền" on a full disk waits (red; stored
    112). Room made, the clerk went to Báo cáo and opened the year's report (twice): a draft was saved with 112, shown
    as up to date, and "Chốt báo cáo…" froze it so; at the close the 116 was stored, the frozen report behind it for
    good. Now the report page stores what the pages hold waiting before it drafts, finalizes or prints; with the disk
    still full nothing is drafted (the full disk said)."""
    from parapp.store import open_database, report_records
    from parapp.store.periods import find_period
    from parapp.ui.figures import figures_page
    from parapp.ui.main_window import MainWindow
    from parapp.ui.reports import reports_page
    from tests.ui.settle import settle

    from .test_adversarial_round25a import _demo
    from .test_adversarial_round36b import _full
    from .test_adversarial_round39b import _figure_cell

    _said(monkeypatch)
    db = open_database(_demo(tmp_path))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show_page("figures")
    page = window.page("figures")
    year = page.year.value()
    real = figures_page.set_period_figures
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    page.model.setData(_figure_cell(page, "procedures.total", "year"), "116")
    settle(qtbot, 5)
    window.show_page("reports")
    reports = window.page("reports")
    period = find_period(db, "year", year)
    reports.select_period(period)
    opened = []  # the draft each editor shows (stored only once the clerk does something with it, round 43)
    monkeypatch.setattr(reports_page.ReportEditor, "exec", lambda self: opened.append(self.draft) or 0)
    with pytest.raises(Exception, match="full"):  # still full: no draft of the stored 112
        reports.open_draft()
    assert report_records.latest(db, "year", year, state="draft") is None
    printed = []  # a finalized report is printed (viewed) as frozen, whatever waits
    monkeypatch.setattr(reports_page, "preview_period_pdf", lambda parent, db, period, today: printed.append(period))
    reports.select_period(find_period(db, "q1", year))
    reports.print_current()
    assert printed
    reports.select_period(period)
    monkeypatch.setattr(figures_page, "set_period_figures", real)  # room made
    reports.open_draft()
    assert opened and not page.unstored
    assert [f.value for f in opened[-1].figures if f.code == "procedures.total"] == [116]
    db.close()


def test_the_explanation_typed_in_the_panel_is_in_the_excel_and_the_report(qtbot, tmp_path):
    """F3: 1.5 selected, "Giải trình" typed in the panel beside the tree ("Đã có 01 sáng kiến cấp xã"), not "Lưu giải
    trình" (it is kept by itself when the clerk goes to another criterion or page, round 21A), then "Xuất Excel…"
    (twice): the file held the stored "Năm qua không có sáng kiến được công nhận", the words on the screen left out
    (the report printed likewise). Now the page's outputs store what the panel holds typed first."""
    import openpyxl

    from parapp.services.demo import build_demo
    from parapp.store import open_database
    from parapp.ui.par import par_page
    from parapp.ui.par.par_model import COL_SELF

    db = open_database(tmp_path / "parapp.db")
    build_demo(db, dt.date(2026, 12, 4))
    page = par_page.ParIndexPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    page.year.setValue(2025)
    page.tree.setCurrentIndex(page.model.index_of(page.cset.find("1.5"), COL_SELF))
    page.panel.explanation.setPlainText("Đã có 01 sáng kiến cấp xã")
    out = tmp_path / "Bảng điểm.xlsx"
    page.export_xlsx(str(out))
    rows = [r for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True) if r and r[0] == "1.5"]
    assert rows[0][7] == "Đã có 01 sáng kiến cấp xã", rows
    db.close()


def test_a_backup_holds_the_explanation_typed_in_the_panel(qtbot, tmp_path, monkeypatch):
    """F4: 1.5's "Giải trình" typed in the PAR panel ("Đã có 01 sáng kiến cấp xã", kept by itself when the panel is
    left, round 21A), then Tệp → Sao lưu ra USB… (twice): "Đã sao lưu", and the backup held the stored "Năm qua không
    có sáng kiến được công nhận", the words on the screen left out of the copy the clerk takes home. Now what the pages
    hold typed is stored first (not stored, a full disk: the backup is made all the same, it is the way out)."""
    import sqlite3
    import zipfile

    from PySide6.QtWidgets import QMessageBox

    from parapp.services.demo import build_demo
    from parapp.store import open_database
    from parapp.ui import backup_dialogs
    from parapp.ui.main_window import MainWindow
    from parapp.ui.par.par_model import COL_SELF

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    monkeypatch.setattr(backup_dialogs, "file_saved", lambda *args: said.append("made"))
    usb = tmp_path / "USB #1"
    usb.mkdir()
    monkeypatch.setattr(backup_dialogs.file_dialogs, "ask_folder", lambda *args: str(usb))
    (tmp_path / "data").mkdir()
    db = open_database(tmp_path / "data" / "parapp.db")
    build_demo(db, dt.date(2026, 12, 4))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show_page("par")
    page = window.page("par")
    page.year.setValue(2025)
    page.tree.setCurrentIndex(page.model.index_of(page.cset.find("1.5"), COL_SELF))
    page.panel.explanation.setPlainText("Đã có 01 sáng kiến cấp xã")
    window.backup_to_usb()
    qtbot.waitUntil(lambda: bool(said), timeout=30000)
    assert said == ["made"]
    backup = zipfile.ZipFile(next(usb.glob("*.parapp-backup")))
    (tmp_path / "copy.db").write_bytes(backup.read(next(n for n in backup.namelist() if n.endswith(".db"))))
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("SELECT c.explanation FROM par_criteria c JOIN par_sets s ON s.id = c.set_id "
                        "WHERE s.year = 2025 AND c.code = '1.5'").fetchone()[0] == "Đã có 01 sáng kiến cấp xã"
    copy.close()
    db.close()


def test_the_explanation_typed_in_the_panel_does_not_go_to_another_criterion_of_a_replaced_set(qtbot, tmp_path,
                                                                                               monkeypatch):
    """F5: criterion 1 “Kế hoạch” selected, its "Giải trình" typed in the panel (not yet saved: it is kept when the
    panel is left), then Nhập bộ tiêu chí… with "Thay bộ tiêu chí đã có", the province having swapped 1 and 2 (twice):
    nothing asked, and the words were stored, as the page read the set again, on the row the panel held, the new 1
    “Báo cáo” (its row number reused). Now the words are stored before the dialog opens, so the replace sees them
    and asks: "… 1 (“Kế hoạch” nay là “Báo cáo”) …"; answered No, nothing is replaced, the words on “Kế hoạch”."""
    from parapp.core.par.reading import read_text
    from parapp.store import open_database, par_index
    from parapp.ui.par import par_import_dialog, par_page
    from parapp.ui.par.par_model import COL_SELF

    asked: list[str] = []
    monkeypatch.setattr(par_import_dialog, "ask_yes_no", lambda parent, title, text: asked.append(text) and False)
    db = open_database(tmp_path / "parapp.db")
    par_index.store_set(db, read_text(OLD).build(2024).criteria)
    page = par_page.ParIndexPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    page.year.setValue(2024)
    page.tree.setCurrentIndex(page.model.index_of(page.cset.find("1"), COL_SELF))
    page.panel.explanation.setPlainText("Kế hoạch ban hành ngày 05/01")

    def replace(dialog):
        dialog.loaded(read_text(NEW.replace(",2\n", ",\n")))  # the file's own score for 4 left out
        dialog.replace.setChecked(True)
        dialog.do_store()
        return dialog.result()

    monkeypatch.setattr(par_import_dialog.ParImportDialog, "exec", replace)
    page.import_set()
    assert len(asked) == 1 and "1 (“Kế hoạch” nay là “Báo cáo”)" in asked[0], asked
    stored = par_index.load_set(db, 2024).find("1")
    assert (stored.name, stored.explanation) == ("Kế hoạch", "Kế hoạch ban hành ngày 05/01")
    db.close()
