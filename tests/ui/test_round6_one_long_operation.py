"""Adversarial round 6: one long operation at a time, and no input while it runs.

The busy dialog is modal only once it shows (and a dialog with no steps showed only after Qt's
own 4 s); until then the window took clicks, so a second backup, import or edit could start on
the one connection the first was using. A backup started while an import's transaction was open
on that connection never returned (SQLite's backup of a connection inside a write transaction
waits for ever), behind a dialog with no Cancel button; an edit joined the import's transaction.
These run the work on real threads, as the window does."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from parapp.store.settings import load_settings


@pytest.fixture
def threads(monkeypatch):
    from parapp.ui.widgets import operation

    monkeypatch.setattr(operation, "POOL", operation._Threads)
    return operation


def _import_holding_a_transaction(db, release: threading.Event):
    """An import's work as it stands mid-way: a write transaction open on the window's connection."""
    def work():
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("UPDATE settings SET value = value WHERE 0")
        release.wait()
        db.conn.execute("COMMIT")
        return "imported"
    return work


def test_a_backup_asked_for_while_an_import_runs_is_refused_not_left_waiting(qtbot, window, errors, threads, tmp_path,
                                                                             monkeypatch):
    from parapp.ui import backup_dialogs
    from parapp.ui.backup_dialogs import backup_to_folder

    saved = []
    monkeypatch.setattr(backup_dialogs, "file_saved", lambda parent, path, title: saved.append(path))

    release, ended = threading.Event(), []
    threads.run_long(window, _import_holding_a_transaction(window.db, release), "Đang nhập nhiệm vụ…",
                     done=ended.append)
    usb = tmp_path / "usb"
    usb.mkdir()
    backup_to_folder(window, window.db, str(usb))  # before: it started, and never returned
    assert errors == ["Việc trước (sao lưu, nhập hay xuất bản PDF) chưa xong. Hãy đợi nó xong rồi làm lại."]
    release.set()
    qtbot.waitUntil(lambda: not threads.RUNNING, timeout=10_000)
    assert ended == ["imported"] and list(usb.iterdir()) == []
    backup_to_folder(window, window.db, str(usb))  # once the import has ended, a backup is made
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    assert len(errors) == 1 and saved[0].parent == usb


def test_an_edit_while_long_work_runs_is_refused_and_not_made(qtbot, window, errors, threads):
    from parapp.ui.widgets.operation import attempt

    release = threading.Event()
    threads.run_long(window, release.wait, "Đang sao lưu…")
    edited = []
    assert not attempt(window, lambda: edited.append("saved"), "Chưa lưu được")
    assert edited == [] and len(errors) == 1
    release.set()
    qtbot.waitUntil(lambda: not threads.RUNNING, timeout=10_000)
    assert attempt(window, lambda: edited.append("saved")) and edited == ["saved"]


def test_the_window_takes_no_click_from_the_moment_long_work_starts(qtbot, window, threads):
    button = QPushButton("Sao lưu", window)
    button.show()
    clicked = []
    button.clicked.connect(lambda: clicked.append(True))
    release = threading.Event()
    threads.run_long(window, release.wait, "Đang sao lưu…")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # within the first moment, before any dialog
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert clicked == []
    release.set()
    qtbot.waitUntil(lambda: not threads.RUNNING, timeout=10_000)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == [True]


def test_the_busy_dialog_shows_and_escape_or_its_close_button_does_not_hide_it(qtbot, window, threads):
    release = threading.Event()
    threads.run_long(window, release.wait, "Đang nhập nhiệm vụ…")
    (dlg,) = [d for _b, _j, d in threads.RUNNING]
    qtbot.waitUntil(dlg.isVisible, timeout=2_000)  # before: Qt's own 4 s for a dialog with no steps
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    dlg.close()
    assert dlg.isVisible()  # before: gone, and the window usable while the work ran on
    release.set()
    qtbot.waitUntil(lambda: not threads.RUNNING, timeout=10_000)


def test_the_daily_reminder_writes_nothing_while_long_work_runs(qtbot, window, threads):
    from parapp.services.chasing import reminder_prefs
    from parapp.ui.chasing.notifier import ReminderNotifier

    n = ReminderNotifier(window, clock=lambda: window.today, tray_available=lambda: False)
    release = threading.Event()
    threads.run_long(window, release.wait, "Đang nhập nhiệm vụ…")
    before = reminder_prefs(window.db).shown_on
    assert n.check() is False and reminder_prefs(window.db).shown_on == before
    release.set()
    qtbot.waitUntil(lambda: not threads.RUNNING, timeout=10_000)
    n.check()  # checked again at the next tick: not lost for the day
    assert window.today in n._days_checked
    assert load_settings(window.db).commune_name


def test_a_menu_shortcut_starts_nothing_while_long_work_runs(qtbot, window, threads):
    """Ctrl+P (print), Ctrl+I (import): a shortcut is delivered to its action, not to a widget."""
    from PySide6.QtGui import QAction, QKeySequence

    act = QAction("Nhập", window)
    act.setShortcut(QKeySequence("Ctrl+J"))
    window.addAction(act)
    fired = []
    act.triggered.connect(lambda: fired.append(True))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]  # the shortcut works at all
    release = threading.Event()
    threads.run_long(window, release.wait, "Đang nhập nhiệm vụ…")
    QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]
    release.set()
    qtbot.waitUntil(lambda: not threads.RUNNING, timeout=10_000)
