"""Figures (số liệu) kept per period, and the commune's own indicators."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from parapp.core.figures import (
    FIGURE_KINDS, FigureValue, Indicator, IndicatorSet, Source, Stored, figure_windows, resolve_figures,
    shipped_indicators,
)
from parapp.core.figures_entry import FiguresRefused, check_value, impossible, user_indicator
from parapp.core.messages import N_, ValidationError
from parapp.core.periods import Period, PeriodKind
from parapp.core.years import check_year
from parapp.store.sql import now_stamp
from parapp.store.periods import load_rules

if TYPE_CHECKING:
    from sqlite_utils import Database


def indicator_set(db: Database) -> IndicatorSet:
    extra = [Indicator(r[0], r[1], r[2], "", r[4], builtin=False, area=r[3])
             for r in db.execute("SELECT code, name, unit, area_code, combine FROM indicators ORDER BY id")]
    return shipped_indicators().with_user(extra)


def add_indicator(db: Database, code: str, name: str, unit: str, area: str, combine: str) -> Indicator:
    ind = user_indicator(code, name, unit, area, combine)
    if indicator_set(db).get(ind.code):
        raise ValidationError(N_("errors", "Đã có chỉ tiêu mã “{0}”. Hãy chọn mã khác."), ind.code, field="code")
    db.execute("INSERT INTO indicators (code, name, unit, area_code, combine, created_at) VALUES (?, ?, ?, ?, ?, ?)",
               [ind.code, ind.name, ind.unit, ind.area, ind.combine, now_stamp()])
    return ind


def stored_values(db: Database, year: int) -> Stored:
    out: Stored = {}
    for kind, code, value, source in db.execute(
            "SELECT period_kind, code, value, source FROM figures WHERE year = ?", [year]):
        out[(PeriodKind(kind), code)] = (value, source)
    return out


def windows(db: Database, year: int) -> dict[PeriodKind, Period]:
    return figure_windows(load_rules(db), year)


def period_figures(db: Database, kind: str | PeriodKind, year: int,
                   indicators: IndicatorSet | None = None) -> list[FigureValue]:
    """Every indicator's value for the period: entered, imported, derived from quarters, or missing."""
    inds = indicators or indicator_set(db)
    return resolve_figures(inds, stored_values(db, year), PeriodKind(kind), windows(db, year))


def quarters_missing(db: Database, kind: str | PeriodKind, year: int) -> list[PeriodKind]:
    """The quarters a period adds up that hold no figure yet (core.figures.quarters_without_figures)."""
    from parapp.core.figures import quarters_without_figures

    return quarters_without_figures(stored_values(db, year), PeriodKind(kind), windows(db, year))


def _kind(kind: str | PeriodKind) -> PeriodKind:
    try:
        k = PeriodKind(kind)
    except ValueError:
        k = None
    if k not in FIGURE_KINDS:
        raise ValidationError(N_("errors", "Kỳ “{0}” không có. Hãy chọn q1, q2, q3, q4, h1, 9m hoặc year."), kind,
                              field="period")
    return k


def check_figures(db: Database, kind: str | PeriodKind, year: int, values: Mapping[str, str | float | None],
                  source: str = Source.ENTERED.value) -> dict[str, float | None]:
    """What set_figures would store, checked (each value, then the period as a whole); writes nothing."""
    k = _kind(kind)
    check_year(year)
    inds = indicator_set(db).by_code()
    checked: dict[str, float | None] = {}
    for code, raw in values.items():
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if code not in inds:
                check_value(None, code, "")
            checked[code] = None
            continue
        checked[code] = check_value(inds.get(code), code, raw)  # raises before anything is written
    _refuse_impossible(db, k, year, checked, source)
    return checked


def set_figures(db: Database, kind: str | PeriodKind, year: int, values: Mapping[str, str | float | None],
                source: str = Source.ENTERED.value) -> dict[str, float | None]:
    """Store several values at once, all or nothing. None (or empty text) clears an entered value,
    so the period goes back to what its quarters give."""
    k = _kind(kind)
    checked = check_figures(db, k, year, values, source)
    now = now_stamp()
    with db.atomic():
        for code, v in checked.items():
            if v is None:
                db.execute("DELETE FROM figures WHERE year = ? AND period_kind = ? AND code = ?", [year, k.value, code])
            else:
                db.execute(
                    "INSERT INTO figures (year, period_kind, code, value, source, updated_at) VALUES (?, ?, ?, ?, ?, "
                    "?) "
                    "ON CONFLICT(year, period_kind, code) DO UPDATE SET value = excluded.value, "
                    "source = excluded.source, updated_at = excluded.updated_at",
                    [year, k.value, code, v, source, now])
    return checked


def _refuse_impossible(db: Database, kind: PeriodKind, year: int, checked: dict[str, float | None],
                       source: str) -> None:
    """The period as it would be after the change: refused, with nothing stored, when it cannot be true."""
    stored = stored_values(db, year)
    for code, v in checked.items():
        if v is None:
            stored.pop((kind, code), None)
        else:
            stored[(kind, code)] = (v, source)
    problems = impossible(resolve_figures(indicator_set(db), stored, kind, windows(db, year)))
    if problems:
        raise FiguresRefused(problems)


def years_with_figures(db: Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT DISTINCT year FROM figures ORDER BY year")]


def year_figures(db: Database, year: int) -> dict[PeriodKind, list[FigureValue]]:
    """Every period's figures for the year, read once (the grid of the Số liệu page)."""
    inds = indicator_set(db)
    stored, wins = stored_values(db, year), windows(db, year)
    return {k: resolve_figures(inds, stored, k, wins) for k in FIGURE_KINDS}
