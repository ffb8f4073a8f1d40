"""Adversarial round 7: what could still reach a window while long work runs (round 6's input hold).

In the first 300 ms, before the busy dialog shows and makes its window modal, the import dialog's
title-bar ✕ (or Alt+F4, which the window manager turns into a close) closed that dialog: the tasks
were imported all the same, but exec() had said "cancelled", so the register was not reloaded and
nothing said they were in — an official would import again. A close from the window system is
sent to the QWindow, as here."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog

from parapp.store import tasks

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "samples"
TODAY = dt.date(2024, 5, 20)


@pytest.fixture
def threads(monkeypatch):
    from parapp.ui.widgets import operation

    monkeypatch.setattr(operation, "POOL", operation._Threads)
    return operation


def test_the_import_dialog_is_not_closed_while_its_import_runs(qtbot, ui_db, threads, monkeypatch):
    from parapp.ui.importing import import_dialog
    from parapp.ui.importing.import_dialog import ImportDialog

    release = threading.Event()
    real = import_dialog.import_rows

    def slow_import(*a, **kw):
        release.wait()
        return real(*a, **kw)

    monkeypatch.setattr(import_dialog, "import_rows", slow_import)
    text = next(SAMPLES.glob("000_*")).read_text(encoding="utf-8")
    mime = QMimeData()
    mime.setText(text[text.index("ST T\t"):])
    dlg = ImportDialog(ui_db, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.plan_year.setValue(2018)
    dlg.load_mime(mime)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.do_import()
    QApplication.sendEvent(dlg.windowHandle(), QCloseEvent())  # the title bar's ✕ in the first moment
    assert dlg.isVisible()  # before: closed, as if cancelled, while the import ran on
    release.set()
    qtbot.waitUntil(lambda: not threads.RUNNING, timeout=20_000)
    assert QDialog.result(dlg) == QDialog.DialogCode.Accepted.value and len(dlg.imported) == 10
    assert len(tasks.task_rows(ui_db)) == 10
    assert not dlg.isVisible()


def test_a_message_box_still_closes_while_long_work_runs(qtbot, window, threads):
    """The hold keeps a refusal's message box answerable (its ✕ too)."""
    from PySide6.QtWidgets import QMessageBox

    release = threading.Event()
    threads.run_long(window, release.wait, "Đang sao lưu…")
    box = QMessageBox(QMessageBox.Icon.Warning, "ParApp", "Việc trước chưa xong", parent=window)
    box.show()
    qtbot.waitExposed(box)
    QApplication.sendEvent(box.windowHandle(), QCloseEvent())
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2_000)
    release.set()
    qtbot.waitUntil(lambda: not threads.RUNNING, timeout=10_000)
