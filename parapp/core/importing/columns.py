"""Recognising a table's header row by the meaning of its cells, not their text.

"STT", "TT", "ST T" (a cell wrapped by Word); "Nội dung", "Nhiệm vụ cụ thể";
"Mã số TCTP", "Mã tiêu chí"; "Cơ quan chủ trì", "Đơn vị thực hiện"; … Case,
diacritics and spacing do not matter.
"""

from __future__ import annotations

import re

from parapp.core.deadline_text import parse_deadline
from parapp.core.importing.model import Spanned
from parapp.core.messages import Msg, N_
from parapp.core.status import Recurrence
from parapp.core.vntext import fold

from parapp.core.header_cells import field_by_pattern
from parapp.core.header_cells import header_map as cells_to_fields

# Checked in order: the first pattern that matches a cell names its field.
# ("Cơ quan phối hợp" must be tried before "Cơ quan …" means the lead.)
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("stt", re.compile(r"^(s\s*t\s*t|t\s*t|so\s+(thu\s+tu|tt))\.?$")),
    ("coordinators", re.compile(r"^(?!.*chu\s+tri).*phoi\s+hop")),  # "Đơn vị chủ trì, phối hợp": the lead's (30C)
    ("par_code", re.compile(r"^ma\b|tieu\s+chi|tctp")),
    ("cause", re.compile(r"^nguyen\s+nhan")),
    ("remedy", re.compile(r"^giai\s+phap|bien\s+phap\s+khac\s+phuc")),
    ("product", re.compile(r"san\s+pham|ket\s+qua\s+dau\s+ra")),
    ("lead", re.compile(r"chu\s+tri|(co\s+quan|don\s+vi|nguoi|bo\s+phan|can\s+bo)\s+(thuc\s+hien|phu\s+trach)"
                        r"|^phu\s+trach|^trach\s+nhiem")),
    ("deadline_text", re.compile(r"thoi\s+(gian|han)|tien\s+do|^han\b")),
    ("budget", re.compile(r"^kinh\s+phi|nguon\s+kinh\s+phi")),
    ("note", re.compile(r"^ghi\s+chu")),
    ("content", re.compile(r"noi\s+dung|nhiem\s+vu|cong\s+viec|^ten\b")),
]


def field_of(cell: str) -> str | None:
    return field_by_pattern(cell, _PATTERNS, punctuation="*:", max_len=60)


# A header of one row naming both ends: "Thời gian bắt đầu | Thời gian hoàn thành", "Ngày bắt đầu | Ngày hoàn thành",
# "Thời gian thực hiện | Thời hạn hoàn thành". Round 26C: the first was the deadline (a task due 30/9 came in due
# 01/3, the end column named as "not recognised"), or neither was read. The start is no field; the end is the deadline.
# Round 27C: "Thời gian triển khai | Thời hạn" took the start for the deadline (due 31/3 for 30/9); "Bắt đầu | Kết
# thúc", "Từ ngày | Đến ngày", "Thời điểm bắt đầu | Thời điểm hoàn thành", "Khởi công | Hoàn thành" gave none. "Thời
# hạn" alone is an end; the bare "Kết thúc", "Hoàn thành" (a column of done marks too) only beside a start column.
# Round 28C: "Từ | Đến", "Triển khai | Hoàn thành", "Khởi động | Kết thúc" gave no deadline (one row), or the start
# (under "Thời gian thực hiện", two rows: a task due in quý III came in due 31/3).
_START_COLUMN = re.compile(r"^(?:(?:thoi\s+(?:gian|diem)|ngay)\s+)?(?:bat\s+dau|khoi\s+(?:cong|dong))\b"
                           r"|^tu\s+(?:ngay|thang)\b|^tu$|^trien\s+khai$")
_END_COLUMN = re.compile(r"^(?:thoi\s+(?:gian|han|diem)|ngay|han)\s+(?:hoan\s+thanh|ket\s+thuc)\b|^thoi\s+han$")
_BARE_END = re.compile(r"^(?:hoan\s+thanh|ket\s+thuc|den\s+(?:ngay|thang))\b|^den$")


def _folded(cell: str) -> str:
    return " ".join(fold(cell).replace(":", " ").split())


def _column_field(cell: str) -> str | None:
    folded = _folded(cell)
    if _START_COLUMN.match(folded):
        return None
    return "deadline_text" if _END_COLUMN.match(folded) else field_of(cell)


