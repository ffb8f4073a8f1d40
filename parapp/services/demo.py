"""A living demo commune: a commune formed on 1 July 2025 from former communes,
its officials in its offices, three plans and forty tasks over the current
year, each living its year as written in demo_data (done on time, late with
its reason, still open past its due day …) up to today; the documents finished
tasks produced, numbered in the order they were issued; what each report
answers to and proposes; the one-stop figures for every quarter of last year
(the former communes' added up, as the province's system gives them) and of
this year up to today; last year's PAR INDEX and this year's remediation plan;
in December, the draft of next year's plan; and the reports already due,
drafted, finalised and sent at their time. Built in one transaction."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.services import demo_data
from parapp.services.reporting import finalize_report
from parapp.core.citations import DocRef
from parapp.core.dates import working_day_after, working_day_before
from parapp.core.deadline_text import parse_deadline
from parapp.core.figures import figure_windows
from parapp.core.periods import QUARTERS
from parapp.services.demo_par import build_par_demo
from parapp.store import figures, officials, plans, report_records, settings, tasks
from parapp.store.catalogues import catalogue_code_for_year
from parapp.store.evidence import kept_only_if_saved
from parapp.store.periods import load_rules, year_periods
from parapp.store.report_inputs import set_basis, set_outputs, set_proposals
from parapp.store.workspace import Workspace

if TYPE_CHECKING:
    from sqlite_utils import Database

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
        return f"Tháng {due.month}/{y}" if due.day >= 28 else f"Trước ngày {due.day}/{due.month}/{y}"
    if form == 2:
        return f"Chậm nhất ngày {due.day:02d}/{due.month:02d}/{y}"
    if form == 3 and due.month % 3 == 0 and due.day >= 30:
        return f"Hoàn thành trong quý {_ROMAN[(due.month - 1) // 3 + 1]}/{y}"
    return f"Trước ngày {due.day}/{due.month}/{y}" if due.day > 1 else f"Tháng {due.month}/{y}"


def _fill(text: str, year: int) -> str:
    return text.format(year=year, prev=year - 1, next=year + 1)


@dataclass
class _Life:
    """How a task's year went, decided before anything is written (documents are numbered by date)."""

    deadline: str
    due: dt.date | None
    started: dt.date | None = None       # in progress from (with its progress note)
    done_on: dt.date | None = None
    open_late: bool = False               # still open after its due day


def _life(i: int, spec: dict, today: dt.date) -> _Life:
    year = today.year
    # Work starts after the New Year days, but not after today: a demo made on 2 January died on a progress note
    # "dated 06/01", which the register refuses as a day to come (round 21C).
    year_start = min(dt.date(year, 1, 6), today)
    if "deadline" in spec:
        deadline = spec["deadline"].format(year=year)
    else:
        deadline = _deadline_text(i, dt.date(year, *spec["due"]))
    due = parse_deadline(deadline, year).due
    fate = spec["fate"]
    if fate == demo_data.ONGOING or due is None or due >= today:
        if fate == demo_data.ONGOING or due is None or (due - today).days <= 45:
            return _Life(deadline, due, started=max(year_start, today - dt.timedelta(days=12 + i % 20)))
        return _Life(deadline, due)
    started = max(year_start, due - dt.timedelta(days=25 + i % 15))
    # A task's documents are signed on the day it is done: a working day, never a weekend or Tết.
    late_day = working_day_after(due + dt.timedelta(days=6 + i % 12))
    if fate == demo_data.OVERDUE or (fate == demo_data.LATE and late_day >= today):
        return _Life(deadline, due, started=started, open_late=True)
    done_on = late_day if fate == demo_data.LATE else max(working_day_after(year_start),
                                                    working_day_before(due - dt.timedelta(days=i % 9)))
    if done_on > today:  # due on the year's first days and not yet done when the demo is made
        return _Life(deadline, due, started=started, open_late=True)
    return _Life(deadline, due, started=started, done_on=done_on)


