"""parapp import: read a plan's tasks from a file, report, and (unless --dry-run) store them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from parapp.cli.waiting import say_waiting
from parapp.core.importing.model import Unreadable
from parapp.core.messages import N_
from parapp.services.importing import check_storable, import_plan, read_plan_file, repeated_plans
from parapp.store.access import reading, writing
from parapp.store.writer_lock import IMPORT


def cmd_import(path: Path, db_path: Path, *, plan_id: int | None, dry_run: bool, as_json: bool,
               today: dt.date, again: bool = False) -> int:
    opened = reading(db_path, on_wait=say_waiting) if dry_run else writing(db_path, IMPORT, on_wait=say_waiting)
    with opened as db:
        read = read_plan_file(db, path, plan_id=plan_id, today=today)
        if dry_run:
            check_storable(read, today)  # refused as the import itself would be
        held = None if again else repeated_plans(db, read)
        if held and not dry_run:
            raise Unreadable(N_("import", "Cả {0} nhiệm vụ trong tệp đã có trong sổ (kế hoạch “{1}”): tệp này có lẽ "
                                          "đã được nhập rồi. Chưa nhập gì. Nếu thật sự cần thêm một bản nữa, chạy lại "
                                          "với --again."), sum(not t.skip for t in read.result.tasks),
                             "”, “".join(held))
        outcome = None if dry_run else import_plan(db, read, plan_id=plan_id, plan_title=path.stem, today=today)
    result, year, problems = read.result, read.year, read.problems
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
    if plan_id is None:  # the new plan, as the file names itself (the window shows the same, to be corrected)
        head = result.heading
        said = ", ".join(x for x in (f"số {head.number}" if head.number else "",
                                     f"ngày {head.issued_on:%d/%m/%Y}" if head.issued_on else "") if x)
        print(f"Kế hoạch mới: {head.title or path.stem}" + (f" ({said})" if said else "")
              + ("" if head.title else " (tệp không ghi tên kế hoạch nên lấy tên tệp; sửa được ở trang Kế hoạch)"))
    for p in problems:
        print(f"  dòng {p.line}: {p.message}  [{p.text[:60]}]")
    # What happens to the repeated rows, said once after them (round 36B: each row said "vẫn được nhập" above a note
    # that the import would be refused, and the two counts could differ)
    if held and dry_run:
        print(f"Lưu ý: cả {sum(not t.skip for t in result.tasks)} nhiệm vụ đã có trong sổ (kế hoạch "
              f"“{'”, “'.join(held)}”); nhập thật sẽ bị từ chối (tệp đã nhập rồi) trừ khi thêm --again.")
    elif read.duplicates:
        print(f"Lưu ý: {len(read.duplicates)} dòng trùng với nhiệm vụ đã có "
              + ("vẫn sẽ được nhập (bỏ chúng khỏi tệp nếu không cần)." if dry_run else "cũng đã được nhập."))
    if outcome:
        print(f"Đã nhập {len(outcome.task_ids)} nhiệm vụ vào kế hoạch số {outcome.plan_id}.")
    else:
        print("Chạy thử (--dry-run): chưa ghi gì.")
    return 0
