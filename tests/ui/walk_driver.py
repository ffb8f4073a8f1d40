"""A newcomer's first minutes, on the X display in $DISPLAY: ParApp started as a
user starts it (parapp.ui.app.run_app) and walked with real input events (QTest
on the xcb platform: mouse clicks on the sidebar and buttons, keys into the
focused widget), with a full `gc.collect()` after every step, because a Python
object Qt still calls into loses its state only when the collector runs.

Phases (argv[1]):
- `fresh-later`: a fresh data folder, the first-start setup put off with Escape;
- `fresh-filled`: a fresh data folder, the setup filled in and saved;
- `demo`: the demo's data, with the "who is working" question answered by Escape.
In each: every sidebar page clicked three times round; Ctrl+N, Ctrl+I, Ctrl+P and
F1, each closed with Escape; an official added and saved; in the demo, the report
editor opened and closed before changing page.

Prints one JSON line: the steps taken, every error dialog that opened, every
exception that reached the excepthook. Run by tests/ui/test_real_walk.py, which
also reads the process's stderr and ParApp's log file.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    phase, db_path, settings_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QAbstractButton, QApplication, QDialog, QLineEdit, QMessageBox, QTableView,
    )

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    steps: list[str] = []
    error_dialogs: list[str] = []
    hooked: list[str] = []
    done = {"finished": False, "failure": None}

    from parapp.ui import uncaught
    from parapp.ui.widgets.texts import tr, trc

    real_handle = uncaught.handle

    def counting_handle(exc_type, exc, tb):
        hooked.append(f"{exc_type.__name__}: {exc}")
        if len(hooked) > 50:
            done["failure"] = "faults without end: " + hooked[0]
            give_up()
        real_handle(exc_type, exc, tb)

    uncaught.handle = counting_handle  # install() (in run_app) hooks whatever handle is then

    def main_window():
        from parapp.ui.main_window import MainWindow

        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)

    def modal():
        return QApplication.activeModalWidget()

    def visible_error_boxes():
        title = tr("Có lỗi xảy ra")
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == title]

    # -- the walk, as a generator: each `yield` gives the event loop (and any dialog's own loop) a turn --------
    def settle(seconds: float = 0.15):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            yield

    def wait_for(what, label: str, seconds: float = 20.0):
        end = time.monotonic() + seconds
        while True:
            found = what()
            if found:
                return found
            if time.monotonic() > end:
                raise AssertionError(f"waited {seconds:.0f} s for {label}")
            yield

    def step(name: str):
        gc.collect()
        steps.append(name)
        if os.environ.get("WALK_VERBOSE"):
            print("step:", name, file=sys.stderr, flush=True)
        yield from settle(0.05)
        gc.collect()

    # Input is yielded, not sent from inside the walk: a key or click that opens a modal dialog
    # returns only when the dialog closes, and the walk must go on inside the dialog's loop.
    def press(key, mods=Qt.KeyboardModifier.NoModifier, target=None):
        w = target or QApplication.focusWidget() or modal() or main_window()
        return lambda: QTest.keyClick(w, key, mods)

    def click(widget, pos: QPoint | None = None):
        where = pos if pos is not None else widget.rect().center()
        return lambda: QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)

    def double_click(widget, where: QPoint):
        """As the mouse gives it: a click, then the second press that makes it a double click."""
        def both():
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
            QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
        return both

    def type_text(widget, text: str):
        """Key events carrying each letter, as a Vietnamese keyboard (Unikey) delivers composed letters."""
        for ch in text:
            if ch.isascii():
                QTest.keyClick(widget, ch)
            else:
                QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                                   Qt.KeyboardModifier.NoModifier)

    def button(parent, text: str):
        for b in parent.findChildren(QAbstractButton):
            if b.text().replace("&", "") == text and b.isVisible():
                return b
        raise AssertionError(f"no button “{text}” in {type(parent).__name__}")

    def open_and_escape(name: str, key, mods, expected: str):
        window = main_window()
        yield from wait_for(lambda: window.isActiveWindow() or window.activateWindow(), "the window to be active", 5)
        yield press(key, mods, QApplication.focusWidget() or window)
        # A modal dialog runs its own loop: this generator goes on inside it.
        opened = yield from wait_for(lambda: _opened(window), f"what {name} opens")
        assert type(opened).__name__ == expected, (name, type(opened).__name__)
        yield from settle(0.2)
        gc.collect()
        yield from settle(0.05)
        yield press(Qt.Key.Key_Escape, target=opened.focusWidget() or opened)
        yield from wait_for(lambda: _gone(opened), f"{expected} to close on Escape", 10)
        yield from step(f"{name} → {expected} → Escape")

    def _opened(window):
        m = modal()
        if m is not None and not isinstance(m, QMessageBox):
            return m
        return next((w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
                     and w.isWindow() and w.windowTitle() and not isinstance(w, QMessageBox)), None)

    def _top_level(cls_name: str):
        return next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == cls_name and w.isVisible()),
                    None)

    def _gone(w):
        import shiboken6

        return not shiboken6.isValid(w) or not w.isVisible()

    def click_page(row: int):
        window = main_window()
        nav = window.nav
        rect = nav.visualItemRect(nav.item(row))
        yield click(nav.viewport(), rect.center())
        yield from wait_for(lambda: window.current_page_index() == row, f"page {row}", 10)
        yield from step(f"page {nav.item(row).text()}")

    def rounds(n: int):
        window = main_window()
        for _ in range(n):
            for row in range(window.nav.count()):
                yield from click_page(row)

    def add_official(name: str):
        window = main_window()
        officials_row = next(i for i in range(window.nav.count())
                             if window.nav.item(i).text() == tr("Cán bộ"))
        yield from click_page(officials_row)
        page = window.stack.currentWidget()
        yield click(button(page, tr("Thêm cán bộ…")))
        dlg = yield from wait_for(lambda: modal() if isinstance(modal(), QDialog) else None, "the official's form")
        field = next(e for e in dlg.findChildren(QLineEdit) if e.isVisible())
        yield click(field)
        type_text(field, name)
        yield from settle(0.1)
        yield click(button(dlg, trc("buttons", "Lưu")))
        yield from wait_for(lambda: _gone(dlg), "the official's form to close after Lưu", 10)
        yield from step(f"official “{name}” added and saved")

    def report_editor():
        window = main_window()
        reports_row = next(i for i in range(window.nav.count())
                           if window.nav.item(i).text() == tr("Báo cáo"))
        yield from click_page(reports_row)
        page = window.stack.currentWidget()
        table = next(t for t in page.findChildren(QTableView) if t.isVisible() and t.model().rowCount())
        yield click(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
        yield from settle(0.1)
        yield click(button(page, tr("Mở / soạn báo cáo")))
        editor = yield from wait_for(lambda: modal() if type(modal()).__name__ == "ReportEditor" else None,
                                     "the report editor", 30)
        yield from settle(0.3)
        gc.collect()
        yield press(Qt.Key.Key_Escape, target=editor.focusWidget() or editor)
        yield from wait_for(lambda: _gone(editor), "the report editor to close on Escape", 10)
        yield from step("report editor opened and closed")
        yield from click_page(0)

    def type_figures():
        """Two quarter cells typed into as a user does: Enter after one, a click on the sidebar after the
        other (the cell loses its focus while its editor is open)."""
        window = main_window()
        row = next(i for i in range(window.nav.count()) if window.nav.item(i).text() == tr("Số liệu"))
        yield from click_page(row)
        yield from wait_for(lambda: window.isActiveWindow() or window.activateWindow(), "the window to be active", 5)
        table = next(t for t in window.stack.currentWidget().findChildren(QTableView) if t.isVisible())
        model = table.model()
        editable = [model.index(r, 2) for r in range(model.rowCount())
                    if model.flags(model.index(r, 2)) & Qt.ItemFlag.ItemIsEditable]
        for n, (index, text) in enumerate(((editable[0], "12"), (editable[1], "7"))):
            table.scrollTo(index)
            yield from settle(0.1)
            where = table.visualRect(index).center()
            yield double_click(table.viewport(), where)
            editor = yield from wait_for(lambda: QApplication.focusWidget() if isinstance(QApplication.focusWidget(),
                                                                                           QLineEdit) else None,
                                         "the cell's editor", 5)
            type_text(editor, text)
            if n == 0:
                yield press(Qt.Key.Key_Return, target=editor)
            else:
                yield click(window.nav.viewport(), window.nav.visualItemRect(window.nav.item(0)).center())
            yield from settle(0.3)
            yield from step(f"figure typed ({'Enter' if n == 0 else 'click away'})")

    def first_start():
        window = yield from wait_for(lambda: main_window() if main_window() and main_window().db else None,
                                     "the main window with its data", 60)
        if phase.startswith("fresh"):
            dlg = yield from wait_for(lambda: modal() if type(modal()).__name__ == "SettingsDialog" else None,
                                      "the first-start setup")
            yield from settle(0.2)
            if phase == "fresh-later":
                yield press(Qt.Key.Key_Escape, target=dlg.focusWidget() or dlg)
                yield from wait_for(lambda: _gone(dlg), "the setup to close on Escape")
                yield from step("first-start setup put off with Escape")
            else:
                name = next(e for e in dlg.findChildren(QLineEdit) if e.isVisible())
                yield click(name)
                type_text(name, "Ủy ban nhân dân xã Hòa Bình")
                yield click(button(dlg, trc("buttons", "Lưu")))
                yield from wait_for(lambda: _gone(dlg), "the setup to close after Lưu")
                yield from step("first-start setup filled in and saved")
        # "Ai đang làm việc?" is a small window of its own, not modal: the main window stays usable.
        if phase == "demo":
            asked = yield from wait_for(lambda: _top_level("WhoIsWorkingDialog"), "“Ai đang làm việc?”", 10)
            yield from settle(0.2)
            yield press(Qt.Key.Key_Escape, target=asked.focusWidget() or asked)
            yield from wait_for(lambda: _gone(asked), "“Ai đang làm việc?” to close on Escape")
            yield from step("“Ai đang làm việc?” put off with Escape")
        return window

    def walk():
        window = yield from first_start()
        yield from rounds(3)
        keys = [("Ctrl+N", Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, "TaskDialog"),
                ("Ctrl+I", Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier, "ImportDialog"),
                ("Ctrl+P", Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, "PdfPreview"),
                ("F1", Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier, "HelpWindow")]
        for name, key, mods, expected in keys:
            yield from open_and_escape(name, key, mods, expected)
            yield from click_page(0)
        if phase == "demo":
            yield from type_figures()
            yield from report_editor()
            yield from rounds(1)
        yield from add_official("Nguyễn Thị Lan")
        yield from rounds(2)
        window.close()
        steps.append("window closed")

    runner = walk()

    def tick():
        if visible_error_boxes():
            for box in visible_error_boxes():
                error_dialogs.append(box.text())
                box.done(0)
            if len(error_dialogs) > 20:
                done["failure"] = "error dialogs without end"
                give_up()
        if done["finished"]:
            return
        QTimer.singleShot(20, tick)  # before the walk's turn: an input it sends may run a dialog's loop
        try:
            action = next(runner)
        except StopIteration:
            done["finished"] = True
            return
        except Exception as exc:  # noqa: BLE001 - the walk reports it and ends the program
            import traceback

            done["failure"] = "".join(traceback.format_exception(exc)).strip()
            give_up()
        if callable(action):
            action()

    def report(code) -> None:
        print(json.dumps({"phase": phase, "exit": code, "steps": steps, "error_dialogs": error_dialogs,
                          "excepthook": hooked, "failure": done["failure"], "finished": done["finished"]},
                         ensure_ascii=False), flush=True)

    def give_up() -> None:
        """A failed walk ends at once: a dialog loop that never ends would hold the test until its timeout."""
        report(None)
        sys.stderr.flush()
        os._exit(0)

    import threading

    watchdog = threading.Timer(200, lambda: (done.update(failure="the walk did not end in 200 s: "
                                                                 + " | ".join(steps[-5:])), give_up()))
    watchdog.daemon = True
    watchdog.start()
    from parapp.ui.app import make_app, run_app

    make_app()
    QTimer.singleShot(200, tick)
    report(run_app(db_path, "vi"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
