"""parapp import: read a plan's tasks from a file, report, and (unless --dry-run) store them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from parapp.core.importing import Problem, parse_file
from parapp.cli.waiting import say_waiting
from parapp.store.access import reading, writing
from parapp.store.catalogues import catalogue_code_for_year
from parapp.store.importer import find_duplicates, import_tasks
from parapp.store.plans import get_plan
from parapp.store.writer_lock import IMPORT


def cmd_import(path: Path, db_path: Path, *, plan_id: int | None, dry_run: bool, as_json: bool,
               today: dt.date) -> int:
    opened = reading(db_path, on_wait=say_waiting) if dry_run else writing(db_path, IMPORT, on_wait=say_waiting)
    with opened as db:
        if plan_id is not None:
            plan = get_plan(db, plan_id)
            from parapp.core.catalogue import catalogue_for_year, shipped_catalogues

            result = parse_file(path, plan_year=plan.year, year_hint=False,
                                catalogue=catalogue_for_year(shipped_catalogues(), plan.year))
            year = plan.year
        else:
            result = parse_file(path, plan_year=today.year)
            year = result.year
        problems = list(result.problems)
        for t in result.tasks:
            problems += [Problem(t.line, t.content[:120], m) for m in t.problems]
        dupes = find_duplicates(db, result.tasks)
        for i, tid in dupes.items():
            t = result.tasks[i]
            problems.append(Problem(t.line, t.content[:120], f"Trùng với nhiệm vụ đã có (số {tid}); vẫn được nhập."))
        outcome = None
        if not dry_run:
            outcome = import_tasks(db, result.tasks, plan_id=plan_id, plan_title=path.stem, plan_year=year,
                                   catalogue_code=catalogue_code_for_year(year), today=today)
    problems.sort(key=lambda p: p.line)
    if as_json:
        out = result.as_json()
        out["problems"] = [p.as_json() for p in problems]
        out["plan_id"] = outcome.plan_id if outcome else plan_id
        out["imported"] = len(outcome.task_ids) if outcome else 0
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    kind = "bảng" if result.kind == "table" else "danh sách"
    for n in result.notes:
        print(f"Lưu ý: {n}")
    print(f"Đọc được {len(result.tasks)} nhiệm vụ từ {kind} trong {path.name} (năm {year}).")
    for p in problems:
        print(f"  dòng {p.line}: {p.message}  [{p.text[:60]}]")
    if outcome:
        print(f"Đã nhập {len(outcome.task_ids)} nhiệm vụ vào kế hoạch số {outcome.plan_id}.")
    else:
        print("Chạy thử (--dry-run): chưa ghi gì.")
    return 0
