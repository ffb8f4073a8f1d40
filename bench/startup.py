"""Start-up benchmark (issue 11): ParApp's time to a shown window on the demo
commune, beside a bare PySide6 window's on the same machine.

    python bench/startup.py [--runs 9]

Both are timed the same way: from starting the Python process to the moment
the window has been shown and its first paint processed (ParApp prints
"window-shown" then; the bare script prints the same). ParApp shows its
frame and sidebar before it opens the database and builds the first page;
the time until that page is filled in ("window-ready") is reported beside. Runs alternate between
the two so that a busy machine slows both alike; medians are reported.

The display: the X server in $DISPLAY if there is one; else a private Xvfb at
1366×768 when Xvfb is installed (a real X11 window, as on a user's PC); else
Qt's offscreen platform. Both run with their modules compiled, as an installed ParApp
(the PyInstaller bundle) and an installed PySide6 do: PYTHONDONTWRITEBYTECODE, set in some
developers' shells and CI images, is dropped for the two processes, else ParApp's ~100 modules
would be compiled again at every start while PySide6's were compiled when pip installed it.
Goals: ParApp at most 2.0 × the bare window, both to a
shown window and (issue 23) to its first page filled in (`ready_ratio`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 2.0

BARE = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QLabel("ParApp"))
w.resize(1280, 760)
w.show()
app.processEvents()
print("window-shown bare", flush=True)
"""


def _timed(cmd: list[str], env: dict) -> tuple[float, float | None]:
    """Seconds from starting the process to its "window-shown" line, and to "window-ready"
    (ParApp only: the data open and the first page filled in)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            encoding="utf-8")
    shown = ready = None
    for line in proc.stdout:
        if line.startswith("window-shown"):
            shown = time.perf_counter() - t0
        elif line.startswith("window-ready"):
            ready = time.perf_counter() - t0
    proc.wait(timeout=60)
    if shown is None:
        raise SystemExit(f"no window was shown by: {' '.join(cmd)}")
    return shown, ready


def _display(env: dict) -> tuple[dict, subprocess.Popen | None, str]:
    if env.get("QT_QPA_PLATFORM"):
        return env, None, env["QT_QPA_PLATFORM"]
    if env.get("DISPLAY") or sys.platform == "win32":
        return env, None, "native"
    xvfb = shutil.which("Xvfb")
    if xvfb:
        for n in range(91, 120):
            if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
                server = subprocess.Popen([xvfb, f":{n}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                for _ in range(100):
                    if Path(f"/tmp/.X11-unix/X{n}").exists():
                        break
                    time.sleep(0.05)
                return {**env, "DISPLAY": f":{n}", "QT_QPA_PLATFORM": "xcb"}, server, "xcb (Xvfb 1366×768)"
    return {**env, "QT_QPA_PLATFORM": "offscreen"}, None, "offscreen"


def demo_start(prefix: str) -> tuple[Path, Path, dict]:
    """A temporary folder holding the demo commune (in a folder with a Vietnamese name), and the
    environment both starts run in: their modules compiled, as installed (see above)."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    db = tmp / "Dữ liệu thử" / "parapp.db"
    db.parent.mkdir()
    subprocess.run([sys.executable, "-m", "parapp", "demo", "--db", str(db)], check=True, capture_output=True,
                   cwd=ROOT)
    return tmp, db, {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    tmp, db, base = demo_start("parapp-startup-")
    env, server, platform = _display({**base, "PARAPP_STARTUP_PROBE": "1", "XDG_CONFIG_HOME": str(tmp / "config")})
    parapp = [sys.executable, "-m", "parapp", "--db", str(db)]
    bare = [sys.executable, "-c", BARE]
    try:
        _timed(parapp, env), _timed(bare, env)  # warm-up: compiled modules, the day's first snapshot
        times = {"parapp": [], "bare": [], "ready": []}
        for _ in range(args.runs):
            shown, ready = _timed(parapp, env)
            times["parapp"].append(shown)
            times["ready"].append(ready)
            times["bare"].append(_timed(bare, env)[0])
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    p, b = statistics.median(times["parapp"]), statistics.median(times["bare"])
    r = statistics.median(times["ready"])
    print(json.dumps({
        "parapp_window_shown_s": round(p, 3), "bare_pyside6_window_shown_s": round(b, 3),
        "ratio": round(p / b, 2), "goal_ratio": GOAL,
        # When the data is open and the register filled in: a window a person can use.
        "parapp_first_page_ready_s": round(r, 3), "ready_ratio": round(r / b, 2), "goal_ready_ratio": GOAL,
        "platform": platform, "runs": args.runs,
        "parapp_runs_s": [round(t, 3) for t in times["parapp"]], "bare_runs_s": [round(t, 3) for t in times["bare"]],
    }, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
