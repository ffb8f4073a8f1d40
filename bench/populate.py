"""A database of N tasks for the benchmarks, built through the store like real use."""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parapp import demo_data as D  # noqa: E402
from parapp.store import officials, open_database, plans, settings, tasks  # noqa: E402


def populate(path: Path, n: int, today: dt.date | None = None) -> float:
    """Returns the seconds it took."""
    t0 = time.perf_counter()
    today = today or dt.date.today()
    db = open_database(path)
    rng = random.Random(1)
    with db.atomic():
        settings.save_settings(db, settings.CommuneSettings(**D.SETTINGS))
        ids = [officials.add_official(db, {"full_name": o[1], "position": o[2]}) for o in D.OFFICIALS]
        plan_ids = [plans.add_plan(db, {"title": f"Kế hoạch {i}", "year": today.year,
                                        "issued_on": dt.date(today.year, 1, 1) + dt.timedelta(days=i * 15)})
                    for i in range(20)]
        for i in range(n):
            _, _, _, code, content = D.TASKS[i % len(D.TASKS)]
            due = dt.date(today.year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            status = rng.choice(["not_started", "in_progress", "done"])
            data = {
                "plan_id": rng.choice(plan_ids), "stt": str(i + 1), "content": f"{content} (lần {i})",
                "par_code": code, "lead_official_id": rng.choice(ids),
                "deadline_text": f"Chậm nhất ngày {due.day}/{due.month}/{due.year}", "status": status,
            }
            if status == "done":
                data["completed_on"] = min(today, due + dt.timedelta(days=rng.randint(-20, 10)))
            task_id = tasks.create_task(db, data, today=today)
            if i % 3 == 0:
                tasks.add_note(db, task_id, "Đang thực hiện theo kế hoạch", note_date=min(today, due), today=today)
    db.close()
    return time.perf_counter() - t0
