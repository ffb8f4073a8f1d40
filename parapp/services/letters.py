"""The urging letter (công văn đôn đốc), written from the day's reminders, printed
as PDF and Word like the reports. Shared by `parapp letter` and the window; no Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parapp.core.citations import DocRef
from parapp.core.dates import is_working_day, working_day_after
from parapp.core.messages import N_, Msg, ValidationError
from parapp.core.reminders import REMIND_DAYS, Group, by_group, group_of, name_key, unassigned
from parapp.core.urging_letter import LetterFacts, UrgingLetter, addressed, default_reply_by, write_letter
from parapp.core.vntext import fold
from parapp.document.letter_document import LETTER_CC, letter_document, letter_symbol
from parapp.document.options import PrintOptions
from parapp.services.chasing import reminders
from parapp.services.printing import Printed, WordCopy, options_from_settings
from parapp.store.chasing import task_leads
from parapp.store.settings import get_pref, load_settings, set_pref

if TYPE_CHECKING:
    from sqlite_utils import Database

PREF_SIGNER = "letter_signer"   # who signed the last letter: "chairman" or "vice:<name>"


@dataclass
class LetterChoice:
    """What the official chose for a letter; None keeps the default."""

    offices: list[str] | None = None    # the groups to write to (names as the register groups them)
    days: int = REMIND_DAYS
    reply_by: dt.date | None = None
    signer: str | None = None           # "chairman", "vice:<name>", or a vice-chairman's name


@dataclass
class LetterDraft:
    letter: UrgingLetter
    options: PrintOptions
    today: dt.date
    groups: list[Group]
    warnings: list[str] = field(default_factory=list)


def chased_groups(db: Database, today: dt.date, days: int = REMIND_DAYS) -> tuple[list[Group], dict[str, str]]:
    """Every office with a task late or due within `days`, and how a letter addresses each."""
    leads = task_leads(db)
    rem = reminders(db, today, days)
    wording = {group_of(lead): addressed(lead) for lead in leads.values() if group_of(lead)}
    gone = {t.id: "" for t in departed(rem)}  # no one to write to: the lead has left and no office answers for it
    return by_group(rem, gone or None), wording


def departed(rem) -> list:
    """The chased tasks whose lead is an official who has left, with no office to answer for them (round 21C: the
    letter was addressed to them, 'Đồng chí …', as to anyone at work)."""
    return [t for t in rem.overdue + rem.due_soon if t.lead_left and not t.office]


def _pick(groups: list[Group], wording: dict[str, str], wanted: list[str], gone: list | None = None) -> list[Group]:
    known = {name_key(wording.get(g.name, "")): g for g in groups} | {name_key(g.name): g for g in groups}
    left = {name_key(t.lead): t.lead for t in gone or []}
    chosen: list[Group] = []
    for name in wanted:
        g = known.get(name_key(name))
        if g is None and name_key(name) in left:
            raise ValidationError(N_("errors", "{0} đã nghỉ công tác: không gửi công văn cho người đã nghỉ. "
                                               "Hãy giao lại các nhiệm vụ của người này cho người đang công tác."),
                                  left[name_key(name)], field="office")
        offices = dict.fromkeys(t.office for g2 in groups for t in g2.overdue + g2.due_soon
                                if g is None and t.office and name_key(t.lead) == name_key(name))
        if offices:  # a person of an office was said to lead nothing late or due (round 21C)
            raise ValidationError(N_("errors", "{0} chủ trì nhiệm vụ qua {1}: công văn gửi đơn vị, không gửi từng "
                                               "người. Hãy ghi tên đơn vị sau --office."), name, "; ".join(offices),
                                  field="office")
        if g is None:
            raise ValidationError(
                N_("errors", "Không có nhiệm vụ quá hạn hay sắp đến hạn nào do “{0}” chủ trì. Những nơi có: {1}."),
                name, "; ".join(g.name for g in groups) or "(không có)", field="office")
        if g not in chosen:
            chosen.append(g)
    return chosen


def resolve_signer(db: Database, wanted: str | None) -> str:
    """"chairman" or "vice:<name>": as asked, else as last used, else the first vice-chairman (KT. CHỦ TỊCH)."""
    s = load_settings(db)
    if wanted:
        w = wanted.strip()
        if fold(w) in ("chairman", "chu-tich", "chu tich"):
            return "chairman"
        name = w.removeprefix("vice:").strip()
        for v in s.vice_chairmen:
            if fold(v) == fold(name):
                return f"vice:{v}"
        raise ValidationError(
            N_("errors", "“{0}” không có trong danh sách Phó Chủ tịch ({1}). Hãy ghi đúng tên, hoặc “chu-tich”."),
            name, "; ".join(s.vice_chairmen) or "chưa nhập", field="signer")
    last = get_pref(db, PREF_SIGNER)
    if last == "chairman" or (last.startswith("vice:") and last[4:] in s.vice_chairmen):
        return last
    if s.signer.startswith("vice:") and s.signer[4:] in s.vice_chairmen:
        return s.signer
    return f"vice:{s.vice_chairmen[0]}" if s.vice_chairmen else "chairman"


def remember_signer(db: Database, signer: str) -> bool:
    """The next letter is offered the same signer. False when it could not be kept (a full disk, a foreign program
    writing): a convenience, never a reason to withhold the letter just made (round 35B: the preview was not shown)."""
    import sqlite3

    try:
        with db.atomic():
            set_pref(db, PREF_SIGNER, signer)
    except sqlite3.Error:
        return False
    return True


def _via(db: Database) -> str:
    """Whom the offices report back through: the office official named in the settings."""
    from parapp.store.errors import NotFound
    from parapp.store.officials import get_official

    oid = load_settings(db).office_official_id
    if oid is None:
        return ""
    try:
        o = get_official(db, oid)
    except NotFound:
        return ""
    if not o.active:  # left: reports went back "through" someone no longer there (round 21C); the office stays
        return o.unit_name
    return f"{o.unit_name}, đồng chí {o.full_name}" if o.unit_name else f"đồng chí {o.full_name}"


def _plans(db: Database, groups: list[Group]) -> list[DocRef]:
    from parapp.store.plans import get_plan

    ids = sorted({t.plan_id for g in groups for t in g.overdue + g.due_soon if t.plan_id is not None})
    out = []
    for pid in ids:
        p = get_plan(db, pid)
        out.append(DocRef("Kế hoạch", p.number, p.issued_on, "", p.title.removeprefix("Kế hoạch ")))
    return out


def draft_letter(db: Database, today: dt.date, choice: LetterChoice | None = None) -> LetterDraft:
    """The letter to every office with late or soon-due tasks (or to the chosen ones), and how it prints."""
    c = choice or LetterChoice()
    if c.days < 0:
        raise ValidationError(N_("errors", "Số ngày phải từ 0 trở lên."), field="days")
    o = options_from_settings(db)
    groups, wording = chased_groups(db, today, c.days)
    warnings: list[str] = []
    if c.offices:
        groups = _pick(groups, wording, c.offices, departed(reminders(db, today, c.days)))
    if not groups:
        raise ValidationError(N_("errors", "Không có nhiệm vụ nào quá hạn hay đến hạn trong {0} ngày tới có người chủ "
                                           "trì: chưa cần công văn đôn đốc."), c.days)
    rem = reminders(db, today, c.days)
    loose = unassigned(rem)
    if loose and not c.offices:
        warnings.append(Msg(N_("errors", "{0} nhiệm vụ quá hạn hoặc sắp đến hạn chưa giao cho ai chủ trì: không có "
                                         "trong công văn."), len(loose)))
    gone = departed(rem)
    if gone and not c.offices:
        warnings.append(Msg(N_("errors", "{0} nhiệm vụ quá hạn hoặc sắp đến hạn do người đã nghỉ chủ trì ({1}): không "
                                         "có trong công văn. Hãy giao lại cho người đang công tác rồi lập lại công "
                                         "văn."), len(gone), ", ".join(dict.fromkeys(t.lead for t in gone))))
    reply_by = c.reply_by or default_reply_by(today)
    if reply_by < today:
        raise ValidationError(N_("errors", "Hạn báo cáo lại ({0}) đã qua. Hãy chọn một ngày từ hôm nay trở đi."),
                              reply_by.strftime("%d/%m/%Y"), field="reply_by")
    if c.reply_by and not is_working_day(c.reply_by):  # a typed day: the clerk may mean it, so said, not refused
        warnings.append(Msg(N_("errors", "Hạn báo cáo lại ({0}) là ngày nghỉ (thứ Bảy, Chủ nhật hoặc ngày lễ, Tết): "
                                         "các đơn vị không báo cáo được vào ngày đó. Nên chọn ngày làm việc, như "
                                         "{1}."), c.reply_by.strftime("%d/%m/%Y"),
                            working_day_after(c.reply_by).strftime("%d/%m/%Y")))
    letter = write_letter(LetterFacts(groups, wording, _plans(db, groups), today, c.days, reply_by, _via(db)))
    o.symbol = letter_symbol(o.drafting_unit)
    o.recipients = letter.recipients
    o.cc = list(LETTER_CC)
    o.signer = resolve_signer(db, c.signer)
    o.number, o.date, o.month_year = None, None, (today.month, today.year)  # the clerk numbers and dates it
    if not (o.chairman if o.signer == "chairman" else o.signer[4:]):
        warnings.append(N_("errors", "Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống."))
    return LetterDraft(letter, o, today, groups, warnings)


def letter_pdf(db: Database, today: dt.date, choice: LetterChoice | None = None) -> Printed:
    from parapp.pdf.document_pdf import render_document
    from parapp.pdf.fonts import choose

    d = draft_letter(db, today, choice)
    font = choose()
    return Printed(render_document(letter_document(d.letter, d.options, today), font), font.name, "letter", None,
                   d.warnings)


def letter_docx(db: Database, today: dt.date, choice: LetterChoice | None = None) -> WordCopy:
    from parapp.docx.document_docx import write_document

    d = draft_letter(db, today, choice)
    return WordCopy(write_document(letter_document(d.letter, d.options, today)), "letter", None, d.warnings)