# Documents a commune issues in a year, by kind: numbers grow with the days (a records office numbers in order).
_PER_DAY = {"KH-UBND": 0.17, "QĐ-UBND": 0.22, "BC-UBND": 0.5, "TB-UBND": 0.1, "TTr-UBND": 0.05, "UBND": 1.1}


def _number(symbol: str, day: dt.date, used: set[str]) -> str:
    n = 2 + int((day - dt.date(day.year, 1, 1)).days * _PER_DAY.get(symbol, 0.2))
    while f"{n:02d}/{symbol}" in used:
        n += 1
    used.add(f"{n:02d}/{symbol}")
    return f"{n:02d}/{symbol}"


def _plan_numbers(specs: list[dict]) -> list[str]:
    """Each plan's tasks numbered 1, 2, 3… in the order its printed table lists them (by area),
    as a plan's own table numbers them."""
    out = [""] * len(specs)
    for plan in {s["plan"] for s in specs}:
        mine = sorted((i for i, s in enumerate(specs) if s["plan"] == plan), key=lambda i: (specs[i]["area"], i))
        for n, i in enumerate(mine, 1):
            out[i] = str(n)
    return out


def build_demo(db: Workspace, today: dt.date) -> dict[str, int]:
    year = today.year
    counts = {"officials": 0, "plans": 0, "tasks": 0, "notes": 0}
    lives = [_life(i, spec, today) for i, spec in enumerate(demo_data.TASKS)]
    used: set[str] = set()
    # Signed on a working day of the plan's year; on 1 January, when there is none yet, that day.
    plan_dates = [max(working_day_before(min(dt.date(year, month, day), today)), min(dt.date(year, 1, 1), today))
                  for _, _, (month, day) in demo_data.PLANS]
    # Every document of the year numbered in the order it was issued, plans and tasks' outputs alike.
    issuing = [(d, "KH-UBND", ("plan", k)) for k, d in enumerate(plan_dates)]
    issuing += [(life.done_on, spec["doc"][1], ("task", i))
                for i, (spec, life) in enumerate(zip(demo_data.TASKS, lives))
                if life.done_on and isinstance(spec.get("doc"), tuple)]
    numbers = {key: _number(symbol, d, used) for d, symbol, key in sorted(issuing)}
    plan_numbers = [numbers[("plan", k)] for k in range(len(plan_dates))]
    with kept_only_if_saved(db), db.atomic():  # its evidence files go too when the disk fills (round 34B)
        ids = {}
        # The commune's offices first (the 2025 preset), so that they are listed in its order.
        settings.save_settings(db, settings.CommuneSettings(**demo_data.SETTINGS))
        for key, name, pos, unit, phone in demo_data.OFFICIALS:
            unit_id = officials.get_or_create_unit(db, unit)
            ids[key] = officials.add_official(db, {"full_name": name, "position": pos, "unit_id": unit_id,
                                                   "phone": phone})
            counts["officials"] += 1
        settings.save_settings(db, settings.CommuneSettings(**demo_data.SETTINGS, office_official_id=ids["vp"]))
        plan_ids, plan_docs = [], []
        for i, ((_, title, _), number, issued) in enumerate(zip(demo_data.PLANS, plan_numbers, plan_dates)):
            plan_ids.append(plans.add_plan(db, {
                "number": number, "title": _fill(title, year), "year": year, "issued_on": issued,
                "issuer": demo_data.SETTINGS["commune_name"], "signer": demo_data.SETTINGS["chairman"],
                "is_annual": i == 0,
            }))
            plan_docs.append(DocRef("Kế hoạch", number, issued, "", _fill(title, year).removeprefix("Kế hoạch ")))
            counts["plans"] += 1
        cat = catalogue_code_for_year(year)
        area_ids = {r[0]: r[1] for r in db.execute(
            "SELECT a.code, a.id FROM areas a JOIN catalogues c ON c.id = a.catalogue_id WHERE c.code = ?", [cat])}
        outputs: dict[int, list[DocRef]] = {}
        events: list[tuple[dt.date, int, str, int, dict]] = []  # (day, order, what, task id, spec)
        stt = _plan_numbers(demo_data.TASKS)
        for i, (spec, life) in enumerate(zip(demo_data.TASKS, lives)):
            task_id = tasks.create_task(db, {
                "plan_id": plan_ids[spec["plan"]], "stt": stt[i], "content": _fill(spec["content"], year),
                "area_id": area_ids[spec["area"]], "par_code": spec["code"], "lead_official_id": ids[spec["lead"]],
                "deadline_text": life.deadline,
                "coordinators": "Các cơ quan chuyên môn thuộc UBND xã" if i % 3 == 0 else "",
                "product": "Kế hoạch; Báo cáo kết quả thực hiện" if i % 4 == 0 else "",
            }, today=min(dt.date(year, 1, 5), today))
            counts["tasks"] += 1
            if life.started and (life.done_on is None or life.started < life.done_on - dt.timedelta(days=10)):
                events.append((life.started, 0, "start", task_id, spec))
            finished_late = life.done_on is not None and life.due is not None and life.done_on > life.due
            if (life.open_late or finished_late) and life.due is not None and life.due < today:
                # the day after its due day the official writes down why it is late
                events.append((life.due + dt.timedelta(days=1), 1, "late", task_id, spec))
            if life.done_on:
                events.append((life.done_on, 2, "done", task_id, spec))
                doc = spec.get("doc")
                if isinstance(doc, str):
                    outputs[task_id] = [plan_docs[int(doc.split(":")[1])]]
                elif doc:
                    kind, _, summary = doc
                    outputs[task_id] = [DocRef(kind, numbers[("task", i)], life.done_on, "", _fill(summary, year))]
        _report_inputs(db, today)
        _figures(db, today)
        # Last year's PAR INDEX; this year's remediation plan is the plan made from it (18/KH-UBND).
        build_par_demo(db, today, counts, remedy_plan_id=plan_ids[1])
        # The year as it happened, day by day, the reports already due drafted and sent in it: a
        # report then says what was known then.
        for p in year_periods(db, year):
            if p.kind.value != "q3" and p.deadline < today:  # the province asks for 9 tháng, not quý III
                # finalised three days before the deadline, on a working day
                events.append((working_day_before(p.deadline - dt.timedelta(days=3)), 3, "report", 0, {"period": p}))
        december = dt.date(year, *demo_data.NEXT_PLAN_DAY)
        if december <= today:
            # Next year's plan drafted, and what is asked of the province now looks to next year.
            events.append((december, 0, "next_plan", 0, {"ids": ids, "counts": counts}))
            for i, (spec, life) in enumerate(zip(demo_data.TASKS, lives)):
                if spec.get("request_december") and life.open_late and life.due and life.due < december:
                    events.append((december, 1, "december", i + 1, spec))
        lives_by_id = dict(zip(range(1, len(lives) + 1), lives))
        for day, _, what, task_id, spec in sorted(events, key=lambda e: (e[0], e[1], e[3])):
            counts["notes"] += _happen(db, what, day, task_id, spec, lives_by_id.get(task_id), outputs, today, used)
    return counts


