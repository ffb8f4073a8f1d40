"""A draft saved before its figures changed: which figures changed, and bringing them up to date.

Finalising freezes a report for good (hashed, signed, sent): the command line refuses to freeze
such a draft without being told which figures to freeze, and the window asks (issue 21)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.core.messages import N_, Msg, ValidationError
from parapp.core.periods import Period
from parapp.core.report_model import Draft
from parapp.store import report_records

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class FigureChange:
    """A figure the saved draft states otherwise than the figures say today."""

    name: str
    before: str   # as the draft prints it; "" where it stated none
    now: str      # as it would be printed today; "" where there is none

    @property
    def message(self) -> Msg:
        return Msg(N_("report", "{0}: bản nháp ghi {1}, số liệu hiện nay là {2}"), self.name,
                   self.before or Msg(N_("report", "(không có)")), self.now or Msg(N_("report", "(không có)")))


def figure_changes(saved: Draft, fresh: Draft) -> list[FigureChange]:
    """Every figure whose value differs between the saved draft and one assembled today, in report order."""
    old = {f.code: f for f in saved.figures}
    new = {f.code: f for f in fresh.figures}
    out = []
    for code in list(new) + [c for c in old if c not in new]:
        a, b = old.get(code), new.get(code)
        if a is None or b is None or abs(a.value - b.value) > 1e-9:
            out.append(FigureChange((b or a).name, a.text if a else "", b.text if b else ""))  # type: ignore[union-attr]
    return out


@dataclass(frozen=True)
class NameChange(FigureChange):
    """The commune's name entered after the draft was saved: its opening still says "Ủy ban nhân dân xã báo cáo …"
    with no name, and finalising froze it so (round 33E left it: nothing warned the clerk)."""

    @property
    def message(self) -> Msg:
        return Msg(N_("report", "Tên cơ quan báo cáo: bản nháp chưa ghi “{0}”"), self.now)


def name_change(db: Database, saved: Draft) -> NameChange | None:
    from parapp.store.settings import load_settings

    name = load_settings(db).commune_name
    said = " ".join(saved.opening.paragraphs)
    if not name or saved.opening.edited or not said or name in said:
        return None
    return NameChange("", "", name)


def changed_figures(db: Database, report_id: int, period: Period, today: dt.date) -> list[FigureChange]:
    """What the figures (and the commune's name) say today that the saved draft does not (none: it may be frozen as
    it is). Bringing them up to date rewrites the sections not edited by hand, the opening with its name among them."""
    rec = report_records.get_report(db, report_id)
    named = name_change(db, rec.draft)
    return figure_changes(rec.draft, report_records.assemble_draft(db, period, today)) + ([named] if named else [])


class FiguresChanged(ValidationError):
    def __init__(self, report_id: int, changes: list[FigureChange]):
        listed = "; ".join(c.message for c in changes[:8]) + ("; …" if len(changes) > 8 else "")
        super().__init__(N_("report", "Bản nháp số {0} được lưu trước khi số liệu thay đổi ({1}). Chưa chốt. Hãy "
                                      "chạy lại với --refresh-figures để đưa số liệu hiện nay vào bản nháp rồi chốt "
                                      "(các mục đã sửa tay được giữ), hoặc --keep-draft để chốt đúng như bản nháp "
                                      "đã lưu."), report_id, listed)


def refresh_figures(db: Database, report_id: int, period: Period, today: dt.date) -> Draft:
    """The draft takes today's figures and appendix; sections the official edited by hand are kept."""
    return report_records.regenerate_draft(db, report_id, period, today)
