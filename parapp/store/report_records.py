"""Report drafts and finalised reports.

A finalised report ("chốt") is a frozen snapshot: its content, hash and date
never change afterwards (a trigger refuses it even to code that forgets), and
it can only be copied into a new draft. Only its "sent" record may be added.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.core.dates import from_iso
from parapp.core.messages import N_, ValidationError
from parapp.core.periods import Period
from parapp.core.report_builder import assemble
from parapp.core.report_model import Draft, content_hash, regenerate
from parapp.core.vntext import clean
from parapp.gc_pause import paused_gc
from parapp.store.sql import inserted_id, now_stamp
from parapp.store.errors import NotFound
from parapp.store.report_facts import gather

if TYPE_CHECKING:
    from sqlite_utils import Database

if TYPE_CHECKING:
    from parapp.store.signed_copies import SignedCopy


@dataclass
class ReportRecord:
    id: int
    period_kind: str
    year: int
    state: str
    draft: Draft
    created_at: str
    updated_at: str
    finalized_on: dt.date | None
    content_hash: str | None
    sent_on: dt.date | None
    sent_channel: str
    sent_number: str
    print_options: dict | None = None   # frozen at finalising (schema 8 on): what it prints with
    pdf_sha256: str | None = None       # the PDF made of it when it was finalised
    pdf_size: int | None = None

    @property
    def is_final(self) -> bool:
        return self.state == "final"

    @property
    def number(self) -> str:
        """The number it went out under, else the one printed on it ('05/BC-UBND'); "" when the system gives it."""
        from parapp.core.nd30_text import number_line

        options = self.print_options or {}
        if self.sent_number or not options.get("number"):
            return self.sent_number
        return number_line(options["number"], options.get("symbol") or "BC-UBND").removeprefix("Số:").strip()


class ReportFrozen(ValidationError):
    def __init__(self):
        super().__init__(N_("errors", "Báo cáo này đã chốt nên không sửa được nữa. Hãy tạo bản nháp mới từ nó nếu cần "
                                      "thay đổi."))


_COLS = ("id, period_kind, year, state, content, created_at, updated_at, finalized_on, content_hash, "
         "sent_on, sent_channel, sent_number, print_options, pdf_sha256, pdf_size")


def _record(r) -> ReportRecord:
    return ReportRecord(r[0], r[1], r[2], r[3], Draft.from_json(json.loads(r[4])), r[5], r[6], from_iso(r[7]),
                        r[8], from_iso(r[9]), r[10], r[11], json.loads(r[12]) if r[12] else None, r[13], r[14])


def assemble_draft(db: Database, period: Period, today: dt.date) -> Draft:
    with paused_gc():
        return assemble(gather(db, period, today))


def get_report(db: Database, report_id: int) -> ReportRecord:
    r = db.execute(f"SELECT {_COLS} FROM reports WHERE id = ?", [report_id]).fetchone()
    if not r:
        raise NotFound(N_("errors", "báo cáo"), report_id)
    return _record(r)


def without_pdf_hash(db: Database, report_id: int) -> ReportRecord | None:
    """The report as get_report reads it, its PDF's hash not read (gone bad on the disk: repair prints the PDF to put
    it back, round 38A). None: no such report."""
    r = db.execute(f"SELECT {_COLS.replace('pdf_sha256', 'NULL')} FROM reports WHERE id = ?",  # noqa: S608
                   [report_id]).fetchone()
    return _record(r) if r else None


def list_reports(db: Database, year: int | None = None) -> list[ReportRecord]:
    sql = f"SELECT {_COLS} FROM reports" + (" WHERE year = ?" if year else "") + " ORDER BY id"
    return [_record(r) for r in db.execute(sql, [year] if year else [])]


def reports_for(db: Database, kind: str, year: int) -> list[ReportRecord]:
    return [_record(r) for r in db.execute(
        f"SELECT {_COLS} FROM reports WHERE period_kind = ? AND year = ? ORDER BY id", [kind, year])]


def latest(db: Database, kind: str, year: int, state: str | None = None) -> ReportRecord | None:
    rows = [r for r in reports_for(db, kind, year) if state is None or r.state == state]
    return rows[-1] if rows else None


def save_new_draft(db: Database, draft: Draft, based_on: int | None = None) -> int:
    now = now_stamp()
    return inserted_id(db.execute(
        "INSERT INTO reports (period_kind, year, state, content, based_on, created_at, updated_at) "
        "VALUES (?, ?, 'draft', ?, ?, ?, ?)",
        [draft.period["kind"], draft.period["year"], json.dumps(draft.to_json(), ensure_ascii=False),
         based_on, now, now],
    ))


def update_draft(db: Database, report_id: int, draft: Draft) -> None:
    rec = get_report(db, report_id)
    if rec.is_final:
        raise ReportFrozen()
    for s in draft.walk():
        s.paragraphs = [p for p in (clean(x) for x in s.paragraphs) if p]
    db.execute("UPDATE reports SET content = ?, updated_at = ? WHERE id = ?",
               [json.dumps(draft.to_json(), ensure_ascii=False), now_stamp(), report_id])


def regenerate_draft(db: Database, report_id: int, period: Period, today: dt.date,
                     keys: set[str] | None = None) -> Draft:
    rec = get_report(db, report_id)
    if rec.is_final:
        raise ReportFrozen()
    merged = regenerate(rec.draft, assemble_draft(db, period, today), keys)
    update_draft(db, report_id, merged)
    return merged


def _stored_hash(db: Database, report_id: int) -> str:
    """The hash of the content as stored: a report drafted by an older version keeps its
    hash though today's model would write it with more keys."""
    row = db.execute("SELECT content FROM reports WHERE id = ?", [report_id]).fetchone()
    return content_hash(json.loads(row[0]))


