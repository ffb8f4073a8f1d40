"""The window's plan import dialog given a file, as the clerk opens it: the dialog and the tasks it would import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def dialog_tasks(qtbot, db, path: Path, rows: int) -> tuple:
    from parapp.ui.importing.import_dialog import ImportDialog

    dlg = ImportDialog(db, today=dt.date(2026, 12, 5))
    qtbot.addWidget(dlg)
    dlg.load_file(path)
    qtbot.waitUntil(lambda: dlg.model.rowCount() == rows, timeout=5000)
    return dlg, dlg.model.to_import()
