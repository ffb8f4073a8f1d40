"""The real window on a real X display of 1366×728 (a 1366×768 screen less the
Windows taskbar): started with the demo as a user starts it, the main window
and what Ctrl+N, Ctrl+I, Ctrl+P and F1 open all lie on the screen, and Escape
closes each. Xvfb and Qt's xcb libraries come from .ci/run (Debian packages).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _free_display() -> int:
    return next(n for n in range(140, 200)
                if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists())


def test_shortcuts_open_windows_on_screen_and_escape_closes_them(tmp_path):
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: run .ci/run as root (it installs xvfb and Qt's xcb libraries)"
    db = tmp_path / "Xã mẫu" / "parapp.db"
    db.parent.mkdir()
    subprocess.run([sys.executable, "-m", "parapp", "demo", "--db", str(db)], check=True, capture_output=True,
                   cwd=ROOT)
    n = _free_display()
    server = subprocess.Popen([xvfb, f":{n}", "-screen", "0", "1366x728x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        env = {**os.environ, "DISPLAY": f":{n}", "QT_QPA_PLATFORM": "xcb"}
        out = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "real_window_driver.py"), str(db),
                              str(tmp_path)], env=env, capture_output=True, text=True, encoding="utf-8",
                             timeout=180)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    notes = {n["step"]: n for n in result["notes"]}
    assert result["exit"] == 0
    assert notes["main window"]["inside"] and notes["main window"]["available"] == [0, 0, 1366, 728]
    opened = {"who-is-working": "WhoIsWorkingDialog", "Ctrl+N": "TaskDialog", "Ctrl+I": "ImportDialog",
              "Ctrl+P": "PdfPreview", "F1": "HelpWindow"}
    for step, cls in opened.items():
        note = notes[step]
        assert note.get("class") == cls, (step, note)
        assert note["inside"], (step, note["frame"])
        assert note["closed_by_escape"], step
    for png in ("main-window", "Ctrl-N", "Ctrl-I", "Ctrl-P", "F1"):
        assert (tmp_path / f"{png}.png").stat().st_size > 10_000  # the screen as a user saw it
