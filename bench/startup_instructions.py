"""Start-up counted in instructions (issue 23): ParApp to its first page filled in, beside a bare
PySide6 window shown, each run once under valgrind's callgrind.

    python bench/startup_instructions.py

bench/startup.py times the same two starts on the clock, and on a shared 2-core machine the bare
window's own time moves by ±15 % from run to run. An instruction count does not move (the same
count to 0.01 % run after run, with PYTHONHASHSEED fixed), so a change of a few milliseconds can be
measured, and kept or dropped, in one run. It counts work, not waiting: the clock's ratio is
still the goal, this one says where it stands without the noise.

Both processes stop the moment they are ready (ParApp: PARAPP_STARTUP_PROBE=ready; the bare
window: right after its first paint), so neither counts its exit. Needs valgrind (Debian: valgrind).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import BARE as STARTUP_BARE, ROOT, _display, demo_start  # noqa: E402 - the timed bench's display and window

GOAL = 2.0
BARE = "import os\n" + STARTUP_BARE + "os._exit(0)\n"  # the timed bench's bare window, stopped when shown


def _instructions(cmd: list[str], env: dict) -> int:
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           "--child-silent-after-fork=yes", *cmd], env=env, capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT)
    counts = re.findall(r"Collected : (\d+)", done.stderr)
    if not counts or "window-" not in done.stdout:
        raise SystemExit(f"no window under valgrind: {' '.join(cmd)}\n{done.stderr[-2000:]}")
    return int(counts[-1])


def main() -> None:
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is needed: apt-get install valgrind")
    tmp, db, base = demo_start("parapp-instructions-")
    base.update(PYTHONHASHSEED="0", XDG_CONFIG_HOME=str(tmp / "config"))
    env, server, platform = _display({**base, "PARAPP_STARTUP_PROBE": "ready"})
    parapp = [sys.executable, "-m", "parapp", "--db", str(db)]
    bare = [sys.executable, "-c", BARE]
    try:
        for cmd in (parapp, bare):  # compiled modules and the day's first snapshot, outside the count
            subprocess.run(cmd, env={**env, "PARAPP_STARTUP_PROBE": "1"}, capture_output=True, cwd=ROOT, timeout=120)
        p, b = _instructions(parapp, env), _instructions(bare, env)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps({
        "parapp_first_page_ready_instructions": p, "bare_pyside6_window_shown_instructions": b,
        "instruction_ratio": round(p / b, 3), "goal_ratio": GOAL, "platform": platform,
    }, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