def _happen(db: Workspace, what: str, day: dt.date, task_id: int, spec: dict, life: _Life | None,
            outputs: dict[int, list[DocRef]], today: dt.date, used: set[str]) -> int:
    """One event of the demo's year; returns the progress notes it added."""
    year = today.year
    if what == "next_plan":
        return _next_plan(db, day, spec["ids"], spec["counts"])
    if what == "december":
        tasks.update_task(db, task_id, {"support_request": _fill(spec["request_december"], year)}, today=day)
        return 0
    if what == "report":
        p = spec["period"]
        _, rid = report_records.draft_for_period(db, p, day, save=True)
        assert rid is not None, "a saved draft has an id"
        finalize_report(db, rid, day)
        report_records.mark_sent(db, rid, max(day, working_day_before(p.deadline - dt.timedelta(days=1))),
                                 "Hệ thống quản lý văn bản và điều hành",
                                 _number("BC-UBND", day, used))
        return 0
    if what == "start":
        tasks.update_task(db, task_id, {"status": "in_progress"}, today=day)
        tasks.add_note(db, task_id, _fill(spec.get("progress") or demo_data.STARTED, year), note_date=day, today=today)
        return 1
    if what == "late":  # its due day has passed: why, and what the superior body could do
        tasks.update_task(db, task_id, {"status": "in_progress", "delay_reason": _fill(spec.get("reason", ""), year),
                                        "support_request": _fill(spec.get("request", ""), year)}, today=day)
        return 0
    data = {"status": "done", "completed_on": day, "result": _fill(spec.get("result", ""), year)}
    if life and life.due and day > life.due:
        data["delay_reason"] = _fill(spec.get("reason", ""), year)
    tasks.update_task(db, task_id, data, today=day)
    if task_id in outputs:
        set_outputs(db, task_id, outputs[task_id])
        _file_evidence(db, task_id, outputs[task_id])
    return 0


