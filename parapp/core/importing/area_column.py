"""A plan naming each task's area in a column of its own: "STT | Lĩnh vực | Nội dung nhiệm vụ | …", the area often
merged down over its tasks. Read as the heading row over them that most plans write instead ("I | Cải cách thể chế"),
so the tasks take the area it names (or, naming none in the catalogue, its words as their group).

Round 30C: the column was left out as not recognised, each task's area guessed from its own words ("Kiểm tra việc
công khai thủ tục hành chính trong văn bản" filed under thủ tục hành chính where the plan says thể chế)."""

from __future__ import annotations

import re

from parapp.core.importing.columns import header_map, is_header
from parapp.core.importing.model import Carried
from parapp.core.importing.sources import Row
from parapp.core.vntext import clean, fold

_AREA = re.compile(r"^linh\s+vuc(?:\s+(?:cchc|cai\s+cach(?:\s+hanh\s+chinh)?))?$")
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def _column(rows: list[Row]) -> tuple[int, int, dict[int, str]] | None:
    """(the header row, the area column, the header's columns) of the first table naming an area column."""
    for at, (_, cells) in enumerate(rows):
        head = [clean(c) for c in cells]
        colmap = is_header(head)
        if colmap:
            col = next((i for i, c in enumerate(head)
                        if i not in colmap and _AREA.match(" ".join(fold(c).split()))), None)
            return (at, col, header_map(head)) if col is not None else None
    return None


def area_rows(rows: list[Row]) -> list[Row]:
    """The rows with a heading row before each area the column names, the column itself emptied; or as they were."""
    found = _column(rows)
    if found is None:
        return rows
    at, col, colmap = found
    stt = next((i for i, f in colmap.items() if f == "stt"), None)
    content = next((i for i, f in colmap.items() if f == "content"), None)
    if content is None:
        return rows
    out = list(rows[:at])
    last, n = "", 0
    for k, (line, cells) in enumerate(rows[at:]):
        cells = list(cells)
        value = clean(cells[col]) if col < len(cells) else ""
        if col < len(cells):
            cells[col] = ""
        if k and value and not isinstance(rows[at + k][1][col], Carried) and value != last and n < len(_ROMANS) and (
                not is_header([clean(c) for c in rows[at + k][1]])):
            heading = [""] * max(len(cells), content + 1, (stt or 0) + 1)
            if stt is not None:
                heading[stt], heading[content] = _ROMANS[n], value
            else:
                heading[content] = value.upper()
            out.append((line, heading))
            last, n = value, n + 1
        out.append((line, cells))
    return out
