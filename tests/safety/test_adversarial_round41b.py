"""Round 41B: read-only use and full disks; first, what round 40B saw and left (L1, L2)."""

from __future__ import annotations

import datetime as dt
import os

import pytest


def _stored(db, year, code, kind="q1"):
    from parapp.store.figures import period_figures

    return {f.code: f.value for f in period_figures(db, kind, year)}.get(code)


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_a_refused_waiting_figure_holds_up_no_figure_typed_after_it(qtbot, tmp_path, monkeypatch):
    """L1. Số liệu, Quý I: 100 dossiers received stored; 80 received online typed on a full disk waits in its cell.
    Room made, received is pasted over as 40 (Ctrl+V, stored at once), so the 80 can no longer be stored ("nhiều
    hơn"); the clerk types Quý II's 1.300: refused with the 80's words, and the 1.300 was dropped (its cell back
    to empty) — every figure typed after was held up, all or none, until the 80 was deleted. Now each waiting figure
    is stored on its own: the 1.300 is stored, only the 80 waits (still in its cell, said, with what to do)."""
    from PySide6.QtWidgets import QApplication

    from parapp.store import open_database
    from parapp.ui.figures import figures_page
    from parapp.ui.widgets import operation
    from tests.ui.settle import settle

    from .test_adversarial_round36b import _full
    from .test_adversarial_round38b import _said
    from .test_adversarial_round39b import _figure_cell

    said = _said(monkeypatch)
    boxes: list[str] = []
    monkeypatch.setattr(operation, "show_error", lambda parent, text, title=None: boxes.append(text))
    db = open_database(tmp_path / "parapp.db")
    page = figures_page.FiguresPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    year = page.year.value()
    real = figures_page.set_period_figures
    real(db, "q1", year, {"dossiers.received": "100"})
    page.reload()
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    page.model.setData(_figure_cell(page, "dossiers.received_online", "q1"), "80")
    settle(qtbot, 5)
    assert len(said) == 1 and page.unstored
    monkeypatch.setattr(figures_page, "set_period_figures", real)  # room made
    QApplication.clipboard().setText("40")
    page.table.setCurrentIndex(_figure_cell(page, "dossiers.received", "q1"))
    page.paste()
    assert _stored(db, year, "dossiers.received") == 40
    page.model.setData(_figure_cell(page, "dossiers.received", "q2"), "1.300")
    settle(qtbot, 5)
    assert _stored(db, year, "dossiers.received", "q2") == 1300, "the figure typed was held up by the refused one"
    assert page.model.data(_figure_cell(page, "dossiers.received", "q2")) == "1.300"
    assert page.model.data(_figure_cell(page, "dossiers.received_online", "q1")) == "80"  # still waiting, in red
    assert list(page.unstored) == [(year, "q1", "dossiers.received_online")]
    assert len(boxes) == 1 and "80" in boxes[0] and "Delete" in boxes[0], boxes
    assert _stored(db, year, "dossiers.received_online") is None
    assert page.keep_typed() is False and len(boxes) == 2  # the close: refused, said again, the window stays
    page.table.setCurrentIndex(_figure_cell(page, "dossiers.received_online", "q1"))
    page.clear_cell()  # the clerk drops it
    assert page.keep_typed() and not page.unstored and len(said) == 1
    db.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo commune of 4/12/2026, built once; each test works on its own copy."""
    from parapp.services.demo import build_demo
    from parapp.store import open_database

    path = tmp_path_factory.mktemp("demo") / "parapp.db"
    db = open_database(path)
    build_demo(db, dt.date(2026, 12, 4))
    db.close()
    return path


def _copy(demo_file, tmp_path):
    import shutil

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(demo_file, folder / "parapp.db")
    return folder / "parapp.db"


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_a_refused_waiting_par_score_holds_up_no_score_typed_after_it(qtbot, tmp_path, monkeypatch, demo_file):
    """L1, in Chỉ số CCHC: 1.2's "Tự chấm" 1,75 typed on a full disk waits (pink); meanwhile the set's 1.2 is given a
    maximum of 1 (the set changed meanwhile, Sửa bộ tiêu chí), so the 1,75 can no longer be stored. Room made, 1.3's
    "Tự chấm" 1,5 typed: refused with 1.2's words and the 1,5 dropped, until 1.2's was deleted. Now the 1,5 is stored
    and only 1.2's 1,75 waits, said with what to do."""
    from parapp.store import open_database, par_index
    from parapp.ui.par.par_model import COL_SELF, pts
    from parapp.ui.par.par_page import ParIndexPage as ParPage
    from parapp.ui.widgets import operation

    from .test_adversarial_round36b import _full
    from .test_adversarial_round38b import _said

    said = _said(monkeypatch)
    boxes: list[str] = []
    monkeypatch.setattr(operation, "show_error", lambda parent, text, title=None: boxes.append(text))
    db = open_database(_copy(demo_file, tmp_path))
    page = ParPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    page.year.setValue(2025)

    def cell(code):
        return page.model.index_of(page.cset.find(code), COL_SELF)

    total = page.cset.self_total
    real = par_index.set_scores
    monkeypatch.setattr(par_index, "set_scores", _full)
    with pytest.raises(Exception, match="full"):
        page.model.setData(cell("1.2"), "1,75")
    assert page.model.data(cell("1.2")) == "1,75"
    db.execute("UPDATE par_criteria SET self_milli = NULL, official_milli = NULL, max_milli = 1000 "
               "WHERE code = '1.2'")  # the set changed meanwhile
    monkeypatch.setattr(par_index, "set_scores", real)  # room made
    page.model.setData(cell("1.3"), "1,5")
    assert par_index.load_set(db, 2025).find("1.3").self_milli == 1500, "the score typed was held up"
    assert page.model.data(cell("1.3")) == "1,5" and pts(total - 500) in page.totals.text()  # the total counts it
    assert list(page.scores.typed) == [(2025, "1.2", "self")] and page.model.data(cell("1.2")) == "1,75"
    assert par_index.load_set(db, 2025).find("1.2").self_milli is None
    assert len(boxes) == 1 and "1,75" in boxes[0] and "Delete" in boxes[0], boxes
    assert page.keep_typed() is False and len(boxes) == 2
    page.tree.setCurrentIndex(cell("1.2"))
    page.clear_cell()  # the clerk drops it
    assert page.keep_typed() and not page.scores.typed and not said
    db.close()


