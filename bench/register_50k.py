"""Benchmark for the register at scale: 50,000 tasks.

Prints JSON: seconds to open the main window on them, seconds for one
search-as-you-type filter step (median of several keystrokes), and peak memory.
Goals (issues 2 and 23): window ≤ 0.5 s, filter step ≤ 0.03 s, < 300 MB.

    QT_QPA_PLATFORM=offscreen python bench/register_50k.py [--tasks N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from populate import populate  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=50_000)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="parapp-bench-"))
    path = folder / "bench.db"
    populate_s = populate(path, args.tasks)

    from PySide6.QtWidgets import QApplication

    from parapp.store import open_database as open_db
    from parapp.ui.app import make_app
    from parapp.ui.main_window import MainWindow

    app = make_app()
    t0 = time.perf_counter()
    db = open_db(path)
    window = MainWindow(db)
    window.show()
    QApplication.processEvents()
    open_s = time.perf_counter() - t0

    reg = window.register
    steps = []
    typed = ""
    for ch in "cai cach thu tuc":
        typed += ch
        t0 = time.perf_counter()
        reg.search.setText(typed)  # textChanged → filter, as a keystroke does
        QApplication.processEvents()
        steps.append(time.perf_counter() - t0)
    shown = reg.model.rowCount()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "tasks": args.tasks,
        "populate_s": round(populate_s, 2),
        "window_open_s": round(open_s, 3),
        "filter_step_median_s": round(statistics.median(steps), 4),
        "filter_step_max_s": round(max(steps), 4),
        "rows_after_filter": shown,
        "peak_memory_mb": round(peak_mb, 1),
        "goals": {"window_open_s": 0.5, "filter_step_s": 0.03, "peak_memory_mb": 300},
    }, indent=2))
    # Qt objects go before the application, in order: left to the interpreter's exit they were
    # destroyed after it ("pure virtual method called"), an error box on Windows.
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    del window, reg
    db.close()
    app.quit()


if __name__ == "__main__":
    main()
