"""Working lists printed with Ctrl+P from the window: the overview's one-page
summary, and the table a page shows (the year's figures, the officials, the
change log). Like the register's printed list, they are working papers, not
documents sent out: the issuing body's name, a title, what the list covers
and the day it was printed, then the table. Printed words are Vietnamese
whatever the interface language; the cells are what the window shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from parapp.core.dates import dmy
from parapp.core.nd30_text import short_body, vn_upper
from parapp.core.overview import Overview
from parapp.document.model import Appendix, Document, Part, Table
from parapp.document.page import text_width_mm

OVERVIEW_TITLE = "Tình hình thực hiện nhiệm vụ cải cách hành chính"


def _as_of(commune_name: str, today: dt.date, what: str = "") -> str:
    who = f"{short_body(commune_name)}, " if commune_name.strip() else ""
    return f"({who}ngày {dmy(today)}{what})"


def overview_document(ov: Overview, commune_name: str, today: dt.date, next_report: str = "") -> Document:
    """One A4 page: the day's numbers, the next report, and what each lead still owes."""
    figures = Table(["Quá hạn", "Đến hạn trong 14 ngày", "Đang mở", "Chưa có hạn", "Hoàn thành năm nay", "Tổng số"],
                    [25, 30, 25, 27, 30, None],
                    [[str(ov.overdue), str(ov.due_soon), str(ov.open), str(ov.no_due_date), str(ov.done_this_year),
                      str(ov.total)]], center_cols={0, 1, 2, 3, 4, 5})
    per_lead = Table(["Người chủ trì", "Đang mở", "Quá hạn", "Đến hạn 14 ngày", "Hoàn thành năm nay"],
                     [None, 20, 20, 27, 30],
                     [[c.lead or "(chưa giao)", str(c.open), str(c.overdue), str(c.due_soon), str(c.done_this_year)]
                      for c in ov.per_lead], center_cols={1, 2, 3, 4})
    first = Appendix("", [vn_upper(OVERVIEW_TITLE)], _as_of(commune_name, today), figures, note=next_report)
    second = Appendix("", ["Theo người chủ trì"], "", per_lead,
                      note="" if ov.per_lead else "Chưa có nhiệm vụ nào.")
    return Document(OVERVIEW_TITLE, commune_name, today, [Part("portrait", [first, second])])


def table_document(title: str, lines: Sequence[str], head: list[str], rows: list[list[str]], weights: list[float],
                   commune_name: str, today: dt.date, orientation: str = "landscape",
                   center_cols: set[int] | None = None) -> Document:
    """A page's table as the window shows it; `weights` share the text width between the columns."""
    width = text_width_mm(orientation)
    total = sum(weights)
    widths: list[float | None] = [width * w / total for w in weights[:-1]] + [None]
    table = Table(head, widths, rows, center_cols=center_cols or set())
    # No count of rows under the title: "(UBND xã Ba Giang, ngày 06/12/2026: 37 dòng)" meant nothing to the reader of
    # the printed figures (a fresh-eyes walk, round 43)
    appendix = Appendix("", [vn_upper(title), *lines], _as_of(commune_name, today), table,
                        note="" if rows else "Không có dòng nào.")
    return Document(title, commune_name, today, [Part(orientation, [appendix])])