def _file_evidence(db: Workspace, task_id: int, docs: list[DocRef]) -> None:
    """A finished task's documents filed as its evidence, as an office files the signed scans: so that
    the demo's backups, restores and checks carry evidence files too. The same bytes every run."""
    from parapp.files import safe_file_name
    from parapp.pdf.evidence_page import evidence_page
    from parapp.store.evidence import add_evidence_bytes

    for d in docs:
        name = safe_file_name(f"{d.kind} {d.number}".strip()) + ".pdf"
        title = f"{d.kind} số {d.number}" if d.number else d.kind
        data = evidence_page(title, [demo_data.SETTINGS["commune_name"].upper(), title.upper(),
                                     f"ngày {d.issued_on:%d/%m/%Y}" if d.issued_on else "", d.summary,
                                     "(Bản chụp văn bản đã ký)"])
        add_evidence_bytes(db, db.data_dir, task_id, name, data, added_on=d.issued_on)


def _next_plan(db: Database, day: dt.date, ids: dict[str, int], counts: dict[str, int]) -> int:
    """The draft of next year's annual plan, registered with its tasks (not yet issued: no number)."""
    year = day.year
    area_ids = {r[0]: r[1] for r in db.execute(
        "SELECT a.code, a.id FROM areas a JOIN catalogues c ON c.id = a.catalogue_id WHERE c.code = ?",
        [catalogue_code_for_year(year + 1)])}
    plan_id = plans.add_plan(db, {"title": _fill(demo_data.NEXT_PLAN, year), "year": year + 1, "is_annual": True,
                                  "issuer": demo_data.SETTINGS["commune_name"]})
    for n, (area, lead, code, deadline, content) in enumerate(demo_data.NEXT_TASKS, 1):
        tasks.create_task(db, {"plan_id": plan_id, "stt": str(n), "content": _fill(content, year),
                               "area_id": area_ids[area], "par_code": code, "lead_official_id": ids[lead],
                               "deadline_text": _fill(deadline, year)}, today=day)
    counts["plans"] += 1
    counts["tasks"] += len(demo_data.NEXT_TASKS)
    return 0


def _report_inputs(db: Database, today: dt.date) -> None:
    year = today.year
    kind_, number, (month, day, back), issuer, summary = demo_data.BASIS_YEAR
    year_doc = DocRef(kind_, number, working_day_before(dt.date(year + back, month, day)), issuer, _fill(summary, year))
    for p in year_periods(db, year):
        if p.window_start > today:
            continue
        rows = [("", year_doc)]
        req = demo_data.BASIS_PERIOD.get(p.kind.value)
        if req and dt.date(year, *req[2]) <= today:
            rows.append((p.kind.value, DocRef(req[0], req[1], working_day_before(dt.date(year, *req[2])), req[3],
                                              _fill(req[4], year))))
        set_basis(db, year, p.kind.value, rows)
        set_proposals(db, year, p.kind.value, [_fill(x, year) for x in demo_data.PROPOSALS.get(p.kind.value, [])])


