"""A plan's task table (bảng phân công nhiệm vụ) as a standalone landscape appendix."""

from __future__ import annotations

import datetime as dt
from typing import Any

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


def numbered(rows) -> list[tuple[str, Any]]:
    """The plan's rows in printed order, each with the STT printed for it. By area in catalogue order, as plans print
    them; within an area in the register's order, a row with no number of its own (carried in, added by hand) after
    the last numbered row of the same criterion: the chairman's read (round 43) found a carried 7.3 printed after
    7.5, away from the 7.3 it continues. The plan's own numbers while every row has one; once a row has none the
    table is numbered in its printed order (round 41: STT 1 2 3 4 | 4 6 | 5 6 …, each carried row numbered by its
    place among numbered ones)."""
    last_of_code: dict[tuple[str, str], int] = {}
    for r in sorted(rows, key=lambda r: r.id):
        if r.stt and r.par_code:
            last_of_code[(r.area_code, r.par_code)] = r.id

    def anchor(r) -> int:
        return r.id if r.stt or not r.par_code else last_of_code.get((r.area_code, r.par_code), r.id)

    ordered = sorted(rows, key=lambda r: (r.area_code == "", r.area_code, anchor(r), r.id))
    own = all(r.stt for r in ordered)
    return [(r.stt if own else str(n), r) for n, r in enumerate(ordered, start=1)]


def plan_document(plan, rows, commune_name: str) -> Document:
    data, groups = nb.grouped(
        numbered(rows), lambda nr: nr[1].area_code,
        lambda nr: [nr[0], nr[1].content, nr[1].par_code, nr[1].lead, nr[1].coordinators,
                    nr[1].deadline_text or dmy(nr[1].due)],
        lambda nr: nr[1].area_name or "Nhiệm vụ khác", blank_key_groups=True)
    table = Table(["STT", "Nội dung nhiệm vụ", "Mã TCTP", "Chủ trì", "Phối hợp", "Thời gian thực hiện"],
                  [12, 95, 18, 45, 45, None], data, center_cols={0, 2, 5}, group_rows=groups)
    appendix = Appendix("Phụ lục", [vn_upper("Bảng phân công nhiệm vụ"), plan.title], kem_theo(plan, commune_name),
                        table, note="" if rows else EMPTY_PLAN)
    return Document(plan.title, commune_name, plan.issued_on or dt.date(plan.year, 1, 1),
                    [Part("landscape", [appendix])])
