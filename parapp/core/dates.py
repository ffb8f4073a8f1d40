"""Dates as commune officials write them: D/M/YYYY, day first."""

from __future__ import annotations

import datetime as dt
import re

from parapp.core.holidays import is_holiday
from parapp.core.messages import N_, ValidationError
from parapp.core.years import YEAR_MAX, YEAR_MIN

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_user_date(text: str | None, field: str = "date") -> dt.date | None:
    """Read a date typed by a user: 05/01/2024, 5-1-2024, 5.1.2024 or 2024-01-05.

    Empty text means no date. Anything else that is not a real date raises a
    ValidationError saying what to type.
    """
    if text is None or not str(text).strip():
        return None
    s = str(text).strip()
    m = _DMY.match(s)
    if m:
        d, mo, y = (int(g) for g in m.groups())
    else:
        m = _ISO.match(s)
        if not m:
            raise ValidationError(
                N_("errors", "“{0}” không phải là ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2024."),
                s,
                field=field,
            )
        y, mo, d = (int(g) for g in m.groups())
    if not YEAR_MIN <= y <= YEAR_MAX:
        raise ValidationError(N_("errors", "Ngày “{0}” ở năm {1}: ParApp làm việc với các năm từ {2} đến {3}. Hãy "
                                           "kiểm tra lại năm."), s, y, YEAR_MIN, YEAR_MAX, field=field)
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise ValidationError(
            N_("errors", "Ngày “{0}” không có trên lịch. Hãy kiểm tra lại ngày và tháng."),
            s,
            field=field,
        ) from None


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def from_iso(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def month_end(year: int, month: int) -> dt.date:
    # The day before the next month's first (not calendar.monthrange: the calendar module loads locale
    # on the way to the window's first page).
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not in 1..12")  # as monthrange did: "tháng 0" names no month
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def quarter_end(year: int, quarter: int) -> dt.date:
    return month_end(year, quarter * 3)


def dmy(d: dt.date | None) -> str:
    """05/01/2024: the short form used in tables."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if d else ""


def is_working_day(d: dt.date) -> bool:
    """Monday to Friday, and not a public holiday (Tết 14–22/02/2026, 30/4–1/5, 2/9 …: core.holidays)."""
    return d.weekday() < 5 and not is_holiday(d)


def working_day_before(d: dt.date) -> dt.date:
    """`d` if the office works that day, else the last working day before it: a document is signed on one."""
    while not is_working_day(d):
        d -= dt.timedelta(days=1)
    return d


def working_day_after(d: dt.date) -> dt.date:
    """`d` if the office works that day, else the first working day after it."""
    while not is_working_day(d):
        d += dt.timedelta(days=1)
    return d


VIETNAM_TIME = dt.timezone(dt.timedelta(hours=7), "UTC+07:00")  # no summer time; every commune is in it


def vietnam_time(t: dt.datetime) -> dt.datetime:
    """A moment as a Vietnamese document dates it. A timestamp authority states UTC: 00:30 on 1/1 in Vietnam is
    17:30 on 31/12 there, and the document signed then is dated January. A time stated with no zone is the signer's
    own clock and is taken as it reads; this PC's zone is not used (an office PC left on a vendor's zone is common)."""
    return t.astimezone(VIETNAM_TIME) if t.tzinfo else t


def when_made(stamp: str) -> str:
    """A backup's ISO time stamp ("2026-12-02T16:08:31+07:00") as a person writes it: 02/12/2026 16:08. Said so by the
    window and the command line alike (a fresh-eyes walk, round 41: `restore` said "sao lưu lúc 2026-12-06T07:17")."""
    try:
        return dt.datetime.fromisoformat(stamp).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return stamp
