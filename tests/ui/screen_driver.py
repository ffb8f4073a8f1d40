"""Opens every window and dialog of ParApp on the screen Qt was started with and
prints, as JSON, where each one's frame lay and the screen's available area.

Run by tests/ui/test_fits_screen.py in a fresh process per screen (a small
office screen, the same at 125 %), because a Qt process has one set of
screens. Dialogs are reached the way a user reaches them (the window's
actions and buttons) wherever that is possible: `exec()` is replaced by
"show, let it settle, measure, close".
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 4, 20)
seen: list[dict] = []


def main() -> None:
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="parapp-fit-"))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

    from parapp.services.demo import build_demo
    from parapp.store import open_database
    from parapp.ui import i18n
    from parapp.ui.app import make_app
    from parapp.ui.widgets.screen_fit import is_fitted

    app = make_app()
    i18n.install(app, sys.argv[1] if len(sys.argv) > 1 else "vi")
    db = open_database(tmp / "parapp.db")
    build_demo(db, TODAY)

    def settle(ms: int = 60) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    def record(w, name: str | None = None) -> None:
        settle()
        screen = w.screen() or app.primaryScreen()
        a, f = screen.availableGeometry(), w.frameGeometry()
        seen.append({"name": name or f"{type(w).__name__}: {w.windowTitle()}", "class": type(w).__name__,
                     "frame": [f.x(), f.y(), f.width(), f.height()], "available": [a.x(), a.y(), a.width(), a.height()],
                     "inside": a.contains(f), "placed": is_fitted(w),
                     "min_hint": [w.minimumSizeHint().width(), w.minimumSizeHint().height()]})

    def fake_exec(self, *_args):
        self.show()
        record(self)
        self.done(0)
        return 0

    QDialog.exec = fake_exec
    QMessageBox.exec = fake_exec

    from parapp.ui.main_window import MainWindow
    from parapp.ui.pages import ATTRS

    window = MainWindow(db, today=TODAY)
    window.show()
    window.remind_now()  # the reminder's strip across the top: the window must still fit with it
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)  # every page built: the window's minimum is theirs
        settle(30)
    record(window, "MainWindow (every page built)")

    # Ctrl+P on every page
    for attr in ATTRS:
        window.show_page(attr)
        page = window.page(attr)
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)
        window.print_current_page()

    reg = window.register
    window.show_page("register")
    window.new_task()  # Ctrl+N
    open_row = next(r for r in reg.model.visible_rows() if r.status in ("not_started", "in_progress"))
    reg.select_task(open_row.id)
    reg.edit_task()
    reg.mark_done()
    window.import_tasks()  # Ctrl+I, empty
    window.act_carry.trigger()  # Nhiệm vụ → Chuyển việc chưa xong sang năm sau…
    from parapp.ui.importing.import_dialog import ImportDialog

    imp = ImportDialog(db, window, TODAY)
    imp.load_file(ROOT / "tests" / "fixtures" / "samples" / "003_ba-giang_2023_nang-cao-par-index.txt")
    imp.show()
    record(imp, "ImportDialog with a plan read")
    imp.ask_common_deadline()  # QInputDialog
    imp.done(0)

    window.show_page("figures")
    window.figures.import_statistics()
    window.figures.add_indicator()

    window.show_page("par")
    par = window.par
    par.import_set()
    par.edit_info()
    par.add_criterion()
    node = par.cset.leaves()[0]
    par.tree.setCurrentIndex(par.model.index_of(node, 0))
    par.edit_criterion()
    par.panel.show_node(node)
    par.panel.link_from_tasks()
    par.make_remedy()

    window.show_page("reports")
    rp = window.reports
    rp.table.selectRow(0)
    rp.open_draft()  # the report editor
    from parapp.ui.reports.reports_page import SentDialog

    sent = SentDialog(rp, TODAY)
    sent.exec()
    rp.edit_schedule()
    from parapp.ui.widgets.doc_list import DocDialog

    DocDialog(None, window, with_scope=("Cả năm", "Riêng báo cáo này")).exec()

    window.edit_settings()
    from parapp.ui.settings_dialog import SettingsDialog

    SettingsDialog(db, window, first_run=True).exec()
    window.request_restore()
    window.show_page("officials")
    window.officials.add()
    window.officials.meeting_lists()
    window.compose_letter()
    from parapp.ui.chasing.letter_dialog import LetterDialog

    letter = LetterDialog(db, TODAY, window)
    letter.show()
    record(letter, "LetterDialog shown")
    letter.preview()  # the urging letter's preview
    letter.done(0)
    window.show_page("plans")
    window.plans.add()

    who = window.ask_who_is_working(force=True)
    record(who, "WhoIsWorkingDialog")
    who.close()
    window.show_guide()  # F1
    record(window.help_window, "HelpWindow")
    window.help_window.close()
    window.about()

    from parapp.ui import uncaught
    from parapp.ui.widgets.open_file import file_saved
    from parapp.ui.widgets.texts import ask_yes_no, show_error

    try:
        raise RuntimeError("kiểm tra")
    except RuntimeError:
        box = uncaught.show_error_dialog(*sys.exc_info(), parent=window)
    box.exec()
    show_error(window, "Một thông báo lỗi dài " * 20)
    ask_yes_no(window, "Câu hỏi", "Chốt báo cáo này?")
    file_saved(window, tmp / "Báo cáo CCHC quý I năm 2026.pdf")

    fd = QFileDialog(window, "Lưu PDF")
    fd.setOption(QFileDialog.Option.DontUseNativeDialog)  # as on a PC without a native one: Qt places it
    fd.exec()

    window.close()
    db.close()
    print(json.dumps(seen, ensure_ascii=False))
    QApplication.instance().quit()


if __name__ == "__main__":
    main()
