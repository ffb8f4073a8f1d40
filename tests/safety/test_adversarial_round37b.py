"""Adversarial round 37B: read-only use and full disks (a small tmpfs filled with dd to a set margin) against what
round 36B changed: the daily reminder, the pages kept with words typed that cannot be stored, the report editor's
proposals, the PAR year box. Each test failed before its fix."""

from __future__ import annotations

import datetime as dt


def test_a_new_day_s_reminder_is_not_kept_back_by_words_that_cannot_be_stored(qtbot, tmp_path, monkeypatch):
    """Chỉ số CCHC, a "Giải trình" typed, the window left open over midnight on a disk that filled meanwhile (6 MB
    tmpfs, 0 KB left, twice): round 36B keeps the pages (and the words) until the words are stored, and the reminder's
    round waited with them: check after check said nothing, the new day's reminder (late tasks, reports due) never came
    while the disk stayed full, and the strip went on saying yesterday's. The pages wait; the day's reminder does not,
    and the strip, said again after an edit, speaks of the new day."""
    from parapp.store import par_index
    from parapp.ui.chasing.notifier import ReminderNotifier

    from .test_adversarial_round36b import _full, _par_window

    db, window, page, _, _ = _par_window(qtbot, tmp_path)
    clock = [window.today]
    notifier = window.reminders = ReminderNotifier(window, clock=lambda: clock[0], tray_available=lambda: False)
    notifier.check()
    page.panel.explanation.setPlainText("Giải trình vừa gõ: đủ 4 báo cáo quý")
    yesterday, clock[0] = window.today, window.today + dt.timedelta(days=1)
    monkeypatch.setattr(par_index, "set_explanation", _full)
    assert notifier.check() is True
    banner = window.reminder_banner
    assert banner.isVisibleTo(window) and notifier.shown.today == clock[0]
    assert window.today == yesterday and window.page("par") is page  # the pages kept with the words (36B)
    notifier.refresh_shown()
    assert banner.isVisibleTo(window) and notifier.shown.today == clock[0]
    assert notifier.check() is False and banner.isVisibleTo(window)  # once a day
    monkeypatch.undo()
    assert notifier.check() is False  # room again: the pages move on, the day's strip stays
    assert window.today == clock[0] and window.page("par") is not page
    assert banner.isVisibleTo(window) and notifier.shown.today == clock[0]
    window.close()
    db.close()


def test_another_criterion_chosen_with_an_explanation_unsaved_leaves_the_tree_on_the_one_shown(qtbot, tmp_path,
                                                                                               monkeypatch):
    """Chỉ số CCHC, a "Giải trình" typed for 1.2, the disk full (6 MB tmpfs, 0 and 4 KB left, twice), 1.3 clicked in
    the tree: the words could not be stored, the box said the disk full, the panel stayed on 1.2 with them (35B) and
    the tree highlighted 1.3: a score typed in the highlighted row went to 1.3 beside 1.2's guidance and words, and,
    room made, clicking 1.3 again did nothing (it was current already): the panel stuck on 1.2, the words unstored.
    As the year box (36B F5), the tree goes back to the criterion the panel shows."""
    from parapp.store import par_index
    from parapp.ui.par.par_model import COL_SELF

    from .test_adversarial_round36b import _full, _par_window

    db, window, page, year, _ = _par_window(qtbot, tmp_path)
    shown, other = page.panel.node, page.cset.find("1.3")
    typed = "Giải trình vừa gõ"
    page.panel.explanation.setPlainText(typed)
    monkeypatch.setattr(par_index, "set_explanation", _full)
    with qtbot.capture_exceptions() as raised:
        page.tree.setCurrentIndex(page.model.index_of(other, COL_SELF))
    assert raised and "disk is full" in str(raised[0][1])  # said by ui.uncaught
    assert page.panel.node is shown and page.panel.explanation.toPlainText() == typed
    assert page._current_node() is shown and page.tree.selectionModel().isSelected(page.tree.currentIndex())
    monkeypatch.undo()
    page.tree.setCurrentIndex(page.model.index_of(other, COL_SELF))
    assert page.panel.node is other and page._current_node() is other
    assert par_index.load_set(db, year).find(shown.code).explanation == typed
    window.close()
    db.close()


def test_a_score_typed_in_the_tree_keeps_the_explanation_typed_in_the_panel(qtbot, tmp_path):
    """Chỉ số CCHC, a "Giải trình" typed in the panel for 1.2 and not yet saved, then 1.2's self-score typed in the
    tree (twice): the score was stored and the panel shown again from what is stored, the words typed replaced by the
    stored explanation, unsaid (what 35B and 36B keep on a page switch, a closing, a new day). The panel's facts say
    the new score; the words typed stay, and are stored when the panel is left."""
    from parapp.store import par_index
    from parapp.ui.par.par_model import COL_SELF

    from .test_adversarial_round36b import _par_window

    db, window, page, year, _ = _par_window(qtbot, tmp_path)
    node = page.panel.node
    typed = "Giải trình vừa gõ: đủ 4 báo cáo quý"
    page.panel.explanation.setPlainText(typed)
    assert page.model.setData(page.model.index_of(node, COL_SELF), "1,5")
    assert par_index.load_set(db, year).find(node.code).self_milli == 1500
    assert "1,5" in page.panel.facts.text()
    assert page.panel.explanation.toPlainText() == typed
    window.show_page("register")
    assert par_index.load_set(db, year).find(node.code).explanation == typed
    window.close()
    db.close()
