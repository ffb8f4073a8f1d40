"""Starts ParApp as a user does (parapp.ui.app.run_app, the demo database) on the
X display in $DISPLAY, and from inside its event loop presses Escape on the
"who is working" question, then Ctrl+N, Ctrl+I, Ctrl+P and F1 in turn: each
time it notes where the window that opened lies and whether Escape closed it,
and grabs the whole screen to a PNG. Prints the notes as JSON on the last
line. Run by tests/ui/test_real_window.py under Xvfb.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    db_path, shots = Path(sys.argv[1]), Path(sys.argv[2])
    import shiboken6
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(shots / "settings"))
    notes: list[dict] = []
    steps = [("who-is-working", None, None), ("Ctrl+N", Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
             ("Ctrl+I", Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier),
             ("Ctrl+P", Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
             ("F1", Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)]

    def main_window():
        from parapp.ui.main_window import MainWindow

        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)

    def opened(window):
        """The window a key opened: a modal dialog, else a visible top-level that is not the main window."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return modal
        return next((w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
                     and w.isWindow() and w.windowTitle()), None)

    def geometry(w) -> dict:
        a, f = (w.screen() or QApplication.primaryScreen()).availableGeometry(), w.frameGeometry()
        return {"title": w.windowTitle(), "class": type(w).__name__, "frame": [f.x(), f.y(), f.width(), f.height()],
                "available": [a.x(), a.y(), a.width(), a.height()], "inside": a.contains(f)}

    def shoot(name: str) -> None:
        """The screen as the user sees it. A busy machine may not have painted the window yet: a grab
        of a bare screen compresses to a few kilobytes, so wait for the paint (up to 10 s), as the eye does."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        for _ in range(50):
            QApplication.processEvents()
            pixmap = QApplication.primaryScreen().grabWindow(0)
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            pixmap.save(buffer, "PNG")
            if data.size() > 10_000:
                break
            QTest.qWait(200)
        pixmap.save(str(shots / f"{name}.png"))

    state = {"step": 0}

    def tick():
        window = main_window()
        if window is None or window.db is None:
            QTimer.singleShot(100, tick)  # still opening the data
            return
        if state["step"] == 0:
            notes.append({"step": "main window", **geometry(window)})
            shoot("main-window")
        if state["step"] >= len(steps):
            window.close()
            return
        name, key, mods = steps[state["step"]]
        state["step"] += 1
        if key is None:
            QTimer.singleShot(300, lambda: press_escape(window, name))
        else:
            press_key(window, name, key, mods)

    def press_key(window, name, key, mods, waited=0):
        # As a user clicks into the window first: Xvfb runs no window manager to give it the keyboard,
        # and the X server answers in its own time.
        if not window.isActiveWindow() and waited < 5000:
            window.activateWindow()
            QTimer.singleShot(100, lambda: press_key(window, name, key, mods, waited + 100))
            return
        # Scheduled before the key: a modal dialog runs its own event loop, and this goes on inside it.
        QTimer.singleShot(300, lambda: press_escape(window, name))
        QTest.keyClick(QApplication.focusWidget() or window, key, mods)

    def press_escape(window, name, waited=0):
        """Waits (a busy machine is slow to open a window) for what the key opened, then presses Escape on it."""
        w = opened(window)
        if w is None or not w.isVisible():
            if waited < 15000:
                QTimer.singleShot(100, lambda: press_escape(window, name, waited + 100))
                return
            notes.append({"step": name, "opened": None})
            QTimer.singleShot(50, tick)
            return
        QApplication.processEvents()
        shoot(name.replace("+", "-"))
        note = {"step": name, **geometry(w)}
        QTest.keyClick(w.focusWidget() or w, Qt.Key.Key_Escape)  # the window that opened has the keyboard
        QApplication.processEvents()
        note["closed_by_escape"] = not shiboken6.isValid(w) or not w.isVisible()  # closed, or closed and deleted
        notes.append(note)
        QTimer.singleShot(300, tick)

    from parapp.ui.app import make_app, run_app

    make_app()
    QTimer.singleShot(500, tick)
    code = run_app(db_path, "vi")
    print(json.dumps({"exit": code, "notes": notes}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
