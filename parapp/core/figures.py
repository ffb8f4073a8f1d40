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

What the official types (a number as a commune writes it, the checks before a value is stored, a
province's own indicator, figures that cannot all be true) is in parapp.core.figures_entry.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from parapp.core.messages import N_
from parapp.core.periods import QUARTERS, Period, PeriodKind, PeriodRule, resolve

FLOW, STOCK_END, STOCK_START, SUM, RATE = "flow", "stock_end", "stock_start", "sum", "rate"
# The largest value a figure may have. ParApp's indicators count a commune's dossiers, documents,
# people: ten million is far past any commune's year, and far inside what a float holds exactly
# (2^53), so a value stored is the value typed. A province's own indicator may be an amount
# (đồng): a million million.
MAX_COUNT = 10_000_000
MAX_VALUE = 1_000_000_000_000
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


def quarters_without_figures(stored: Stored, kind: PeriodKind, windows: dict[PeriodKind, Period]) -> list[PeriodKind]:
    """The quarters a period is added up from that hold no figure at all, when the period holds none of its own: the
    year drafted with quý I–III typed said only "Chưa có số liệu của kỳ này" (round 33E), and the clerk who had typed
    three quarters could not tell what was missing. [] when nothing is missing, when no quarter holds any (the plain
    "no figures yet" says it), or when the period is not added up."""
    tiles = tiling(kind, windows)
    held = {k for k, _ in stored}
    if not tiles or kind in held:
        return []
    missing = [q for q in tiles if q not in held]
    return missing if len(missing) < len(tiles) else []
