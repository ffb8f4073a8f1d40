"""The figures a report states (số liệu): indicators as data, and how a period's
value follows from what was entered.

Indicators come from resources/figures/indicators.json, plus the commune's
own (a province's extra indicators), never from an enum. How an indicator
combines over time is part of its definition:

- flow: adds up over periods (dossiers received, documents issued);
- stock_end / stock_start: read at the window's end (pending dossiers) or start
  (carried over from the previous period);
- sum: the total of other indicators (settled = early + on time + late);
- rate: a percentage recomputed from two counts, never entered, never summed.

Values belong to a period of a year. Quarters q2 and q4 hold figures even when
no report is due for them, so that 6 tháng, 9 tháng and năm can be derived
from the quarters that tile their windows. A value that can be neither read
nor derived is missing, and a draft says nothing about it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from parapp.core.messages import N_, Msg, ValidationError
from parapp.core.periods import QUARTERS, Period, PeriodKind, PeriodRule, resolve

FLOW, STOCK_END, STOCK_START, SUM, RATE = "flow", "stock_end", "stock_start", "sum", "rate"
COMBINES = (FLOW, STOCK_END, STOCK_START, SUM, RATE)
ENTERABLE = (FLOW, STOCK_END, STOCK_START)


class Source(str, Enum):
    ENTERED = "entered"
    IMPORTED = "imported"
    DERIVED = "derived"
    MISSING = "missing"


SOURCE_LABELS = {
    Source.ENTERED: N_("figures", "Nhập tay"),
    Source.IMPORTED: N_("figures", "Nhập từ tệp"),
    Source.DERIVED: N_("figures", "Tính từ các quý"),
    Source.MISSING: N_("figures", "Chưa có"),
}

# Which quarters tile a cumulative report's window, in order.
TILES = {
    PeriodKind.H1: [PeriodKind.Q1, PeriodKind.Q2],
    PeriodKind.NINE_MONTHS: [PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3],
    PeriodKind.YEAR: [PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4],
}
FIGURE_KINDS = [PeriodKind.Q1, PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4, PeriodKind.H1,
                PeriodKind.NINE_MONTHS, PeriodKind.YEAR]


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    unit: str
    theme: str               # a group of the catalogue's "themes", mapped to a reform area per catalogue
    combine: str
    parts: tuple[str, ...] = ()        # sum: the indicators added
    numerator: tuple[str, ...] = ()    # rate: counts on top …
    denominator: tuple[str, ...] = ()  # … and below
    builtin: bool = True
    area: str = ""           # a user's indicator names its area directly
    at_most: tuple[str, ...] = ()      # counts it can never exceed together (settled ≤ received + carried over)

    @property
    def enterable(self) -> bool:
        return self.combine in ENTERABLE

    @property
    def is_rate(self) -> bool:
        return self.combine == RATE


@dataclass(frozen=True)
class IndicatorSet:
    indicators: tuple[Indicator, ...]
    themes: dict[str, dict[str, str]]  # theme → {catalogue code → area code}

    def by_code(self) -> dict[str, Indicator]:
        return {i.code: i for i in self.indicators}

    def get(self, code: str) -> Indicator | None:
        return self.by_code().get(code)

    def area_of(self, ind: Indicator, catalogue_code: str) -> str:
        if ind.area:
            return ind.area
        return self.themes.get(ind.theme, {}).get(catalogue_code, "")

    def with_user(self, extra: list[Indicator]) -> "IndicatorSet":
        known = {i.code for i in self.indicators}
        return IndicatorSet(self.indicators + tuple(i for i in extra if i.code not in known), self.themes)


def load_indicator_set(path: Path | None = None) -> IndicatorSet:
    if path is None:
        from parapp.assets import asset

        path = asset("figures", "indicators.json")
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    inds = []
    for d in data["indicators"]:
        if d["combine"] not in COMBINES:
            raise ValueError(f"{d['code']}: unknown combine {d['combine']!r}")
        inds.append(Indicator(d["code"], d["name"], d["unit"], d.get("theme", ""), d["combine"],
                              tuple(d.get("parts", ())), tuple(d.get("numerator", ())),
                              tuple(d.get("denominator", ())), at_most=tuple(d.get("at_most", ()))))
    return IndicatorSet(tuple(inds), {k: dict(v) for k, v in data.get("themes", {}).items()})


_SHIPPED: IndicatorSet | None = None


def shipped_indicators() -> IndicatorSet:
    global _SHIPPED
    if _SHIPPED is None:
        _SHIPPED = load_indicator_set()
    return _SHIPPED


# -- the windows figures are counted over ------------------------------------------

def _quarter_bounds(rules: list[PeriodRule], year: int) -> dict[PeriodKind, tuple[dt.date, dt.date]]:
    """Each quarter's window under the commune's schedule.

    A schedule names the windows of the reports it asks for; a quarter without
    a report of its own runs from the day after the previous quarter to the end
    of the cumulative report that closes it (q2 ends with 6 tháng, q4 with năm).
    Windows built this way tile the cumulative ones exactly.
    """
    ends: dict[PeriodKind, dt.date] = {}
    by_kind = {r.kind: resolve(r, year) for r in rules}
    closing = {PeriodKind.Q1: [PeriodKind.Q1], PeriodKind.Q2: [PeriodKind.Q2, PeriodKind.H1],
               PeriodKind.Q3: [PeriodKind.Q3, PeriodKind.NINE_MONTHS], PeriodKind.Q4: [PeriodKind.Q4, PeriodKind.YEAR]}
    starts = [by_kind[k].window_start for k in (PeriodKind.Q1, PeriodKind.H1, PeriodKind.NINE_MONTHS, PeriodKind.YEAR)
              if k in by_kind]
    start = starts[0] if starts else dt.date(year, 1, 1)
    out: dict[PeriodKind, tuple[dt.date, dt.date]] = {}
    prev_end = start - dt.timedelta(days=1)
    for q in QUARTERS:
        end = next((by_kind[k].window_end for k in closing[q] if k in by_kind), None)
        if end is None or end <= prev_end:
            n = QUARTERS.index(q) + 1
            end = _add_months(start, 3 * n) - dt.timedelta(days=1)
        begin = prev_end + dt.timedelta(days=1)
        if q in by_kind and by_kind[q].window_start != begin:
            begin = by_kind[q].window_start  # the schedule's own quarter: keep it, even if it leaves a gap
        out[q] = (begin, end)
        ends[q] = end
        prev_end = end
    return out


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    from calendar import monthrange

    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, monthrange(year, month)[1]))


def figure_windows(rules: list[PeriodRule], year: int) -> dict[PeriodKind, Period]:
    """The window of every period figures are kept for (all seven kinds, enabled or not)."""
    quarters = _quarter_bounds(rules, year)
    by_kind = {r.kind: resolve(r, year) for r in rules}
    out: dict[PeriodKind, Period] = {}
    for kind in FIGURE_KINDS:
        if kind in by_kind:
            out[kind] = by_kind[kind]
        elif kind in quarters:
            start, end = quarters[kind]
            out[kind] = Period(kind, year, start, end, end + dt.timedelta(days=5))
        else:
            tiles = [quarters[q] for q in TILES[kind]]
            out[kind] = Period(kind, year, tiles[0][0], tiles[-1][1], tiles[-1][1] + dt.timedelta(days=5))
    return out


def tiling(kind: PeriodKind, windows: dict[PeriodKind, Period]) -> list[PeriodKind] | None:
    """The quarters whose windows exactly tile this period's window, or None."""
    tiles = TILES.get(kind)
    if not tiles:
        return None
    ws = [windows[q] for q in tiles]
    target = windows[kind]
    if ws[0].window_start != target.window_start or ws[-1].window_end != target.window_end:
        return None
    for a, b in zip(ws, ws[1:]):
        if b.window_start != a.window_end + dt.timedelta(days=1):
            return None
    return tiles


