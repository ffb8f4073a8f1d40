"""`parapp remind` (what is late, what falls due, which report is due), `parapp letter`
(the urging letter as PDF or Word) and `parapp lists` (each office's list for the meeting)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from parapp.cli.pdf_commands import Output
from parapp.cli.waiting import say_waiting
from parapp.core.dates import dmy
from parapp.core.messages import N_, ValidationError
from parapp.core.reminders import REMIND_DAYS, Reminders, ReportItem, TaskItem
from parapp.core.report_words import period_phrase
from parapp.store.access import reading

_STATES = {"not_started": "chưa soạn", "draft": "đang là bản nháp", "final": "đã chốt, chưa gửi",
           "signed": "đã ký, chưa gửi"}  # its signed copy attached: it printed "signed" (round 21C)


def check_days(days: int | None) -> int:
    if days is None:
        return REMIND_DAYS
    if days < 0 or days > 366:
        raise ValidationError(N_("errors", "Số ngày nhìn trước phải từ 0 đến 366 (ví dụ: --days 14)."), field="days")
    return days


def cmd_remind(db_path: Path, *, as_json: bool, days: int | None, today: dt.date) -> int:
    from parapp.services.chasing import reminders

    n = check_days(days)
    with reading(db_path, on_wait=say_waiting) as db:
        rem = reminders(db, today, n)
    if as_json:
        print(json.dumps(rem.as_json(), ensure_ascii=False, indent=2))
    else:
        print_reminders(rem)
    return 0


def _task(t: TaskItem, late: bool) -> str:
    when = f"trễ {t.days} ngày" if late else ("hôm nay" if t.days == 0 else f"còn {t.days} ngày")
    # The register's lead already opens with the office when the task was given to it ("Phòng Kinh tế", "Phòng Kinh
    # tế – Công chức Địa chính"): it printed "Phòng Kinh tế – Phòng Kinh tế" (round 21C).
    named = t.lead == t.office or t.lead.startswith(f"{t.office} – ")
    who = f"{t.office} – {t.lead}" if t.office and t.lead and not named else (t.lead or t.office)
    content = " ".join(t.content.split())  # one line a task, whatever line breaks it holds (round 21C)
    content = content if len(content) <= 90 else content[:89] + "…"
    gone = " (đã nghỉ)" if t.lead_left else ""  # the lead has left: give the task to someone at work (round 21C)
    return f"{t.id:>6}  hạn {dmy(t.due)} ({when})  {who or '(chưa giao)'}{gone}: {content}"


def _report(r: ReportItem, today: dt.date) -> str:
    days = (r.deadline - today).days
    when = "hôm nay" if days == 0 else (f"còn {days} ngày" if days > 0 else f"đã quá {-days} ngày")
    return f"  Báo cáo {period_phrase(r.period)} – hạn gửi {dmy(r.deadline)} ({when}), {_STATES.get(r.state, r.state)}"


def print_reminders(rem: Reminders) -> None:
    until = rem.today + dt.timedelta(days=rem.days)
    print(f"Nhắc việc ngày {dmy(rem.today)} (nhìn trước {rem.days} ngày, đến {dmy(until)})")
    if rem.is_empty():
        print("Không có nhiệm vụ quá hạn, sắp đến hạn hay báo cáo phải gửi.")
        return
    for title, items, late in (("QUÁ HẠN", rem.overdue, True), ("SẮP ĐẾN HẠN", rem.due_soon, False)):
        print(f"\n{title}: {len(items)} nhiệm vụ")
        for t in items:
            print(_task(t, late))
    if rem.reports_due or rem.reports_late:
        print(f"\nBÁO CÁO PHẢI GỬI: {len(rem.reports_due) + len(rem.reports_late)}")
        for r in rem.reports_late + rem.reports_due:
            print(_report(r, rem.today))


def _choice(args, today: dt.date):
    from parapp.core.dates import parse_user_date
    from parapp.services.letters import LetterChoice

    return LetterChoice(offices=args.office, days=check_days(args.days),
                        reply_by=parse_user_date(args.reply_by, "reply_by"), signer=args.signer)


def cmd_letter(db_path: Path, args, *, today: dt.date) -> int:
    from parapp.services.letters import letter_docx, letter_pdf

    choice = _choice(args, today)
    out = Output(Path(args.out), "docx" if args.letter_command == "docx" else "pdf", db_path)
    if args.letter_command == "docx":
        with reading(db_path, on_wait=say_waiting) as db:
            word = letter_docx(db, today, choice)
        out.save(word.docx, word.warnings)
        print(f"Đã xuất công văn đôn đốc ra {out} (bản Word để sửa).")
        return 0
    with reading(db_path, on_wait=say_waiting) as db:
        printed = letter_pdf(db, today, choice)
    out.save(printed.pdf, printed.warnings)
    print(f"Đã xuất công văn đôn đốc ra {out} (phông {printed.font}).")
    return 0


def cmd_lists(db_path: Path, args, *, today: dt.date) -> int:
    from parapp.services.chasing import meeting_docx, meeting_pdf

    days = check_days(args.days)
    out = Output(Path(args.out), "docx" if args.lists_command == "docx" else "pdf", db_path)
    if args.lists_command == "docx":
        with reading(db_path, on_wait=say_waiting) as db:
            data = meeting_docx(db, today, days, args.by, args.office).docx
        out.save(data)
        print(f"Đã xuất danh sách việc cho cuộc họp giao ban ra {out} (bản Word để sửa).")
        return 0
    with reading(db_path, on_wait=say_waiting) as db:
        printed = meeting_pdf(db, today, days, args.by, args.office)
    out.save(printed.pdf)
    print(f"Đã xuất danh sách việc cho cuộc họp giao ban ra {out} (phông {printed.font}).")
    return 0
