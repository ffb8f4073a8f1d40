"""Reporting periods: which CCHC reports are due in a year, the data window
each one counts, and its deadline.

The rules differ by superior body and year, so a schedule is a small rule set
(kept in the database, editable) with presets, never fixed calendar quarters.
Quý III (three months) and 9 tháng (nine months) are different reports.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from enum import Enum

from parapp.core.dates import dmy
from parapp.core.messages import N_, ValidationError
from parapp.core.years import check_year


class PeriodKind(str, Enum):
    Q1 = "q1"
    H1 = "h1"
    Q2 = "q2"
    Q3 = "q3"
    NINE_MONTHS = "9m"
    Q4 = "q4"
    YEAR = "year"


KIND_ORDER = [PeriodKind.Q1, PeriodKind.Q2, PeriodKind.H1, PeriodKind.Q3, PeriodKind.NINE_MONTHS,
              PeriodKind.Q4, PeriodKind.YEAR]
QUARTERS = [PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4]

KIND_LABELS = {
    PeriodKind.Q1: N_("periods", "Quý I"),
    PeriodKind.Q2: N_("periods", "Quý II"),
    PeriodKind.H1: N_("periods", "6 tháng đầu năm"),
    PeriodKind.Q3: N_("periods", "Quý III"),
    PeriodKind.NINE_MONTHS: N_("periods", "9 tháng"),
    PeriodKind.Q4: N_("periods", "Quý IV"),
    PeriodKind.YEAR: N_("periods", "Năm"),
}


@dataclass(frozen=True)
class DayOfYear:
    """A day given as day/month, in the period's year, the year before (-1) or after (+1)."""

    day: int
    month: int
    offset: int = 0

    def resolve(self, year: int) -> dt.date:
        y = year + self.offset
        # 29/2 in a year without it, or 31 in a 30-day month: the month's last day.
        last = calendar.monthrange(y, self.month)[1]
        return dt.date(y, self.month, min(self.day, last))

    def later(self, months: int) -> "DayOfYear":
        """The same day so many months on; a month's last day stays its month's last (31/3 → 30/6, 30/9 → 31/12)."""
        n = self.offset * 12 + self.month - 1 + months
        offset, month = divmod(n, 12)
        last = calendar.monthrange(2001, self.month)[1] if self.month != 2 else 28
        day = 31 if self.day >= last else self.day
        return DayOfYear(day, month + 1, offset)

    def text(self) -> str:
        s = f"{self.day:02d}/{self.month:02d}"
        return s + {-1: " (năm trước)", 1: " (năm sau)"}.get(self.offset, "")


@dataclass(frozen=True)
class PeriodRule:
    kind: PeriodKind
    start: DayOfYear
    end: DayOfYear
    deadline: DayOfYear | None = None   # a fixed day …
    days_after_end: int | None = None   # … or so many days after the window ends
    enabled: bool = True


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    year: int
    window_start: dt.date
    window_end: dt.date
    deadline: dt.date

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    def contains(self, d: dt.date | None) -> bool:
        return d is not None and self.window_start <= d <= self.window_end

    def as_json(self) -> dict:
        return {"kind": self.kind.value, "year": self.year, "window_start": self.window_start.isoformat(),
                "window_end": self.window_end.isoformat(), "deadline": self.deadline.isoformat()}


def resolve(rule: PeriodRule, year: int) -> Period:
    start, end = rule.start.resolve(year), rule.end.resolve(year)
    if rule.deadline is not None:
        deadline = rule.deadline.resolve(year)
    else:
        deadline = end + dt.timedelta(days=rule.days_after_end or 0)
    return Period(rule.kind, year, start, end, deadline)


def periods_for_year(rules: list[PeriodRule], year: int) -> list[Period]:
    check_year(year)  # the year a user asks for: the next one, 2101 at most, is reached only inside
    enabled = [r for r in rules if r.enabled]
    return sorted((resolve(r, year) for r in enabled), key=lambda p: (p.window_end, KIND_ORDER.index(p.kind)))


def quarter_like(rule: PeriodRule, kind: PeriodKind) -> PeriodRule:
    """Quý II (or IV) shaped as the schedule's quý I (or III) three months on: ticked in the ministry's 15→14 schedule,
    quý IV was 01/10–31/12 with a January deadline beside a year report ending 14/12 (a fresh-eyes walk, round 41)."""
    return PeriodRule(kind, rule.start.later(3), rule.end.later(3), rule.deadline.later(3) if rule.deadline else None,
                      rule.days_after_end, enabled=False)


