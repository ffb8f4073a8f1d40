"""Figures: the one door the window and the command line have to them (the contract keeps
parapp.store.figures behind it). What it adds to the store: the statistics import (a file read
by the core, matched to the commune's reporting schedule and its indicators, then stored all
or nothing, or refused with every reason), and the year guard on what a person asks for. The
reads the pages need (the indicator set, a year's windows) pass through unchanged."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from parapp.core.figures_entry import FiguresRefused
from parapp.core.figures_import import MEANING_CODES, FiguresImport, meaning_label, read_file
from parapp.core.figures_period import FilePeriod, chosen, contradiction, match_period, period_words
from parapp.core.figures_period_names import period_in_name
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


def table_for_period(db: Database, read: FiguresImport, kind: str | None, year: int | None) -> FiguresImport:
    """The file's table of the period asked for, where the one read first states another and another states it
    (round 16: a workbook of a sheet a quarter could only ever store its first sheet's figures)."""
    asked = PeriodKind(kind) if kind else None
    if year is not None and read.stated is None and _named_year(read.title) not in (None, year):
        # "Năm 2028 | Năm 2029" side by side (round 35D): the year asked for, not the table first read
        found = next((t for t in read.others if t.stated is None and _named_year(t.title) == year
                      and period_in_name(t.title) in (None, asked)), None)
        if found is not None:
            return found
    if asked is not None and read.stated is None and period_in_name(read.title) is not asked:
        # Sheets named for their period only ("Quý I", "Quý II"): --period took the table with the most figures
        # whatever its quarter (round 17B left it, round 21).
        found = next((t for t in read.others if t.stated is None and period_in_name(t.title) is asked), None)
        # Round 39D: or a section stating it from the title ("Quý I | … | Quý IV | Cộng cả năm" under "BÁO CÁO KẾT
        # QUẢ NĂM 2030": --period year was refused as the table "Quý I", the year's column out of reach)
        return found or next((t for t in read.others if t.stated and (stated := file_period(db, t)) is not None
                              and not contradiction(stated, t.stated, asked, year)), read)
    if (kind is None and year is None) or not contradiction(file_period(db, read), read.stated, asked, year):
        return read
    for other in read.others:
        if other.stated and not contradiction(file_period(db, other), other.stated, asked, year):
            return other
    # a section named for the period asked beside the year's read first ("Quý III" beside "Cả năm", "Tổng cộng")
    return next((t for t in read.others if asked is not None and t.stated is None
                 and period_in_name(t.title) is asked), read)


def _named_year(title: str) -> int | None:
    found = re.search(r"(?<!\d)(20\d\d)(?!\d)", title or "")
    return int(found.group(1)) if found else None


@dataclass
class ImportPlan:
    """Where an import goes and what it stores: the period (the file's own unless given), the values
    the commune has indicators for, and the columns read but not kept."""

    kind: str
    year: int
    values: dict[str, float]
    from_file: FilePeriod | None
    dropped: list[Msg] = field(default_factory=list)
    reported: list[Msg] = field(default_factory=list)   # finalised reports the new figures differ from
    replaced: list[Msg] = field(default_factory=list)   # figures of the period stored before, the import changes

    @property
    def notes(self) -> list[Msg]:
        return [*self.dropped, *self.replaced, *self.reported]


def import_plan(db: Database, read: FiguresImport, kind: str | None = None, year: int | None = None) -> ImportPlan:
    """Refused (nothing stored) when the file cannot be true, when the period given contradicts the
    file's own, or when neither says which period it is."""
    if read.problems:
        raise FiguresRefused(read.problems)
    found = file_period(db, read)
    problem = contradiction(found, read.stated, PeriodKind(kind) if kind else None, year)
    if problem:
        raise FiguresRefused([problem])
    named = period_in_name(read.title) if read.stated is None else None
    named_year = re.search(r"(?<!\d)(20\d\d)(?!\d)", read.title) if named is not None else None
    if named is not None and kind is not None and year is not None and (
            named is not PeriodKind(kind) or (named_year is not None and int(named_year.group(1)) != year)):
        # A sheet named "Quý I", imported as the second quarter: stored as it, with no word (round 22C)
        raise FiguresRefused([Msg(N_("figures", "Bảng “{0}” mang tên một kỳ khác, không phải {1}: chưa lưu gì. Hãy "
                                                "chọn đúng kỳ của bảng đó (ở dòng lệnh: --period), hoặc chọn tệp có "
                                                "bảng của {1}."), read.title, period_words(PeriodKind(kind), year))])
    found = chosen(found, read.stated, PeriodKind(kind) if kind else None, year)
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
    if not values:
        # A header over no figure said "Đã lưu 0 số liệu", exit 0 (round 17B left it): nothing was done.
        raise FiguresRefused(dropped or [Msg(N_("figures", "Bảng không có số liệu nào để lưu (các ô số liệu đều "
                                                           "trống): không lưu gì. Hãy kiểm tra đã chọn đúng tệp "
                                                           "biểu số liệu, hoặc nhập số liệu trên trang Số liệu."))])
    return ImportPlan(kind, year, values, found, dropped, _already_reported(db, kind, year, values),
                      _replaced(db, kind, year, values))


def _replaced(db: Database, kind: str, year: int, values: dict[str, float]) -> list[Msg]:
    """The period's stored figures the import changes, each with the value it had: the command said only the new
    values, its dry run too, and a figure typed by hand on the Số liệu page was replaced without a word (round 24C)."""
    from parapp.core.figures import Source
    from parapp.core.report_words import num

    before = [f for f in figures.period_figures(db, kind, year)
              if f.source in (Source.ENTERED, Source.IMPORTED) and f.value is not None and f.code in values
              and f.value != values[f.code]]
    out = []
    said = {Source.ENTERED: N_("figures", "Thay {0} số liệu đã nhập tay của kỳ này: {1}."),
            Source.IMPORTED: N_("figures", "Thay {0} số liệu đã nhập từ tệp trước đây của kỳ này: {1}.")}
    for source, text in said.items():
        these = [f for f in before if f.source is source]
        if these:
            out.append(Msg(text, len(these), "; ".join(f"{f.indicator.name} {num(f.value or 0)} → {num(values[f.code])}"
                                                       for f in these)))
    return out


# The reports whose figures include a period's: its own, and those adding it up (6 tháng, 9 tháng, năm).
_REPORTED_IN = {"q1": ("q1", "h1", "9m", "year"), "q2": ("q2", "h1", "9m", "year"), "q3": ("q3", "9m", "year"),
                "q4": ("q4", "year"), "h1": ("h1", "9m", "year"), "9m": ("9m", "year"), "year": ("year",)}


def _already_reported(db: Database, kind: str, year: int, values: dict[str, float]) -> list[Msg]:
    """Figures that change what a finalised report of the period stated: said, not refused (a figure corrected
    after the report went is real work). The official imported the figures of a quarter whose report was sent
    weeks before and was told nothing (round 10); the report stays as it was, the next ones take the new figures."""
    from parapp.core.figures_period import period_words
    from parapp.store.report_records import reports_for

    now = {f.code: f.value for f in figures.period_figures(db, kind, year)}
    if all(now.get(code) == value for code, value in values.items()):
        return []
    notes = []
    for report_kind in _REPORTED_IN.get(kind, ()):
        for r in reports_for(db, report_kind, year):
            if r.is_final:
                words, final = (period_words(PeriodKind(report_kind), year),
                               f"{r.finalized_on:%d/%m/%Y}" if r.finalized_on else "?")
                notes.append(Msg(N_("figures", "Báo cáo {0} đã chốt ngày {1} và đã gửi ngày {2} với số liệu trước khi "
                                               "nhập: báo cáo đó giữ nguyên. Số liệu mới dùng cho các báo cáo chưa "
                                               "chốt; nếu báo cáo đã gửi ghi sai, hãy báo cáo bổ sung hoặc đính "
                                               "chính."), words, final, f"{r.sent_on:%d/%m/%Y}") if r.sent_on
                             else Msg(N_("figures", "Báo cáo {0} đã chốt ngày {1} với số liệu trước khi nhập: báo cáo "
                                                    "đó giữ nguyên. Số liệu mới dùng cho các báo cáo chưa chốt."),
                                      words, final))
                break
    return notes


def check_statistics(db: Database, plan: ImportPlan) -> None:
    """Every check storing would make, without storing (a dry run is refused as the import would be)."""
    check_figures(db, plan.kind, plan.year, plan.values, source="imported")


def store_statistics(db: Database, kind: str | None, year: int | None, read: FiguresImport) -> ImportPlan:
    """What was read, stored as imported figures of its period, all or nothing."""
    plan = import_plan(db, read, kind, year)
    set_figures(db, plan.kind, plan.year, plan.values, source="imported")
    return plan