def test_a_lock_file_left_on_media_now_read_only_does_not_stop_the_window(qtbot, tmp_path, monkeypatch):
    """L2, tried on a real medium: an ext4 stick turned read-only under the open window (errors=remount-ro, its error
    triggered): the figure typed was kept and the drive said, the close asked to drop it, and closed; but the
    window's lock file could not be removed from the read-only stick. Every later start on it (and on a read-only
    bind mount holding a parapp.lock a closed ParApp left, a folder copied while ParApp was open) exited 0 in 0.6 s
    showing nothing: no lock can be taken or removed there, and no ParApp answered. Now such a start goes on (the
    window opens read-only, as on any read-only media); one on a writable folder still ends when the lock is held."""
    import errno
    import tempfile

    from PySide6.QtCore import QLockFile

    from parapp.ui import single_instance

    class LeftLock(QLockFile):  # what Qt says of a lock file it can neither take nor remove (a dead owner's, read-only)
        def tryLock(self, timeout=0):  # noqa: N802 - Qt's name
            return False

        def error(self):
            return QLockFile.LockError.LockFailedError

        def removeStaleLockFile(self):  # noqa: N802 - Qt's name
            return False

    monkeypatch.setattr(single_instance, "QLockFile", LeftLock)
    (tmp_path / "parapp.lock").write_text("99999\npython3.11\nvm\n")
    writable = single_instance.SingleInstance(tmp_path)
    assert not writable.acquire(), "a writable folder's lock held by a live start that does not answer yet"
    real = tempfile.TemporaryFile

    def read_only(*args, dir=None, **kwargs):  # noqa: A002 - tempfile's name
        if dir is not None and os.path.samefile(dir, tmp_path):
            raise OSError(errno.EROFS, "Read-only file system")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    first = single_instance.SingleInstance(tmp_path)
    try:
        assert first.acquire(), "a start on read-only media ended, showing nothing"
        second = single_instance.SingleInstance(tmp_path)
        assert not second.acquire()  # a second start still finds the first, by its socket
        second.release()
    finally:
        first.release()


