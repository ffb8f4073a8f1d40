"""Checks on what a user enters, before anything is stored.

Each function returns the cleaned values (NFC text, real dates) or raises a
ValidationError naming the field and saying what to do. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from parapp.core.years import year_ok
from parapp.core.dates import parse_user_date
from parapp.core.messages import N_, ValidationError
from parapp.core.status import Recurrence, Status
from parapp.core.vntext import clean

# Long enough for any real task text (the longest cells in the samples are a
# few hundred characters); past it, a paste has almost certainly gone wrong.
MAX_TEXT = 20_000
MAX_LINE = 500

TASK_TEXT_FIELDS = (
    "stt", "group_title", "content", "par_code", "cause", "remedy", "product",
    "lead_text", "coordinators", "deadline_text", "budget", "note",
    "dropped_reason", "delay_reason", "result", "support_request",
)
_PAR_CODE = re.compile(r"^\d{1,2}(\.\d{1,2}){0,3}[a-zđ]?$")


def is_par_code(code: str) -> bool:
    """A criterion's code as a task carries it: 2.2.1, 1.1a."""
    return bool(_PAR_CODE.match(code))
_PHONE = re.compile(r"^[0-9 +().\-]{6,20}$")

# Every field a message below names, as the window's forms name it: the message said "Trường “lead_text”
# dài 20001 ký tự" — the column's name — for all but these first four (round 11).
FIELD_LABELS = {
    "content": N_("fields", "Nội dung"),
    "full_name": N_("fields", "Họ và tên"),
    "title": N_("fields", "Trích yếu kế hoạch"),
    "commune_name": N_("fields", "Tên UBND xã"),
    "stt": N_("fields", "STT"),
    "group_title": N_("fields", "Nhóm nhiệm vụ"),
    "par_code": N_("fields", "Mã tiêu chí"),
    "cause": N_("fields", "Nguyên nhân"),
    "remedy": N_("fields", "Giải pháp"),
    "product": N_("fields", "Sản phẩm"),
    "lead_text": N_("fields", "Chủ trì (theo văn bản)"),
    "coordinators": N_("fields", "Phối hợp"),
    "deadline_text": N_("fields", "Thời gian thực hiện"),
    "budget": N_("fields", "Kinh phí"),
    "note": N_("fields", "Ghi chú"),
    "dropped_reason": N_("fields", "Lý do dừng"),
    "delay_reason": N_("fields", "Lý do chậm"),
    "result": N_("fields", "Kết quả đạt được"),
    "support_request": N_("fields", "Kiến nghị cấp trên"),
    "position": N_("fields", "Chức danh"),
    "phone": N_("fields", "Điện thoại"),
    "number": N_("fields", "Số, ký hiệu"),
    "issuer": N_("fields", "Cơ quan ban hành"),
    "signer": N_("fields", "Người ký"),
}


def _text(data: dict[str, Any], key: str, *, limit: int = MAX_TEXT) -> str:
    value = clean(data.get(key))
    if len(value) > limit:
        raise ValidationError(
            N_("errors", "Trường “{0}” dài {1} ký tự, quá giới hạn {2}. Hãy rút gọn, hoặc đưa phần chi tiết vào Ghi "
                         "chú."),
            FIELD_LABELS.get(key, key), len(value), limit,
            field=key,
        )
    return value


