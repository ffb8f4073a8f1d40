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
from parapp.core.vntext import fold

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


def next_span(kind: PeriodKind, year: int) -> NextSpan:
    """q1 → quý II; h1 and q2 → 6 tháng cuối năm; q3 and 9m → quý IV; year and q4 → the next year.

    "Kỳ tới" is the next calendar period, whatever the data windows: the work a report
    promises for quý II is the work due from 1 April to 30 June."""
    if kind is PeriodKind.Q1:
        return NextSpan(period_phrase(PeriodKind.Q2, year), dt.date(year, 4, 1), dt.date(year, 6, 30))
    if kind in (PeriodKind.H1, PeriodKind.Q2):
        return NextSpan(f"6 tháng cuối năm {year}", dt.date(year, 7, 1), dt.date(year, 12, 31))
    if kind in (PeriodKind.Q3, PeriodKind.NINE_MONTHS):
        return NextSpan(period_phrase(PeriodKind.Q4, year), dt.date(year, 10, 1), dt.date(year, 12, 31))
    return NextSpan(f"năm {year + 1}", dt.date(year + 1, 1, 1), dt.date(year + 1, 12, 31))


_CALENDAR_END = {PeriodKind.Q1: (3, 31), PeriodKind.Q2: (6, 30), PeriodKind.H1: (6, 30), PeriodKind.Q3: (9, 30),
                 PeriodKind.NINE_MONTHS: (9, 30), PeriodKind.Q4: (12, 31), PeriodKind.YEAR: (12, 31)}


def calendar_end(kind: PeriodKind, year: int) -> dt.date:
    """The last day of the period itself (31/3 for quý I), whatever its data window: work due
    between the window's end and that day is still the period's own."""
    return dt.date(year, *_CALENDAR_END[kind])


@lru_cache(maxsize=4096)  # a year has few distinct dates and 50,000 tasks
def day(d: dt.date) -> str:
    return doc_date(d)


@lru_cache(maxsize=4096)
def due_day(deadline_text: str, due: dt.date) -> str:
    """A deadline as the plan wrote it where its words name it: "trước ngày 15/01/2027" (kept as 14/01), "quý II/2027",
    "tháng 4/2027"; else "ngày 30/6/2027". A fresh-eyes walk and the chairman's read (round 41) read "thời hạn ngày
    14/01/2027" and "ngày 30/6/2027" beside the plan's "Trước ngày 15/01/2027" and "Quý II/2027": days no plan wrote."""
    text = " ".join(deadline_text.split()).rstrip(".;")
    words = fold(text)
    if words.startswith("truoc ngay ") and day(due + dt.timedelta(days=1)) in _dated(deadline_text):
        return f"trước ngày {day(due + dt.timedelta(days=1))}"
    named = _NAMED_SPAN.match(words)
    if named:
        from parapp.core.deadline_text import parse_deadline

        span = text[len(text) - len(words) + named.start(1):]  # folding keeps the length: the span as written
        if parse_deadline(span, due.year).due == due:
            return span[:1].lower() + span[1:]
    year = _NAMED_YEAR.match(words)
    if year and due == dt.date(int(year.group(1)), 12, 31):  # "Trong năm 2026": not a day the plan wrote (round 43)
        return f"trong năm {year.group(1)}"
    return f"ngày {day(due)}"


_NAMED_YEAR = re.compile(r"^(?:(?:hoan thanh )?trong )?nam (\d{4})$")

# "Quý II/2027", "Quý II năm 2027", "Tháng 4/2027", "tháng 04 năm 2027", and "(Hoàn thành) trong quý III/2027": a span
# the plan names, said as it names it
_NAMED_SPAN = re.compile(r"^(?:(?:hoan thanh )?trong )?"
                         r"((?:quy (?:i{1,3}|iv|[1-4])|thang \d{1,2})(?:\s*/\s*| nam )\d{4})$")


