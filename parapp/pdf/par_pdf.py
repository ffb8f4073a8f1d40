"""The PAR INDEX self-assessment as an ND30 document: a short explanatory
report signed TM. Ủy ban nhân dân, and the scoring table as its landscape
appendix (groups in bold with their sums, a total row)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import KeepTogether, Paragraph, Spacer, TableStyle

from parapp.core.nd30_text import BLANK, number_line, place_date, short_body, signer_block, vn_upper
from parapp.core.par.points import format_points
from parapp.core.par.report_text import report_text
from parapp.core.par.tree import CriteriaSet
from parapp.pdf import blocks
from parapp.pdf.appendix_table import CELL_LEADING, CELL_SIZE, PAD, build_table
from parapp.pdf.fonts import FontChoice, register
from parapp.pdf.layout import L_BOTTOM, L_TEXT_WIDTH, L_TOP, LANDSCAPE, ND30Doc, to_landscape
from parapp.pdf.styles import make_styles


@dataclass
class ParPrintOptions:
    commune_name: str
    place_name: str
    chairman: str
    superior: str = ""                                    # cited in the opening and the proposal
    parent: str = ""
    recipients: list[str] = field(default_factory=list)   # Kính gửi
    cc: list[str] = field(default_factory=list)           # Nơi nhận, before "Lưu"
    drafting_unit: str = "VP"
    number: str | None = None                             # None: blank for the records clerk
    date: dt.date | None = None                           # None: the day left blank
    month_year: tuple[int, int] = (1, 2000)               # for a blank day


def _date_text(o: ParPrintOptions, place: str) -> str:
    if o.date:
        return place_date(place, o.date)
    return place_date(place, None, month=o.month_year[0], year=o.month_year[1], blank_day=True)


def table_rows(cset: CriteriaSet, with_official: bool) -> tuple[list[list[str]], list[int]]:
    """The appendix's rows and which of them are groups (bold); the last row is the total."""
    rows, groups = [], []
    for depth, n in cset.walk():
        if n.is_group:
            groups.append(len(rows))
        self_pts = format_points(n.self_total) if n.is_group and n.scored else format_points(n.self_milli)
        row = [n.display_label, n.name, format_points(n.max_total), self_pts]
        if with_official:
            off = format_points(n.official_total) if n.is_group and n.has_official else format_points(n.official_milli)
            row.append(off)
        row += ["\n".join(n.evidence), n.explanation]
        rows.append(row)
    total = ["", "Tổng cộng", format_points(cset.max_total), format_points(cset.self_total)]
    if with_official:
        total.append(format_points(cset.official_total))
    rows.append(total + ["", ""])
    return rows, groups


def _appendix(cset: CriteriaSet, o: ParPrintOptions, font, st, title: str) -> list:
    number = number_line(o.number, "BC-UBND").removeprefix("Số:").strip(" ") or BLANK
    kem_theo = f"(Kèm theo Báo cáo số {number} {_date_text(o, '')} của {short_body(o.commune_name)})"
    official = cset.has_official
    head = ["STT", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá"]
    widths = [14 * mm, 85 * mm, 17 * mm, 19 * mm]
    if official:
        head.append("Điểm thẩm định")
        widths.append(19 * mm)
    head += ["Tài liệu kiểm chứng", "Giải trình"]
    widths.append(45 * mm)
    widths.append(L_TEXT_WIDTH - sum(widths))
    rows, groups = table_rows(cset, official)
    # Bold is wider than the regular face the table wraps with: groups are wrapped here, in bold.
    bold = font.face("bold")
    for g in groups:
        rows[g][1] = "\n".join(simpleSplit(rows[g][1], bold, CELL_SIZE, widths[1] - 2 * PAD) or [""])
    numbers = set(range(2, 5 if official else 4))
    table = build_table(head, rows, widths, font, st, LANDSCAPE[1] - L_TOP - L_BOTTOM, center_cols={0} | numbers)
    _bold(table, groups, len(rows), font)
    return [Paragraph("Phụ lục", st.center_bold), Paragraph(escape(vn_upper(title)), st.center_bold),
            Paragraph(escape(kem_theo), st.center_italic), Spacer(1, 8), table]


def _bold(table, groups: list[int], n_rows: int, font) -> None:
    """Groups and the total in bold. A row too tall for a page is continued on rows
    with an empty first cell, so input rows are found by their first cell."""
    cells = getattr(table, "_cellvalues")
    starts = [i for i, r in enumerate(cells) if i > 0 and str(r[0]).strip()]
    bold = font.face("bold")
    cmds = [("FONT", (0, starts[g]), (-1, starts[g]), bold, CELL_SIZE, CELL_LEADING) for g in groups if g < len(starts)]
    cmds.append(("FONT", (0, len(cells) - 1), (-1, len(cells) - 1), bold, CELL_SIZE, CELL_LEADING))
    table.setStyle(TableStyle(cmds))


def render_par(cset: CriteriaSet, o: ParPrintOptions, font: FontChoice, doc_date: dt.date) -> bytes:
    """The self-assessment as PDF bytes; the same inputs give the same bytes."""
    register(font)
    st = make_styles(font)
    text = report_text(cset, o.commune_name, o.superior)
    buf = io.BytesIO()
    doc = ND30Doc(buf, font, doc_date, title="Báo cáo " + text.summary[:1].lower() + text.summary[1:],
                  author=o.commune_name)
    story: list = [
        blocks.header(st, parent=o.parent, commune_name=o.commune_name, number=number_line(o.number, "BC-UBND"),
                      place_date=_date_text(o, o.place_name)),
        *blocks.title(st, "Báo cáo", text.summary),
        *blocks.kinh_gui(st, o.recipients),
        Paragraph(escape(text.opening), st.body),
    ]
    for heading, paragraphs in text.sections:
        story.append(Paragraph(escape(vn_upper(heading)), st.heading1))
        story += [Paragraph(escape(p), st.body) for p in paragraphs]
    # The decree's signature for a report of the committee: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH.
    sign = blocks.signature(st, signer_block(o.chairman, [], "chairman"), o.cc, o.drafting_unit)
    story.append(KeepTogether([Paragraph(escape(text.closing), st.body), Spacer(1, 4), sign]))
    story += to_landscape()
    story += _appendix(cset, o, font, st, text.appendix_title)
    doc.build(story)
    return buf.getvalue()