def _date(value: Any, field: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        if not year_ok(value.year):  # a date object from an import or the window: the same rule as typed ones
            return parse_user_date(f"{value.day:02d}/{value.month:02d}/{value.year}", field=field)
        return value
    return parse_user_date(str(value), field=field)


def _required(value: str, key: str) -> str:
    if not value:
        raise ValidationError(
            N_("errors", "Chưa nhập “{0}”. Trường này là bắt buộc."),
            FIELD_LABELS.get(key, key),
            field=key,
        )
    return value


def validate_task(data: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Clean a task's fields. Keys absent from `data` stay absent."""
    out: dict[str, Any] = {}
    for key in TASK_TEXT_FIELDS:
        if key in data:
            out[key] = _text(data, key, limit=MAX_LINE if key in ("stt", "par_code") else MAX_TEXT)
    if "content" in data:
        _required(out["content"], "content")
    if out.get("par_code") and not _PAR_CODE.match(out["par_code"]):
        raise ValidationError(
            N_("errors", "Mã tiêu chí “{0}” không đúng dạng. Hãy nhập các số cách nhau bằng dấu chấm, ví dụ 2.2.1."),
            out["par_code"], field="par_code",
        )
    if "status" in data:
        try:
            out["status"] = Status(data["status"]).value
        except ValueError:
            raise ValidationError(
                N_("errors", "Trạng thái “{0}” không hợp lệ. Dùng một trong: not_started, in_progress, done, dropped."),
                data["status"], field="status",
            ) from None
    if "recurrence" in data:
        try:
            out["recurrence"] = Recurrence(data["recurrence"] or "none").value
        except ValueError:
            raise ValidationError(
                N_("errors", "Kiểu lặp lại “{0}” không hợp lệ."), data["recurrence"], field="recurrence"
            ) from None
    for key in ("due_date", "completed_on"):
        if key in data:
            out[key] = _date(data[key], key)
    if out.get("completed_on") and out["completed_on"] > today:
        raise ValidationError(
            N_("errors", "Ngày hoàn thành ({0}) sau ngày hôm nay. Hãy nhập ngày đã hoàn thành thực tế."),
            out["completed_on"].strftime("%d/%m/%Y"), field="completed_on",
        )
    if out.get("status") == Status.DROPPED.value and "dropped_reason" in out and not out["dropped_reason"]:
        raise ValidationError(
            N_("errors", "Hãy ghi lý do dừng thực hiện nhiệm vụ."), field="dropped_reason"
        )
    return out


def validate_official(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("full_name", "position", "phone"):
        if key in data:
            out[key] = _text(data, key, limit=MAX_LINE)
    if "full_name" in data:
        _required(out["full_name"], "full_name")
    if out.get("phone") and not _PHONE.match(out["phone"]):
        raise ValidationError(
            N_("errors", "Số điện thoại “{0}” không hợp lệ. Chỉ dùng chữ số, dấu cách, dấu chấm hoặc dấu +."),
            out["phone"], field="phone",
        )
    for key in ("unit_id", "active"):
        if key in data:
            out[key] = data[key]
    return out


def validate_plan(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("number", "issuer", "title", "signer"):
        if key in data:
            out[key] = _text(data, key, limit=MAX_TEXT if key == "title" else MAX_LINE)
    if "title" in data:
        _required(out["title"], "title")
    if "issued_on" in data:
        out["issued_on"] = _date(data["issued_on"], "issued_on")
    if "is_annual" in data:
        out["is_annual"] = int(bool(data["is_annual"]))
    if "year" in data:
        try:
            year = int(data["year"])
        except (TypeError, ValueError):
            year = 0
        if not 2000 <= year <= 2100:
            raise ValidationError(
                N_("errors", "Năm kế hoạch “{0}” không hợp lệ. Hãy nhập năm có 4 chữ số, ví dụ 2024."),
                data["year"], field="year",
            )
        out["year"] = year
    return out


def validate_completion(status: str, due: dt.date | None, completed_on: dt.date | None, delay_reason: str,
                        today: dt.date) -> dict[str, Any]:
    """Marking a task done: the day it was finished (not after today), and, when that
    is after its due date, why it was late: the report names late tasks and their reasons."""
    if status == Status.DONE.value:
        raise ValidationError(N_("errors", "Nhiệm vụ này đã được ghi nhận hoàn thành."), field="status")
    if completed_on is None:
        raise ValidationError(N_("errors", "Hãy nhập ngày hoàn thành."), field="completed_on")
    if completed_on > today:
        raise ValidationError(
            N_("errors", "Ngày hoàn thành ({0}) sau ngày hôm nay. Hãy nhập ngày đã hoàn thành thực tế."),
            completed_on.strftime("%d/%m/%Y"), field="completed_on")
    reason = clean(delay_reason)
    if due is not None and completed_on > due and not reason:
        raise ValidationError(
            N_("errors", "Nhiệm vụ hoàn thành sau hạn ({0}) {1} ngày. Hãy ghi lý do chậm: báo cáo sẽ nêu lý do này."),
            due.strftime("%d/%m/%Y"), (completed_on - due).days, field="delay_reason")
    out: dict[str, Any] = {"status": Status.DONE.value, "completed_on": completed_on}
    if reason:
        out["delay_reason"] = reason
    return out


def is_late(due: dt.date | None, completed_on: dt.date | None) -> bool:
    return due is not None and completed_on is not None and completed_on > due


def check_par_code(code: str, catalogue, extra=()) -> None:
    """Refuse a criterion code no catalogue knows, naming the nearest known ones."""
    from parapp.core.catalogue import code_is_known, nearest_codes

    code = clean(code)
    if not code or code_is_known(catalogue, code, extra):
        return
    raise ValidationError(
        N_("errors", "Mã tiêu chí “{0}” không có trong bộ Chỉ số CCHC {1}. Có phải là: {2}? Hãy sửa lại mã, "
                     "hoặc để trống nếu nhiệm vụ không gắn với tiêu chí nào."),
        code, catalogue.code, ", ".join(nearest_codes(catalogue, code, extra)), field="par_code")
