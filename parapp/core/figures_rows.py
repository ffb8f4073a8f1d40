"""Which figures of a statistics table's rows add up to the commune's.

A table is often grouped and broken down: "I | TTHC cấp xã" over "1 | Hộ tịch", itself over "- Khai sinh", "- Khai
tử" (or 1.1, 1.2, a), b)). A row's figure already holds those of the rows under it: adding both counted them twice.
Where a row leaves a column empty, the rows under it hold that figure. Round 17B: 9 late dossiers were stored where
the table held 7 (parts added to their field), and 0 where a group row "I" left "Quá hạn" empty, its fields' 7 and a
second group's fields all left out, exit 0.
"""

from __future__ import annotations

import re

from parapp.core.figures_entry import parse_number
from parapp.core.figures_header import HeaderColumn
from parapp.core.importing import sources
from parapp.core.vntext import fold

TOTAL_LABEL = re.compile(r"^(tong cong|tong so|tong|cong)(\s+(toan xa|chung|ca xa|cac linh vuc))?\s*([:.(]|$)")
_ROMAN = re.compile(r"^[ivxlc]+\.?$")
_TOP = re.compile(r"^\d{1,3}\.?$")
_SUB = re.compile(r"^\d{1,3}(?:\.\d{1,3}){1,4}\.?$")
_LETTER = re.compile(r"^[a-zđ][).]$")
_MARK = re.compile(r"^[-–+•*]$|^[-–+•]\s")
# A part marked at the start of its name: "- Khai sinh", "a) Khai sinh", "1.1. Khai sinh" (the number column empty, or
# none); its mark alone is what _level reads.
_MARKED_NAME = re.compile(r"^([-–+•](?=\s*\S)|[a-zđ][).](?=\s*\S)|\d{1,3}(?:\.\d{1,3}){1,4}\.?(?=\s+\S))")


def _level(cells: list[str]) -> int | None:
    """How deep a row stands, from its first cell: a group (I), a field (1, or its name), a part (1.1, a), -).
    A part may be marked at the start of its name, in the first cell or, that one empty, the next (round 18B: "| -
    Khai sinh" under "1 | Hộ tịch" was added to it again, 4 late dossiers stored where the table held 2)."""
    f = fold(cells[0] if cells else "").strip()
    if not f and len(cells) > 1:
        marked = _MARKED_NAME.match(fold(cells[1]).strip())
        f = marked.group(1) if marked else ""
    elif (marked := _MARKED_NAME.match(f)) and not TOTAL_LABEL.match(f):
        f = marked.group(1)
    if not f or TOTAL_LABEL.match(f):
        return None
    if _ROMAN.match(f):
        return 0
    if _SUB.match(f):
        return f.rstrip(".").count(".") + 1
    if _LETTER.match(f):
        return 7
    if _MARK.match(f):
        return 8
    return 1  # "1", or the field's name where the table has no number column


def without_parts(rows: list[sources.Row], counted: list[HeaderColumn]) -> list[sources.Row]:
    """`rows` with a figure left out where a row above it in its group already holds that column's figure."""
    if any(c.index == 0 for c in counted):
        return rows  # the first column holds figures ("1.250"), not the rows' numbers
    out: list[sources.Row] = []
    above: dict[int, list[str]] = {}
    for line, cells in rows:
        level = _level(cells)
        if level is None:
            above = {}
            out.append((line, cells))
            continue
        held = {c.index for k, row in above.items() if k < level for c in counted
                if c.index < len(row) and parse_number(row[c.index]) is not None}
        above = {k: row for k, row in above.items() if k < level}
        above[level] = cells
        out.append((line, ["" if i in held else v for i, v in enumerate(cells)]))
    return out
