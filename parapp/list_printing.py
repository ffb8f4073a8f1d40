"""What a working list prints: the register as filtered, and the overview's
one-page summary. No Qt: the window hands over the rows it shows.

Printed words are Vietnamese whatever the interface language, as every
document ParApp prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from parapp.core.dates import dmy
from parapp.core.overview import Overview
from parapp.core.status import STATUS_LABELS, Status, is_overdue
from parapp.pdf.list_pdf import ListDoc, ListTable, render_list


def task_status_text(status: str, due: dt.date | None, completed_on: dt.date | None, today: dt.date) -> str:
    if is_overdue(status, due, today):
        return f"Quá hạn {(today - due).days} ngày"
    if status == Status.DONE.value and completed_on:
        return f"Hoàn thành {dmy(completed_on)}"
    return STATUS_LABELS[Status(status)]


def register_doc(rows: Sequence, commune_name: str, today: dt.date, filter_lines: Sequence[str] = ()) -> ListDoc:
    """`rows`: register lines (store.tasks.TaskRow) in the order the window shows them."""
    table = ListTable(
        head=["STT", "Nội dung nhiệm vụ", "Lĩnh vực", "Mã TCTP", "Chủ trì", "Thời hạn", "Tình trạng"],
        rows=[[r.stt or str(i), r.content, f"{r.area_code}. {r.area_name}" if r.area_code else "", r.par_code,
               r.lead or "(chưa giao)", r.deadline_text or dmy(r.due) or "Chưa có hạn",
               task_status_text(r.status, r.due, r.completed_on, today)]
              for i, r in enumerate(rows, start=1)],
        weights=[13, 95, 40, 16, 40, 30, 30], center_cols={0, 3},
        empty="Không có nhiệm vụ nào khớp với bộ lọc.")
    lines = [*filter_lines, f"Tính đến ngày {dmy(today)}: {len(rows)} nhiệm vụ"]
    return ListDoc("Danh sách nhiệm vụ cải cách hành chính", commune_name, today, lines=lines, tables=[table])


def overview_doc(ov: Overview, commune_name: str, today: dt.date, next_report: str = "") -> ListDoc:
    """One A4 page: the day's numbers, the next report, and what each lead still owes."""
    figures = ListTable(
        head=["Quá hạn", "Đến hạn trong 14 ngày", "Đang mở", "Chưa có hạn", "Hoàn thành năm nay", "Tổng số"],
        rows=[[str(ov.overdue), str(ov.due_soon), str(ov.open), str(ov.no_due_date), str(ov.done_this_year),
               str(ov.total)]],
        weights=[1, 1, 1, 1, 1, 1], center_cols={0, 1, 2, 3, 4, 5})
    per_lead = ListTable(
        head=["Người chủ trì", "Đang mở", "Quá hạn", "Đến hạn 14 ngày", "Hoàn thành năm nay"],
        rows=[[c.lead or "(chưa giao)", str(c.open), str(c.overdue), str(c.due_soon), str(c.done_this_year)]
              for c in ov.per_lead],
        weights=[60, 18, 18, 22, 26], center_cols={1, 2, 3, 4}, heading="Theo người chủ trì")
    paragraphs = [next_report] if next_report else []
    return ListDoc("Tình hình thực hiện nhiệm vụ cải cách hành chính", commune_name, today,
                   lines=[f"Ngày {dmy(today)}"], paragraphs=paragraphs, tables=[figures, per_lead], landscape=False)


def list_pdf(doc: ListDoc) -> tuple[bytes, str]:
    """The PDF and the font it was set in."""
    from parapp.pdf.fonts import choose

    font = choose()
    return render_list(doc, font), font.name
