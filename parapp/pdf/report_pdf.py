"""Render a periodic report (a Draft) as an ND30 document, with its appendix."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field, replace
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from parapp.core.nd30_text import (
    BLANK, NBSP, keep_last_words, number_line, place_date, short_body, signer_block, vn_upper,
)
from parapp.core.report_model import Draft, Section
from parapp.pdf import blocks
from parapp.pdf.appendix_table import build_table
from parapp.pdf.fonts import FontChoice, register
from parapp.pdf.layout import (
    BOTTOM, L_BOTTOM, L_TEXT_WIDTH, L_TOP, LANDSCAPE, PORTRAIT, TEXT_WIDTH, TOP, ND30Doc, to_landscape, to_portrait,
)
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
    out = [Paragraph(escape(p), st.body) for p in draft.opening.paragraphs]

    def section(s: Section, level: int):
        title = keep_last_words(vn_upper(s.title) if level == 1 else s.title)
        out.append(Paragraph(escape(title), st.heading1 if level == 1 else st.heading2))
        for para in s.paragraphs:
            out.append(Paragraph(escape(para), st.body))
        for sub in s.subsections:
            section(sub, level + 1)

    for s in draft.sections:
        section(s, 1)  # an emptied section prints its heading only; the editor warns about it first
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
    # The signature block never stands alone on a page: it keeps the last lines with it,
    # and a heading left with nothing under it (an emptied last section) goes with them.
    tail = [closing, Spacer(1, 4), sign]
    while body and getattr(body[-1].style, "keepWithNext", 0):
        tail.insert(0, body.pop())
    story += body + [KeepTogether(tail)]
    labels = appendix_labels(draft)
    if draft.figures:
        story += to_portrait()
        story += figures_story(draft, o, font, st, labels["figures"])
    if draft.appendix:
        story += to_landscape()
        story += appendix_story(draft, o, font, st, labels["tasks"])
    doc.build(story)
    return buf.getvalue()


def appendix_labels(draft: Draft) -> dict[str, str]:
    """'Phụ lục' alone, or 'Phụ lục I' and 'Phụ lục II' when the report has both."""
    both = bool(draft.figures) and bool(draft.appendix)
    return {"figures": "Phụ lục I" if both else "Phụ lục", "tasks": "Phụ lục II" if both else "Phụ lục"}


def _kem_theo(o: PrintOptions) -> str:
    number = number_line(o.number, o.symbol).removeprefix("Số:").strip(" ") or BLANK
    # The commune's name never splits across lines ("UBND xã / Ba Giang").
    return (f"(Kèm theo Báo cáo số {number} "
            f"{_date_text(replace(o, place_name=''))} của {short_body(o.commune_name).replace(' ', NBSP)})")


def _period_words(draft: Draft) -> str:
    return summary_of(draft).split("hành chính ", 1)[-1]


def _grouped(rows, group_of, cells) -> tuple[list[list[str]], set[int]]:
    """Table rows under a title row per reform area, in the order the rows come. The title rows
    carry no number of their own: the body numbers the areas it speaks of, and the same area
    must not be II.4 there and V here."""
    data: list[list[str]] = []
    groups: set[int] = set()
    current = None
    for r in rows:
        g = group_of(r)
        if g and g != current:
            current = g
            groups.add(len(data))
            data.append(["", vn_upper(g)] + [""] * (len(cells(r)) - 2))
        data.append(cells(r))
    return data, groups


def figures_story(draft: Draft, o: PrintOptions, font, st, label: str) -> list:
    widths = [11 * mm, 0, 38 * mm, 26 * mm]
    widths[1] = TEXT_WIDTH - sum(widths)
    # A rate's unit is its column's "%": the cell holds the number alone.
    data, groups = _grouped(draft.figures, lambda f: f.group,
                            lambda f: ["", f.name, f.unit, f.text.removesuffix("%") if f.unit == "%" else f.text])
    # Numbered 1, 2, … through the table, whatever the groups.
    n = 0
    for i, row in enumerate(data):
        if i not in groups:
            n += 1
            row[0] = str(n)
    head = ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"]
    return [
        Paragraph(label, st.center_bold),
        Paragraph(escape(keep_last_words(vn_upper("Số liệu kết quả thực hiện cải cách hành chính "
                                                  + _period_words(draft)), 3)), st.center_bold),
        Paragraph(escape(_kem_theo(o)), st.center_italic),
        Spacer(1, 8),
        # One line a figure, tight: the whole table fits on its page.
        build_table(head, data, widths, font, st, PORTRAIT[1] - TOP - BOTTOM, center_cols={0, 2, 3},
                    group_rows=groups, padding=(1, 2)),
    ]


def appendix_story(draft: Draft, o: PrintOptions, font, st, label: str = "Phụ lục") -> list:
    # The result cites documents by number, date and summary: it gets the room.
    widths = [11 * mm, 80 * mm, 44 * mm, 24 * mm, 26 * mm]
    widths.append(L_TEXT_WIDTH - sum(widths))
    rows, groups = _grouped(draft.appendix, lambda r: r.group,
                            lambda r: [r.stt, r.content, r.lead, r.deadline, r.status, r.result])
    head = ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng", "Kết quả, ghi chú"]
    return [
        Paragraph(label, st.center_bold),
        Paragraph(escape(keep_last_words(vn_upper("Danh sách nhiệm vụ cải cách hành chính " + _period_words(draft)), 3)),
                  st.center_bold),
        Paragraph(escape(_kem_theo(o)), st.center_italic),
        Spacer(1, 8),
        build_table(head, rows, widths, font, st, LANDSCAPE[1] - L_TOP - L_BOTTOM, center_cols={0, 3},
                    group_rows=groups),
    ]