# -- values ------------------------------------------------------------------------

@dataclass(frozen=True)
class FigureValue:
    indicator: Indicator
    value: float | None
    source: Source

    @property
    def code(self) -> str:
        return self.indicator.code


Stored = dict[tuple[PeriodKind, str], tuple[float, str]]  # (kind, code) → (value, "entered" | "imported")


def _base_value(ind: Indicator, kind: PeriodKind, stored: Stored, tiles: list[PeriodKind] | None
                ) -> tuple[float | None, Source]:
    hit = stored.get((kind, ind.code))
    if hit is not None:
        return hit[0], Source(hit[1])
    if not tiles:
        return None, Source.MISSING
    if ind.combine == FLOW:
        parts = [stored[(q, ind.code)] for q in tiles if (q, ind.code) in stored]
        if len(parts) < len(tiles):
            return None, Source.MISSING
        return sum(p[0] for p in parts), Source.DERIVED
    # A stock needs only the quarter at the edge it is read at.
    edge = tiles[-1] if ind.combine == STOCK_END else tiles[0]
    hit = stored.get((edge, ind.code))
    return (hit[0], Source.DERIVED) if hit is not None else (None, Source.MISSING)


def resolve_figures(indicators: IndicatorSet, stored: Stored, kind: PeriodKind,
                    windows: dict[PeriodKind, Period]) -> list[FigureValue]:
    """Every indicator's value for the period, in catalogue order."""
    tiles = tiling(kind, windows)
    values: dict[str, FigureValue] = {}
    for ind in indicators.indicators:
        if ind.enterable:
            v, src = _base_value(ind, kind, stored, tiles)
            values[ind.code] = FigureValue(ind, v, src)

    def total(codes: tuple[str, ...]) -> float | None:
        got = [values[c].value for c in codes if c in values]
        if not codes or len(got) < len(codes) or any(g is None for g in got):
            return None
        return sum(g or 0.0 for g in got)

    out = []
    for ind in indicators.indicators:
        if ind.combine == SUM:
            v = total(ind.parts)
            out.append(FigureValue(ind, v, Source.DERIVED if v is not None else Source.MISSING))
        elif ind.combine == RATE:
            top, bottom = total(ind.numerator), total(ind.denominator)
            if top is None or not bottom:
                out.append(FigureValue(ind, None, Source.MISSING))
            else:
                out.append(FigureValue(ind, 100.0 * top / bottom, Source.DERIVED))  # rounded only when printed
        else:
            out.append(values[ind.code])
    return out


