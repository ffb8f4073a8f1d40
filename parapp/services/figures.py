"""Figures: setting them (all or nothing) and importing the one-stop system's statistics
export, for the command line and the window alike."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlite_utils import Database

from parapp.core.figures_import import FiguresImport, read_file
from parapp.store.figures import add_indicator as _add_indicator
from parapp.store.figures import indicator_set, period_figures, set_figures, windows, year_figures

# What the pages show is read straight from the store; these names are the ones they use.
__all__ = ["add_indicator", "indicator_set", "period_figures", "read_statistics", "set_period_figures",
           "store_statistics", "windows", "year_figures"]


def set_period_figures(db: Database, kind: str, year: int, values: Mapping[str, str | float | None]) -> dict:
    """Typed values, checked before anything is stored; one transaction."""
    return set_figures(db, kind, year, values)


def read_statistics(path: Path) -> FiguresImport:
    """The statistics form read from a file (refused with a message when it holds none)."""
    return read_file(path)


def store_statistics(db: Database, kind: str, year: int, read: FiguresImport) -> dict:
    """What was read, stored as imported figures of the period, all or nothing."""
    return set_figures(db, kind, year, read.values, source="imported")


def add_indicator(db: Database, code: str, name: str, unit: str, area: str, combine: str):
    """A commune's own indicator; refused (with the field named) when the code is taken or a field is bad."""
    return _add_indicator(db, code, name, unit, area, combine)