def _dated(text: str) -> str:
    """The text's dates written as the report writes them."""
    out = []
    for d, m, y in re.findall(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", text):
        try:
            out.append(day(dt.date(int(y), int(m), int(d))))
        except ValueError:
            continue
    return " ".join(out)


def num(n: float) -> str:
    """1.240; 12,5"""
    return _num(int(n)) if float(n).is_integer() else format_decimal(n)


@lru_cache(maxsize=8192)
def _num(n: int) -> str:
    return format_decimal(n)


def count(n: float) -> str:
    """A count in a sentence, written one way whatever its size: 1, 9, 10, 1.240.

    The leading zero of the decree (05/BC-UBND, ngày 05/01) is for numbers and dates of
    documents; a report that wrote "03 hồ sơ" beside "5/5 kiến nghị" and "2 tập thể" typed by
    the official would write small counts two ways."""
    return num(n)


def pct(part: float, whole: float) -> str:
    """99,3%; 52%; 100%: one decimal, rounded half up, from the counts themselves."""
    if not whole:
        return "0%"
    return rate_text(100.0 * part / whole)


def rate_text(value: float) -> str:
    """A rate as printed: 99,85 → 99,9% (half up, never banker's rounding); 90,0 → 90%, as a
    person writes a whole rate; 100 → 100%."""
    v = printed_rate(value)
    if not v.is_finite():  # counts near a float's limit (an older ParApp's) overflow a sum: say ∞, not fail
        return format_decimal(v) + "%"
    if v == v.to_integral_value():
        return format_decimal(int(v), "#,##0") + "%"
    return format_decimal(v, "#,##0.0") + "%"


def printed_rate(value: float):
    """A rate as the page prints it, as a Decimal to one place (99,85 → 99.9).

    A rate is 100% only when all of it is there, and 0% only when none is: 2.000 of 2.001
    documents signed is 99,9%, never the 100% a reader would take for all of them."""
    from decimal import ROUND_HALF_UP, Decimal, localcontext

    v = Decimal(repr(float(value)))
    if not v.is_finite():  # a sum or rate of counts near a float's limit: ∞, and ∞/∞ too (never NaN: it
        return Decimal("-Infinity" if v.is_signed() else "Infinity")  # does not compare, and raised)
    with localcontext() as ctx:  # 28 digits by default: a rate of 10^27 % raised InvalidOperation (round 11)
        ctx.prec = 400
        v = v.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if v == 100 and value < 100:
        return Decimal("99.9")
    if v == 0 and value > 0:
        return Decimal("0.1")
    return v


def points_change(now: float, before: float) -> str:
    """How a rate moved, in percentage points: 'tăng 3,2 điểm phần trăm', 'giảm 1 điểm phần trăm',
    'không thay đổi'. Computed from the two rates as printed, so the subtraction a reader does on
    the page (45,7% against 36%) gives the same 9,7 points."""
    a, b = printed_rate(now), printed_rate(before)
    if a == b:
        return "không thay đổi"
    diff = rate_text(float(abs(a - b))).removesuffix("%")
    return f"{'tăng' if a > b else 'giảm'} {diff} điểm phần trăm"


def count_change(now: float, before: float) -> str:
    """How a count moved against the same period of last year: 'tăng 5,2%', 'giảm 12%', 'tương đương'."""
    if not before:
        return ""
    change = rate_text(abs(100.0 * (now - before) / before))
    if change == "0%":
        return "tương đương"
    return f"{'tăng' if now > before else 'giảm'} {change}"


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
tiến tổ tổng triển trình tuyên xây xử áp ứng lập lồng mở nắm niêm rút tạo tuân vận ký giao kết đảm bảo cấp đề kiến
trả nhắc
""".split())


# "Tham mưu UBND xã ban hành …" is the officer's task; the commune reports what it did: "Đã ban hành …".
_ADVISE = re.compile(r"^tham mưu(?: cho)?(?: (?:chủ tịch )?(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) (?:xã|phường))?\s+",
                     re.I)


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


def commune_voice(content: str) -> str:
    """A task's words as the commune's report lists them: "Tham mưu UBND xã tổ chức …" → "Tổ chức …", else as
    written. The chairman's reads (rounds 41, 43): Phụ lục II of a report from UBND xã kept the officer's "Tham mưu
    UBND xã …", the commune advising itself, where the text already dropped it."""
    if content[:8].lower() != "tham mưu":  # most tasks: no pattern run (a year draft lists 50,000 of them)
        return content
    m = _ADVISE.match(content)
    rest = content[m.end():] if m else ""
    return rest[:1].upper() + rest[1:] if rest.strip() else content


@lru_cache(maxsize=65536)
def todo_clause(content: str) -> str:
    """A task as the commune names work still to do: 'Tham mưu UBND xã ban hành …' → 'Ban hành …'
    (the committee does not advise itself), otherwise the content as written."""
    s = sentence(content)
    rest = _ADVISE.sub("", s)
    return sentence(rest) if rest and rest != s else s
