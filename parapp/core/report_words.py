"""How a report words its period, the next one, numbers and sentences.

"Trong quý", "6 tháng đầu năm", "9 tháng", "trong năm": a quarterly report
never says "trong năm", and "kỳ tới" is always named ("quý II năm 2026",
"6 tháng cuối năm 2026", "quý IV năm 2026", "năm 2027").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from parapp.core.numbers import format_decimal
from parapp.core.citations import doc_date
from parapp.core.periods import Period, PeriodKind

_QUARTER_ROMAN = {PeriodKind.Q1: "I", PeriodKind.Q2: "II", PeriodKind.Q3: "III", PeriodKind.Q4: "IV"}


def period_phrase(kind: PeriodKind | Period, year: int | None = None) -> str:
    """'quý I năm 2026', '6 tháng đầu năm 2026', '9 tháng năm 2026', 'năm 2026' (a kind and a year, or a Period)."""
    if isinstance(kind, Period):
        return period_phrase(PeriodKind(kind.kind), kind.year)
    if kind in _QUARTER_ROMAN:
        return f"quý {_QUARTER_ROMAN[kind]} năm {year}"
    if kind is PeriodKind.H1:
        return f"6 tháng đầu năm {year}"
    if kind is PeriodKind.NINE_MONTHS:
        return f"9 tháng năm {year}"
    return f"năm {year}"


def in_period(kind: PeriodKind) -> str:
    """What opens a sentence about the period: 'Trong quý', 'Trong 6 tháng đầu năm', 'Trong 9 tháng', 'Trong năm'."""
    if kind in _QUARTER_ROMAN:
        return "Trong quý"
    if kind is PeriodKind.H1:
        return "Trong 6 tháng đầu năm"
    if kind is PeriodKind.NINE_MONTHS:
        return "Trong 9 tháng"
    return "Trong năm"


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


@dataclass(frozen=True)
class NextSpan:
    """What 'kỳ tới' is for a report: its name and the days it covers."""

    phrase: str          # "quý II năm 2026"
    start: dt.date
    end: dt.date


def next_span(kind: PeriodKind, year: int, windows: dict[PeriodKind, Period],
              next_year_windows: dict[PeriodKind, Period]) -> NextSpan:
    """q1 → quý II; h1 and q2 → 6 tháng cuối năm; q3 and 9m → quý IV; year and q4 → the next year.

    `windows` are the figure windows of the year (every quarter, see core.figures)."""
    w = windows
    if kind is PeriodKind.Q1:
        return NextSpan(period_phrase(PeriodKind.Q2, year), w[PeriodKind.Q2].window_start, w[PeriodKind.Q2].window_end)
    if kind in (PeriodKind.H1, PeriodKind.Q2):
        return NextSpan(f"6 tháng cuối năm {year}", w[PeriodKind.Q3].window_start, w[PeriodKind.Q4].window_end)
    if kind in (PeriodKind.Q3, PeriodKind.NINE_MONTHS):
        return NextSpan(period_phrase(PeriodKind.Q4, year), w[PeriodKind.Q4].window_start, w[PeriodKind.Q4].window_end)
    nxt = next_year_windows[PeriodKind.YEAR]
    return NextSpan(f"năm {year + 1}", nxt.window_start, nxt.window_end)


@lru_cache(maxsize=4096)  # a year has few distinct dates and 50,000 tasks
def day(d: dt.date) -> str:
    return doc_date(d)


def num(n: float) -> str:
    """1.240; 12,5"""
    return _num(int(n)) if float(n).is_integer() else format_decimal(n)


@lru_cache(maxsize=8192)
def _num(n: int) -> str:
    return format_decimal(n)


def count(n: float) -> str:
    """A count in a sentence: 01 … 09 as administrative documents write them, then 10, 1.240."""
    return f"{int(n):02d}" if float(n).is_integer() and 0 <= n < 10 else num(n)


def pct(part: float, whole: float) -> str:
    """99,3%; 52,0%; 100%: one decimal, rounded half up, from the counts themselves."""
    if not whole:
        return "0%"
    return rate_text(100.0 * part / whole)


def rate_text(value: float) -> str:
    """A rate as printed: 99,85 → 99,9% (half up, never banker's rounding); 100 → 100%."""
    from decimal import ROUND_HALF_UP, Decimal

    v = Decimal(repr(float(value))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if v == 100:
        return "100%"
    return format_decimal(v, "#,##0.0") + "%"


@lru_cache(maxsize=65536)
def sentence(text: str) -> str:
    """A stored text as the body of a sentence: one line, capitalised, no closing punctuation."""
    t = " ".join(text.replace("\n", " ").split()).rstrip(" .;:,")
    return t[:1].upper() + t[1:] if t else t


# Words a task's content starts with when it says what to do: "Đã" + the content
# then says what was done ("Đã tham mưu UBND xã ban hành …").
_VERBS = frozenset("""
ban báo bố cải cập chỉ chủ công củng cử duy đánh đào đăng đầu đẩy điều đôn đổi đối giải giám hoàn hướng khắc
kiểm kiện nâng ngăn nghiên phát phân phối phổ quán quản rà sắp số sửa tăng tập tham theo thi thông thu thực tiếp
tiến tổ tổng triển trình tuyên xây xử áp ứng lập lồng mở nắm niêm rút tạo tuân vận ký giao kết đảm bảo cấp đề
""".split())


# "Tham mưu UBND xã ban hành …" is the officer's task; the commune reports what it did: "Đã ban hành …".
_ADVISE = re.compile(r"^tham mưu(?: cho)?(?: (?:chủ tịch )?(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) xã)?\s+", re.I)


@lru_cache(maxsize=65536)
def done_clause(content: str) -> str | None:
    """'Tham mưu UBND xã ban hành …' → 'Đã ban hành …'; None when the content is not a verb phrase."""
    s = sentence(content)
    s = _ADVISE.sub("", s) or s
    first = s.split(" ", 1)[0].lower()
    if first in ("đã", "đang"):
        return None
    if first in _VERBS:
        return "Đã " + lower_first(s)
    return None