def finalize(db: Database, report_id: int, today: dt.date, font: str | None = None,
             print_options: dict | None = None, pdf: tuple[str, int] | None = None) -> str:
    """Freeze a draft: its content, hash, date, the font and options it prints with, and the hash of
    the PDF made of it, never change again."""
    rec = get_report(db, report_id)
    if rec.is_final:
        raise ReportFrozen()
    digest = _stored_hash(db, report_id)
    db.execute("UPDATE reports SET state = 'final', finalized_on = ?, content_hash = ?, font = COALESCE(?, font), "
               "print_options = ?, pdf_sha256 = ?, pdf_size = ?, updated_at = ? WHERE id = ?",
               [today.isoformat(), digest, font,
                json.dumps(print_options, ensure_ascii=False, sort_keys=True) if print_options else None,
                pdf[0] if pdf else None, pdf[1] if pdf else None, now_stamp(), report_id])
    return digest


def report_font(db: Database, report_id: int) -> str | None:
    row = db.execute("SELECT font FROM reports WHERE id = ?", [report_id]).fetchone()
    return row[0] if row else None


def record_font(db: Database, report_id: int, font: str) -> None:
    """A finalised report keeps the font of its first print, so re-prints match it."""
    db.execute("UPDATE reports SET font = ? WHERE id = ? AND state = 'final' AND font IS NULL", [font, report_id])


def verify(db: Database, report_id: int) -> bool:
    """True when a finalised report's content still matches its hash."""
    rec = get_report(db, report_id)
    return rec.is_final and _stored_hash(db, report_id) == rec.content_hash


def altered_finals(db) -> list[tuple[int, str, int]]:
    """(id, period, year) of every finalised report whose content no longer matches its hash.

    Takes a Database or a plain connection: restore checks a file before it is
    ParApp's. Content that no longer even reads as a report counts as altered.
    """
    out = []
    for rid, kind, year, content, digest in db.execute(
            "SELECT id, period_kind, year, content, content_hash FROM reports WHERE state = 'final' ORDER BY id"):
        try:
            ok = content_hash(json.loads(content)) == digest  # as verify(): the content as stored
        except (ValueError, TypeError, RecursionError):  # JSON nested 50,000 deep raised (round 11)
            ok = False
        if not ok:
            out.append((rid, kind, year))
    return out


def copy_to_draft(db: Database, report_id: int) -> int:
    rec = get_report(db, report_id)
    return save_new_draft(db, rec.draft, based_on=report_id)


