"""Benchmark for chasing the work at scale: 50,000 tasks (a third of them late).

Prints JSON: seconds for the reminders `parapp remind` lists, for the check the window makes at
start (the daily notification, with the register's lines already loaded as the window has them, and
reading them too), and for the urging letter and the meeting lists as PDF, with
their page counts. The daily check runs on the window's thread a moment after it opens: goal
< 1 s. A letter or a list of thousands of tasks is not a real commune's, but it must still come.

    python bench/reminders_50k.py [--tasks N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from populate import populate  # noqa: E402


def _timed(f):
    t0 = time.perf_counter()
    out = f()
    return out, round(time.perf_counter() - t0, 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=50_000)
    args = ap.parse_args()
    path = Path(tempfile.mkdtemp(prefix="parapp-bench-")) / "bench.db"
    today = dt.date(dt.date.today().year, 6, 10)
    populate_s = populate(path, args.tasks, today)

    from pypdf import PdfReader

    from parapp.services.chasing import daily_notice, meeting_pdf, reminders
    from parapp.services.letters import letter_pdf
    from parapp.store import open_database
    from parapp.store.tasks import task_rows

    db = open_database(path)
    rem, remind_s = _timed(lambda: reminders(db, today))
    rows = task_rows(db)  # the window opens on the register: its lines are loaded when the check runs
    _, notice_s = _timed(lambda: daily_notice(db, today, rows=rows))
    _, cold_s = _timed(lambda: daily_notice(db, today))
    letter, letter_s = _timed(lambda: letter_pdf(db, today))
    lists, lists_s = _timed(lambda: meeting_pdf(db, today))
    db.close()
    import io

    print(json.dumps({
        "tasks": args.tasks, "populate_s": round(populate_s, 1),
        "overdue": len(rem.overdue), "due_soon": len(rem.due_soon),
        "remind_s": remind_s, "daily_check_s": notice_s, "daily_check_goal_s": 1.0,
        "daily_check_reading_the_register_too_s": cold_s,
        "letter_pdf_s": letter_s, "letter_pages": len(PdfReader(io.BytesIO(letter.pdf)).pages),
        "meeting_lists_pdf_s": lists_s, "meeting_lists_pages": len(PdfReader(io.BytesIO(lists.pdf)).pages),
    }, indent=2))


if __name__ == "__main__":
    main()
