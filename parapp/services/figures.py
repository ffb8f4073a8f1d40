"""Figures: the one door the window and the command line have to them (the contract keeps
parapp.store.figures behind it). What it adds to the store: the statistics import (a file read
by the core, matched to the commune's reporting schedule and its indicators, then stored all
or nothing, or refused with every reason), and the year guard on what a person asks for. The
reads the pages need (the indicator set, a year's windows) pass through unchanged."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from parapp.core.figures import FiguresRefused
from parapp.core.figures_import import MEANING_CODES, FiguresImport, meaning_label, read_file
from parapp.core.figures_period import FilePeriod, contradiction, match_period
from parapp.core.messages import N_, Msg, ValidationError
from parapp.core.periods import PeriodKind
from parapp.core.years import check_year
from parapp.store import figures
from parapp.store.figures import add_indicator, check_figures, indicator_set, set_figures, windows
from parapp.store.periods import load_rules

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["add_indicator", "file_period", "import_plan", "indicator_set", "period_figures", "read_statistics",
           "set_period_figures", "store_statistics", "windows", "year_figures"]


def period_figures(db: Database, kind, year: int, indicators=None):
    """A period's figures, for a year a person asked for (2000–2100; a report's look back at the
    year before reads the store's own)."""
    return figures.period_figures(db, kind, check_year(year), indicators)


def year_figures(db: Database, year: int):
    return figures.year_figures(db, check_year(year))


def set_period_figures(db: Database, kind: str, year: int, values: Mapping[str, str | float | None]) -> dict:
    """Typed values, checked before anything is stored; one transaction."""
    return set_figures(db, kind, year, values)


def read_statistics(path: Path) -> FiguresImport:
    """The statistics form read from a file (refused with a message when it holds none)."""
    return read_file(path)


def file_period(db: Database, read: FiguresImport) -> FilePeriod | None:
    """The figures period the file states, under the commune's schedule (None: it states none we keep)."""
    return match_period(read.stated, load_rules(db)) if read.stated else None


@dataclass
class ImportPlan:
    """Where an import goes and what it stores: the period (the file's own unless given), the values
    the commune has indicators for, and the columns read but not kept."""

    kind: str
    year: int
    values: dict[str, float]
    from_file: FilePeriod | None
    dropped: list[Msg] = field(default_factory=list)


def import_plan(db: Database, read: FiguresImport, kind: str | None = None, year: int | None = None) -> ImportPlan:
    """Refused (nothing stored) when the file cannot be true, when the period given contradicts the
    file's own, or when neither says which period it is."""
    if read.problems:
        raise FiguresRefused(read.problems)
    found = file_period(db, read)
    problem = contradiction(found, read.stated, PeriodKind(kind) if kind else None, year)
    if problem:
        raise FiguresRefused([problem])
    if found is not None:
        kind, year = found.kind.value, found.year
    if kind is None or year is None:
        raise ValidationError(N_("errors", "Tệp không ghi kỳ báo cáo (“Kỳ báo cáo: …” hay “Từ ngày … đến ngày …”): hãy "
                                           "cho biết kỳ và năm, ví dụ: --period q1 --year 2026."))
    known = indicator_set(db).by_code()
    values = {c: v for c, v in read.values.items() if c in known}
    meaning_of = {code: m for m, code in MEANING_CODES.items()}
    dropped = [Msg(N_("figures", "“{0}”: chưa có chỉ tiêu này trong danh sách số liệu, không lưu ({1})."),
                   meaning_label(meaning_of.get(c, c)), c) for c in read.values if c not in known]
    return ImportPlan(kind, year, values, found, dropped)


def check_statistics(db: Database, plan: ImportPlan) -> None:
    """Every check storing would make, without storing (a dry run is refused as the import would be)."""
    check_figures(db, plan.kind, plan.year, plan.values, source="imported")


def store_statistics(db: Database, kind: str | None, year: int | None, read: FiguresImport) -> ImportPlan:
    """What was read, stored as imported figures of its period, all or nothing."""
    plan = import_plan(db, read, kind, year)
    set_figures(db, plan.kind, plan.year, plan.values, source="imported")
    return plan