def mark_sent(db: Database, report_id: int, sent_on: dt.date, channel: str, number: str = "") -> None:
    rec = get_report(db, report_id)
    if not rec.is_final:
        raise ValidationError(N_("errors", "Chỉ báo cáo đã chốt mới được đánh dấu đã gửi. Hãy chốt báo cáo trước."))
    db.execute("UPDATE reports SET sent_on = ?, sent_channel = ?, sent_number = ?, updated_at = ? WHERE id = ?",
               [sent_on.isoformat(), clean(channel), clean(number), now_stamp(), report_id])


def draft_for_period(db: Database, period: Period, today: dt.date, save: bool = False) -> tuple[Draft, int | None]:
    """The period's latest saved draft, or a freshly assembled one (saved only if asked)."""
    rec = latest(db, period.kind.value, period.year, state="draft")
    if rec:
        return rec.draft, rec.id
    draft = assemble_draft(db, period, today)
    return draft, (save_new_draft(db, draft) if save else None)


STATE_NOT_STARTED, STATE_DRAFT, STATE_FINAL, STATE_SIGNED, STATE_SENT = (
    "not_started", "draft", "final", "signed", "sent")


@dataclass
class PeriodStatus:
    period: Period
    state: str
    report_id: int | None
    late: bool           # sent (or still unsent) after the deadline
    sent_on: dt.date | None
    drafts: int
    report: ReportRecord | None = None      # the period's latest finalised report, if any
    signed: SignedCopy | None = None        # its signed copy, if one was attached
    answered_by: str | None = None          # "9m" for quý III (or "q3" for 9 tháng): the other one was made instead
    also_due: tuple[Period, ...] = ()       # other reports still owed on the same day (next_report fills it)

    @property
    def awaiting(self) -> bool:
        """Finalised and not yet sent: on the records clerk's list of what is still to send."""
        return self.state in (STATE_FINAL, STATE_SIGNED)


def period_status(p: Period, recs: list[ReportRecord], signed: dict[int, SignedCopy], today: dt.date) -> PeriodStatus:
    """Where a period's report stands. Its latest finalised report decides: a corrected report
    finalised after the first was sent is still to be sent."""
    finals = [r for r in recs if r.is_final]
    drafts = [r for r in recs if not r.is_final]
    if finals:
        r = finals[-1]
        copy = signed.get(r.id)
        if r.sent_on:
            return PeriodStatus(p, STATE_SENT, r.id, r.sent_on > p.deadline, r.sent_on, len(drafts), r, copy)
        return PeriodStatus(p, STATE_SIGNED if copy else STATE_FINAL, r.id, today > p.deadline, None, len(drafts), r,
                            copy)
    if drafts:
        return PeriodStatus(p, STATE_DRAFT, drafts[-1].id, today > p.deadline, None, len(drafts))
    return PeriodStatus(p, STATE_NOT_STARTED, None, today > p.deadline, None, 0)


def period_statuses(db: Database, periods: list[Period], today: dt.date) -> list[PeriodStatus]:
    from parapp.store.signed_copies import latest_by_report

    signed = latest_by_report(db)
    out = [period_status(p, reports_for(db, p.kind.value, p.year), signed, today) for p in periods]
    # Quý III and 9 tháng: a superior body asks for one or the other (DOMAIN.md), and a schedule may list both.
    # Once one is finalised, the other, never begun, is not owed: a fresh-eyes walk saw quý III "Chưa làm" beside
    # 9 tháng sent, and it would have been chased as late.
    made = {(st.period.year, st.period.kind.value) for st in out if st.report is not None}
    for st in out:
        other = _EITHER.get(st.period.kind.value)
        # A draft of it only begun is not owed either (a fresh-eyes walk, round 43: one look stored quý III, then
        # "Chưa gửi, quá hạn 77 ngày" beside the 9 tháng sent).
        if other and st.state in (STATE_NOT_STARTED, STATE_DRAFT) and (st.period.year, other) in made:
            st.answered_by, st.late = other, False
    return out


_EITHER = {"q3": "9m", "9m": "q3"}
