"""Adversarial round 38B: read-only use and full disks (a small tmpfs filled with dd to a set margin) against what
rounds 36B and 37B added and the session's change to how an error met while closing a window with words typed is said
(widgets.virtual_errors, through sys.excepthook rather than raised through Qt's closeEvent). Each test failed before
its fix."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from .test_adversarial_round35b import _destroyed


def _said(monkeypatch) -> list[str]:
    """What the window's handler of last resort shows, each message as the clerk reads it."""
    from parapp.ui import uncaught

    shown: list[str] = []
    monkeypatch.setattr(uncaught, "_show", lambda t, e, tb: shown.append(uncaught.message_for(e)))
    monkeypatch.setattr(sys, "excepthook", uncaught.handle)
    monkeypatch.setattr(uncaught, "_repeats", {})
    return shown


@pytest.mark.parametrize("closed", ["window", "report editor"])
def test_a_close_after_the_full_disk_was_said_once_says_why_it_does_not_close(qtbot, tmp_path, monkeypatch, closed):
    """A "Giải trình" (or a report draft) typed, the disk full (6 MB tmpfs, 0 KB left, twice): another criterion
    clicked (or "Lưu" pressed) said the disk full; then the window's ✕ (the editor's ✕ or Esc): nothing at all, the
    window stayed, no word, as if ParApp hung. The handler of last resort shows a fault once a session, and the
    closing's error (said through it since this session, as raised before) was the same fault. The close says it."""
    from parapp.store import par_index, report_records
    from parapp.store.periods import find_period
    from parapp.ui import uncaught
    from parapp.ui.par.par_model import COL_SELF
    from parapp.ui.reports.report_editor import ReportEditor

    from .test_adversarial_round36b import _full, _par_window

    said = _said(monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr("parapp.ui.widgets.typed_words.ask_yes_no", lambda p, t, m: asked.append(m) or False)
    db, window, page, _, _ = _par_window(qtbot, tmp_path)
    if closed == "window":
        page.panel.explanation.setPlainText("Giải trình vừa gõ")
        monkeypatch.setattr(par_index, "set_explanation", _full)
        page.tree.setCurrentIndex(page.model.index_of(page.cset.find("1.3"), COL_SELF))  # said: the disk is full
        shut = window
    else:
        today = dt.date.today()
        period = find_period(db, "year", today.year)
        _, rid = report_records.draft_for_period(db, period, today, save=True)
        shut = ReportEditor(db, rid, period, today=today)
        shut.show()  # destroyed at the end (round 35B's _destroyed), not by qtbot
        shut.editor.setPlainText("Đoạn cán bộ vừa gõ vào bản nháp, chưa lưu.")
        monkeypatch.setattr(report_records, "update_draft", _full)
        try:
            shut.save()  # "Lưu" pressed: a slot's error goes to the handler of last resort
        except Exception:  # noqa: BLE001 - as Qt hands it on
            uncaught.handle(*sys.exc_info())
    assert len(said) == 1 and "đầy" in said[0]
    shut.close()
    assert shut.isVisible() and not asked
    assert len(said) == 2 and "đầy" in said[1], "closed, nothing said: the window stayed as if hung"
    shut.close()  # closed again: asked (the reason said), "Không": it stays with the words
    assert shut.isVisible() and len(asked) == 1 and len(said) == 2
    monkeypatch.undo()
    shut.close()
    assert not shut.isVisible()
    if shut is not window:
        _destroyed(shut)
    window.close()
    db.close()


def test_a_close_refused_for_another_reason_than_the_one_said_says_it(qtbot, tmp_path, monkeypatch):
    """The report editor, words typed, the disk full (6 MB tmpfs, 0 KB left): its ✕ said the disk full and the editor
    stayed (35B). Room made, "Lưu" saved them; more typed, then the USB stick holding the data pulled out and ✕ pressed
    (twice): no word of the stick, only "Những gì vừa gõ chưa lưu được (lý do đã báo). Vẫn đóng và bỏ những chữ đó?",
    the reason said being the full disk of an hour before, and the clerk sent to free room for a stick gone. A close
    refused for another reason than the one said says it first; the same reason again is asked about, as before."""
    import sqlite3

    from parapp.store import open_database, report_records
    from parapp.store.periods import find_period
    from parapp.ui.reports.report_editor import ReportEditor

    from .test_adversarial_round25a import _demo
    from .test_adversarial_round36b import _full

    def _gone(*_a, **_k):
        raise sqlite3.OperationalError("disk I/O error")

    said = _said(monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr("parapp.ui.widgets.typed_words.ask_yes_no", lambda p, t, m: asked.append(m) or False)
    db = open_database(_demo(tmp_path))
    today = dt.date.today()
    period = find_period(db, "year", today.year)
    _, rid = report_records.draft_for_period(db, period, today, save=True)
    editor = ReportEditor(db, rid, period, today=today)
    editor.show()
    save = report_records.update_draft
    for failing, typed in ((_full, "Đoạn gõ lúc đầu."), (_gone, "Đoạn gõ sau khi đã lưu.")):
        editor.editor.setPlainText(typed)
        monkeypatch.setattr(report_records, "update_draft", failing)
        editor.close()
        assert editor.isVisible() and not asked, "asked before the reason was said"
        assert len(said) == 1 and said[0]
        said.clear()
        monkeypatch.setattr(report_records, "update_draft", save)
        assert editor.save()
    editor.editor.setPlainText("Đoạn gõ lần ba.")
    monkeypatch.setattr(report_records, "update_draft", _gone)
    editor.close()  # the same reason as the one said last: asked ("Không"), as before
    assert editor.isVisible() and len(asked) == 1 and not said
    monkeypatch.setattr(report_records, "update_draft", save)
    editor.close()
    assert not editor.isVisible()
    _destroyed(editor)
    del editor
    db.close()


@pytest.mark.parametrize("failing", ["set_actor", "remember_official"])
def test_another_official_chosen_on_a_full_disk_is_not_shown_as_the_one_working(qtbot, tmp_path, monkeypatch, failing):
    """The status bar's "Người làm việc" turned from Đinh Thị Thu Hương to Huỳnh Thị Ánh on a full disk (6 MB tmpfs,
    0 KB left, twice): "Ổ đĩa … đã đầy" was said and the switch showed Huỳnh Thị Ánh, while the change log went on
    naming Đinh Thị Thu Hương: room made, every change after was logged as hers, the switch saying otherwise (and,
    choosing Huỳnh Thị Ánh again doing nothing, the clerk could not "làm lại"). The switch goes back to the official
    the log names; the choice is stored whole or not at all."""
    from parapp.store import change_log, open_database
    from parapp.ui.main_window import MainWindow

    from .test_adversarial_round25a import _demo
    from .test_adversarial_round36b import _full

    said = _said(monkeypatch)
    db = open_database(_demo(tmp_path))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    switch = window.working_as
    first, other = switch.itemData(1), switch.itemData(2)
    window.set_working_as(first)
    assert change_log.current_actor(db)[1] == first
    remembered = change_log.remembered_official(db)
    monkeypatch.setattr(change_log, failing, _full)
    try:
        switch.setCurrentIndex(2)  # as the clerk's choice in the list: the slot's error goes to the handler
    except Exception:  # noqa: BLE001 - as Qt hands it on
        from parapp.ui import uncaught

        uncaught.handle(*sys.exc_info())
    assert len(said) == 1 and "đầy" in said[0]
    assert change_log.current_actor(db)[1] == first and change_log.remembered_official(db) == remembered
    assert switch.currentData() == first, "the switch names one official, the change log another"
    monkeypatch.undo()
    switch.setCurrentIndex(2)  # room made: chosen again, it is stored
    assert change_log.current_actor(db)[1] == other == change_log.remembered_official(db)
    window.close()
    db.close()


def test_an_explanation_typed_in_the_tree_s_cell_on_a_full_disk_is_kept(qtbot, tmp_path, monkeypatch):
    """Chỉ số CCHC, 1.2's "Giải trình" typed in the tree's own cell (440 characters) and Enter pressed on a full disk
    (6 MB tmpfs, 0 KB left, twice): "Ổ đĩa … đã đầy" was said and the words were gone, the cell and the panel beside it
    showing the stored explanation: what rounds 35B–37B keep when typed in the panel, lost when typed in the cell. The
    words go to the panel, kept there as if typed in it and stored when it is left (or the window closed)."""
    from PySide6.QtWidgets import QLineEdit

    from parapp.store import par_index
    from parapp.ui import uncaught
    from parapp.ui.par.par_model import COL_NOTE, COL_SELF

    from .test_adversarial_round36b import _full, _par_window

    said = _said(monkeypatch)
    db, window, page, year, before = _par_window(qtbot, tmp_path)
    shown = page.panel.node
    index = page.model.index_of(shown, COL_NOTE)
    page.tree.setCurrentIndex(index)
    page.tree.edit(index)
    typed = "Giải trình gõ trong ô của bảng. " * 14
    editor = page.tree.viewport().findChild(QLineEdit)
    editor.setText(typed)
    monkeypatch.setattr(par_index, "set_explanation", _full)
    try:
        page.tree.commitData(editor)  # Enter: the cell's editor commits (as widgets.cell_editing does)
    except Exception:  # noqa: BLE001 - as Qt hands it on
        uncaught.handle(*sys.exc_info())
    assert len(said) == 1 and "đầy" in said[0]
    assert page.panel.node is shown and page.panel.explanation.toPlainText().strip() == typed.strip(), "words gone"
    assert par_index.load_set(db, year).find(shown.code).explanation == before
    monkeypatch.undo()
    page.tree.setCurrentIndex(page.model.index_of(page.cset.find("1.3"), COL_SELF))  # room made: left, they are stored
    assert par_index.load_set(db, year).find(shown.code).explanation == typed.strip()
    window.close()
    db.close()


def test_an_official_added_on_a_full_disk_is_added_when_saved_again(qtbot, tmp_path, monkeypatch):
    """Cán bộ → Thêm, "Trần Thị Mới" of a new "Phòng Mới #2", Lưu on a full disk (6 MB tmpfs, 0/4/8/16/24 KB left):
    the disk was said full, the form stayed with what was typed; room made, Lưu again: "Không tìm thấy cán bộ số 8."
    for ever, the official never added from that form. The number the failed transaction gave was kept as the form's
    official; it is taken only once stored."""
    import sqlite3

    from parapp.store import officials, open_database
    from parapp.ui import uncaught
    from parapp.ui.people.officials_page import OfficialDialog

    from .test_adversarial_round25a import _demo

    said = _said(monkeypatch)
    monkeypatch.setattr("parapp.ui.widgets.operation.show_error", lambda p, m, t=None: said.append(m))
    db = open_database(_demo(tmp_path))
    before = len(officials.list_officials(db, include_inactive=True))
    dialog = OfficialDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Trần Thị Mới")
    dialog.unit.setCurrentText("Phòng Mới #2")
    atomic = db.atomic

    class _FullAtCommit:
        """The rows written, the commit refused: SQLite's "database or disk is full" at COMMIT on a WAL database."""

        def __init__(self, inner):
            self.inner = inner

        def __enter__(self):
            return self.inner.__enter__()

        def __exit__(self, *exc):
            self.inner.__exit__(sqlite3.OperationalError, sqlite3.OperationalError("database or disk is full"), None)
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(db, "atomic", lambda *a, **k: _FullAtCommit(atomic(*a, **k)), raising=False)
    try:
        dialog.save()
    except Exception:  # noqa: BLE001 - as Qt hands it on
        uncaught.handle(*sys.exc_info())
    assert len(said) == 1 and "đầy" in said[0]
    assert len(officials.list_officials(db, include_inactive=True)) == before
    monkeypatch.undo()
    monkeypatch.setattr("parapp.ui.widgets.operation.show_error", lambda p, m, t=None: said.append(m))
    dialog.save()  # room made: Lưu again
    assert said[1:] == [], said
    names = [o.full_name for o in officials.list_officials(db, include_inactive=True)]
    assert len(names) == before + 1 and "Trần Thị Mới" in names
    db.close()


def test_a_criterion_added_keeps_its_guidance_and_the_evidence_it_asks(qtbot, tmp_path):
    """Chỉ số CCHC → Thêm tiêu chí under 1, a name, 1,5 points, "Hướng dẫn chấm điểm" and "Tài liệu kiểm chứng cần
    có" typed (found trying every write path on a full disk, with room): Lưu said nothing, the criterion was added
    with an empty guidance and nothing asked, the two fields typed dropped unsaid. They are stored with it."""
    from parapp.store import open_database, par_index
    from parapp.ui.par.par_dialogs import CriterionDialog

    from .test_adversarial_round25a import _demo

    db = open_database(_demo(tmp_path))
    year = dt.date.today().year - 1
    dialog = CriterionDialog(db, par_index.load_set(db, year), None, "1")
    qtbot.addWidget(dialog)
    dialog.name.setPlainText("Báo cáo đột xuất về CCHC")
    dialog.max.setText("1,5")
    dialog.guidance.setPlainText("Đủ báo cáo đột xuất theo yêu cầu: 1,5 điểm; thiếu: 0 điểm.")
    dialog.asked.setText("Các báo cáo đột xuất đã gửi")
    dialog.save()
    added = par_index.load_set(db, year).find(dialog.code)
    assert added.name == "Báo cáo đột xuất về CCHC"
    assert added.guidance == "Đủ báo cáo đột xuất theo yêu cầu: 1,5 điểm; thiếu: 0 điểm."
    assert added.evidence_asked == "Các báo cáo đột xuất đã gửi"
    db.close()
