"""Adversarial round 39B: read-only use and full disks (a small tmpfs filled with dd to a set margin), the window's
writes and the command line's. Each test failed before its fix."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_adversarial_round38b import _said


def _figure_cell(page, code: str, kind: str):
    from parapp.ui.figures.figures_model import FIRST_VALUE_COLUMN, KIND_COLUMNS

    model = page.model
    row = next(i for i in range(model.rowCount())
               if model.row_at(i).indicator is not None and model.row_at(i).indicator.code == code)
    return model.index(row, FIRST_VALUE_COLUMN + [k.value for k in KIND_COLUMNS].index(kind))


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_a_figure_typed_on_a_full_disk_is_kept_and_stored_once_room_is_made(qtbot, tmp_path, monkeypatch):
    """Số liệu, "1.240" typed in Quý I's "hồ sơ tiếp nhận" and Enter, the disk full (6 MB tmpfs, 0 and 8 KB left,
    twice each): "Ổ đĩa … đã đầy" said and the cell back to its stored value (empty), the number gone though the
    message says "làm lại". The number stays in its cell, marked not stored, and is stored once there is room: with
    the next figure typed, or before the window closes."""
    from parapp.store import open_database
    from parapp.store.figures import period_figures
    from parapp.ui.figures import figures_page
    from tests.ui.settle import settle

    from .test_adversarial_round25a import _demo
    from .test_adversarial_round36b import _full

    said = _said(monkeypatch)
    db = open_database(_demo(tmp_path))
    page = figures_page.FiguresPage(db, dt.date.today())
    qtbot.addWidget(page)
    year = page.year.value()

    def stored(code: str, kind: str = "q1"):
        return {f.code: f.value for f in period_figures(db, kind, year)}[code]

    before = stored("dossiers.received")
    real = figures_page.set_period_figures
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    page.model.setData(_figure_cell(page, "dossiers.received", "q1"), "1.240")
    settle(qtbot, 5)
    assert len(said) == 1 and "đầy" in said[0]
    assert stored("dossiers.received") == before
    assert page.model.data(_figure_cell(page, "dossiers.received", "q1")) == "1.240", "the number typed is gone"
    assert page.keep_typed is not None
    monkeypatch.setattr(figures_page, "set_period_figures", real)  # room made
    page.model.setData(_figure_cell(page, "dossiers.received", "q2"), "1.300")
    settle(qtbot, 5)
    assert stored("dossiers.received") == 1240 and stored("dossiers.received", "q2") == 1300
    assert page.keep_typed() and len(said) == 1
    # Kept for the window's close too: stored there, or the close refused and said (widgets.typed_words)
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    page.model.setData(_figure_cell(page, "dossiers.received", "q3"), "1.260")
    settle(qtbot, 5)
    assert page.model.data(_figure_cell(page, "dossiers.received", "q3")) == "1.260"
    with pytest.raises(Exception, match="full"):
        page.keep_typed()
    monkeypatch.setattr(figures_page, "set_period_figures", real)
    assert page.keep_typed() and stored("dossiers.received", "q3") == 1260
    db.close()


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
@pytest.mark.parametrize("button", ["save_btn", "print_btn"])
def test_a_button_pressed_again_on_the_same_full_disk_answers_again(qtbot, tmp_path, monkeypatch, button):
    """The report editor, a paragraph typed, the disk full (6 MB tmpfs, 0 KB left, twice): "Lưu" (or "Xem bản in…")
    said the disk full; the clerk closed the message and pressed it again: nothing at all, no word, no change, as if
    the button were dead (ui.uncaught shows a fault once a session). A storage error met again after the clerk did
    something (a click, a key) is said again; one repeating with nothing done in between (a timer, a paint) is not."""
    import sys

    from PySide6.QtCore import Qt

    from parapp.store import open_database, report_records
    from parapp.store.periods import find_period
    from parapp.ui import uncaught
    from parapp.ui.reports.report_editor import ReportEditor

    from .test_adversarial_round25a import _demo
    from .test_adversarial_round35b import _destroyed
    from .test_adversarial_round36b import _full

    said = _said(monkeypatch)
    db = open_database(_demo(tmp_path))
    today = dt.date.today()
    period = find_period(db, "year", today.year)
    _, rid = report_records.draft_for_period(db, period, today, save=True)
    editor = ReportEditor(db, rid, period, today=today)
    editor.show()
    editor.editor.setPlainText("Đoạn cán bộ vừa gõ vào bản nháp, chưa lưu.")
    monkeypatch.setattr(report_records, "update_draft", _full)
    for pressed in range(1, 4):
        qtbot.mouseClick(getattr(editor, button), Qt.MouseButton.LeftButton)
        assert len(said) == pressed and "đầy" in said[-1], f"pressed {pressed} times, said {len(said)}"
    try:  # the same error again with nothing done by the clerk in between (a timer): not said again
        raise __import__("sqlite3").OperationalError("database or disk is full")
    except Exception:  # noqa: BLE001 - as Qt hands it on
        before = len(said)
        uncaught.handle(*sys.exc_info())
        uncaught.handle(*sys.exc_info())
    assert len(said) == before + 1
    monkeypatch.undo()
    editor.close()
    _destroyed(editor)
    del editor
    db.close()


def test_a_language_chosen_while_words_typed_cannot_be_stored_is_said_and_made_whole_later(qtbot, tmp_path,
                                                                                          monkeypatch):
    """Tệp → Thông tin của xã…, English chosen and Lưu, a PAR "Giải trình" typed and the disk nearly full (6 MB tmpfs,
    16 KB left, twice): the language was stored, the menus and the sidebar turned English, every page stayed
    Vietnamese (36B keeps them for the words) and the status bar said "Interface language changed", nothing else:
    half a language, until the next day. It is said (why, and what to do); with room made, the next page shown builds
    the pages again in the new language, the words stored."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from parapp.store import par_index
    from parapp.store.settings import set_pref
    from parapp.ui import i18n
    from parapp.ui.settings_dialog import SettingsDialog

    from .test_adversarial_round36b import _full, _par_window

    db, window, page, year, before = _par_window(qtbot, tmp_path)
    typed = "Giải trình vừa gõ: đủ 4 báo cáo quý, gửi đúng hạn"
    page.panel.explanation.setPlainText(typed)
    real = par_index.set_explanation
    monkeypatch.setattr(par_index, "set_explanation", _full)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    monkeypatch.setattr(SettingsDialog, "exec", lambda dlg: set_pref(db, "language", "en") or 1)
    try:
        window.edit_settings()
        assert window.page("par") is page and page.panel.explanation.toPlainText() == typed  # as 36B keeps them
        assert len(said) == 1, "pages left in the old language, nothing said"
        assert "full" in said[0] and "language" in said[0]
        assert "changed" not in window.statusBar().currentMessage()
        monkeypatch.setattr(par_index, "set_explanation", real)  # room made
        window.show_page("register")
        assert window.page("par") is not page, "the pages never follow the language chosen"
        assert par_index.load_set(db, year).find("1.2").explanation == typed != before
        assert len(said) == 1
    finally:
        i18n.install(QApplication.instance(), "vi")
    window.close()
    db.close()


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
@pytest.mark.parametrize("column", ["self", "official"])
def test_a_score_typed_in_the_par_tree_on_a_full_disk_is_kept_and_stored_once_room_is_made(qtbot, tmp_path,
                                                                                          monkeypatch, column):
    """Chỉ số CCHC, 1.2's "Tự chấm" (or "Thẩm định") typed 0,25 and Enter, the disk full (6 MB tmpfs, 0 and 8 KB
    left): "Ổ đĩa … đã đầy … rồi làm lại" said, the cell back to the stored 2, the score typed gone (round 38B kept
    the "Giải trình" typed in that tree; L1 of this round the figures'). The score stays in its cell, marked not
    stored, and is stored with the next score typed or before the window closes."""
    import sys

    from parapp.store import par_index
    from parapp.ui.par.par_model import COL_OFFICIAL, COL_SELF

    from .test_adversarial_round36b import _full, _par_window

    said = _said(monkeypatch)
    db, window, page, year, _ = _par_window(qtbot, tmp_path)
    col = COL_SELF if column == "self" else COL_OFFICIAL

    def cell(code: str):
        return page.model.index_of(page.cset.find(code), col)

    def stored(code: str):
        return getattr(par_index.load_set(db, year).find(code), f"{column}_milli")

    before = stored("1.2")
    real = par_index.set_scores
    monkeypatch.setattr(par_index, "set_scores", _full)
    try:
        page.model.setData(cell("1.2"), "0,25")
    except Exception:  # noqa: BLE001 - as Qt hands it on to the window's hook
        sys.excepthook(*sys.exc_info())
    assert len(said) == 1 and "đầy" in said[0]
    assert stored("1.2") == before
    assert page.model.data(cell("1.2")) == "0,25", "the score typed is gone"
    monkeypatch.setattr(par_index, "set_scores", real)  # room made
    assert page.model.setData(cell("1.3"), "0,5")
    assert stored("1.2") == 250 and stored("1.3") == 500
    assert page.model.data(cell("1.2")) != "0,25" or page.cset.find("1.2").__getattribute__(f"{column}_milli") == 250
    monkeypatch.setattr(par_index, "set_scores", _full)
    try:
        page.model.setData(cell("1.2"), "0,75")
    except Exception:  # noqa: BLE001
        sys.excepthook(*sys.exc_info())
    assert page.model.data(cell("1.2")) == "0,75"
    with pytest.raises(Exception, match="full"):
        page.keep_typed()
    monkeypatch.setattr(par_index, "set_scores", real)
    assert page.keep_typed() and stored("1.2") == 750
    window.close()
    db.close()


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
@pytest.mark.parametrize("where", ["figures", "par"])
def test_a_value_pasted_over_one_kept_unstored_is_the_one_stored(qtbot, tmp_path, monkeypatch, where):
    """A number typed on a full disk, kept in its cell (L1, F1 of this round); room made, a column pasted (Ctrl+V) over
    that cell: the pasted value was stored, and the cell went on showing the number typed before, stored over the
    pasted one at the next figure typed or at the window's close: a value the clerk had replaced. The paste replaces
    what was waiting in the cells it fills."""
    import sys

    from PySide6.QtWidgets import QApplication

    from parapp.store import par_index
    from parapp.store.figures import period_figures
    from parapp.ui.figures import figures_page
    from parapp.ui.par.par_model import COL_SELF
    from tests.ui.settle import settle

    from .test_adversarial_round36b import _full, _par_window

    _said(monkeypatch)
    db, window, page, year, _ = _par_window(qtbot, tmp_path)
    if where == "figures":
        window.show_page("figures")
        page = window.page("figures")
        year = page.year.value()
        index = _figure_cell(page, "dossiers.received", "q1")
        target, name = figures_page, "set_period_figures"

        def stored():
            return {f.code: f.value for f in period_figures(db, "q1", year)}["dossiers.received"]
    else:
        index = page.model.index_of(page.cset.find("1.2"), COL_SELF)
        target, name = par_index, "set_scores"

        def stored():
            return par_index.load_set(db, year).find("1.2").self_milli
    real = getattr(target, name)
    monkeypatch.setattr(target, name, _full)
    try:
        page.model.setData(index, "1.240" if where == "figures" else "0,25")
        settle(qtbot, 5)
    except Exception:  # noqa: BLE001 - as Qt hands it on to the window's hook
        sys.excepthook(*sys.exc_info())
    monkeypatch.setattr(target, name, real)  # room made
    (page.table if where == "figures" else page.tree).setCurrentIndex(index)
    QApplication.clipboard().setText("1.300\n" if where == "figures" else "0,5\n")
    page.paste() if where == "figures" else page.paste_column()
    pasted = stored()
    assert pasted in (1300, 500)
    assert page.keep_typed() and stored() == pasted, "the number typed before the paste stored over it"
    window.close()
    db.close()


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_a_statistics_import_over_a_figure_kept_unstored_is_the_one_stored(qtbot, tmp_path, monkeypatch):
    """Số liệu, Quý I 2026 "hồ sơ tiếp nhận" typed 1.240 on a full disk and kept in its cell (L1); room made, the
    one-stop system's statistics for Quý I 2026 imported (Nhập biểu thống kê…, 1.450): stored, and the cell went on
    showing 1.240 in red, stored over the import at the next figure typed or the window's close. The import replaces
    what waited in the cells it fills."""
    from parapp.store import open_database
    from parapp.store.figures import period_figures
    from parapp.ui.figures import figures_page
    from parapp.ui.figures.figures_import_dialog import FiguresImportDialog
    from tests.importing.test_figures_import import xlsx_bytes
    from tests.ui.settle import settle

    from .test_adversarial_round25a import _demo
    from .test_adversarial_round36b import _full

    _said(monkeypatch)
    db = open_database(_demo(tmp_path))
    page = figures_page.FiguresPage(db, dt.date(2026, 5, 20))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    f = tmp_path / "thống kê quý I.xlsx"
    f.write_bytes(xlsx_bytes("first"))  # states 15/12/2025–14/3/2026: quý I of 2026, 1.450 received

    def stored():
        return {x.code: x.value for x in period_figures(db, "q1", 2026)}["dossiers.received"]

    real = figures_page.set_period_figures
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    page.model.setData(_figure_cell(page, "dossiers.received", "q1"), "1.240")
    settle(qtbot, 5)
    monkeypatch.setattr(figures_page, "set_period_figures", real)  # room made

    def imported(dlg):
        dlg.load_file(f)
        dlg.save()
        return dlg.result() if callable(dlg.result) else 1

    monkeypatch.setattr(FiguresImportDialog, "exec", imported)
    boxes: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", lambda box: boxes.append(box.text()) or 0)
    page.import_statistics()
    assert stored() == 1450
    assert page.keep_typed() and stored() == 1450 and not boxes, "the number typed before the import stored over it"
    db.close()


def test_pages_waiting_for_the_language_are_not_built_again_under_an_open_dialog(qtbot, tmp_path, monkeypatch):
    """L3's pages left in the old language follow at the next page shown; a page shown while a dialog is open (a
    reminder clicked in the notification area while the report editor, a child of the reports page, is open) must not
    build the pages again under it, as a new day waits (round 36B)."""
    from PySide6.QtWidgets import QDialog

    from .test_adversarial_round36b import _par_window

    db, window, page, _, _ = _par_window(qtbot, tmp_path)
    window._pages_behind = True
    dialog = QDialog(page)
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.activeModalWidget", lambda: dialog)
    window.show_page("register")
    assert window._pages_behind and window.built_pages().get("par") is page
    monkeypatch.undo()
    window.show_page("par")
    assert not window._pages_behind and window.built_pages().get("par") is not page
    window.close()
    db.close()
