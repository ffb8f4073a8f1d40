"""Render a periodic report (a Draft) as an ND30 document, with its appendix."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field, replace
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from parapp.core.nd30_text import BLANK, number_line, place_date, short_body, signer_block, vn_upper
from parapp.core.report_model import Draft, Section
from parapp.pdf import blocks
from parapp.pdf.appendix_table import build_table
from parapp.pdf.fonts import FontChoice, register
from parapp.pdf.layout import L_BOTTOM, L_TEXT_WIDTH, L_TOP, LANDSCAPE, ND30Doc, to_landscape
from parapp.pdf.styles import make_styles


@dataclass
class PrintOptions:
    """What is printed around the report's content; all from settings and the report."""

    commune_name: str
    place_name: str
    chairman: str
    vice_chairmen: list[str] = field(default_factory=list)
    parent: str = ""                       # cơ quan chủ quản line, if any
    recipients: list[str] = field(default_factory=list)   # Kính gửi
    cc: list[str] = field(default_factory=list)           # Nơi nhận
    drafting_unit: str = "VP"
    symbol: str = "BC-UBND"
    signer: str = "chairman"               # or "vice:<name>"
    number: str | None = None              # None: left blank for the records clerk
    date: dt.date | None = None            # None: the day left blank
    month_year: tuple[int, int] | None = None  # for a blank day: the month and year to print


def _date_text(o: PrintOptions) -> str:
    if o.date:
        return place_date(o.place_name, o.date)
    month, year = o.month_year
    return place_date(o.place_name, None, month=month, year=year, blank_day=True)


def _body(draft: Draft, st) -> list:
    out = []

    def section(s: Section, level: int):
        title = vn_upper(s.title) if level == 1 else s.title
        out.append(Paragraph(escape(title), st.heading1 if level == 1 else st.heading2))
        for para in s.paragraphs:
            out.append(Paragraph(escape(para), st.body))
        for sub in s.subsections:
            section(sub, level + 1)

    for s in draft.sections:
        if not s.paragraphs and not s.subsections:
            out.append(Paragraph(escape(vn_upper(s.title)), st.heading1))
            out.append(Paragraph("…", st.body))  # an empty section keeps its place for the pen
            continue
        section(s, 1)
    return out


def summary_of(draft: Draft) -> str:
    t = draft.title
    return t[len("Báo cáo "):][:1].upper() + t[len("Báo cáo ") + 1:] if t.lower().startswith("báo cáo ") else t


def render_report(draft: Draft, o: PrintOptions, font: FontChoice, doc_date: dt.date) -> bytes:
    """The report as PDF bytes; the same inputs always give the same bytes."""
    register(font)
    st = make_styles(font)
    buf = io.BytesIO()
    summary = summary_of(draft)
    doc = ND30Doc(buf, font, doc_date, title=draft.title, author=o.commune_name)
    story: list = [
        blocks.header(st, parent=o.parent, commune_name=o.commune_name,
                      number=number_line(o.number, o.symbol), place_date=_date_text(o)),
        *blocks.title(st, "Báo cáo", summary),
        *blocks.kinh_gui(st, o.recipients),
    ]
    body = _body(draft, st)
    closing = Paragraph(escape("Trên đây là báo cáo " + summary[:1].lower() + summary[1:] + " của "
                               + short_body(o.commune_name) + "./."), st.body)
    sign = blocks.signature(st, signer_block(o.chairman, o.vice_chairmen, o.signer), o.cc, o.drafting_unit)
    # The signature block never stands alone on a page: it keeps the last lines with it.
    story += body + [KeepTogether([closing, Spacer(1, 4), sign])]
    if draft.appendix:
        story += to_landscape()
        story += appendix_story(draft, o, font, st)
    doc.build(story)
    return buf.getvalue()


def appendix_story(draft: Draft, o: PrintOptions, font, st) -> list:
    number = number_line(o.number, o.symbol).removeprefix("Số:").strip(" ") or BLANK
    kem_theo = (f"(Kèm theo Báo cáo số {number} "
                f"{_date_text(replace(o, place_name=''))} của {short_body(o.commune_name)})")
    widths = [12 * mm, 100 * mm, 45 * mm, 30 * mm, 30 * mm]
    widths.append(L_TEXT_WIDTH - sum(widths))
    rows = [[r.stt, r.content, r.lead, r.deadline, r.status, r.result] for r in draft.appendix]
    head = ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Kết quả"]
    return [
        Paragraph("Phụ lục", st.center_bold),
        Paragraph(escape(vn_upper("Danh sách nhiệm vụ cải cách hành chính " + summary_of(draft).split("hành chính ", 1)[-1])),
                  st.center_bold),
        Paragraph(escape(kem_theo), st.center_italic),
        Spacer(1, 8),
        build_table(head, rows, widths, font, st, LANDSCAPE[1] - L_TOP - L_BOTTOM, center_cols={0, 3}),
    ]
