"""Round 36A: the window's start on data one of whose preferences went bad on the disk (a byte not UTF-8). Round 35A
let the window open on a commune's setting or an official's name gone bad, its error box offering the repair; the
start read two more things outside that: who this computer user last said they were (pref.working_as.<user>, read
before the data was attached) and the reminders' preferences (on/off, the notification area, the day last shown).
One byte of either ended the start in "… Hãy chạy lệnh parapp repair … (trong cửa sổ: nút “Sửa chỗ chữ hỏng”) rồi
làm lại": a button of a window that never opened."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ..cli.test_cli import run
from ..safety.test_adversarial_round32a import _spoil

ROOT = Path(__file__).resolve().parents[2]

# Starts ParApp as the user does, and ends once its window is up with an error box that offers the repair (looked for
# every 100 ms, from inside the event loop and any dialog's); the test's timeout bounds it.
DRIVER = r"""
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
import parapp.ui.app as app_module
made = app_module.make_app
def make_app():
    app = made()
    def look():
        from parapp.ui.main_window import MainWindow
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        boxes = [w for w in shown if isinstance(w, QMessageBox)
                 and "Sửa chỗ chữ hỏng" in [b.text() for b in w.buttons()]]
        if any(isinstance(w, MainWindow) for w in shown) and boxes:
            print("OPENED-WITH-REPAIR", flush=True)
            os._exit(0)
        QTimer.singleShot(100, app, look)
    QTimer.singleShot(100, app, look)
    return app
app_module.make_app = make_app
sys.argv = ["parapp", "--db", sys.argv[1]]
from parapp.__main__ import main
sys.exit(main())
"""


@pytest.mark.parametrize(("key", "value"), [("working_as", "1"), ("reminders", "on"), ("reminders_tray", "off"),
                                            ("reminders_shown_on", "2026-12-05")])
def test_the_window_opens_on_a_preference_gone_bad_and_offers_the_repair(tmp_path, key, value):
    from parapp.store.change_log import _actor_key
    from parapp.store.settings import PREF

    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "parapp.db"
    assert run("demo", "--db", db).returncode == 0
    name = _actor_key(None) if key == "working_as" else PREF + key
    con = sqlite3.connect(db)
    try:
        with con:
            con.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                        "excluded.value", [name, value])
        rowid = con.execute("SELECT rowid FROM settings WHERE key = ?", [name]).fetchone()[0]
    finally:
        con.close()
    _spoil(db, "settings", "value", rowid, 0, ord(value[0]) | 0x80)  # its first byte, one bit turned
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "xdg"),
               XDG_CONFIG_HOME=str(tmp_path / "xdgc"), PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", DRIVER, str(db)], capture_output=True, text=True, env=env, timeout=180,
                       cwd=tmp_path)
    assert "OPENED-WITH-REPAIR" in r.stdout, r.stdout + r.stderr
