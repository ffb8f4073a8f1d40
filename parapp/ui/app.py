"""Starting the window: the application object, the database, first-run setup."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from parapp.core.messages import ParAppError
from parapp.store import open_database
from parapp.store.settings import load_settings
from parapp.ui.texts import error_text, show_error


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("ParApp")
    app.setOrganizationName("ParApp")
    font = QFont(app.font())
    if font.pointSize() < 10:
        font.setPointSize(10)  # old office monitors, older eyes
    app.setFont(font)
    return app


def run_app(db_path: Path) -> int:
    app = make_app()
    try:
        db = open_database(db_path)
    except ParAppError as exc:
        show_error(None, error_text(exc), QCoreApplication.translate("ui", "Không mở được dữ liệu"))
        return 2
    from parapp.ui.main_window import MainWindow
    from parapp.ui.settings_dialog import SettingsDialog

    window = MainWindow(db)
    window.show()
    if not load_settings(db).is_set_up:
        if SettingsDialog(db, window, first_run=True).exec():
            window.refresh_overview()
    code = app.exec()
    db.close()
    return code