def D(day: int, month: int, prev: bool = False) -> DayOfYear:  # noqa: N802 - reads like a date
    return DayOfYear(day, month, -1 if prev else 0)


K = PeriodKind
PRESETS: dict[str, list[PeriodRule]] = {
    # The ministry's rule, copied by many provinces: a new commune starts on it.
    "15-14": [
        PeriodRule(K.Q1, D(15, 12, True), D(14, 3), D(20, 3)),
        PeriodRule(K.H1, D(15, 12, True), D(14, 6), D(20, 6)),
        PeriodRule(K.Q3, D(15, 6), D(14, 9), D(20, 9)),
        PeriodRule(K.NINE_MONTHS, D(15, 12, True), D(14, 9), D(20, 9)),
        PeriodRule(K.YEAR, D(15, 12, True), D(14, 12), D(20, 12)),
    ],
    "calendar": [
        PeriodRule(K.Q1, D(1, 1), D(31, 3), days_after_end=5),
        PeriodRule(K.H1, D(1, 1), D(30, 6), days_after_end=5),
        PeriodRule(K.Q3, D(1, 7), D(30, 9), days_after_end=5),
        PeriodRule(K.NINE_MONTHS, D(1, 1), D(30, 9), days_after_end=5),
        PeriodRule(K.YEAR, D(1, 1), D(31, 12), days_after_end=5),
    ],
    # Sample 001: deadline the 11th of the last month, windows from the 11th.
    "tran-de-2024": [
        PeriodRule(K.Q1, D(11, 12, True), D(10, 3), D(11, 3)),
        PeriodRule(K.H1, D(11, 12, True), D(10, 6), D(11, 6)),
        PeriodRule(K.Q3, D(11, 6), D(10, 9), D(11, 9)),
        PeriodRule(K.YEAR, D(11, 12, True), D(10, 12), D(11, 12)),
    ],
    # Sample 003 gives deadlines only; windows run from 15/12 of the year
    # before to the day before each deadline.
    "ba-giang-2023": [
        PeriodRule(K.Q1, D(15, 12, True), D(14, 3), D(15, 3)),
        PeriodRule(K.H1, D(15, 12, True), D(14, 6), D(15, 6)),
        PeriodRule(K.NINE_MONTHS, D(15, 12, True), D(14, 9), D(15, 9)),
        PeriodRule(K.YEAR, D(15, 12, True), D(31, 10), D(1, 11)),
    ],
}
PRESET_LABELS = {
    "15-14": N_("periods", "Từ ngày 15 đến ngày 14 (Bộ Nội vụ; nhiều tỉnh áp dụng)"),
    "calendar": N_("periods", "Theo quý dương lịch, hạn 5 ngày sau kỳ"),
    "tran-de-2024": N_("periods", "Từ ngày 11 đến ngày 10, hạn ngày 11 (như huyện Trần Đề 2024)"),
    "ba-giang-2023": N_("periods", "Hạn 15/3, 15/6, 15/9, 01/11 (như xã Ba Giang 2023)"),
}
DEFAULT_PRESET = "15-14"


def working_days_between(a: dt.date, b: dt.date) -> int:
    """Monday–Friday days strictly after a and strictly before b."""
    n, d = 0, a + dt.timedelta(days=1)
    while d < b:
        if d.weekday() < 5:
            n += 1
        d += dt.timedelta(days=1)
    return n


