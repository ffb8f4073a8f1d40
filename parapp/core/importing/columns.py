"""Recognising a table's header row by the meaning of its cells, not their text.

"STT", "TT", "ST T" (a cell wrapped by Word); "Nội dung", "Nhiệm vụ cụ thể";
"Mã số TCTP", "Mã tiêu chí"; "Cơ quan chủ trì", "Đơn vị thực hiện"; … Case,
diacritics and spacing do not matter.
"""

from __future__ import annotations

import re

from parapp.core.header_cells import field_by_pattern
from parapp.core.header_cells import header_map as cells_to_fields

# Checked in order: the first pattern that matches a cell names its field.
# ("Cơ quan phối hợp" must be tried before "Cơ quan …" means the lead.)
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("stt", re.compile(r"^(s\s*t\s*t|t\s*t|so\s+(thu\s+tu|tt))\.?$")),
    ("coordinators", re.compile(r"phoi\s+hop")),
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


def header_map(cells: list[str]) -> dict[int, str]:
    """Column index → field for a candidate header row (first use of a field wins)."""
    return cells_to_fields(cells, field_of)


def is_header(cells: list[str]) -> dict[int, str] | None:
    """The map, if this row reads as a header: at least two fields, one of them the content or STT."""
    m = header_map(cells)
    fields = set(m.values())
    filled = sum(1 for c in cells if c.strip())
    if (len(m) >= 2 and (fields & {"content", "stt"}) and ("content" in fields or len(m) >= 3)
            and len(m) * 2 >= filled):  # mostly header words, not a line of prose split on commas
        return m
    return None
