"""Runs the real window (run_app) on a data folder, makes a change, then asks for the restore
of the snapshot named on the command line as Tệp → Khôi phục… does (the dialog's choice made
for it), and closes the window again once it has reopened on the restored data. Prints every
message box's text as JSON on the last line. Driven by tests/safety/test_adversarial_round9.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    db_path, chosen = Path(sys.argv[1]), Path(sys.argv[2])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from parapp.store import tasks
    from parapp.ui import backup_dialogs
    from parapp.ui.app import make_app, run_app
    from parapp.ui.main_window import MainWindow

    make_app()  # timers need the application first
    said: list[str] = []
    state: dict = {"first": None}

    def choose(dlg) -> int:
        dlg.choice, dlg.label = ("snapshot", chosen), "12:00"
        return 1

    backup_dialogs.RestoreDialog.exec = choose

    def boxes() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                said.append(w.text())
                w.done(0)
        QTimer.singleShot(100, boxes)

    def drive() -> None:
        w = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
                  and getattr(w, "db", None) is not None), None)
        if w is None or w is state["first"]:
            QTimer.singleShot(100, drive)
            return
        if state["first"] is None:
            state["first"] = w
            tasks.create_task(w.db, {"content": "Nhập nhầm"})  # the mistake the restore is to undo
            w.request_restore()
            QTimer.singleShot(100, drive)
        else:
            w.close()  # the window reopened (on the restored data, or not)

    QTimer.singleShot(0, boxes)
    QTimer.singleShot(300, drive)
    code = run_app(db_path, lang="vi")
    print(json.dumps({"code": code, "said": said}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