def _figures(db: Database, today: dt.date) -> None:
    """Quarterly figures for last year and this year up to today, consistent from quarter to quarter:
    what is pending at a quarter's end is what the next one carries over."""
    rules = load_rules(db)
    pending, pending_late_before = 38.0, 0.0
    for year in (today.year - 1, today.year):
        windows = figure_windows(rules, year)
        for qi, q in enumerate(QUARTERS):
            w = windows[q]
            if w.window_start > today:
                return
            share = 1.0
            # The quarter under way: figures run to today; in its last weeks the report due at its end is being
            # drafted, and the official enters them estimated to the window's end ("ước thực hiện đến …").
            if w.window_end > today and (w.window_end - today).days > 20:
                share = ((today - w.window_start).days + 1) / ((w.window_end - w.window_start).days + 1)
            rng = random.Random(f"{year}-{q.value}")
            growth = 1 + 0.04 * (year - today.year + 1) + 0.02 * qi
            received = round(rng.randint(1150, 1350) * share)
            online = round(received * min(0.85, (0.36 + 0.05 * qi + 0.08 * (year - today.year + 1)) * growth))
            settled = round((pending + received) * 0.965)
            # what was pending past its day at the last quarter's end is settled late in this one
            late = max(rng.randint(0, 4), pending_late_before)
            early = round(settled * rng.uniform(0.70, 0.80))
            on_time = settled - early - late
            withdrawn = rng.randint(2, 6)
            left = max(0, pending + received - settled - withdrawn)
            # Past-due pending dossiers are chased before a quarter closes; only the quarter under way has some.
            pending_late = min(left, rng.randint(0, 2)) if share < 1 or w.window_end >= today else 0
            values = {
                "procedures.total": 112, "procedures.online": 98 + qi + (year - today.year + 1) * 4,
                "dossiers.carried_over": pending, "dossiers.received": received, "dossiers.received_online": online,
                "dossiers.resolved_early": early, "dossiers.resolved_on_time": on_time, "dossiers.resolved_late": late,
                "dossiers.pending_in_time": left - pending_late, "dossiers.pending_late": pending_late,
                "dossiers.withdrawn": withdrawn,
                # a letter of apology for every dossier that went late in the quarter: settled late, or still
                # pending past its day (one found late last quarter had its letter then)
                "dossiers.apologies": late + pending_late - pending_late_before,
                "dossiers.paid_online": round(received * rng.uniform(0.08, 0.12)),
                "dossiers.digitised": round(received * rng.uniform(0.80, 0.92)),
                "feedback.received": rng.randint(1, 4), "legal_docs.issued": rng.randint(0, 1),
                "legal_docs.reviewed": rng.randint(4, 12),
                # the year's first inspection follows the inspection plan issued at the end of quý I
                "inspections.held": 0 if qi == 0 or share <= 0.5 else 1,
                "propaganda.items": round(rng.randint(12, 22) * share), "staff.trained": rng.randint(3, 9),
                "edocs.sent": round(rng.randint(380, 460) * share),
            }
            values["feedback.resolved"] = values["feedback.received"] - (1 if share < 1 and qi % 2 else 0)
            # The national service index: fully online dossiers, fees paid online out of those with a fee.
            values["dossiers.received_full_online"] = round(online * rng.uniform(0.55, 0.72))
            values["dossiers.fee_required"] = round(received * rng.uniform(0.11, 0.14))
            values["dossiers.paid_online"] = min(round(values["dossiers.fee_required"] * rng.uniform(0.62, 0.9)),
                                                 values["dossiers.fee_required"])
            values["edocs.signed"] = values["edocs.sent"] - rng.randint(0, 6)
            values["procedures.online"] = min(values["procedures.online"], 112)
            figures.set_figures(db, q, year, values, source="imported" if qi % 2 else "entered")
            pending, pending_late_before = float(left), pending_late
