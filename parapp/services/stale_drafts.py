"""A draft saved before its figures changed: which figures changed, and bringing them up to date.

Finalising freezes a report for good (hashed, signed, sent): the command line refuses to freeze
such a draft without being told which figures to freeze, and the window asks (issue 21)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.core.messages import N_, Msg, ValidationError
from parapp.core.periods import Period
from parapp.core.report_model import Draft, regenerate
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
        # A value that prints the same ("99,9%" both) changes nothing the report says: a fresh-eyes walk (round 43)
        # was asked about "bản nháp ghi 99,9%, số liệu hiện nay là 99,9%".
        if a is None or b is None or abs(a.value - b.value) > 1e-9 and a.text != b.text:
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


@dataclass(frozen=True)
class SectionChange(FigureChange):
    """A part of the draft, not edited by hand, that the register today would word otherwise: work carried into the
    next year, marked done or dropped after the draft was saved. The chairman's read (round 41) saw a year report
    redrafted after `parapp carry` print and freeze the text saved before it ("chưa hoàn thành, quá thời hạn" with no
    "chuyển sang năm 2027"): only figures were compared."""

    @property
    def message(self) -> Msg:
        return Msg(N_("report", "Mục “{0}” không còn khớp với sổ nhiệm vụ hôm nay"), self.name)


def section_changes(saved: Draft, fresh: Draft) -> list[SectionChange]:
    """The top-level parts (and the appendix) that bringing the draft up to date would reword. Parts edited by hand
    are kept by that, so they are never named here."""
    merged = regenerate(Draft.from_json(saved.to_json()), fresh)
    before = {s.key: s for s in [saved.opening, *saved.sections]}
    out = []
    for s in [merged.opening, *merged.sections]:
        old = before.get(s.key)
        if not (s.paragraphs or s.subsections) and old is None:
            continue
        if old is None or _words(old) != _words(s):
            title = s.title or (saved.title if s.key == "opening" else s.key)
            out.append(SectionChange(title.strip() or "Mở đầu", "", ""))
    if [_row(r) for r in saved.appendix] != [_row(r) for r in merged.appendix]:
        out.append(SectionChange("Phụ lục nhiệm vụ", "", ""))
    return out


def _words(s) -> list:
    return [s.title, list(s.paragraphs), [_words(x) for x in s.subsections]]


def _row(r) -> tuple:
    return (r.stt, r.content, r.lead, r.deadline, r.status, r.result, r.group)


def changed_figures(db: Database, report_id: int, period: Period, today: dt.date) -> list[FigureChange]:
    """What the figures, the commune's name and the register say today that the saved draft does not (none: it may be
    frozen as it is). Bringing them up to date rewrites the sections not edited by hand, the opening with its name
    among them."""
    rec = report_records.get_report(db, report_id)
    named = name_change(db, rec.draft)
    fresh = report_records.assemble_draft(db, period, today)
    figures = figure_changes(rec.draft, fresh)
    window = window_change(rec.draft, period)
    # Every kind said in the one question before freezing (a fresh-eyes walk, round 41, froze a quý IV draft saying
    # "từ 15/9 … đến 14/12" of a period moved to 01/10–31/12: only its one changed figure was asked about).
    # The figures and the period's dates are quoted in the text: either changed rewords sections too, said once, as
    # the figure or the dates (the refresh brings every section not edited by hand up to date all the same).
    sections = section_changes(rec.draft, fresh) if not figures and not window else []
    return ([window] if window else []) + figures + ([named] if named else []) + sections


@dataclass(frozen=True)
class WindowChange(FigureChange):
    """The report schedule changed the period's data window after the draft was saved."""

    @property
    def message(self) -> Msg:
        return Msg(N_("report", "Kỳ số liệu đã đổi từ {0} thành {1}"), self.before, self.now)


def window_change(saved: Draft, period: Period) -> WindowChange | None:
    said = (saved.period.get("window_start", ""), saved.period.get("window_end", ""))
    now = (period.window_start.isoformat(), period.window_end.isoformat())
    if not all(said) or said == now:
        return None

    def span(a: str, b: str) -> str:
        return f"{dt.date.fromisoformat(a):%d/%m/%Y}–{dt.date.fromisoformat(b):%d/%m/%Y}"

    return WindowChange("", span(*said), span(*now))


class FiguresChanged(ValidationError):
    def __init__(self, report_id: int, changes: list[FigureChange]):
        listed = "; ".join(c.message for c in changes[:8]) + ("; …" if len(changes) > 8 else "")
        super().__init__(N_("report", "Bản nháp số {0} được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay "
                                      "đổi ({1}). "
                                      "Chưa chốt. Hãy chạy lại với --refresh-figures để đưa số liệu và tình hình "
                                      "nhiệm vụ hiện nay vào bản nháp rồi chốt "
                                      "(các mục đã sửa tay được giữ), hoặc --keep-draft để chốt đúng như bản nháp "
                                      "đã lưu."), report_id, listed)


def refresh_figures(db: Database, report_id: int, period: Period, today: dt.date) -> Draft:
    """The draft takes today's figures and appendix; sections the official edited by hand are kept."""
    return report_records.regenerate_draft(db, report_id, period, today)