def header_map(cells: list[str]) -> dict[int, str]:
    """Column index → field for a candidate header row (first use of a field wins, but an end column is the
    deadline rather than a time span's column before it)."""
    m = cells_to_fields(cells, _column_field)
    started = any(_START_COLUMN.match(_folded(c)) for c in cells)
    ends = [i for i, c in enumerate(cells)
            if _END_COLUMN.match(_folded(c)) or (started and _BARE_END.match(_folded(c)))]
    if ends and ends[0] not in m:
        m = {i: f for i, f in m.items() if f != "deadline_text"}
        m[ends[0]] = "deadline_text"
    return dict(sorted(m.items()))


def is_header(cells: list[str]) -> dict[int, str] | None:
    """The map, if this row reads as a header: at least two fields, one of them the content or STT."""
    m = header_map(cells)
    fields = set(m.values())
    filled = sum(1 for c in cells if c.strip())
    if (len(m) >= 2 and (fields & {"content", "stt"}) and ("content" in fields or len(m) >= 3)
            and len(m) * 2 >= filled):  # mostly header words, not a line of prose split on commas
        return m
    return None


# A plan's header is often two rows: "Cơ quan thực hiện" over "Chủ trì | Phối hợp", "Thời gian thực hiện" over
# "Bắt đầu | Hoàn thành" (the top cells merged across). Round 14: only the top row was read, so the deadline was taken
# from the "Bắt đầu" column (a task due 30/6 was due 01/3), the coordinators were lost, and the second header row
# became a task ("Nội dung công việc", lead "Chủ trì"). A start column is no field; an end column is the deadline.
_STARTS = re.compile(r"^(thoi\s+gian\s+|ngay\s+)?(bat\s+dau|khoi\s+(cong|dong)|tu\s+(ngay|thang))\b"
                     r"|^tu$|^trien\s+khai$")
_ENDS = re.compile(r"^(thoi\s+gian\s+|ngay\s+)?(hoan\s+thanh|ket\s+thuc|den\s+(ngay|thang))\b|^den$")


def _sub_field(cell: str) -> str | None:
    """What a cell of a header's second row names: "start" (no field), a field, or None (not a header word)."""
    folded = " ".join(fold(cell).replace(":", " ").split())
    if _STARTS.match(folded):
        return "start"
    if _ENDS.match(folded):
        return "deadline_text"
    return field_of(cell)


_FIXED = ("stt", "content")
_WHOLE_YEAR = re.compile(r"^(?:ca|trong)\s+nam\b|^nam\s+\d{4}$")


def end_from_start(header: list[str], colmap: dict[int, str], cleaned: list[str], cells: dict[str, str],
                   raw: list[str] | None = None) -> None:
    """A row's deadline written in the start column of a "Từ | Đến" pair with its end empty, where it spans both
    (merged): standing work ("Thường xuyên", "Hằng quý") or the whole year ("Cả năm"). Round 29C: the task was asked
    for a deadline and its "Thường xuyên" left out. A start alone ("Tháng 2") is no deadline. Round 30C: any value
    whose merge is known to cover the end cell (`Spanned`: Word, Excel, HTML) is the period, "Quý III" due 30/9."""
    end = next((i for i, f in colmap.items() if f == "deadline_text"), 0)
    if cells.get("deadline_text") or not 0 < end <= min(len(header), len(cleaned)):
        return
    start = cleaned[end - 1]
    if start and _STARTS.match(" ".join(fold(header[end - 1]).replace(":", " ").split())) and (
            parse_deadline(start, 2000).recurrence is not Recurrence.NONE or _WHOLE_YEAR.match(fold(start))
            or (raw is not None and end < len(raw) and isinstance(raw[end], Spanned))):
        cells["deadline_text"] = start


def _budget_part(top: dict[int, str], top_cells: list[str], i: int) -> str | None:
    """What a cell naming no field stands for under the budget's top cell merged across its parts ("Kinh phí" over
    "Tổng số | Trong đó: NS xã"): the first part is the budget, the others no field. Round 29C: "Tổng số" is no header
    word, so the whole second row was refused; the start column of "Từ | Đến" beside it became the deadline."""
    j = i
    while j not in top and 0 < j < len(top_cells) and not top_cells[j].strip():
        j -= 1  # the top cell merged across this column
    if top.get(j) != "budget":
        return None
    return "budget" if j == i else "start"


