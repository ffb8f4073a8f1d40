"""A plan's task table (bảng phân công nhiệm vụ) as a standalone landscape appendix."""

from __future__ import annotations

import datetime as dt

from parapp.core.dates import dmy
from parapp.core.nd30_text import BLANK, month_text, short_body, vn_upper
from parapp.document import nd30_blocks as nb
from parapp.document.model import Appendix, Document, Part, Table

EMPTY_PLAN = "Kế hoạch này chưa có nhiệm vụ nào."


def kem_theo(plan, commune_name: str) -> str:
    number = plan.number or f"{BLANK}/KH-UBND"
    if plan.issued_on:
        d = plan.issued_on
        when = f"ngày {d.day:02d} tháng {month_text(d.month)} năm {d.year}"
    else:
        when = f"ngày {BLANK} tháng {BLANK} năm {plan.year}"
    return f"(Kèm theo Kế hoạch số {number} {when} của {short_body(commune_name)})"


def plan_document(plan, rows, commune_name: str) -> Document:
    # Rows grouped by area, in catalogue order, as plans print them.
    ordered = sorted(rows, key=lambda r: (r.area_code == "", r.area_code, r.id))
    # The plan's own numbers while every row has one; once a row has none (carried in, added by hand) the table is
    # numbered in its printed order: the chairman's read (round 41) saw a plan carried into print STT 1 2 3 4 | 4 6 |
    # 5 6 …, each carried row numbered by its place among numbered ones.
    own = all(r.stt for r in ordered)
    data, groups = nb.grouped(
        enumerate(ordered, start=1), lambda nr: nr[1].area_code,
        lambda nr: [nr[1].stt if own else str(nr[0]), nr[1].content, nr[1].par_code, nr[1].lead, nr[1].coordinators,
                    nr[1].deadline_text or dmy(nr[1].due)],
        lambda nr: nr[1].area_name or "Nhiệm vụ khác", blank_key_groups=True)
    table = Table(["STT", "Nội dung nhiệm vụ", "Mã TCTP", "Chủ trì", "Phối hợp", "Thời gian thực hiện"],
                  [12, 95, 18, 45, 45, None], data, center_cols={0, 2, 5}, group_rows=groups)
    appendix = Appendix("Phụ lục", [vn_upper("Bảng phân công nhiệm vụ"), plan.title], kem_theo(plan, commune_name),
                        table, note="" if rows else EMPTY_PLAN)
    return Document(plan.title, commune_name, plan.issued_on or dt.date(plan.year, 1, 1),
                    [Part("landscape", [appendix])])
