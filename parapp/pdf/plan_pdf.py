"""A plan's task table (bảng phân công nhiệm vụ) as a standalone appendix document."""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from parapp.core.dates import dmy
from parapp.core.nd30_text import BLANK, month_text, short_body, vn_upper
from parapp.pdf.appendix_table import build_table
from parapp.pdf.fonts import FontChoice, register
from parapp.pdf.layout import L_BOTTOM, L_TEXT_WIDTH, L_TOP, LANDSCAPE, ND30Doc
from parapp.pdf.styles import make_styles


def _kem_theo(plan, commune_name: str) -> str:
    number = plan.number or f"{BLANK}/KH-UBND"
    if plan.issued_on:
        d = plan.issued_on
        when = f"ngày {d.day:02d} tháng {month_text(d.month)} năm {d.year}"
    else:
        when = f"ngày {BLANK} tháng {BLANK} năm {plan.year}"
    return f"(Kèm theo Kế hoạch số {number} {when} của {short_body(commune_name)})"


def render_plan(plan, rows, o, font: FontChoice) -> bytes:
    register(font)
    st = make_styles(font)
    buf = io.BytesIO()
    doc_date = plan.issued_on or dt.date(plan.year, 1, 1)
    doc = ND30Doc(buf, font, doc_date, title=plan.title, author=o.commune_name, start="landscape")
    widths = [12 * mm, 95 * mm, 18 * mm, 45 * mm, 45 * mm]
    widths.append(L_TEXT_WIDTH - sum(widths))
    head = ["STT", "Nội dung nhiệm vụ", "Mã TCTP", "Chủ trì", "Phối hợp", "Thời gian thực hiện"]
    # Rows grouped by area, in catalogue order, as plans print them.
    ordered = sorted(rows, key=lambda r: (r.area_code == "", r.area_code, r.id))
    data, groups, area, n = [], set(), None, 0
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    for r in ordered:
        if r.area_code != area:
            area = r.area_code
            groups.add(len(data))
            data.append([roman[len(groups) - 1] if len(groups) <= 10 else "",
                         vn_upper(r.area_name or "Nhiệm vụ khác"), "", "", "", ""])
        n += 1
        deadline = r.deadline_text or dmy(r.due)
        data.append([r.stt or str(n), r.content, r.par_code, r.lead, r.coordinators, deadline])
    story = [
        Paragraph("Phụ lục", st.center_bold),
        Paragraph(escape(vn_upper("Bảng phân công nhiệm vụ")), st.center_bold),
        Paragraph(escape(plan.title), st.center_bold),
        Paragraph(escape(_kem_theo(plan, o.commune_name)), st.center_italic),
        Spacer(1, 8),
        build_table(head, data, widths, font, st, LANDSCAPE[1] - L_TOP - L_BOTTOM, center_cols={0, 2, 5}, group_rows=groups),
    ]
    if not rows:
        story.insert(-1, Paragraph("Kế hoạch này chưa có nhiệm vụ nào.", st.center_italic))
    doc.build(story)
    return buf.getvalue()
