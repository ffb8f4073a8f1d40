"""A database of N tasks for the benchmarks, built through the store like real use."""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parapp.services import demo_data  # noqa: E402
from parapp.core.citations import DocRef  # noqa: E402
from parapp.store import figures, officials, open_database, plans, settings, tasks  # noqa: E402
from parapp.store.report_inputs import set_outputs  # noqa: E402


def populate(path: Path, n: int, today: dt.date | None = None) -> float:
    """Returns the seconds it took."""
    t0 = time.perf_counter()
    today = today or dt.date.today()
    db = open_database(path)
    rng = random.Random(1)
    with db.atomic():
        settings.save_settings(db, settings.CommuneSettings(**demo_data.SETTINGS))
        ids = [officials.add_official(db, {"full_name": o[1], "position": o[2]}) for o in demo_data.OFFICIALS]
        plan_ids = [plans.add_plan(db, {"title": f"Kế hoạch {i}", "year": today.year,
                                        "issued_on": dt.date(today.year, 1, 1) + dt.timedelta(days=i * 15)})
                    for i in range(20)]
        for i in range(n):
            spec = demo_data.TASKS[i % len(demo_data.TASKS)]
            code, content = spec["code"], spec["content"]
            due = dt.date(today.year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            status = rng.choice(["not_started", "in_progress", "done"])
            data = {
                "plan_id": rng.choice(plan_ids), "stt": str(i + 1), "content": f"{content} (lần {i})",
                "par_code": code, "lead_official_id": rng.choice(ids),
                "deadline_text": f"Chậm nhất ngày {due.day}/{due.month}/{due.year}", "status": status,
            }
            if status == "done":
                data["completed_on"] = min(today, due + dt.timedelta(days=rng.randint(-20, 10)))
                data["result"] = "Đã hoàn thành theo kế hoạch" if i % 5 == 0 else ""
            task_id = tasks.create_task(db, data, today=today)
            if status == "done" and i % 2 == 0:  # half the finished tasks cite the document they produced
                set_outputs(db, task_id, [DocRef("Quyết định", f"{i % 900 + 1:02d}/QĐ-UBND", data["completed_on"],
                                                 "", f"ban hành văn bản số {i}")])
            if i % 3 == 0:
                tasks.add_note(db, task_id, "Đang thực hiện theo kế hoạch", note_date=min(today, due), today=today)
        _figures(db, today.year)
    db.close()
    return time.perf_counter() - t0


def _figures(db, year: int) -> None:
    """Four quarters of the one-stop desk's figures, as a commune keeps them."""
    for k, q in enumerate(("q1", "q2", "q3", "q4")):
        received = 1200 + 37 * k
        figures.set_figures(db, q, year, {
            "procedures.total": 112, "procedures.online": 100, "dossiers.carried_over": 40 + k,
            "dossiers.received": received, "dossiers.received_online": received // 2,
            "dossiers.resolved_early": 900, "dossiers.resolved_on_time": received - 905,
            "dossiers.resolved_late": 5, "dossiers.pending_in_time": 40 + k, "dossiers.pending_late": 1,
            "feedback.received": 3, "feedback.resolved": 3, "legal_docs.issued": 1, "legal_docs.reviewed": 8,
            "inspections.held": 1, "propaganda.items": 15, "staff.trained": 6, "edocs.sent": 420,
            "edocs.signed": 415, "dossiers.digitised": 1000, "dossiers.paid_online": 110,
        })
