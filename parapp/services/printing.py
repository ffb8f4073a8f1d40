"""What gets printed for a period or a plan, with which font and which date.

Shared by the command line and the window; no Qt. For a period: its finalised
report if there is one, else its latest saved draft, else a freshly assembled
draft (the rule of `report draft`). A finalised report prints with its own
date and number and the font it was first printed with; a draft leaves the
number and the day blank for the records clerk.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parapp.core.messages import N_, Msg, ValidationError
from parapp.core.nd30_text import signer_name
from parapp.core.vntext import clean
from parapp.core.report_model import Draft
from parapp.pdf.fonts import choose
from parapp.document.options import PrintOptions
from parapp.pdf.report_pdf import render_report
from parapp.store import report_records
from parapp.store.periods import find_period
from parapp.store.settings import load_settings

if TYPE_CHECKING:
    from sqlite_utils import Database


NUMBER = re.compile(r"\d{1,6}(/[^\s/][^\s]*)?")  # 39, 05, 39/BC-UBND


def typed_number(text: str | None) -> str:
    """A number as the clerk typed it, its dashes made plain: "5/BC–UBND" (Word's dash, or copied from a signed
    copy) was refused as another document type's symbol, the clerk seeing no difference (round 23B)."""
    return re.sub("[\u2010-\u2015\u2212]", "-", clean(text or ""))


def check_number(number: str, symbol: str = "BC-UBND") -> None:
    """A number the clerk typed for a report: digits, or digits and the report's symbol. Round 22B: "0" printed
    "Số: 00/BC-UBND" (numbers start at 01), and "5/KH-UBND" printed a plan's symbol over "BÁO CÁO"."""
    if not NUMBER.fullmatch(number):
        raise ValidationError(N_("errors", "“{0}” không phải số văn bản. Hãy nhập số (ví dụ 39) hoặc số và ký hiệu "
                                           "(ví dụ 39/BC-UBND)."), number)
    digits, _, typed = number.partition("/")
    if not int(digits):
        raise ValidationError(N_("errors", "“{0}” không phải số văn bản: số văn bản bắt đầu từ 01. Hãy nhập số văn thư "
                                           "đã cấp (ví dụ 39)."), number)
    kind = symbol.partition("-")[0]
    if typed and typed.partition("-")[0].upper() != kind.upper():
        raise ValidationError(N_("errors", "“{0}” không phải số của một báo cáo: ký hiệu của báo cáo bắt đầu bằng "
                                           "{1}- (ví dụ 39/{2}). Hãy nhập số (ví dụ 39) hoặc số và ký hiệu của báo "
                                           "cáo."), number, kind, symbol)


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

    # The renderers print these in several places (the closing line, the appendix): clipped once here.
    return PrintOptions(commune_name=clip(s.commune_name, NAME), place_name=clip(s.place_name, PLACE),
                        chairman=clip(s.chairman, NAME),
                        vice_chairmen=s.vice_chairmen, parent=clip(s.header_parent, NAME), recipients=s.kinh_gui,
                        cc=s.noi_nhan, drafting_unit=s.drafting_unit, signer=s.signer)


@dataclass
class WordCopy:
    """The same document as an editable .docx (Times New Roman named; Word substitutes nothing on Windows)."""

    docx: bytes
    source: str
    report_id: int | None
    warnings: list[str]


@dataclass
class _Chosen:
    draft: Draft
    options: PrintOptions
    doc_date: dt.date
    source: str
    report_id: int | None
    final: report_records.ReportRecord | None
    warnings: list[str]


def _choose(db: Database, kind: str, year: int, today: dt.date) -> _Chosen:
    """The period's finalised report, else its latest draft, else a fresh draft, and how to print it."""
    period = find_period(db, kind, year)
    warnings = []
    final = report_records.latest(db, kind, year, state="final")
    if final:
        draft, source, rid = final.draft, "final", final.id
        o = final_options(db, final)  # as it was finalised, whatever the settings say today
        assert final.finalized_on is not None, "a final report has its finalising day"
        doc_date = final.finalized_on
        warnings += _stale_month(db, final, o, today)
    else:
        o = options_from_settings(db)
        rec = report_records.latest(db, kind, year, state="draft")
        if rec:
            draft, source, rid = rec.draft, "draft", rec.id
        else:
            draft, source, rid = report_records.assemble_draft(db, period, today), "fresh", None
        generated = dt.date.fromisoformat(draft.generated_on)
        o.month_year = (generated.month, generated.year)
        doc_date = generated
    if not signer_name(o.chairman, o.signer):
        warnings.append(N_("errors", "Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống."))
    return _Chosen(draft, o, doc_date, source, rid, final, warnings)


