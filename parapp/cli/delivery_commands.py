"""Headless commands for what follows finalising: the signed copy, the sending, the year's reports."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from parapp.cli.waiting import say_waiting
from parapp.core.dates import dmy, parse_user_date, vietnam_time
from parapp.core.messages import N_, ValidationError
from parapp.core.periods import KIND_LABELS
from parapp.services import delivery
from parapp.store import signed_copies
from parapp.store.access import reading, writing
from parapp.store.writer_lock import SENT, SIGNED_COPY

STATE_WORDS = {"draft": "dự thảo", "final": "đã chốt", "signed": "đã ký", "sent": "đã gửi"}


def when(iso: str | None) -> str:
    """An ISO time as the office reads it, in Vietnam's time (the day the document is dated by, whatever zone this PC
    is set to): 18/03/2026 09:12:05 (UTC+07:00)."""
    if not iso:
        return "không ghi thời gian"
    t = vietnam_time(dt.datetime.fromisoformat(iso))
    offset = t.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return f"{t:%d/%m/%Y %H:%M:%S}{zone}"


def cmd_report_signed(db_path: Path, kind: str, year: int, file: Path, *, scan: bool) -> int:
    with writing(db_path, SIGNED_COPY, on_wait=say_waiting) as db:
        if scan:
            a = delivery.attach_scan(db, db.data_dir, kind, year, file)
        else:
            a = delivery.attach_signed(db, db.data_dir, kind, year, file)
    what = delivery.describe(a.report)
    if scan:
        print(f"Đã gắn bản quét (ký tay, đóng dấu trên giấy; không kiểm tra chữ ký số) vào {what}.")
    elif a.already:
        print(f"Tệp này đã là bản ký số của {what}; không gắn thêm.")
    else:
        print(f"Đã gắn bản ký số vào {what}: phần ParApp làm ra còn nguyên từng byte, mọi chữ ký còn nguyên vẹn.")
    for i, s in enumerate(a.signatures, 1):
        role = "Dấu thời gian của văn bản" if s.document_timestamp else f"Chữ ký {i}"
        source = {"timestamp": "theo dấu thời gian", "signer": "theo máy của người ký"}.get(s.time_from, "")
        print(f"{role}: {s.signer}, ký lúc {when(s.signed_at)}{', ' + source if source else ''}.")
        print(f"  Chứng thư: {s.subject}; cấp bởi {s.issuer}; số hiệu {s.serial}; "
              f"hiệu lực đến {dmy(dt.datetime.fromisoformat(s.valid_until).date())}.")
        if s.chain_known:
            print("  Chuỗi chứng thư: đã xác minh tới chứng thư gốc đã cài.")
        elif a.roots:
            print(f"  Chuỗi chứng thư: chưa xác minh được với {a.roots} chứng thư gốc trong {a.trust_dir}.")
        else:
            print(f"  Chuỗi chứng thư: chưa xác minh (chưa cài chứng thư gốc; chép chứng thư gốc của Ban Cơ yếu "
                  f"Chính phủ vào {a.trust_dir} để xác minh).")
    print(f"Mã SHA-256 của tệp đã lưu: {a.copy.sha256}")
    for w in a.warnings:
        print(f"Lưu ý: {w}", file=sys.stderr)
    return 0


def cmd_report_sent(db_path: Path, kind: str, year: int, on: str, number: str | None, via: str, *,
                    today: dt.date) -> int:
    day = parse_user_date(on, "sent_on")
    if day is None:
        raise ValidationError(N_("errors", "Hãy nhập ngày gửi, ví dụ --on 18/03/2026."))
    with writing(db_path, SENT, on_wait=say_waiting) as db:
        before = delivery.final_report(db, kind, year)
        rec = delivery.record_sent(db, kind, year, day, today, number, via)
        copy = signed_copies.latest_for(db, rec.id)
    what = delivery.describe(rec)
    if before.sent_on and (before.sent_on, before.sent_number) != (rec.sent_on, rec.sent_number):
        print(f"Sửa ghi nhận gửi {what}: trước đây ghi ngày {dmy(before.sent_on)}"
              f"{', số ' + before.sent_number if before.sent_number else ''}.")
    print(f"Đã ghi nhận gửi {what} ngày {dmy(rec.sent_on)}{', số ' + rec.sent_number if rec.sent_number else ''}.")
    if copy is None:
        print("Lưu ý: chưa gắn bản đã ký của báo cáo này (parapp report signed … hoặc --scan).", file=sys.stderr)
    return 0


def cmd_reports(db_path: Path, year: int, *, as_json: bool, today: dt.date) -> int:
    with reading(db_path, on_wait=say_waiting) as db:
        rows = delivery.year_reports(db, year, today)
    if as_json:
        print(json.dumps([delivery.status_json(s) for s in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"Năm {year} chưa có báo cáo nào.")
    for s in rows:
        d = delivery.status_json(s)
        parts = [f"{KIND_LABELS[s.period.kind]:<16}", f"{STATE_WORDS[d['state']]:<8}", f"hạn {dmy(s.period.deadline)}"]
        if d["number"]:
            parts.append(f"số {d['number']}")
        if d["signed_by"]:
            parts.append(f"ký: {d['signed_by']}" + (" (bản quét)" if d["signed_copy"] == "scan" else ""))
        if s.sent_on:
            parts.append(f"gửi {dmy(s.sent_on)}" + (" (trễ hạn)" if s.late else ""))
        elif s.awaiting:
            parts.append("chờ gửi" + (" – quá hạn" if s.late else ""))
        print("  ".join(parts))
    return 0