def check_rules(rules: list[PeriodRule], year: int) -> list[str]:
    """Refuse a rule set that cannot be right; return warnings for one that may be.

    Refused: a window that ends before it starts, a deadline not after its
    window, two quarters whose windows overlap or run backwards, cumulative
    reports (6 tháng, 9 tháng, năm) whose windows end out of order.
    Warned: less than one working day between a window's end and its deadline.
    """
    warnings: list[str] = []
    kinds = [r.kind for r in rules]
    if len(set(kinds)) != len(kinds):
        raise ValidationError(N_("errors", "Mỗi loại báo cáo chỉ được khai báo một lần."))
    periods = {r.kind: resolve(r, year) for r in rules if r.enabled}
    for p in periods.values():
        if p.window_end < p.window_start:
            raise ValidationError(
                N_("errors", "Kỳ {0}: ngày kết thúc số liệu ({1}) trước ngày bắt đầu ({2}). Hãy sửa lại khoảng thời "
                             "gian."),
                KIND_LABELS[p.kind], dmy(p.window_end), dmy(p.window_start), field=p.kind.value)
        if p.deadline <= p.window_end:
            raise ValidationError(
                N_("errors", "Kỳ {0}: hạn gửi báo cáo ({1}) phải sau ngày chốt số liệu ({2})."),
                KIND_LABELS[p.kind], dmy(p.deadline), dmy(p.window_end), field=p.kind.value)
        if working_days_between(p.window_end, p.deadline) < 1:
            warnings.append(N_("periods", "Kỳ {0}: giữa ngày chốt số liệu và hạn gửi không có ngày làm việc nào (quy "
                                          "định chung cần ít nhất 1 ngày).").format(KIND_LABELS[p.kind]))
    quarters = [periods[k] for k in QUARTERS if k in periods]
    for a, b in zip(quarters, quarters[1:]):
        if b.window_start <= a.window_end:
            raise ValidationError(
                N_("errors",
                   "Kỳ {0} bắt đầu ({1}) trước khi kỳ {2} kết thúc ({3}): các quý không được chồng lên nhau."),
                KIND_LABELS[b.kind], dmy(b.window_start), KIND_LABELS[a.kind], dmy(a.window_end), field=b.kind.value)
    chain = [periods[k] for k in (PeriodKind.Q1, PeriodKind.H1, PeriodKind.NINE_MONTHS,
                                  PeriodKind.YEAR) if k in periods]
    for a, b in zip(chain, chain[1:]):
        if b.window_end <= a.window_end:
            raise ValidationError(
                N_("errors", "Kỳ {0} phải kết thúc sau kỳ {1}."), KIND_LABELS[b.kind], KIND_LABELS[a.kind],
                field=b.kind.value)
    return warnings


def next_due(periods: list[Period], today: dt.date) -> Period | None:
    """The first report whose deadline is today or later."""
    upcoming = [p for p in periods if p.deadline >= today]
    return min(upcoming, key=lambda p: p.deadline) if upcoming else None


def following(periods: list[Period], period: Period) -> Period | None:
    """The report after this one in the same schedule (for "phương hướng kỳ tới")."""
    later = [p for p in periods if p.window_end > period.window_end]
    return min(later, key=lambda p: p.window_end) if later else None


def with_deadline(rule: PeriodRule, deadline: DayOfYear) -> PeriodRule:
    return replace(rule, deadline=deadline, days_after_end=None)


def format_day(d: DayOfYear) -> str:
    """'15/12 năm trước', '14/03', '05/01 năm sau': how the schedule editor shows a day."""
    return f"{d.day:02d}/{d.month:02d}" + {-1: " năm trước", 1: " năm sau"}.get(d.offset, "")


def format_deadline(rule: PeriodRule) -> str:
    return format_day(rule.deadline) if rule.deadline else f"+{rule.days_after_end}"


def parse_day(text: str) -> DayOfYear:
    """Read '15/12 năm trước', '14/3', '5/1 năm sau' (diacritics optional)."""
    from parapp.core.vntext import fold

    f = fold(text).strip()
    # the English window's words too: "năm trước" was the only way to say it there (a fresh-eyes walk, round 43)
    offset = -1 if any(w in f for w in ("truoc", "previous", "last")) else 1 if any(w in f for w in ("sau", "next")) \
        else 0
    head = f.split()[0] if f.split() else ""
    parts = head.replace("-", "/").replace(".", "/").split("/")
    try:
        day, month = int(parts[0]), int(parts[1])
        dt.date(2024, month, day)  # a leap year: 29/02 is a valid rule day
    except (ValueError, IndexError):
        raise ValidationError(
            N_("errors", "“{0}” không phải ngày/tháng. Hãy nhập như 15/12, thêm “năm trước” nếu là năm trước."),
            text) from None
    return DayOfYear(day, month, offset)


def parse_deadline_cell(text: str) -> DayOfYear | int:
    """A fixed day ('20/3') or a number of days after the window ends ('+5')."""
    s = text.strip()
    if s.startswith("+"):
        try:
            n = int(s[1:])
        except ValueError:
            n = -1
        if not 1 <= n <= 90:
            raise ValidationError(N_("errors", "“{0}”: số ngày sau kỳ phải từ 1 đến 90, ví dụ +5."), text)
        return n
    return parse_day(s)
