"""The register's printed list: the tasks the window shows, in the order it shows
them, as a landscape table the official takes to a meeting or hands to the
chairman. A working list, not a document sent out: no number, no signature;
what it covers (the filter) and the day it was printed are said under its title.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from parapp.core.dates import dmy
from parapp.core.nd30_text import short_body, vn_upper
from parapp.core.status import STATUS_LABELS, Status, is_done_late, line_overdue
from parapp.core.task_filter import DUE_SOON, OPEN, OVERDUE
from parapp.document.model import Appendix, Document, Part, Table

TITLE = "Danh sách nhiệm vụ cải cách hành chính"
# The printed document is Vietnamese whatever the interface language.
_STATUS_FILTER = {OVERDUE: "quá hạn", DUE_SOON: "sắp đến hạn (14 ngày tới)", OPEN: "đang mở",
                  **{s.value: STATUS_LABELS[s].lower() for s in Status}}


@dataclass
class ListScope:
    """What the list covers, in words: the window's filter with names, not ids."""

    text: str = ""
    area: str = ""
    status: str | None = None        # a TaskFilter status value
    lead: str = ""
    plan: str = ""
    due_within_days: int | None = None

    def words(self) -> str:
        parts = []
        if self.status:
            parts.append("Nhiệm vụ " + _STATUS_FILTER.get(self.status, self.status))
        if self.area:
            parts.append(f"lĩnh vực {self.area}")
        if self.lead:
            parts.append(f"chủ trì: {self.lead}")
        if self.plan:
            parts.append(f"thuộc {self.plan}")
        if self.due_within_days:
            parts.append(f"có hạn trong {self.due_within_days} ngày tới")
        if self.text.strip():
            parts.append(f"có từ “{self.text.strip()}”")
        if not parts:
            return ""
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]


def status_text(r, today: dt.date) -> str:
    """As the register's window says it (ui/tasks/task_model.py): a fresh-eyes walk (round 41) saw carried tasks
    printed "Chưa thực hiện" beside the window's "Chuyển sang năm 2027", and a giao ban read the paper."""
    if getattr(r, "carried_year", None) is not None:
        return f"Chuyển sang năm {r.carried_year}"
    if line_overdue(r, today):
        return f"Quá hạn {(today - r.due).days} ngày"
    if r.status == Status.DONE.value and r.completed_on:
        late = is_done_late(r.status, r.due, r.completed_on, getattr(r, "recurrence", "none"),
                            getattr(r, "plan_year", None))
        return f"Hoàn thành{' (trễ hạn)' if late else ''} {dmy(r.completed_on)}"
    return STATUS_LABELS[Status(r.status)]


def register_document(rows, commune_name: str, today: dt.date, scope: ListScope | None = None) -> Document:
    # The STT and the plan as the window shows them: "số 7" on paper is "7" on the screen, of its plan.
    data = [[r.stt, r.content, f"{r.area_code}. {r.area_name}" if r.area_code else r.area_name, r.par_code,
             r.lead or "(chưa giao)",
             dmy(r.due) or r.deadline_text or "Chưa có hạn", status_text(r, today), getattr(r, "plan_label", "")]
            for r in rows]
    table = Table(["STT", "Nội dung nhiệm vụ", "Lĩnh vực", "Mã TCTP", "Chủ trì", "Thời hạn", "Tình trạng", "Kế hoạch"],
                  [12, 74, 32, 14, 34, 22, 30, None], data, center_cols={0, 3, 5})
    titles = [vn_upper(TITLE)]
    words = (scope or ListScope()).words()
    if words:
        titles.append(words)
    who = f"{short_body(commune_name)}, t" if commune_name.strip() else "T"
    line = f"({who}ính đến ngày {dmy(today)}: {len(rows)} nhiệm vụ)"
    appendix = Appendix("", titles, line, table, note="" if rows else "Không có nhiệm vụ nào.")
    return Document(TITLE, commune_name, today, [Part("landscape", [appendix])])
