"""A criteria table's header, recognised by the meaning of its cells.

"STT", "TT", "Mã số"; "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Nội dung";
"Điểm tối đa", "Điểm chuẩn", "Thang điểm"; "Điểm tự đánh giá", "Tự chấm";
"Điểm thẩm định", "Điểm chính thức"; "Hướng dẫn chấm điểm"; "Tài liệu kiểm
chứng"; "Giải trình", "Ghi chú". Headers printed on two rows ("Điểm" above
"Tối đa | Tự đánh giá | Thẩm định") are read as one.
"""

from __future__ import annotations

import re

from parapp.core.header_cells import field_by_pattern
from parapp.core.header_cells import header_map as cells_to_fields

# Checked in order: the first pattern that matches names the column.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("stt", re.compile(r"^(s\s*t\s*t|t\s*t|so\s+(thu\s+tu|tt)|ma(\s+so)?(\s+tieu\s+chi)?|ky\s+hieu|so)\.?$")),
    ("evidence", re.compile(r"kiem\s+chung|minh\s+chung")),
    ("guidance", re.compile(r"huong\s+dan|cach\s+(cham|tinh|cho)|phuong\s+phap|thang\s+diem\s+chi\s+tiet|yeu\s+cau")),
    ("self", re.compile(r"tu\s+(danh\s+gia|cham|cho\s+diem|xac\s+dinh)|diem\s+tu\b")),
    # The agency that appraises ("Cơ quan thẩm định"), not its score (round 25B: each agency's name was read as an
    # appraised score, and every row refused); "" names no field.
    ("", re.compile(r"^(co\s+quan|don\s+vi|nguoi|can\s+bo)\b(?!.*\bdiem\b)(?!.*\btu\s+(danh\s+gia|cham))")),
    ("official", re.compile(r"tham\s+dinh|chinh\s+thuc|hoi\s+dong|cap\s+tren|ket\s+qua\s+xac\s+dinh"
                            r"|(danh\s+gia|cham)\s+cua\s+(tinh|huyen|so|ubnd)|duoc\s+cong\s+nhan")),
    ("note", re.compile(r"giai\s+trinh|ghi\s+chu|thuyet\s+minh|nguyen\s+nhan|ly\s+do")),
    # "Số điểm đạt" is the points a commune got, not its maximum (round 26D: each score stored as the maximum)
    ("max", re.compile(r"diem\s+(toi\s+da|chuan|quy\s+dinh|danh\s+gia\s+toi\s+da)|thang\s+diem|^diem(\s+so)?$"
                       r"|^so\s+diem(?!\s+(dat|duoc|dang\s+ky|de\s+nghi))|toi\s+da")),
    ("name", re.compile(r"linh\s+vuc|tieu\s+chi|noi\s+dung|^ten\b|chi\s+so")),
]
FIELDS = ("stt", "name", "max", "self", "official", "guidance", "evidence", "note")


def field_of(cell: str) -> str | None:
    return field_by_pattern(cell, _PATTERNS, punctuation="*:/()", max_len=80)


# Round 38D: a score column for another time beside the year's ("Điểm tự đánh giá năm 2029 | Điểm tự đánh giá năm
# 2030", "… năm trước | … năm nay"): the first won, last year's scores stored as the year's, exit 0, the year's column
# said not to be recognised. Of one field's columns, one of an earlier time gives way to the latest's, and one naming a
# year to one naming none.
_EARLIER = re.compile(r"\b(nam\s+truoc|ky\s+truoc|cung\s+ky|nam\s+lien\s+truoc)\b")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _when(cell: str) -> tuple[int, int]:
    from parapp.core.vntext import fold

    text = fold(cell)
    year = max((int(y) for y in _YEAR.findall(text)), default=0)
    return (0 if _EARLIER.search(text) else 1 if year else 2, year)  # a column naming no time is the year's own


def header_map(cells: list[str]) -> dict[int, str]:
    """Column → field, the first column of a field winning, unless another of the field is of a later time."""
    out = cells_to_fields(cells, field_of)
    for i, f in list(out.items()):
        if f not in ("self", "official", "max"):
            continue
        same = [j for j, c in enumerate(cells) if field_of(c) == f]
        latest = max(same, key=lambda j: _when(cells[j]))  # the first of the latest, max() keeping the first
        if _when(cells[latest]) > _when(cells[i]):
            del out[i]
            out[latest] = f
    return dict(sorted(out.items()))


def _usable(m: dict[int, str], cells: list[str]) -> bool:
    fields = set(m.values())
    filled = sum(1 for c in cells if c.strip())
    return {"name", "max"} <= fields and len(m) * 2 >= filled


def combine(upper: list[str], lower: list[str]) -> list[str]:
    """Two header rows as one: a merged "Điểm" carried over the columns it spans."""
    n = max(len(upper), len(lower))
    up = [*upper, *[""] * (n - len(upper))]
    low = [*lower, *[""] * (n - len(lower))]
    out, carry = [], ""
    for u, lo in zip(up, low):
        u, lo = " ".join(u.split()), " ".join(lo.split())
        if u:
            carry = u
        elif lo:
            u = carry  # under a cell merged across: it belongs to that heading
        out.append(u if not lo or lo == u else (f"{u} {lo}" if u else lo))
    return out


def find_header(rows: list[tuple[int, list[str]]], limit: int = 300) -> tuple[int, int, dict[int, str]] | None:
    """(index of the header's first row, how many rows it spans, column map) or None."""
    for i, (_, cells) in enumerate(rows[:limit]):
        if len(cells) < 2:
            continue
        single = header_map(cells)
        if not single:
            continue  # a header starts with a row of headings, not a blank line above them
        double = {}
        # A title over the table ("BỘ TIÊU CHÍ ĐÁNH GIÁ CHỈ SỐ CCHC…", one cell merged across) is no header's top row
        # (round 16: read as one, right above the header, it named every column "Lĩnh vực", the STT column the names
        # column, and the set was refused as having no criterion).
        if i + 1 < len(rows) and len({c.strip() for c in cells if c.strip()}) >= 2:
            both = combine(cells, rows[i + 1][1])
            m2 = header_map(both)
            if _usable(m2, both):
                double = m2
        if double and len(double) > len(single):
            return i, 2, double
        if _usable(single, cells):
            return i, 1, single
    return None