def _stale_month(db: Database, final: report_records.ReportRecord, o: PrintOptions, today: dt.date) -> list[str]:
    """A report finalised with its day left blank prints "ngày … tháng 12 năm 2026" for the day to be written at
    signing: printed for signing in January, its month and year are wrong, and a finalised report never changes
    (left in the closing note of 2026-12-04). Said while it is neither signed nor sent; a new draft finalised this
    month prints this month."""
    from parapp.store import signed_copies

    if o.date is not None or not o.month_year or (o.month_year[1], o.month_year[0]) >= (today.year, today.month):
        return []
    if final.sent_on or signed_copies.latest_for(db, final.id):
        return []
    month, year = o.month_year
    return [Msg(N_("errors", "Báo cáo đã chốt in ngày ký “ngày … tháng {0} năm {1}”, nay đã sang tháng {2} năm {3}: "
                             "ký bây giờ thì ngày tháng trên văn bản sai. Hãy tạo bản nháp mới từ bản đã chốt (trang "
                             "Báo cáo) rồi chốt lại trong tháng ký; bản đã chốt không sửa được."),
                f"{month:02d}", year, f"{today.month:02d}", today.year)]


def final_options(db: Database, final: report_records.ReportRecord) -> PrintOptions:
    """What a finalised report prints with: the options frozen with it; a report finalised before
    they were frozen (schema 7 and earlier) prints with today's settings, its day and its sent number."""
    if final.print_options:
        return PrintOptions.from_json(final.print_options)
    o = options_from_settings(db)
    o.number = final.sent_number or None
    o.date = final.finalized_on
    o.layout = 1  # finalised before layouts were recorded: the first one, as it was hashed
    return o


def options_for_final(db: Database, today: dt.date, number: str | None = None) -> PrintOptions:
    """The options a report is finalised with: today's settings, and the number and day printed
    when the office numbers its documents, left blank when the document system does."""
    from parapp.store.settings import load_settings

    o = options_from_settings(db)
    number = typed_number(number)
    if load_settings(db).numbering == "office":
        if number:
            check_number(number, o.symbol)
        if "/" in number and int(number.partition("/")[0]) < 10:  # "5/BC-UBND" prints as the decree writes it: "05/…"
            number = f"{int(number.partition('/')[0]):02d}/{number.partition('/')[2]}"
        o.number, o.date = number or None, today
    else:
        if number:
            raise ValidationError(N_("errors", "Thông tin của xã ghi số và ngày báo cáo do hệ thống quản lý văn bản "
                                               "cấp khi ban hành, nên báo cáo được chốt với số và ngày để trống. Muốn "
                                               "in sẵn số, hãy chọn “Văn thư cấp số khi chốt báo cáo” trong Thông tin "
                                               "của xã → Văn bản in."))
        o.number, o.date, o.month_year = None, None, (today.month, today.year)
    return o


def final_pdf(db: Database, final: report_records.ReportRecord) -> bytes:
    """The PDF ParApp makes of a finalised report (not only the period's latest): what its signed copy must hold."""
    assert final.finalized_on is not None
    font = choose(report_records.report_font(db, final.id))
    return render_report(clipped_for_print(final.draft), final_options(db, final), font, final.finalized_on)


def report_pdf(db: Database, kind: str, year: int, today: dt.date) -> Printed:
    c = _choose(db, kind, year, today)
    # A finalised report prints with the font it was finalised with; printing never writes.
    font = choose(report_records.report_font(db, c.final.id)) if c.final else choose()
    pdf = render_report(clipped_for_print(c.draft), c.options, font, c.doc_date)
    return Printed(pdf, font.name, c.source, c.report_id, c.warnings)


