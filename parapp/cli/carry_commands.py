"""`parapp carry`: a year's unfinished tasks carried into the next year's plan."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from parapp.cli.waiting import say_waiting
from parapp.core.dates import dmy, parse_user_date
from parapp.store.access import reading, writing
from parapp.store.carrying import check_due
from parapp.store.writer_lock import CARRY


def add_parser(sub, db_option) -> None:
    c = sub.add_parser("carry", help="chuyển nhiệm vụ chưa hoàn thành của một năm sang kế hoạch năm sau")
    db_option(c)
    c.add_argument("--year", type=int, required=True, help="năm có việc chưa xong, ví dụ 2026")
    c.add_argument("--to-plan", type=int, default=None, metavar="SỐ",
                   help="kế hoạch nhận việc (mặc định: kế hoạch năm của năm sau; chưa có thì tạo mới)")
    c.add_argument("--task", type=int, action="append", default=None, metavar="SỐ",
                   help="chỉ chuyển nhiệm vụ số này; lặp lại để chọn nhiều (mặc định: mọi việc chưa xong)")
    c.add_argument("--due", metavar="DD/MM/YYYY", default=None,
                   help="thời hạn mới cho các việc được chuyển (mặc định: để trống, giao hạn sau)")
    c.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không thay đổi gì")
    c.add_argument("--json", action="store_true", help="in dạng JSON")


def cmd_carry(db_path: Path, args: argparse.Namespace, *, today: dt.date) -> int:
    from parapp.services.carrying import carry_choice, carry_over, not_yet_due

    due = parse_user_date(args.due, "due") if args.due else None
    opened = reading(db_path, on_wait=say_waiting) if args.dry_run else writing(db_path, CARRY, on_wait=say_waiting)
    with opened as db:
        choice = carry_choice(db, args.year, args.to_plan)
        # Named with --task, a task is carried whatever its day; unnamed, work not yet due stays (its reminders go on).
        waiting = not_yet_due(choice.tasks, today) if args.task is None else set()
        chosen = [t for t in choice.tasks if (args.task is None or t.id in args.task) and t.id not in waiting]
        unknown = sorted(set(args.task or ()) - {t.id for t in choice.tasks})
        if unknown:
            from parapp.core.messages import N_, ValidationError

            raise ValidationError(N_("errors", "Nhiệm vụ số {0} không phải việc chưa hoàn thành của năm {1} (đã xong, "
                                               "đã dừng, việc lặp lại, đã chuyển, hoặc không có): chưa chuyển gì. "
                                               "Xem danh sách: parapp carry --year {1} --dry-run"),
                                  ", ".join(map(str, unknown)), args.year)
        check_due(due, choice.target.year if choice.target is not None else args.year + 1)  # said by a dry run too
        carried = []
        plan_id = choice.target.id if choice.target is not None else None
        if chosen and not args.dry_run:
            plan_id, carried = carry_over(db, choice, [t.id for t in chosen], due=due, today=today)
    new_ids = {c.old_id: c.new_id for c in carried}
    if args.json:
        print(json.dumps({"year": args.year, "dry_run": args.dry_run, "plan_id": plan_id,
                          "plan": choice.target_label, "due": due.isoformat() if due else None,
                          "tasks": [{"id": t.id, "content": t.content, "status": t.status,
                                     "due": t.due.isoformat() if t.due else None,
                                     "new_id": new_ids.get(t.id, choice.already.get(t.id) if args.dry_run else None),
                                     "linked": t.id in choice.already}
                                    for t in chosen],
                          "not_yet_due": sorted(waiting)}, ensure_ascii=False, indent=2))
        return 0
    held = (f"Chưa chuyển {len(waiting)} nhiệm vụ chưa đến hạn (số {', '.join(map(str, sorted(waiting)))}): "
            f"vẫn được nhắc trong năm {args.year}; ghi --task SỐ để chuyển cả việc đó.") if waiting else ""
    if not chosen:
        print(f"Năm {args.year} không còn nhiệm vụ nào chưa hoàn thành để chuyển (việc lặp lại thì kế hoạch năm sau "
              "giao lại, không cần chuyển)." if not waiting else held)
        return 0
    made = "" if choice.target is not None else " (kế hoạch mới)"
    head = "Sẽ chuyển" if args.dry_run else "Đã chuyển"
    print(f"{head} {len(chosen)} nhiệm vụ chưa hoàn thành của năm {args.year} sang “{choice.target_label}”{made}"
          + (f", thời hạn mới {dmy(due)}" if due else "") + ":")
    for t in chosen:
        arrow = f" → số {new_ids[t.id]}" if t.id in new_ids else ""
        if t.id in choice.already:  # linked, not repeated: the plan gives the same work already
            arrow = f" → số {choice.already[t.id]} (đã có trong kế hoạch)"
        content = " ".join(t.content.split())
        print(f"{t.id:>6}{arrow}  {content if len(content) <= 90 else content[:89] + '…'}")
    # Work whose old deadline was a day of the old year goes with none (one that named no day keeps its words): said,
    # or the next plan prints rows with no time and nothing reminds (the chairman's read, round 41).
    bare = [new_ids.get(t.id, t.id) for t in chosen if due is None and t.due is not None and t.id not in choice.already]
    if bare:
        print(f"{len(bare)} việc {'sẽ ' if args.dry_run else ''}chưa có thời hạn trong năm mới (số "
              f"{', '.join(map(str, bare))}): hãy ghi thời hạn cho từng việc trong sổ nhiệm vụ để được nhắc và in vào "
              "kế hoạch" + (", hoặc chuyển với --due." if args.dry_run else "."))
    if held:
        print(held)
    if args.dry_run:
        print("Chưa thay đổi gì: bỏ --dry-run để chuyển.")
    return 0
