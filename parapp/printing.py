"""What gets printed for a period or a plan, with which font and which date.

Shared by the command line and the window; no Qt. For a period: its finalised
report if there is one, else its latest saved draft, else a freshly assembled
draft (the rule of `report draft`). A finalised report prints with its own
date and number and the font it was first printed with; a draft leaves the
number and the day blank for the records clerk.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from parapp.core.messages import N_, ValidationError
from parapp.pdf.fonts import choose
from parapp.pdf.report_pdf import PrintOptions, render_report
from parapp.store import reports
from parapp.store.periods import find_period
from parapp.store.settings import load_settings


@dataclass
class Printed:
    pdf: bytes
    font: str
    source: str            # "final", "draft" or "fresh"
    report_id: int | None
    warnings: list[str]


def options_from_settings(db: Database) -> PrintOptions:
    s = load_settings(db)
    if not s.is_set_up:
        raise ValidationError(N_("errors", "Chưa nhập thông tin của xã (tên xã, địa danh, người ký). "
                                           "Hãy mở Tệp → Thông tin của xã trước khi in."))
    from parapp.core.print_limits import NAME, PLACE, clip

    # The renderer prints these in several places (the closing line, the appendix): clipped once here.
    return PrintOptions(commune_name=clip(s.commune_name, NAME), place_name=clip(s.place_name, PLACE),
                        chairman=clip(s.chairman, NAME),
                        vice_chairmen=s.vice_chairmen, parent=clip(s.header_parent, NAME), recipients=s.kinh_gui,
                        cc=s.noi_nhan, drafting_unit=s.drafting_unit, signer=s.signer)


def report_pdf(db: Database, kind: str, year: int, today: dt.date) -> Printed:
    period = find_period(db, kind, year)
    o = options_from_settings(db)
    warnings = []
    final = reports.latest(db, kind, year, state="final")
    if final:
        required = reports.report_font(db, final.id)
        font = choose(required)
        draft, source, rid = final.draft, "final", final.id
        o.number = final.sent_number or None
        o.date = final.finalized_on
        doc_date = final.finalized_on
    else:
        font = choose()
        rec = reports.latest(db, kind, year, state="draft")
        if rec:
            draft, source, rid = rec.draft, "draft", rec.id
        else:
            draft, source, rid = reports.assemble_draft(db, period, today), "fresh", None
        generated = dt.date.fromisoformat(draft.generated_on)
        o.month_year = (generated.month, generated.year)
        doc_date = generated
    if not (o.chairman if o.signer == "chairman" else o.signer[5:]):
        warnings.append(N_("errors", "Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống."))
    pdf = render_report(clipped_for_print(draft), o, font, doc_date)
    if final and not getattr(db, "readonly", False):  # reading never writes; the caller records it
        reports.record_font(db, final.id, font.name)
    return Printed(pdf, font.name, source, rid, warnings)


def clipped_for_print(draft):
    """The draft as printed: a paragraph past print_limits.PARAGRAPH characters is cut with a note
    (a 1 MB pasted text would take minutes to lay out); the stored draft is not touched."""
    from parapp.core.print_limits import PARAGRAPH, clip
    from parapp.core.report_model import Draft

    if not any(len(x) > PARAGRAPH for s in draft.walk() for x in s.paragraphs):
        return draft
    copy = Draft.from_json(draft.to_json())
    for s in copy.walk():
        s.paragraphs = [clip(x, PARAGRAPH) for x in s.paragraphs]
    return copy


def plan_pdf(db: Database, plan_id: int) -> Printed:
    from parapp.pdf.plan_pdf import render_plan
    from parapp.store.plans import get_plan
    from parapp.store.tasks import task_rows

    plan = get_plan(db, plan_id)
    o = options_from_settings(db)
    rows = task_rows(db, " WHERE t.plan_id = ?", [plan_id])
    font = choose()
    return Printed(render_plan(plan, rows, o, font), font.name, "plan", plan_id, [])
