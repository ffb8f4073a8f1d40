"""A newcomer's first minutes on a real X display (Xvfb, 1366×728, the xcb platform):
a fresh data folder with the setup put off, another with it filled in, then the demo,
each walked by tests/ui/walk_driver.py with a full garbage collection after every step.
Any error dialog, any exception reaching the excepthook, any ERROR line in ParApp's log
and any Qt or PySide complaint on stderr fails it: these are what the offscreen suite
never saw and a user meets at once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMPLAINTS = ("Error calling Python override", "commitData called with an editor that does not belong to this view",
              "Traceback (most recent call last)", "QObject::", "QWidget::", "QAbstractItemView")


@pytest.fixture(scope="module")
def display():
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: run .ci/run as root (it installs xvfb and Qt's xcb libraries)"
    n = next(n for n in range(200, 260)
             if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen([xvfb, f":{n}", "-screen", "0", "1366x728x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if Path(f"/tmp/.X11-unix/X{n}").exists():
            break
        time.sleep(0.05)
    yield f":{n}"
    server.terminate()
    server.wait(timeout=10)


def _walk(display: str, phase: str, db: Path, tmp: Path) -> dict:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONFAULTHANDLER": "1"}
    env.pop("QT_LOGGING_RULES", None)
    out = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "walk_driver.py"), phase, str(db),
                          str(tmp / "settings")], env=env, capture_output=True, text=True, encoding="utf-8",
                         timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-4000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["stderr"] = out.stderr
    log = db.parent / "logs" / "parapp.log"
    result["log_errors"] = [line for line in log.read_text(encoding="utf-8").splitlines() if " ERROR " in line] \
        if log.exists() else []
    return result


def _assert_sound(result: dict, phase: str) -> None:
    assert result["failure"] is None, result["failure"] + "\n\nsteps: " + " | ".join(result["steps"][-8:]) \
        + "\n\nstderr: " + result["stderr"][-3000:]
    assert result["finished"] and result["steps"][-1] == "window closed", result["steps"]
    assert result["error_dialogs"] == [], result["error_dialogs"]
    assert result["excepthook"] == [], result["excepthook"]
    assert result["log_errors"] == [], result["log_errors"]
    complaints = [line for line in result["stderr"].splitlines() if any(c in line for c in COMPLAINTS)]
    assert complaints == [], complaints
    assert result["exit"] == 0
    pages = [s for s in result["steps"] if s.startswith("page ")]
    assert len(pages) >= 8 * 5, (phase, len(pages))  # every sidebar page, several times round
    for name in ("Ctrl+N → TaskDialog", "Ctrl+I → ImportDialog", "Ctrl+P → PdfPreview", "F1 → HelpWindow"):
        assert any(s.startswith(name) for s in result["steps"]), (phase, name)
    assert any(s.startswith("official") for s in result["steps"])


@pytest.mark.parametrize("phase", ["fresh-later", "fresh-filled"])
def test_a_fresh_start_walked_round_meets_no_error(display, tmp_path, phase):
    db = tmp_path / "Dữ liệu #1" / "parapp.db"
    db.parent.mkdir()
    result = _walk(display, phase, db, tmp_path)
    _assert_sound(result, phase)
    first = result["steps"][0]
    assert first == ("first-start setup put off with Escape" if phase == "fresh-later"
                     else "first-start setup filled in and saved")


def test_the_demo_walked_round_meets_no_error(display, tmp_path):
    db = tmp_path / "Xã mẫu" / "parapp.db"
    db.parent.mkdir()
    subprocess.run([sys.executable, "-m", "parapp", "demo", "--db", str(db)], check=True, capture_output=True,
                   cwd=ROOT)
    result = _walk(display, "demo", db, tmp_path)
    _assert_sound(result, "demo")
    assert "report editor opened and closed" in result["steps"]
