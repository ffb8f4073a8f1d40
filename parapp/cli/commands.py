"""Headless subcommands. Each returns the process exit code."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from parapp.core.status import STATUS_LABELS, Status, line_carried, line_due_soon, line_overdue
from parapp.cli.waiting import say_waiting
from parapp.store.access import reading, writing
from parapp.store.tasks import task_rows
from parapp.store.writer_lock import DEMO


def cmd_demo(db_path: Path, today: dt.date) -> int:
    """0: created; 3: the file already holds data (nothing written)."""
    from parapp.services.demo import build_demo, has_data
    from parapp.store.errors import DataFolderReadOnly, FolderReadOnly

    from parapp.store.lost_data import refuse_over_lost_data
    from parapp.store.side_names import refuse_data_folders_own

    # Beside the office's data, the sample commune's snapshots replaced the office's in one backups/auto (round 40A);
    # so too where the office's data file is gone, its snapshots kept (43A).
    refuse_data_folders_own(db_path, demo=True)
    refuse_over_lost_data(db_path)
    try:
        with writing(db_path, DEMO, create=True, on_wait=say_waiting) as db:
            if has_data(db):
                print(
                    f"Tệp {db_path} đã có dữ liệu; không tạo thêm dữ liệu mẫu. "
                    "Hãy chọn một tên tệp mới, ví dụ: parapp demo --db demo-moi.db",
                    file=sys.stderr,
                )
                return 3
            counts = build_demo(db, today)
    except DataFolderReadOnly as exc:  # a sample commune goes elsewhere, not into a copy of this data (round 24B)
        raise FolderReadOnly(*exc.args_) from None
    print(
        f"Đã tạo xã mẫu trong {db_path}: {counts['officials']} cán bộ, "
        f"{counts['plans']} kế hoạch, {counts['tasks']} nhiệm vụ, {counts['notes']} ghi chép tiến độ."
    )
    return 0


def _matches_status(row, status: str | None, today: dt.date) -> bool:
    if status is None:
        return True
    if status == "overdue":
        return line_overdue(row, today)
    if status == "due-soon":
        return line_due_soon(row, today)
    if status == "done":
        return row.status == Status.DONE.value
    return Status(row.status).is_open and not line_carried(row)  # "open": carried on, its successor is the open one


def cmd_tasks(db_path: Path, *, as_json: bool, status: str | None, today: dt.date) -> int:
    with reading(db_path, on_wait=say_waiting) as db:
        rows = [r for r in task_rows(db) if _matches_status(r, status, today)]
    if as_json:
        out = [
            {
                "id": r.id,
                "content": r.content,
                "area": r.area_name or None,
                "par_code": r.par_code or None,
                "lead": r.lead or None,
                "due_date": r.due.isoformat() if r.due else None,
                "status": r.status,
                "overdue": line_overdue(r, today),
                "carried_to_year": r.carried_year,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Không có nhiệm vụ nào.")
        return 0
    for r in rows:
        due = r.due.strftime("%d/%m/%Y") if r.due else "chưa có hạn"
        mark = " [QUÁ HẠN]" if line_overdue(r, today) else ""
        if r.carried_year is not None:
            mark = f" [ĐÃ CHUYỂN SANG NĂM {r.carried_year}]"
        content = " ".join(r.content.split())  # one line a task, whatever line breaks it holds (round 21C)
        content = content if len(content) <= 70 else content[:69] + "…"
        print(f"{r.id:>5}  {due:<11}  {STATUS_LABELS[Status(r.status)]:<15}  {r.lead[:25]:<25}  {content}{mark}")
    return 0
