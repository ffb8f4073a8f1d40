"""A living demo commune: officials, three plans and forty tasks spread over
the current year around today, so every reporting period has work done, in
progress and overdue. Built in one transaction."""

from __future__ import annotations

import datetime as dt
import random

from sqlite_utils import Database

from parapp import demo_data as D
from parapp.demo_par import build_par_demo
from parapp.store import officials, plans, settings, tasks
from parapp.store.catalogues import catalogue_code_for_year

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def has_data(db: Database) -> bool:
    return bool(db.execute("SELECT EXISTS (SELECT 1 FROM tasks UNION ALL SELECT 1 FROM officials)").fetchone()[0])


def _deadline_text(i: int, due: dt.date) -> str:
    """Deadline wording in the forms plans use; parsing gives back a date near `due`."""
    y = due.year
    form = i % 5
    if form == 0:
        nxt = due + dt.timedelta(days=1)
        return f"Trước ngày {nxt.day:02d}/{nxt.month}/{nxt.year}"
    if form == 1:
        return f"Tháng {due.month}/{y}"
    if form == 2:
        return f"Hoàn thành trong quý {_ROMAN[(due.month - 1) // 3 + 1]}/{y}"
    if form == 3:
        return f"Chậm nhất ngày {due.day:02d}/{due.month:02d}/{y}"
    return f"Trước ngày {due.day}/{due.month}/{y}" if due.day > 1 else f"Tháng {due.month}/{y}"


def build_demo(db: Database, today: dt.date) -> dict[str, int]:
    rng = random.Random(today.year)
    year = today.year
    start, end = dt.date(year, 1, 20), dt.date(year, 12, 20)
    counts = {"officials": 0, "plans": 0, "tasks": 0, "notes": 0}
    with db.atomic():
        ids = {}
        for key, name, pos, unit, phone in D.OFFICIALS:
            unit_id = officials.get_or_create_unit(db, unit)
            ids[key] = officials.add_official(db, {"full_name": name, "position": pos, "unit_id": unit_id, "phone": phone})
            counts["officials"] += 1
        settings.save_settings(db, settings.CommuneSettings(**D.SETTINGS, office_official_id=ids["vp"]))
        plan_ids = []
        for number, title, day_of_year in D.PLANS:
            issued = dt.date(year, 1, 1) + dt.timedelta(days=day_of_year)
            plan_ids.append(plans.add_plan(db, {
                "number": number, "title": title.format(year=year), "year": year,
                "issued_on": issued, "issuer": D.SETTINGS["commune_name"], "signer": D.SETTINGS["chairman"],
            }))
            counts["plans"] += 1
        cat = catalogue_code_for_year(year)
        area_ids = {r[0]: r[1] for r in db.execute(
            "SELECT a.code, a.id FROM areas a JOIN catalogues c ON c.id = a.catalogue_id WHERE c.code = ?", [cat])}
        n = len(D.TASKS)
        order = list(range(n))
        rng.shuffle(order)
        for slot, i in enumerate(order):
            plan_i, area, lead, code, content = D.TASKS[i]
            target = start + dt.timedelta(days=round(slot * (end - start).days / (n - 1)))
            if i in (1, 4):
                deadline = "Hàng năm"
            elif i == 20:
                deadline = "Theo hướng dẫn của UBND huyện"
            else:
                deadline = _deadline_text(slot, target)
            task_id = tasks.create_task(db, {
                "plan_id": plan_ids[plan_i], "stt": str(i + 1), "content": content, "area_id": area_ids[area],
                "par_code": code, "lead_official_id": ids[lead], "deadline_text": deadline,
                "coordinators": "Các bộ phận chuyên môn thuộc UBND xã" if i % 3 == 0 else "",
                "product": "Kế hoạch; Báo cáo kết quả thực hiện" if i % 4 == 0 else "",
            }, today=dt.date(year, 1, 5))
            due = tasks.get_task(db, task_id)["due_date"]
            counts["tasks"] += 1
            counts["notes"] += _advance(db, rng, task_id, due, today, i)
        build_par_demo(db, today, counts)  # last year's PAR INDEX and this year's remediation plan
    return counts


def _advance(db: Database, rng: random.Random, task_id: int, due: dt.date | None, today: dt.date, i: int) -> int:
    """Move a task along its life as a real year would have; returns notes added."""
    notes = 0
    year_start = dt.date(today.year, 1, 10)
    if due is None or due.year != today.year or due >= today:
        if rng.random() < 0.5 or due is None:
            mid = max(year_start, today - dt.timedelta(days=rng.randint(5, 40)))
            tasks.update_task(db, task_id, {"status": "in_progress"}, today=mid)
            tasks.add_note(db, task_id, rng.choice(D.NOTES_PROGRESS), note_date=mid, today=today)
            notes += 1
        return notes
    if i % 4 == 3:  # still open after its due date: overdue, with the reason
        tasks.update_task(db, task_id, {"status": "in_progress", "delay_reason": rng.choice(D.DELAY_REASONS)},
                          today=max(year_start, due - dt.timedelta(days=20)))
        tasks.add_note(db, task_id, rng.choice(D.NOTES_PROGRESS), note_date=max(year_start, due - dt.timedelta(days=10)), today=today)
        return 1
    early = due - dt.timedelta(days=rng.randint(0, 12))
    late = due + dt.timedelta(days=rng.randint(3, 15))
    done_on = min(today, late if i % 7 == 2 else max(year_start, early))
    data = {"status": "done", "completed_on": done_on}
    if done_on > due:
        data["delay_reason"] = rng.choice(D.DELAY_REASONS)
    tasks.update_task(db, task_id, data, today=done_on)
    notes = 0
    started = done_on - dt.timedelta(days=rng.randint(25, 45))
    if started >= year_start:  # work under way earlier: an earlier report saw it in progress
        tasks.add_note(db, task_id, rng.choice(D.NOTES_PROGRESS), note_date=started, today=today)
        notes += 1
    tasks.add_note(db, task_id, rng.choice(D.NOTES_DONE), note_date=done_on, today=today)
    return notes + 1