# -- what cannot be true --------------------------------------------------------------

class FiguresRefused(ValidationError):
    """Figures that cannot all be true; none was stored."""

    context = "figures"

    def __init__(self, problems: list[Msg]):
        self.problems = list(problems)
        super().__init__(problems[0].template, *problems[0].args)

    @property
    def message(self) -> str:
        return "\n".join(self.problems)

    def translated(self, translate) -> str:
        return "\n".join(translate("figures", p.template).format(*p.args) for p in self.problems)


def _count_text(v: float) -> str:
    from parapp.core.numbers import vi_number

    return vi_number(int(v) if float(v).is_integer() else v)


def impossible(values: list[FigureValue]) -> list[Msg]:
    """A period's figures that cannot be true: a rate above 100% (more received online than
    received), a count above what it is bounded by (settled above received plus carried over)."""
    by = {f.code: f for f in values}
    out: list[Msg] = []

    def known(codes: tuple[str, ...]) -> list[FigureValue] | None:
        got = [by[c] for c in codes if c in by and by[c].value is not None]
        return got if len(got) == len(codes) and codes else None

    for f in values:
        if f.value is None:
            continue
        ind = f.indicator
        if ind.is_rate and f.value > 100 + 1e-9:
            top, bottom = known(ind.numerator), known(ind.denominator)
            if top and bottom:
                out.append(Msg(N_("figures", "“{0}” sẽ là {1}%: {2} ({3}) nhiều hơn {4} ({5}). Số liệu này không thể "
                                             "đúng; chưa lưu gì, hãy kiểm tra lại."),
                               ind.name, _count_text(round(f.value, 1)), " + ".join(x.indicator.name for x in top),
                               _count_text(sum(x.value or 0 for x in top)),
                               " + ".join(x.indicator.name for x in bottom),
                               _count_text(sum(x.value or 0 for x in bottom))))
        bound = known(ind.at_most)
        if bound and f.value > sum(x.value or 0 for x in bound) + 1e-9:
            out.append(Msg(N_("figures", "“{0}” ({1}) nhiều hơn {2} ({3}). Số liệu này không thể đúng; chưa lưu gì, "
                                         "hãy kiểm tra lại."),
                           ind.name, _count_text(f.value), " cộng ".join(x.indicator.name for x in bound),
                           _count_text(sum(x.value or 0 for x in bound))))
    return out


