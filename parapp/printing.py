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
    return PrintOptions(commune_name=s.commune_name, place_name=s.place_name, chairman=s.chairman,
                        vice_chairmen=s.vice_chairmen, parent=s.header_parent, recipients=s.kinh_gui,
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
    pdf = render_report(draft, o, font, doc_date)
    if final and not getattr(db, "readonly", False):  # reading never writes; the caller records it
        reports.record_font(db, final.id, font.name)
    return Printed(pdf, font.name, source, rid, warnings)


def plan_pdf(db: Database, plan_id: int) -> Printed:
    from parapp.pdf.plan_pdf import render_plan
    from parapp.store.plans import get_plan
    from parapp.store.tasks import task_rows

    plan = get_plan(db, plan_id)
    o = options_from_settings(db)
    rows = task_rows(db, " WHERE t.plan_id = ?", [plan_id])
    font = choose()
    return Printed(render_plan(plan, rows, o, font), font.name, "plan", plan_id, [])
