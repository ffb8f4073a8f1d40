"""Starts ParApp as Windows' start-up folder does (run_app, minimised, the demo data, the
daily reminder on and "minimise into the notification area" chosen) on the X display in
$DISPLAY, with or without a notification area there, and from inside its event loop notes
what the official would see: where the window is, the icon in the notification area, the
bubble, the strip at the top of the window; then clicks the bubble (or, with no notification
area, the strip's first link), minimises the window and brings it back from the icon.
Prints the notes as JSON on the last line. Run by tests/chasing/test_real_tray.py under Xvfb.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    db_path, shots, want_tray = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "tray"
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(shots / "settings"))
    from parapp.ui.app import make_app, run_app

    make_app()
    for _ in range(100):  # the tray host starts beside us: wait until it has claimed the notification area
        if QSystemTrayIcon.isSystemTrayAvailable() or not want_tray:
            break
        time.sleep(0.1)
    notes: dict = {"tray_available": QSystemTrayIcon.isSystemTrayAvailable()}

    def window_():
        from parapp.ui.main_window import MainWindow

        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def balloon():
        return next((w for w in QApplication.topLevelWidgets()
                     if w.metaObject().className() == "QBalloonTip" and w.isVisible()), None)

    def shoot(name: str) -> None:
        QApplication.primaryScreen().grabWindow(0).save(str(shots / f"{name}.png"))

    def later(ms, f):
        QTimer.singleShot(ms, f)

    def started(waited=0):
        w = window_()
        if w is None or w.reminders is None or w.reminders.shown is None:
            if waited < 20000:
                later(100, lambda: started(waited + 100))
            else:
                notes["shown"] = False
                w and w.close()
            return
        tray = w.reminders.tray
        b = balloon()
        notes.update(shown=True, window_visible=w.isVisible(), window_minimized=w.isMinimized(),
                     tray_icon=bool(tray is not None and tray.isVisible()), balloon=b is not None,
                     banner=w.reminder_banner.isVisibleTo(w), banner_text=w.reminder_banner.text.text())
        if b is not None:
            notes["balloon_geometry"] = [b.x(), b.y(), b.width(), b.height()]
            notes["balloon_inside"] = b.screen().geometry().contains(b.frameGeometry())
        shoot("reminder")
        if b is not None:
            QTest.mouseClick(b, Qt.MouseButton.LeftButton)  # as the official clicks the bubble
        else:
            w.reminder_banner.text.linkActivated.emit("overdue")  # the strip's first link
        later(500, lambda: clicked(w))

    def clicked(w):
        notes.update(after_click_visible=w.isVisible() and not w.isMinimized(), page=w.current_page_index(),
                     status_filter=w.register.status.currentData(), due_within=w.register.due_within.value(),
                     rows=w.register.model.rowCount())
        shoot("clicked")
        w.showMinimized()
        later(700, lambda: minimised(w))

    def minimised(w):
        notes["hidden_after_minimise"] = not w.isVisible()
        if w.reminders.tray is not None:
            w.reminders.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)  # a click on the icon
        later(500, lambda: restored(w))

    def restored(w):
        notes["visible_after_icon"] = w.isVisible() and not w.isMinimized()
        w.close()

    later(300, started)
    code = run_app(db_path, "vi", minimized=True)
    notes["exit"] = code
    print(json.dumps(notes, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
