"""The Monday meeting's lists: one landscape page (or more, for a long list) per office
or person, each numbered on its own, saying what it leads that is late, falling due or
open, with an empty column for what the meeting decides. Working papers, not documents
sent out: the issuing body's name, the day, no number and no signature.
"""

from __future__ import annotations

import datetime as dt

from parapp.core.dates import dmy
from parapp.core.meeting_lists import DUE_SOON, OVERDUE, ListedTask, MeetingList
from parapp.core.nd30_text import short_body, vn_upper
from parapp.core.print_limits import NAME, PARAGRAPH, clip
from parapp.core.reminders import BY_PERSON
from parapp.core.status import STATUS_LABELS, Status
from parapp.document.model import Appendix, Document, Part, Table

TITLE = "Nhiệm vụ cải cách hành chính đang thực hiện"
NOBODY = "Nhiệm vụ chưa giao người chủ trì"


def state_text(t: ListedTask) -> str:
    if t.state == OVERDUE:
        return f"Quá hạn {t.days} ngày"
    if t.state == DUE_SOON:
        return "Đến hạn hôm nay" if t.days == 0 else f"Còn {t.days} ngày"
    return STATUS_LABELS[Status(t.status)]


def _counts(ml: MeetingList, days: int) -> str:
    parts = [f"{len(ml.tasks)} nhiệm vụ đang mở"]
    late, soon = ml.count(OVERDUE), ml.count(DUE_SOON)
    detail = []
    if late:
        detail.append(f"{late} quá hạn")
    if soon:
        # --days 0: "đến hạn trong 0 ngày tới" (round 21C)
        detail.append(f"{soon} đến hạn trong {days} ngày tới" if days else f"{soon} đến hạn hôm nay")
    if detail:
        parts.append("trong đó " + ", ".join(detail))
    return ", ".join(parts)


def _page(ml: MeetingList, commune_name: str, today: dt.date, days: int, by: str) -> Appendix:
    other = "Đơn vị" if by == BY_PERSON else "Người chủ trì"
    rows = [[str(i), clip(t.content, PARAGRAPH), t.person, dmy(t.due) or t.deadline_text or "Chưa có hạn",
             state_text(t), ""] for i, t in enumerate(ml.tasks, start=1)]
    late = {i for i, t in enumerate(ml.tasks) if t.state == OVERDUE}
    table = Table(["STT", "Nội dung nhiệm vụ", other, "Thời hạn", "Tình trạng", "Ý kiến tại cuộc họp"],
                  [12, None, 44, 26, 36, 50], rows, center_cols={0, 3}, bold_rows=late)
    who = f"{short_body(commune_name)}, t" if commune_name.strip() else "T"
    line = f"({who}ính đến ngày {dmy(today)}: {_counts(ml, days)})"
    return Appendix("", [vn_upper(TITLE), clip(ml.name, NAME) or NOBODY], line, table)


def meeting_document(lists: list[MeetingList], commune_name: str, today: dt.date, days: int, by: str) -> Document:
    """Each list on pages of its own; an office with nothing open has no page."""
    parts = [Part("landscape", [_page(ml, commune_name, today, days, by)]) for ml in lists]
    if not parts:
        empty = Appendix("", [vn_upper(TITLE)], f"(Tính đến ngày {dmy(today)})",
                         Table(["STT", "Nội dung nhiệm vụ"], [12, None], []), note="Không có nhiệm vụ nào đang mở.")
        parts = [Part("landscape", [empty])]
    return Document("Danh sách nhiệm vụ theo " + ("người chủ trì" if by == BY_PERSON else "đơn vị"), commune_name,
                    today, parts)
