"""Benchmark: assembling the year's report draft over 50,000 tasks and four
quarters of figures (half the finished tasks citing an output document).

Prints JSON: seconds to read the facts and write the draft (median of 5),
with the goal from issue 23 (at most 0.5 s on the 2-core machine).

    python bench/report_draft_50k.py [--tasks N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from populate import populate  # noqa: E402

from parapp.store import open_database  # noqa: E402
from parapp.store.periods import find_period  # noqa: E402
from parapp.store.report_records import assemble_draft  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=50_000)
    args = ap.parse_args()
    path = Path(tempfile.mkdtemp(prefix="parapp-bench-")) / "bench.db"
    today = dt.date.today()
    populate(path, args.tasks, today)
    db = open_database(path)
    period = find_period(db, "year", today.year)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        draft = assemble_draft(db, period, today)
        times.append(time.perf_counter() - t0)
    print(json.dumps({
        "tasks": args.tasks,
        "period": period.as_json(),
        "assemble_year_draft_median_s": round(statistics.median(times), 3),
        "assemble_year_draft_max_s": round(max(times), 3),
        "appendix_rows": len(draft.appendix),
        "figures_stated": len(draft.figures),
        "goal_s": 0.5,
    }, indent=2))
    db.close()


if __name__ == "__main__":
    main()