# -- reading what a user types -----------------------------------------------------

_GROUPED = re.compile(r"^\d{1,3}(?:[.\s\u00a0]\d{3})+$")     # 1.234 or 1 234: Vietnamese thousands
_GROUPED_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+$")       # 1,234 from an English-language export
_PLAIN = re.compile(r"^\d+(?:[.,]\d+)?$")


def parse_number(text: str) -> float | None:
    """A figure as a commune writes it: 1.234 (thousands), 12,5 (decimal comma), 1234, 12.5.

    Returns None for anything that is not a non-negative number."""
    s = str(text).strip().replace("\u00a0", " ")
    if not s:
        return None
    neg = s.startswith("-")
    if neg:
        s = s[1:].strip()
    if _GROUPED.match(s):
        v = float(re.sub(r"[.\s]", "", s))
    elif _GROUPED_COMMA.match(s) and len(s) > 4:
        v = float(s.replace(",", ""))
    elif _PLAIN.match(s):
        v = float(s.replace(",", "."))
    else:
        return None
    return -v if neg else v


def check_value(ind: Indicator | None, code: str, raw: str | float) -> float:
    """The value to store, or a ValidationError that says what to type."""
    if ind is None:
        raise ValidationError(N_("errors", "Không có chỉ tiêu “{0}”. Hãy xem danh sách bằng lệnh parapp figures."),
                              code, field=code)
    if not ind.enterable:
        raise ValidationError(N_("errors", "“{0}” ({1}) được tính tự động từ các số liệu khác, không nhập trực tiếp."),
                              ind.name, code, field=code)
    parsed: float | None
    if isinstance(raw, (int, float)):
        parsed = float(raw)
    else:
        parsed = parse_number(raw)
        if parsed is None:
            raise ValidationError(N_("errors", "“{0}” của chỉ tiêu “{1}” không phải là số. Hãy nhập như 1.240 hoặc "
                                               "1240."),
                                  raw, ind.name, field=code)
    v = float(parsed)
    if v != v or v in (float("inf"), float("-inf")):
        raise ValidationError(N_("errors", "“{0}” của chỉ tiêu “{1}” không phải là số. Hãy nhập như 1.240 hoặc 1240."),
                              raw, ind.name, field=code)
    if v < 0:
        raise ValidationError(N_("errors", "Chỉ tiêu “{0}” không thể âm ({1})."), ind.name, raw, field=code)
    if ind.builtin and not float(v).is_integer():
        raise ValidationError(N_("errors", "Chỉ tiêu “{0}” là số đếm, phải là số nguyên ({1})."), ind.name, raw,
                              field=code)
    return v


def parse_assignment(text: str) -> tuple[str, str]:
    """'dossiers.received=1240' → ('dossiers.received', '1240')."""
    code, sep, value = text.partition("=")
    if not sep or not code.strip():
        raise ValidationError(N_("errors", "“{0}”: hãy viết theo dạng MÃ=GIÁ_TRỊ, ví dụ dossiers.received=1240."), text)
    return code.strip(), value.strip()


def user_indicator(code: str, name: str, unit: str, area: str, combine: str) -> Indicator:
    """A province's own indicator, checked before it is stored."""
    code = code.strip()
    if not re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)*", code):
        raise ValidationError(N_("errors", "Mã chỉ tiêu “{0}” chỉ gồm chữ thường không dấu, số, dấu chấm và gạch dưới, "
                                           "ví dụ tinh.ho_so_lien_thong."), code, field="code")
    if not name.strip():
        raise ValidationError(N_("errors", "Chưa nhập “{0}”. Trường này là bắt buộc."), N_("fields", "Tên chỉ tiêu"),
                              field="name")
    if combine not in ENTERABLE:
        raise ValidationError(N_("errors", "Chỉ tiêu tự thêm chỉ được là số cộng dồn hoặc số đọc ở đầu/cuối kỳ."),
                              field="combine")
    return Indicator(code, name.strip(), unit.strip(), "", combine, builtin=False, area=area.strip())
