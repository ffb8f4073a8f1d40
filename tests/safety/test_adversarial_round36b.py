"""Adversarial round 36B: read-only use and full disks (a small tmpfs filled with dd to a set margin, a tiny TMPDIR,
read-only bind mounts, another ParApp holding the writer lock) against what round 35B changed and the lead's newer
paths: what each says and leaves when it fails. Each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest


def _full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def _par_window(qtbot, tmp_path):
    from parapp.store import open_database, par_index
    from parapp.ui.main_window import MainWindow
    from parapp.ui.par.par_model import COL_SELF

    from .test_adversarial_round25a import _demo

    db = open_database(_demo(tmp_path))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_page("par")
    page = window.page("par")
    year = dt.date.today().year - 1
    page.year.setValue(year)
    page.tree.setCurrentIndex(page.model.index_of(page.cset.find("1.2"), COL_SELF))
    return db, window, page, year, par_index.load_set(db, year).find("1.2").explanation


def test_the_daily_reminder_on_a_full_disk_says_no_error(qtbot, tmp_path, monkeypatch):
    """The window open while the disk filled (6 MB tmpfs, 0, 4 and 8 KB left, twice each): the day's reminder was shown,
    then remembering that it was shown (a preference, so that it is not shown twice a day) could not be written, and
    a box "Ổ đĩa … đã đầy …; dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy xóa bớt tệp … rồi làm lại" came out of
    nowhere: nothing the clerk did to do again, for bookkeeping never asked for (as 35B found of the letter's signer).
    The reminder is shown; it is remembered when the disk has room (else shown again at the next start)."""
    from parapp.services import chasing
    from parapp.store import open_database

    from .test_adversarial_round25a import _demo

    db = open_database(_demo(tmp_path))
    monkeypatch.setattr(chasing, "set_pref", _full)  # the disk is full by now
    assert chasing.mark_notice_shown(db, dt.date.today()) is False
    assert not db.conn.in_transaction
    db.close()


@pytest.mark.parametrize("where", ["showing", "hidden"])
def test_a_new_day_keeps_an_explanation_typed_that_cannot_be_saved(qtbot, tmp_path, monkeypatch, where):
    """Chỉ số CCHC, a "Giải trình" typed and not yet saved, the window left open over midnight (or a sleeping PC woken)
    on a disk that filled meanwhile (6 MB tmpfs, 0 KB left, twice each): the pages are built again for the new day.
    The PAR page showing: its hiding tried to store the words, failed, the box said the disk full and the rebuilding
    stopped half-way, the PAR page out of the window for the rest of the session (a blank page, then no way back to
    it). The page hidden (the clerk had gone to another page, the box said the disk full, the words kept in the
    panel): the page was thrown away with the words, unsaid. The pages wait for the new day until the words are
    stored; with room again they are, and the day moves on."""
    from parapp.store import par_index

    db, window, page, year, before = _par_window(qtbot, tmp_path)
    typed = "Giải trình vừa gõ: đủ 4 báo cáo quý, gửi đúng hạn"
    page.panel.explanation.setPlainText(typed)
    monkeypatch.setattr(par_index, "set_explanation", _full)
    if where == "hidden":
        with qtbot.capture_exceptions() as raised:
            window.show_page("register")  # said by ui.uncaught; the words stay in the panel (35B: held)
        assert raised and isinstance(raised[0][1], sqlite3.OperationalError)
        assert page.panel.explanation.toPlainText() == typed
    today = window.today
    tomorrow = today + dt.timedelta(days=1)
    with qtbot.capture_exceptions() as raised:
        moved = window.new_day(tomorrow)
    assert moved is False and not raised  # tried again at the reminder's next check (said at the close, 35B)
    assert window.today == today and window.page("par") is page
    assert page.panel.explanation.toPlainText() == typed
    window.show_page("par")
    assert window.stack.currentWidget() is page
    monkeypatch.undo()
    assert window.new_day(tomorrow) is True and window.today == tomorrow
    assert par_index.load_set(db, year).find("1.2").explanation == typed != before
    window.close()
    db.close()


def test_a_language_chosen_keeps_the_par_page_and_an_explanation_typed_that_cannot_be_saved(qtbot, tmp_path,
                                                                                          monkeypatch):
    """Tệp → Thông tin của xã…, English chosen, with a PAR "Giải trình" typed and the disk nearly full (6 MB tmpfs,
    12–24 KB left, twice each): the language was stored, every page was built again in it, the PAR panel's hiding could
    not store the words, "The disk … is full" was said, and the rebuilding stopped half-way: the PAR page was out of
    the window for the session, the words in a page no longer shown. The pages stay as they are until the words are
    stored; with room again the next rebuilding stores them and goes on."""
    from parapp.store import par_index

    db, window, page, year, before = _par_window(qtbot, tmp_path)
    typed = "Giải trình vừa gõ: đủ 4 báo cáo quý, gửi đúng hạn"
    page.panel.explanation.setPlainText(typed)
    monkeypatch.setattr(par_index, "set_explanation", _full)
    said: list[str] = []  # round 39B: the pages left in the old language is said
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", lambda box: said.append(box.text()) or 0)
    with qtbot.capture_exceptions() as raised:
        window.retranslate()
    assert not raised and len(said) == 1
    assert window.page("par") is page and window.stack.currentWidget() is page
    assert page.panel.explanation.toPlainText() == typed
    monkeypatch.undo()
    window.retranslate()
    assert window.page("par") is not page
    assert par_index.load_set(db, year).find("1.2").explanation == typed != before
    window.close()
    db.close()


@pytest.mark.parametrize("how", ["button", "closing"])
def test_proposals_stored_when_their_redraft_fails_are_not_half_kept(qtbot, tmp_path, monkeypatch, how):
    """The report editor, "Căn cứ và kiến nghị": proposals typed, then "Lưu và cập nhật phần mở đầu, mục V" or the
    editor closed (35B F3 stores them then), on a nearly full disk (6 MB tmpfs, 48–128 KB left, twice at 64 and 96):
    the proposals were stored (their own transaction), the redraft of part V from them could not be, and the box said
    "Ổ đĩa … đã đầy …; dữ liệu đã lưu trước đó vẫn nguyên vẹn": stored, yet the draft without them, and dropping them
    at the next close (as 35B lets) left them stored. Both or neither now; the editor keeps what was typed."""
    from parapp.store import open_database, report_inputs, report_records
    from parapp.store.periods import find_period
    from parapp.ui.reports.report_editor import ReportEditor

    from .test_adversarial_round25a import _demo

    db = open_database(_demo(tmp_path))
    today = dt.date.today()
    period = find_period(db, "year", today.year)
    _, rid = report_records.draft_for_period(db, period, today, save=True)
    before = report_inputs.list_proposals(db, today.year, "year")
    editor = ReportEditor(db, rid, period, None, today)
    qtbot.addWidget(editor)
    typed = "Đề nghị UBND huyện hỗ trợ kinh phí số hóa hồ sơ"
    editor.proposals.setPlainText(typed)
    monkeypatch.setattr(report_records, "regenerate_draft", _full)
    if how == "button":
        with pytest.raises(sqlite3.OperationalError):
            editor.apply_inputs()
    else:
        with qtbot.capture_exceptions() as raised:
            assert editor._keep_typed() is False  # the editor stays open
        assert [type(e) for _t, e, _tb in raised] == [sqlite3.OperationalError]  # said by ui.uncaught
    assert report_inputs.list_proposals(db, today.year, "year") == before
    assert editor.proposals.toPlainText() == typed and not db.conn.in_transaction
    monkeypatch.undo()
    assert editor._keep_typed()  # room again: stored with the redraft
    assert report_inputs.list_proposals(db, today.year, "year") == [typed]
    assert typed in report_records.get_report(db, rid).draft.to_json().__repr__()
    editor.deleteLater()
    db.close()


def test_another_year_asked_with_an_explanation_unsaved_does_not_label_the_set_shown(qtbot, tmp_path, monkeypatch):
    """Chỉ số CCHC, a "Giải trình" typed, the disk full (6 MB tmpfs, 0 KB left, twice), the year box turned to next
    year: the page stores what was typed before reading the other year; that failed, the box said the disk full, and
    the year box said "Năm 2026" over the 2025 set still shown (tree, scores, panel): a score typed there once room was
    made went into 2025 under 2026's label. The year box goes back to the year of the set shown; the words stay."""
    from parapp.store import par_index

    db, window, page, year, _ = _par_window(qtbot, tmp_path)
    typed = "Giải trình vừa gõ"
    page.panel.explanation.setPlainText(typed)
    monkeypatch.setattr(par_index, "set_explanation", _full)
    with qtbot.capture_exceptions() as raised:
        page.year.setValue(year + 1)
    assert raised and isinstance(raised[0][1], sqlite3.OperationalError)  # said by ui.uncaught
    assert page.year.value() == year == page.cset.year
    assert page.panel.explanation.toPlainText() == typed
    monkeypatch.undo()
    page.year.setValue(year + 1)
    assert page.year.value() == year + 1 and page.cset is None
    assert par_index.load_set(db, year).find("1.2").explanation == typed
    window.close()
    db.close()
