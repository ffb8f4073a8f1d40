"""The reporting schedule kept in the database."""

from __future__ import annotations
from typing import TYPE_CHECKING

from parapp.core.periods import PRESETS, DayOfYear, Period, PeriodKind, PeriodRule, check_rules, periods_for_year
from parapp.core.messages import N_, ValidationError

if TYPE_CHECKING:
    from sqlite_utils import Database

_COLS = ("kind, enabled, start_day, start_month, start_offset, end_day, end_month, end_offset, "
         "deadline_day, deadline_month, deadline_offset, days_after_end")


def write_rules(db: Database, rules: list[PeriodRule]) -> None:
    """Each kind's rule written in place (an unchanged one is not touched, so the change log names
    only what changed); kinds no longer in the schedule removed."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in _COLS.split(", ")[1:])
    with db.atomic():
        for r in rules:
            dl = r.deadline
            db.execute(
                f"INSERT INTO period_rules ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                f"ON CONFLICT(kind) DO UPDATE SET {updates}",
                [r.kind.value, int(r.enabled), r.start.day, r.start.month, r.start.offset,
                 r.end.day, r.end.month, r.end.offset,
                 dl.day if dl else None, dl.month if dl else None, dl.offset if dl else 0,
                 r.days_after_end if dl is None else None],
            )
        kinds = [r.kind.value for r in rules]
        db.execute(f"DELETE FROM period_rules WHERE kind NOT IN ({', '.join('?' * len(kinds))})", kinds)


def load_rules(db: Database) -> list[PeriodRule]:
    rules = []
    for row in db.execute(f"SELECT {_COLS} FROM period_rules"):
        kind, enabled, sd, sm, so, ed, em, eo, dd, dm, do, after = row
        rules.append(PeriodRule(
            PeriodKind(kind), DayOfYear(sd, sm, so), DayOfYear(ed, em, eo),
            DayOfYear(dd, dm, do) if dd is not None else None, after, bool(enabled)))
    return rules


def save_rules(db: Database, rules: list[PeriodRule], year: int, preset: str = "custom") -> list[str]:
    """Check, then store the rule set; returns the warnings (nothing stored on refusal)."""
    warnings = check_rules(rules, year)
    if not any(r.enabled for r in rules):
        raise ValidationError(N_("errors", "Hãy bật ít nhất một kỳ báo cáo."))
    with db.atomic():
        write_rules(db, rules)
        db.execute("INSERT INTO settings (key, value) VALUES ('period_preset', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [preset])
    return warnings


def apply_preset(db: Database, name: str, year: int) -> list[str]:
    if name not in PRESETS:
        raise ValidationError(N_("errors", "Không có mẫu lịch báo cáo “{0}”."), name)
    return save_rules(db, PRESETS[name], year, preset=name)


def current_preset(db: Database) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = 'period_preset'").fetchone()
    return row[0] if row else "custom"


def year_periods(db: Database, year: int) -> list[Period]:
    return periods_for_year(load_rules(db), year)


def find_period(db: Database, kind: str, year: int) -> Period:
    periods = year_periods(db, year)
    for p in periods:
        if p.kind.value == kind:
            return p
    # The place named is the menu's: "Cài đặt → Lịch báo cáo" is no menu ParApp has; the kinds the schedule has are
    # named as typed, so the command can be run again with one of them.
    raise ValidationError(
        N_("errors",
           "Lịch báo cáo hiện tại không có kỳ “{0}” cho năm {1}; các kỳ có: {2}. Hãy chọn một trong các kỳ đó, hoặc "
           "thêm kỳ này trong Tệp → Lịch báo cáo định kỳ… rồi làm lại."),
        kind, year, ", ".join(p.kind.value for p in periods) or "—", field="period")