def second_header_row(top: dict[int, str], cells: list[str], top_cells: list[str] | None = None,
                      ) -> dict[int, str] | None:
    """The header read over two rows, when `cells` (the row under the header `top`, read from `top_cells`) names the
    columns more closely: every cell in it is empty or a header word (or a part of the budget), and it names some
    column differently from the row above."""
    named = {i: _sub_field(c) or _budget_part(top, top_cells or [], i) for i, c in enumerate(cells) if c.strip()}
    parts = sum(1 for i, c in enumerate(cells) if c.strip() and not _sub_field(c))
    if not named or None in named.values() or (parts == 1 and len(named) == 1):  # a lone value under "Kinh phí": a row
        return None
    if all(top.get(i) == f for i, f in named.items()):
        # It names them as the top row does ("Thời gian thực hiện" over "Hoàn thành" alone, the STT and content cells
        # merged down): the same header. Round 26C: read as a table's own header, under which "Hoàn thành" meant
        # nothing, every deadline was dropped ("Chưa có thời hạn"). A content cell alone ("Nhiệm vụ trọng tâm") is
        # a heading under the header, not it.
        return dict(top) if len(named) >= 2 or not set(named.values()) & set(_FIXED) else None
    # A second header row splits the columns the top row groups; it never moves the number or the content column.
    # Round 15: an area heading under the header, "I. NHIỆM VỤ TRỌNG TÂM" merged across the row (so in the STT
    # column), was taken for one, naming the STT column "content": every task's content came in as "1", "2".
    if any(top.get(i) in _FIXED and f != top.get(i) for i, f in named.items()):
        return None
    out: dict[int, str] = {}
    for i in sorted(set(top) | set(named)):
        f = named.get(i, top.get(i))
        if f and f != "start" and f not in out.values():
            out[i] = f
    return out if "content" in out.values() or "stt" in out.values() else None


def column_words(rows: list[tuple[int, list[str]]], header_at: int) -> list[str]:
    """What each column is called, for the column choices of the import window: the header's own cell, or,
    under a header of two rows, the top row's where the lower one is empty ("STT", "Nội dung" stand over
    both rows; round 14 showed them as "(cột 1)", "(cột 2)")."""
    cells = list(rows[header_at][1])
    above = list(rows[header_at - 1][1]) if header_at > 0 else []
    if not above or not is_header(above):
        return cells
    return [c if c.strip() else (above[i] if i < len(above) else c) for i, c in enumerate(cells)]


# One cell of the row numbering a table's columns: "(3)", "3", the forms' "A", "B" before the numbers, a formula
# "6=4+5" (round 32C: "A | B | 1 | 2 …" stored as a task, its "B" the group of every task under it)
_COLUMN_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[A-ZĐ])\)?(?:\s*=\s*[\d()+\-−*x×/\s]+)?$")


def is_column_numbers(values: list[str]) -> bool:
    """Whether a row's values number the table's columns ("(1) | (2) | (3)", "A | B | 1 | 2"): three or more, two
    of them numbers."""
    values = [v for v in values if v]
    return (len(values) >= 3 and all(_COLUMN_NUMBER.match(v) for v in values)
            and sum(bool(re.match(r"^\(?\d", v)) for v in values) >= 2)


UNREAD_COLUMN = N_("import", "Cột {0} “{1}” không nhận ra nên nội dung của nó ({2} ô có chữ) không được nhập. Nếu "
                              "cần giữ, hãy đổi tên cột thành “Ghi chú” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) "
                              "rồi nhập lại.")


def unread_columns(rows: list[tuple[int, list[str]]], at: int, colmap: dict[int, str]) -> list[Msg]:
    """The table's columns holding text that no field takes, named: their cells were left out without a word (round
    24C: "Căn cứ pháp lý", "Mức độ ưu tiên" beside the plan's columns)."""
    out = []
    width = max((len(c) for _, c in rows[at:]), default=0)
    for i in range(width):
        if i in colmap:
            continue
        filled = sum(1 for _, c in rows[at + 1:] if i < len(c) and c[i].strip())
        if filled:
            title = rows[at][1][i].strip() if i < len(rows[at][1]) else ""
            if not title and at > 0 and i < len(rows[at - 1][1]):
                title = rows[at - 1][1][i].strip()
            out.append(Msg(UNREAD_COLUMN, i + 1, " ".join(title.split()) or "(không tên)", filled))
    return out
