"""Round 42B (read-only use, full disks): the window's start."""

from __future__ import annotations

import datetime as dt
import os

import pytest


def test_a_lock_file_marked_read_only_in_a_writable_folder_does_not_stop_the_window(qtbot, tmp_path, monkeypatch):
    """F3: the data folder copied while ParApp was open, burnt on a CD and copied back (the copy keeps the read-only
    mark on every file, parapp.lock too; here `chattr +i parapp.lock`, twice): every start exited 0 in 0.4 s showing
    nothing. The dead owner's lock could be neither removed nor taken, no ParApp answered, and the folder takes writes,
    so it was taken for a live start not yet listening (round 41B's rule). A lock file that cannot be written is no
    live start's: the window opens; a second start still finds it by its socket."""
    from PySide6.QtCore import QLockFile

    from parapp.ui import single_instance

    class LeftLock(QLockFile):  # what Qt says of a dead owner's lock file it can neither take nor remove
        def tryLock(self, timeout=0):  # noqa: N802 - Qt's name
            return False

        def error(self):
            return QLockFile.LockError.LockFailedError

        def removeStaleLockFile(self):  # noqa: N802 - Qt's name
            return False

    monkeypatch.setattr(single_instance, "QLockFile", LeftLock)
    lock = tmp_path / "parapp.lock"
    lock.write_text("99999\npython3.11\nvm\n")
    real = os.access

    def marked(path, mode, **kwargs):  # the read-only mark (Windows) or chattr +i, as access() says it even to root
        if mode & os.W_OK and os.path.exists(path) and os.path.samefile(path, lock):
            return False
        return real(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", marked)
    first = single_instance.SingleInstance(tmp_path)
    try:
        assert first.acquire(), "a start beside a lock file marked read-only ended, showing nothing"
        second = single_instance.SingleInstance(tmp_path)
        assert not second.acquire()  # a second start still finds the first, by its socket
        second.release()
    finally:
        first.release()


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_a_score_waiting_goes_with_the_criterion_or_set_the_clerk_deletes(qtbot, tmp_path, monkeypatch):
    """F4: 1.2's "Tự chấm" 0,25 typed on a full disk waits (pink); room made, the clerk deleted the year's whole set
    ("Xóa bộ tiêu chí … cùng mọi điểm tự đánh giá …?" Yes), or criterion 1.2 alone ("Điểm … cũng bị xóa"). The 0,25
    went on waiting: the close said "Điểm 0,25 gõ trước đó ở tiêu chí 1.2 … chọn ô rồi bấm Delete" of a cell no longer
    there, and a set imported again for 2025 showed it in its 1.2 and stored it with the next score typed. Now what
    waits for what was deleted goes with it."""
    from parapp.services.demo import build_demo
    from parapp.store import open_database, par_index
    from parapp.ui.par import par_page
    from parapp.ui.par.par_model import COL_SELF
    from parapp.ui.widgets import operation

    from .test_adversarial_round36b import _full
    from .test_adversarial_round38b import _said

    said = _said(monkeypatch)
    boxes: list[str] = []
    monkeypatch.setattr(operation, "show_error", lambda parent, text, title=None: boxes.append(text))
    monkeypatch.setattr(par_page, "ask_yes_no", lambda *args, **kwargs: True)
    db = open_database(tmp_path / "parapp.db")
    build_demo(db, dt.date(2026, 12, 4))
    page = par_page.ParIndexPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    page.year.setValue(2025)

    def wait(code, text):
        real = par_index.set_scores
        monkeypatch.setattr(par_index, "set_scores", _full)
        with pytest.raises(Exception, match="full"):
            page.model.setData(page.model.index_of(page.cset.find(code), COL_SELF), text)
        monkeypatch.setattr(par_index, "set_scores", real)  # room made

    wait("1.2", "0,25")
    wait("1.3", "0,5")
    page.tree.setCurrentIndex(page.model.index_of(page.cset.find("1.2"), 0))
    page.delete_criterion()
    assert list(page.scores.typed) == [(2025, "1.3", "self")]
    assert page.remove_set(2025)
    assert not page.scores.typed
    assert page.keep_typed() and not boxes and not said
    db.close()
