"""The daily reminder on a real X display of 1366×768, as ParApp starts with Windows (minimised):
with a notification area (Debian's trayer stands in for the Windows taskbar's; .ci/run installs
it) the window waits there, a bubble names the overdue work and a click on it opens the tasks;
without one, the window waits minimised, the strip at its top says the same, and nothing breaks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parapp.services.chasing import save_reminder_prefs
from parapp.store import open_database
from tests.ui.test_real_window import _free_display

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("tray") / "Dữ liệu #1" / "parapp.db"
    db.parent.mkdir()
    subprocess.run([sys.executable, "-m", "parapp", "demo", "--db", str(db)], check=True, capture_output=True,
                   cwd=ROOT)
    return db


def _run(db_src: Path, tmp_path: Path, with_tray: bool) -> dict:
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: run .ci/run as root (it installs xvfb and Qt's xcb libraries)"
    trayer = shutil.which("trayer")
    assert trayer or not with_tray, "trayer is missing: run .ci/run as root (it installs Debian's trayer)"
    db = tmp_path / "Dữ liệu" / "parapp.db"
    db.parent.mkdir()
    shutil.copy(db_src, db)
    work = open_database(db)
    save_reminder_prefs(work, enabled=True, tray=True)  # the official chose the notification area
    work.close()
    n = _free_display()
    server = subprocess.Popen([xvfb, f":{n}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    host = None
    try:
        for _ in range(200):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        env = {**os.environ, "DISPLAY": f":{n}", "QT_QPA_PLATFORM": "xcb"}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # Qt's own bubble, as on Windows, not a desktop's daemon
        if with_tray:
            host = subprocess.Popen([trayer, "--edge", "bottom", "--align", "right", "--widthtype", "request",
                                     "--height", "24"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([sys.executable, str(Path(__file__).with_name("tray_driver.py")), str(db), str(tmp_path),
                              "tray" if with_tray else "none"], env=env, capture_output=True, text=True,
                             encoding="utf-8", timeout=180)
    finally:
        if host is not None:
            host.terminate()
            host.wait(timeout=10)
        server.terminate()
        server.wait(timeout=10)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_with_a_notification_area(demo_db, tmp_path):
    notes = _run(demo_db, tmp_path, with_tray=True)
    assert notes["tray_available"] and notes["shown"], notes
    assert notes["tray_icon"] and not notes["window_visible"]  # started with Windows: waiting in the tray
    assert notes["balloon"] and notes["balloon_inside"], notes
    assert "nhiệm vụ quá hạn" in notes["banner_text"]
    # the click on the bubble brought the window forward on the tasks it spoke of
    assert notes["after_click_visible"] and notes["page"] == 1
    assert (notes["status_filter"], notes["due_within"]) == ("open", 7) and notes["rows"] > 0
    assert notes["hidden_after_minimise"] and notes["visible_after_icon"]
    assert notes["exit"] == 0
    assert (tmp_path / "reminder.png").is_file()  # the screen as the official saw it: the bubble on an empty desktop


def test_without_a_notification_area(demo_db, tmp_path):
    notes = _run(demo_db, tmp_path, with_tray=False)
    assert not notes["tray_available"] and notes["shown"], notes
    assert not notes["tray_icon"] and not notes["balloon"]
    assert notes["window_visible"]  # minimised, never hidden where nothing could bring it back
    assert notes["banner"] and "nhiệm vụ quá hạn" in notes["banner_text"]
    assert (notes["status_filter"], notes["page"]) == ("overdue", 1) and notes["rows"] > 0
    assert not notes["hidden_after_minimise"]
    assert notes["exit"] == 0