def test_the_banner_of_a_stick_turned_read_only_by_an_error_blames_the_stick_not_another_account(tmp_path, monkeypatch):
    """The ext4 stick of L2, turned read-only under the window (errors=remount-ro: the kernel marks it so, and access()
    still says "writable"), the window closed; opened again, read-only, its banner said "một tài khoản khác trên máy
    này đang giữ dữ liệu này … nhờ … người quản trị máy xóa tệp khóa đó" (the writer lock file left there): no other
    account, and no lock file can be deleted on it. Twice, on a fresh image each time. Now the folder is tried, not
    asked: the banner says the folder or stick takes no writes, and to copy the data folder to the computer."""
    import errno
    import tempfile

    from parapp.store import open_database
    from parapp.store.db import open_readonly
    from parapp.store.writer_lock import lock_path_for
    from parapp.ui.app import why_read_only

    stick = tmp_path / "USB"
    stick.mkdir()
    open_database(stick / "parapp.db").close()
    lock_path_for(stick / "parapp.db").write_text("left by the window closed on the stick turned read-only")
    real = tempfile.TemporaryFile

    def read_only(*args, dir=None, **kwargs):  # noqa: A002 - tempfile's name
        if dir is not None and os.path.samefile(dir, stick):
            raise OSError(errno.EROFS, "Read-only file system")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", read_only)
    db = open_readonly(stick / "parapp.db")
    try:
        assert why_read_only(stick / "parapp.db", db, unlocked=True) == "folder"
    finally:
        db.close()


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_figures_stored_before_the_disk_fills_again_are_shown_stored_to_the_other_pages(qtbot, tmp_path, monkeypatch):
    """L1's storing one by one: Quý I's 1.240 waits (a full disk); room for one figure made, Quý II's 1.300 typed: the
    1.240 is stored, the disk full again for the 1.300, which waits. The grid showed the 1.240 stored, but the other
    pages (Tổng quan, Báo cáo) were not told anything changed. Now they are."""
    from parapp.store import open_database
    from parapp.ui.figures import figures_page
    from tests.ui.settle import settle

    from .test_adversarial_round36b import _full
    from .test_adversarial_round38b import _said
    from .test_adversarial_round39b import _figure_cell

    said = _said(monkeypatch)
    db = open_database(tmp_path / "parapp.db")
    page = figures_page.FiguresPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    year = page.year.value()
    real = figures_page.set_period_figures
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    page.model.setData(_figure_cell(page, "dossiers.received", "q1"), "1.240")
    settle(qtbot, 5)
    room = [1]

    def once(*args, **kwargs):
        if not room:
            _full()
        room.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(figures_page, "set_period_figures", once)
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    page.model.setData(_figure_cell(page, "dossiers.received", "q2"), "1.300")
    settle(qtbot, 5)
    assert _stored(db, year, "dossiers.received") == 1240 and list(page.unstored) == [(year, "q2", "dossiers.received")]
    assert page.model.data(_figure_cell(page, "dossiers.received", "q1")) == "1.240" and said
    assert changed, "the other pages were not told of the 1.240 stored"
    page.drop_typed()
    db.close()


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_par_scores_stored_before_the_disk_fills_again_count_in_the_totals(qtbot, tmp_path, monkeypatch, demo_file):
    """L1's storing one by one in Chỉ số CCHC: 1.3's 1,5 waits (a full disk); room for one score made, 1.2's 1,75
    typed: the 1,5 is stored, the disk full again for the 1,75, which waits. The tree showed the 1,5, the totals line
    above it still the old "Tự đánh giá" sum. Now the totals count what was stored."""
    from parapp.store import open_database, par_index
    from parapp.ui.par.par_model import COL_SELF, pts
    from parapp.ui.par.par_page import ParIndexPage

    from .test_adversarial_round36b import _full
    from .test_adversarial_round38b import _said

    said = _said(monkeypatch)
    db = open_database(_copy(demo_file, tmp_path))
    page = ParIndexPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    page.year.setValue(2025)
    total = page.cset.self_total

    def cell(code):
        return page.model.index_of(page.cset.find(code), COL_SELF)

    real = par_index.set_scores
    monkeypatch.setattr(par_index, "set_scores", _full)
    with pytest.raises(Exception, match="full"):
        page.model.setData(cell("1.3"), "1,5")
    room = [1]

    def once(*args, **kwargs):
        if not room:
            _full()
        room.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(par_index, "set_scores", once)
    with pytest.raises(Exception, match="full"):
        page.model.setData(cell("1.2"), "1,75")
    assert par_index.load_set(db, 2025).find("1.3").self_milli == 1500 and list(page.scores.typed) == [
        (2025, "1.2", "self")]
    assert pts(total - 500) in page.totals.text(), page.totals.text()
    page.drop_typed()
    assert not said
    db.close()


