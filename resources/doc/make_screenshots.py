"""Screenshots of the real window for the guide (Hướng dẫn sử dụng) and the README.

    python resources/doc/make_screenshots.py

The window runs on a screen of 1366×768 (the commonest office-PC screen): a
private Xvfb server when Xvfb is installed (Debian: xvfb), so that the
pictures are those of a real X11 window with its dialogs over it; else the
display in $DISPLAY. The demo commune is built for a fixed day, so the
pictures change only when the window does. Every PNG the guide names is
written here; tests/test_guide.py fails when the guide names one that is
missing.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TODAY = dt.date(2026, 4, 20)
SIZE = (1366, 768)


def _outer() -> int:
    """Start Xvfb (when there is no display of our own choosing) and run this script inside it."""
    env = dict(os.environ)
    server = None
    xvfb = shutil.which("Xvfb")
    if xvfb:
        n = next(n for n in range(121, 160) if not Path(f"/tmp/.X11-unix/X{n}").exists())
        server = subprocess.Popen([xvfb, f":{n}", "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        env.update(DISPLAY=f":{n}", QT_QPA_PLATFORM="xcb")
    elif not env.get("DISPLAY"):
        sys.exit("Xvfb is needed (Debian: apt-get install xvfb), or run inside a 1366×768 X display.")
    try:
        return subprocess.run([sys.executable, __file__, "--inner"], env=env, cwd=ROOT).returncode
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


def _inner() -> int:
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="parapp-shots-"))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from PySide6.QtWidgets import QApplication

    from parapp.services.demo import build_demo
    from parapp.store import open_database
    from parapp.store.change_log import set_actor
    from parapp.ui import i18n
    from parapp.ui.app import make_app
    from parapp.ui.main_window import MainWindow
    from parapp.ui.pages import ATTRS

    app = make_app()
    (tmp / "Dữ liệu").mkdir()
    db = open_database(tmp / "Dữ liệu" / "parapp.db")
    build_demo(db, TODAY)
    nhung = db.execute("SELECT id FROM officials ORDER BY id LIMIT 1").fetchone()[0]
    set_actor(db, nhung)

    def settle(ms: int = 250) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def shoot(name: str) -> None:
        settle()
        screen = app.primaryScreen()
        pix = screen.grabWindow(0)
        if pix.isNull() or QApplication.platformName() != "xcb":
            pix = (app.activeModalWidget() or app.activeWindow() or window).grab()
        pix.save(str(HERE / f"screenshot-{name}.png"))
        print(HERE / f"screenshot-{name}.png")

    for lang in ("vi", "en"):
        i18n.install(app, lang)
        window = MainWindow(db, today=TODAY)
        window.setGeometry(0, 0, *SIZE)
        window.show()
        settle(400)
        window.setGeometry(0, 0, *SIZE)  # no window manager: the frame is the screen
        from PySide6.QtWidgets import QLabel

        for label in window.statusBar().findChildren(QLabel):  # where an office PC keeps the data, not /tmp
            if label.text() == str(db.path):
                label.setText("C:\\Users\\VanPhong\\AppData\\Roaming\\ParApp\\parapp.db")
        if lang == "en":
            window.show_page("par")
            shoot("par-index-en")
            window.close()
            break
        for attr in ATTRS:
            window.show_page(attr)
            name = {"par": "par-index", "change_log": "log"}.get(attr, attr)
            shoot(name)
        window.show_page("register")
        reg = window.register
        late = next(r for r in reg.model.visible_rows() if r.status in ("not_started", "in_progress")
                    and r.due and r.due < TODAY)
        reg.select_task(late.id)

        def dialog(name: str, dlg) -> None:
            dlg.show()
            shoot(name)
            dlg.done(0)
            dlg.deleteLater()
            settle(100)

        from parapp.ui.tasks.mark_done_dialog import MarkDoneDialog
        from parapp.ui.tasks.task_editor import TaskDialog

        dialog("task-editor", TaskDialog(db, late.id, parent=reg, today=TODAY))
        md = MarkDoneDialog(db, late.id, reg, TODAY)
        md.result_text.setPlainText("Đã ban hành kế hoạch và gửi các bộ phận thực hiện")
        dialog("mark-done", md)

        from parapp.ui.importing.import_dialog import ImportDialog

        imp = ImportDialog(db, window, TODAY)
        imp.load_file(ROOT / "tests" / "fixtures" / "samples" / "003_ba-giang_2023_nang-cao-par-index.txt")
        dialog("import", imp)

        window.show_page("reports")
        rp = window.reports
        settle()
        from parapp.store import report_records
        from parapp.ui.reports.report_editor import ReportEditor

        st = rp.current()
        _, rid = report_records.draft_for_period(db, st.period, TODAY, save=True)
        dialog("report-editor", ReportEditor(db, rid, st.period, rp, TODAY))
        from parapp.services.printing import report_pdf
        from parapp.ui.preview.pdf_preview import PdfPreview

        printed = report_pdf(db, st.period.kind.value, st.period.year, TODAY)
        pv = PdfPreview(printed.pdf, "Báo cáo CCHC quý I năm 2026.pdf", "", window)
        pv.show()
        settle(1500)  # the pages render in a thread
        shoot("pdf-preview")
        pv.done(0)

        # Chasing the work: the day's reminder across the top of the window, and the urging letter.
        window.show_page("register")
        window.remind_now()
        shoot("reminder")
        window.reminder_banner.hide()
        from parapp.services.letters import letter_pdf

        letter = letter_pdf(db, TODAY)
        pv = PdfPreview(letter.pdf, "Công văn đôn đốc CCHC ngày 20-04-2026.pdf", "", window)
        pv.show()
        settle(1500)
        shoot("urging-letter")
        pv.done(0)

        from parapp.ui.settings_dialog import SettingsDialog

        dialog("settings", SettingsDialog(db, window))
        from parapp.store import officials as off
        from parapp.ui.people.working_as import WhoIsWorkingDialog

        dialog("who-is-working", WhoIsWorkingDialog(window, off.list_officials(db, include_inactive=False)))
        from parapp.ui.help_window import HelpWindow

        window.show_page("register")
        dialog("guide", HelpWindow(window, "page-register"))
        window.close()
    db.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(_inner() if "--inner" in sys.argv else _outer())
