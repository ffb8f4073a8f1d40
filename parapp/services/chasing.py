"""Chasing the work: the day's reminders, whether the daily notification is due, and
the reminder preferences. Shared by `parapp remind`, the window's notification, the
urging letter and the meeting lists; no Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.core.dates import from_iso
from parapp.core.messages import N_, ValidationError
from parapp.core.meeting_lists import MeetingList, meeting_lists
from parapp.core.reminders import (
    BY_OFFICE, BY_PERSON, NOTICE_DAYS, NOTICE_REPORT_DAYS, REMIND_DAYS, Reminders, collect, name_key, notice_due,
)
from parapp.store.chasing import LEFT, task_leads
from parapp.store.periods import year_periods
from parapp.store.report_records import STATE_SENT, period_statuses
from parapp.store.report_schedule import before_parapp, first_use
from parapp.store.settings import get_pref, load_settings, set_pref
from parapp.store.tasks import task_rows
from parapp.store.workspace import Workspace

if TYPE_CHECKING:
    from sqlite_utils import Database

# Preferences of this installation (kept with the data, per data folder), not the commune's settings.
PREF_ENABLED = "reminders"            # "on" (default) or "off"
PREF_TRAY = "reminders_tray"          # "on": minimising hides the window in the notification area
PREF_SHOWN = "reminders_shown_on"     # the last day the notification was shown (ISO)


def unsent_periods(db: Database, today: dt.date) -> list:
    """(period, its report's state) for every period of last year, this year and the next not yet sent (last year's:
    in January its year report, late or due in January by some schedules, was not chased; round 21C)."""
    periods = year_periods(db, today.year - 1) + year_periods(db, today.year) + year_periods(db, today.year + 1)
    started = first_use(db, today)  # one due before the commune used ParApp was sent some other way (as the overview)
    return [(st.period, st.state) for st in period_statuses(db, periods, today)
            if st.state != STATE_SENT and not before_parapp(st, started) and st.answered_by is None]


def reminders(db: Database, today: dt.date, days: int = REMIND_DAYS, report_days: int | None = None,
              rows=None) -> Reminders:
    """The day's reminders; `rows` are the register's lines when the caller has them loaded."""
    lines = task_rows(db) if rows is None else rows
    leads = task_leads(db, open_due_by=today + dt.timedelta(days=days))
    return collect(lines, leads, unsent_periods(db, today), today, days, report_days)


@dataclass
class ReminderPrefs:
    enabled: bool = True
    tray: bool = False
    shown_on: dt.date | None = None


def reminder_prefs(db: Database) -> ReminderPrefs:
    try:
        shown = from_iso(get_pref(db, PREF_SHOWN) or None)
    except ValueError:
        shown = None  # a value edited by hand: shown again today, no harm
    return ReminderPrefs(get_pref(db, PREF_ENABLED, "on") != "off", get_pref(db, PREF_TRAY, "off") == "on", shown)


def save_reminder_prefs(db: Database, *, enabled: bool, tray: bool) -> None:
    with db.atomic():
        set_pref(db, PREF_ENABLED, "on" if enabled else "off")
        set_pref(db, PREF_TRAY, "on" if tray else "off")


def daily_notice(db: Database, today: dt.date, rows=None) -> Reminders | None:
    """What the day's notification says, or None: turned off, already shown today, or nothing to say.
    It speaks of the tasks late and falling due this week and of a report from two weeks ahead."""
    prefs = reminder_prefs(db)
    if not notice_due(prefs.shown_on, today, prefs.enabled):
        return None
    rem = reminders(db, today, NOTICE_DAYS, NOTICE_REPORT_DAYS, rows=rows)
    return None if rem.is_empty() else rem


def mark_notice_shown(db: Database, today: dt.date) -> bool:
    """Remember that today's notification was shown (not on read-only data: it is then shown once a start). False
    when it could not be remembered (a disk that filled while the window was open): bookkeeping the clerk never asked
    for, never a box "đã đầy … rồi làm lại" with nothing to do again (round 36B); shown again at the next start."""
    import sqlite3

    if isinstance(db, Workspace) and db.readonly:
        return False
    try:
        with db.atomic():
            set_pref(db, PREF_SHOWN, today.isoformat())
    except sqlite3.Error:
        return False
    return True


# -- the Monday meeting's lists -------------------------------------------------------------------

def meeting_groups(db: Database, today: dt.date, days: int = REMIND_DAYS, by: str = BY_OFFICE,
                   only: list[str] | None = None) -> list[MeetingList]:
    """Each office's (or person's) open tasks, late first; `only` keeps the named ones (as typed: a name
    that leads no open task is refused with the names that do)."""
    rows, leads = task_rows(db), task_leads(db)
    every = meeting_lists(rows, leads, today, days, by)
    if only is None:
        return every
    known = {name_key(ml.name.removesuffix(LEFT)): ml for ml in every if ml.name}  # "Lê Văn Nghỉ (đã nghỉ)" too
    known |= {name_key(ml.name): ml for ml in every if ml.name}
    chosen = []
    for name in only:
        ml = known.get(name_key(name))
        if ml is None:
            _other_kind(rows, leads, today, days, by, name, every)
            raise ValidationError(N_("errors", "“{0}” không chủ trì nhiệm vụ nào đang mở. Những nơi có: {1}."), name,
                                  "; ".join(ml.name for ml in every if ml.name) or "(không có)", field="office")
        if ml not in chosen:
            chosen.append(ml)
    return chosen


def _other_kind(rows, leads, today: dt.date, days: int, by: str, name: str, every: list[MeetingList]) -> None:
    """A name of the other kind than the lists (an office in lists by person, a person in lists by office) was
    refused as leading nothing open, though it leads (round 21C): say which it is and what to do."""
    other = BY_OFFICE if by == BY_PERSON else BY_PERSON
    if not any(name_key(ml.name.removesuffix(LEFT)) == name_key(name) for ml in meeting_lists(rows, leads, today, days,
                                                                                             other) if ml.name):
        return
    names = "; ".join(ml.name for ml in every if ml.name) or "(không có)"
    if by == BY_PERSON:
        raise ValidationError(N_("errors", "“{0}” là một đơn vị, còn danh sách đang in theo từng người chủ trì. Hãy in "
                                           "theo đơn vị (bỏ --by person), hoặc ghi tên một người: {1}."), name, names,
                              field="office")
    raise ValidationError(N_("errors", "“{0}” là một người chủ trì, còn danh sách đang in theo đơn vị. Hãy in theo "
                                       "từng người (--by person), hoặc ghi tên một đơn vị: {1}."), name, names,
                          field="office")


def meeting_document_for(db: Database, today: dt.date, days: int = REMIND_DAYS, by: str = BY_OFFICE,
                         only: list[str] | None = None, lists: list[MeetingList] | None = None):
    """The lists as a printable document; `lists` when the caller has already chosen them."""
    from parapp.document.meeting_document import meeting_document

    chosen = meeting_groups(db, today, days, by, only) if lists is None else lists
    return meeting_document(chosen, load_settings(db).commune_name, today, days, by)


def meeting_pdf(db: Database, today: dt.date, days: int = REMIND_DAYS, by: str = BY_OFFICE,
                only: list[str] | None = None):
    from parapp.pdf.document_pdf import render_document
    from parapp.pdf.fonts import choose
    from parapp.services.printing import Printed

    font = choose()
    doc = meeting_document_for(db, today, days, by, only)
    return Printed(render_document(doc, font), font.name, "meeting", None, [])


def meeting_docx(db: Database, today: dt.date, days: int = REMIND_DAYS, by: str = BY_OFFICE,
                 only: list[str] | None = None):
    from parapp.docx.document_docx import write_document
    from parapp.services.printing import WordCopy

    return WordCopy(write_document(meeting_document_for(db, today, days, by, only)), "meeting", None, [])