@pytest.mark.parametrize("own", [True, False])
def test_the_banner_of_a_side_file_marked_read_only_names_it_not_the_folder(qtbot, tmp_path, monkeypatch, own):
    """A data folder copied from a CD to Tài liệu: its parapp.db-shm (or -wal) kept the read-only mark (made so here
    with chattr +i on the -shm, then on the -wal and -shm; twice). The command line says it: "Tệp “…-shm” bên cạnh tệp
    dữ liệu đang bị đánh dấu chỉ đọc … Hãy bỏ đánh dấu chỉ đọc của tệp đó". The window opened read-only with "thư mục
    hoặc USB không cho ghi … hãy chép cả thư mục dữ liệu … vào máy rồi mở bản chép": the folder takes writes, and the
    copy keeps the mark. Another account's -shm was said so too (copying its data away from a ParApp that has it open
    forks it). Now the banner names the file and the mark (or the other account), as the command line does."""
    from parapp.store import db as store_db
    from parapp.store import open_database
    from parapp.store.db import open_readonly
    from parapp.ui.app import why_read_only
    from parapp.ui.readonly_banner import readonly_text

    path = tmp_path / "parapp.db"
    open_database(path).close()
    shm = tmp_path / "parapp.db-shm"
    shm.write_bytes(b"\0" * 32768)
    real_access = os.access

    def access(p, mode, **kw):  # marked read-only: root cannot make it so here
        if mode & os.W_OK and os.path.realpath(p) == os.path.realpath(shm):
            return False
        return real_access(p, mode, **kw)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(store_db, "_own", lambda p: own)
    db = open_readonly(path)
    try:
        why = why_read_only(path, db, unlocked=False)
        text = readonly_text(db, why)
    finally:
        db.close()
    assert "parapp.db-shm" in text and "chép cả thư mục" not in text, text
    assert ("đánh dấu chỉ đọc" in text) is own and ("tài khoản khác" in text) is not own, text


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_figures_stored_at_the_close_are_no_longer_shown_waiting(qtbot, tmp_path, monkeypatch):
    """L1's storing one by one, at the window's close (or the day's change): Quý I's 80 online and Quý II's 1.300 wait
    (a full disk); room made, received pasted as 40 so the 80 is refused; the close stores the 1.300, refuses the 80
    (said, the window stays). The 1.300 went on showing red, "chưa lưu được", though stored. Now it shows stored."""
    from PySide6.QtWidgets import QApplication

    from parapp.store import open_database
    from parapp.ui.figures import figures_page
    from parapp.ui.widgets import operation
    from tests.ui.settle import settle

    from .test_adversarial_round36b import _full
    from .test_adversarial_round38b import _said
    from .test_adversarial_round39b import _figure_cell

    _said(monkeypatch)
    monkeypatch.setattr(operation, "show_error", lambda parent, text, title=None: None)
    db = open_database(tmp_path / "parapp.db")
    page = figures_page.FiguresPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    year = page.year.value()
    real = figures_page.set_period_figures
    real(db, "q1", year, {"dossiers.received": "100"})
    page.reload()
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    page.model.setData(_figure_cell(page, "dossiers.received_online", "q1"), "80")
    page.model.setData(_figure_cell(page, "dossiers.received", "q2"), "1.300")
    settle(qtbot, 5)
    monkeypatch.setattr(figures_page, "set_period_figures", real)
    QApplication.clipboard().setText("40")
    page.table.setCurrentIndex(_figure_cell(page, "dossiers.received", "q1"))
    page.paste()
    assert page.keep_typed() is False  # the close: the 80 refused
    assert _stored(db, year, "dossiers.received", "q2") == 1300
    assert ("q2", "dossiers.received") not in page.model.unstored, "the 1.300 stored still shown waiting"
    assert ("q1", "dossiers.received_online") in page.model.unstored
    page.drop_typed()
    db.close()


@pytest.mark.qt_no_exception_capture  # the storage error reaches ParApp's own hook, as in the real window
def test_waiting_figures_that_agree_together_are_all_stored_whatever_their_order(qtbot, tmp_path, monkeypatch):
    """Quý I stored: 100 received, 50 of them online. On a full disk the clerk corrects both: received 40, then online
    30; both wait. Room made, Quý II's 1.300 typed: the 40 was refused ("50 online nhiều hơn 40 received": checked
    before the 30, typed after it, was stored) though the two agree. Now what waits is stored again once another
    waiting figure was: all three stored, nothing said."""
    from parapp.store import open_database
    from parapp.ui.figures import figures_page
    from parapp.ui.widgets import operation
    from tests.ui.settle import settle

    from .test_adversarial_round36b import _full
    from .test_adversarial_round38b import _said
    from .test_adversarial_round39b import _figure_cell

    said = _said(monkeypatch)
    boxes: list[str] = []
    monkeypatch.setattr(operation, "show_error", lambda parent, text, title=None: boxes.append(text))
    db = open_database(tmp_path / "parapp.db")
    page = figures_page.FiguresPage(db, dt.date(2026, 12, 6))
    qtbot.addWidget(page)
    year = page.year.value()
    real = figures_page.set_period_figures
    real(db, "q1", year, {"dossiers.received": "100", "dossiers.received_online": "50"})
    page.reload()
    monkeypatch.setattr(figures_page, "set_period_figures", _full)
    page.model.setData(_figure_cell(page, "dossiers.received", "q1"), "40")
    settle(qtbot, 5)
    page.model.setData(_figure_cell(page, "dossiers.received_online", "q1"), "30")
    settle(qtbot, 5)
    monkeypatch.setattr(figures_page, "set_period_figures", real)
    page.model.setData(_figure_cell(page, "dossiers.received", "q2"), "1.300")
    settle(qtbot, 5)
    assert boxes == [] and not page.unstored, boxes
    assert (_stored(db, year, "dossiers.received"), _stored(db, year, "dossiers.received_online")) == (40, 30)
    assert len(said) == 1
    db.close()