def clipped_for_print(draft):
    """The draft as printed: a paragraph past print_limits.PARAGRAPH characters is cut with a note
    (a 1 MB pasted text took minutes to lay out); the stored draft is not touched. The Word copy
    keeps the whole text: it is there to be edited."""
    from parapp.core.print_limits import PARAGRAPH, clip
    from parapp.core.report_model import Draft

    if not any(len(x) > PARAGRAPH for s in draft.walk() for x in s.paragraphs):
        return draft
    copy = Draft.from_json(draft.to_json())
    for s in copy.walk():
        s.paragraphs = [clip(x, PARAGRAPH) for x in s.paragraphs]
    return copy


def report_docx(db: Database, kind: str, year: int, today: dt.date) -> WordCopy:
    """The same choice of draft as report_pdf, as an editable Word document."""
    from parapp.document.report_document import report_document
    from parapp.docx.document_docx import write_document

    c = _choose(db, kind, year, today)
    return WordCopy(write_document(report_document(c.draft, c.options, c.doc_date)), c.source, c.report_id,
                    c.warnings)


def _plan_and_rows(db: Database, plan_id: int):
    from parapp.store.plans import get_plan, plan_leads
    from parapp.store.tasks import task_rows

    from parapp.core.commune_structure import level_of, one_stop_subject

    s = load_settings(db)
    leads = plan_leads(db, plan_id, s.report_persons)
    # The one-stop unit with its level, as the report's appendix names it (the chairman's re-read, round 41)
    centre = " ".join(s.one_stop_unit.split())
    with_level = one_stop_subject(centre, level_of(s.commune_name)) if centre else ""

    def lead(r) -> str:
        said = leads.get(r.id) or r.lead
        return with_level if centre and " ".join(said.split()) == centre else said

    # Work carried in from an earlier year's plan says so in its row (the chairman's re-read, round 41: the carried
    # rows stood among the plan's own with nothing to tell them apart).
    came = {r[0]: r[1] for r in db.execute(
        "SELECT n.id, p.year FROM tasks o JOIN tasks n ON n.id = o.carried_to JOIN plans p ON p.id = o.plan_id "
        "WHERE n.plan_id = ?", [plan_id])}

    def content(r) -> str:
        return f"{r.content} (chuyển từ năm {came[r.id]})" if r.id in came else r.content

    return get_plan(db, plan_id), [r._replace(lead=lead(r), content=content(r))
                                   for r in task_rows(db, " WHERE t.plan_id = ?", [plan_id])]


def plan_rows_with_no_time(db: Database, plan_id: int) -> list[str]:
    """The rows the plan's table prints with a blank "Thời gian thực hiện", named by the STT printed for them (the
    chairman's read, round 43: named by their words cut at 60 characters, the reader had to find them)."""
    from parapp.document.plan_document import numbered

    _, rows = _plan_and_rows(db, plan_id)
    bare = [(n, r.content) for n, r in numbered(rows) if r.due is None and not r.deadline_text.strip()]
    return [f"STT {n}: {c if len(c) <= 60 else c[:59] + '…'}" for n, c in bare]


def plan_pdf(db: Database, plan_id: int) -> Printed:
    from parapp.pdf.plan_pdf import render_plan

    o = options_from_settings(db)
    plan, rows = _plan_and_rows(db, plan_id)
    font = choose()
    return Printed(render_plan(plan, rows, o, font), font.name, "plan", plan_id, [])


def plan_docx(db: Database, plan_id: int) -> WordCopy:
    from parapp.document.plan_document import plan_document
    from parapp.docx.document_docx import write_document

    o = options_from_settings(db)
    plan, rows = _plan_and_rows(db, plan_id)
    return WordCopy(write_document(plan_document(plan, rows, o.commune_name)), "plan", plan_id, [])


def register_list(db: Database, rows, today: dt.date, scope=None):
    """The register's printed list (the rows as the window shows them) as a document model.
    A working list needs only the commune's name, which may still be blank."""
    from parapp.document.register_document import register_document

    return register_document(rows, load_settings(db).commune_name, today, scope)


def register_pdf(db: Database, rows, today: dt.date, scope=None) -> Printed:
    from parapp.pdf.document_pdf import render_document

    font = choose()
    return Printed(render_document(register_list(db, rows, today, scope), font), font.name, "register", None, [])


def register_docx(db: Database, rows, today: dt.date, scope=None) -> WordCopy:
    from parapp.docx.document_docx import write_document

    return WordCopy(write_document(register_list(db, rows, today, scope)), "register", None, [])
