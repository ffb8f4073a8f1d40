"""A plan naming each task's area in a column of its own: "STT | Lĩnh vực | Nội dung nhiệm vụ | …", the area often
merged down over its tasks. Read as the heading row over them that most plans write instead ("I | Cải cách thể chế"),
so the tasks take the area it names (or, naming none in the catalogue, its words as their group).

Round 30C: the column was left out as not recognised, each task's area guessed from its own words ("Kiểm tra việc
công khai thủ tục hành chính trong văn bản" filed under thủ tục hành chính where the plan says thể chế)."""

from __future__ import annotations

import re

from parapp.core.importing.columns import field_of, header_map, is_column_numbers, is_header
from parapp.core.importing.model import Carried
from parapp.core.importing.sources import Row
from parapp.core.importing.totals_rows import names_total
from parapp.core.vntext import clean, fold

# The second content column names what is done ("Nội dung thực hiện", "Nhiệm vụ cụ thể", "Hoạt động"), not a result.
_DETAIL = re.compile(r"noi\s+dung|cu\s+the|hoat\s+dong")
_NOT_DETAIL = re.compile(r"ket\s+qua|san\s+pham")
_AREA_NUMBER = re.compile(r"^[IVX]{1,5}\.?$")
_LETTER_OR_NONE = re.compile(r"^(?:[A-ZĐ]\.?)?$")
_AREA = re.compile(r"^linh\s+vuc(?:\s+(?:cchc|cai\s+cach(?:\s+hanh\s+chinh)?))?$")


def _roman(n: int) -> str:
    """n in Roman figures: the number of the heading row made for the n-th area (up to 3999; rows are fewer)."""
    out = ""
    for value, figure in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + figure, n - value
    return out


def _column(rows: list[Row]) -> tuple[int, int, bool] | None:
    """(the header row, the grouping column, whether it is a content column) of the first table naming one: an area
    column, or the first of two content columns ("Nhiệm vụ | Nội dung thực hiện": the task, then what is done for
    it, each row one of these; round 30C: every row came in with the first's words, merged down, the second's lost).
    The two are read as one text, so a heading row in the first ("I | CẢI CÁCH THỂ CHẾ") stays the area's."""
    for at, (_, cells) in enumerate(rows):
        head = [clean(c) for c in cells]
        colmap = is_header(head)
        if colmap:
            col = next((i for i, c in enumerate(head)
                        if i not in colmap and _AREA.match(" ".join(fold(c).split()))), None)
            if col is not None:
                return at, col, False
            first = next((i for i, f in colmap.items() if f == "content"), None)
            second = next((i for i, c in enumerate(head) if i not in colmap and field_of(c) == "content"
                           and _DETAIL.search(fold(c)) and not _NOT_DETAIL.search(fold(c))), None)
            return (at, first, True) if first is not None and second is not None and second > first else None
    return None


def _heads_area(cells: list[str], stt: int | None, content: int, col: int) -> bool:
    """Whether a row is an area's heading of the plan's own: "I | CẢI CÁCH THỂ CHẾ" (30C), or in capitals with a
    letter or no number ("A | CẢI CÁCH …", " | CẢI CÁCH …") and nothing else (round 31C: the column's values were
    made the headings, the plan's own became a task and words glued onto the task above)."""
    number = cells[stt] if stt is not None and stt < len(cells) else ""
    if _AREA_NUMBER.match(number):
        return True
    text = cells[content] if content < len(cells) else ""
    return (bool(_LETTER_OR_NONE.match(number)) and text.isupper() and len(text.split()) >= 2 and not names_total(text)
            and not any(v for i, v in enumerate(cells) if i not in (stt, content)))


def area_rows(rows: list[Row]) -> list[Row]:
    """The rows with a heading row before each area the column names, the column itself emptied; or as they were."""
    found = _column(rows)
    if found is None:
        return rows
    at, col, grouping = found
    if grouping:  # the first content column's header no more: the second is the tasks' content
        rows = rows[:at] + [(rows[at][0], [c if i != col else "" for i, c in enumerate(rows[at][1])])] + rows[at + 1:]
    colmap = header_map([clean(c) for c in rows[at][1]])
    stt = next((i for i, f in colmap.items() if f == "stt"), None)
    content = next((i for i, f in colmap.items() if f == "content"), None)
    if content is None or (not grouping and any(_heads_area([clean(c) for c in cells], stt, content, col)
                                                for _, cells in rows[at + 1:])):
        return rows  # areas headed in rows of their own ("I | CẢI CÁCH THỂ CHẾ"): those say, as before
    out = list(rows[:at])
    last, n = "", 0
    for k, (line, cells) in enumerate(rows[at:]):
        values = [v for v in map(clean, cells) if v]
        if is_column_numbers(values):
            out.append((line, list(cells)))  # the "(1) | (2) | …" row, left out as without the column (round 31C)
            continue
        cells = list(cells)
        value = clean(cells[col]) if col < len(cells) else ""
        if col < len(cells):
            cells[col] = ""
        if grouping:
            if k and value and content < len(cells) and not is_header([clean(c) for c in rows[at + k][1]]):
                # what is done, after the task it is done for ("Cải cách TTHC: Rà soát TTHC"), or the task alone
                detail = clean(cells[content])
                raw = rows[at + k][1]
                going_on = isinstance(raw[col], Carried) and not any(
                    clean(c) and not isinstance(c, Carried) for i, c in enumerate(raw) if i not in (col, content))
                # a row adding nothing but what is done, under its task merged down: the task's words going on, its
                # words once (round 31C: "…: thôn 1 Kiểm tra việc thi hành pháp luật: thôn 2", the task's doubled)
                cells[content] = detail if going_on else f"{value.rstrip(':;,. ')}: {detail}" if detail else (
                    "" if isinstance(raw[col], Carried) else value)
        elif k and value and not isinstance(rows[at + k][1][col], Carried) and value != last and (
                not is_header([clean(c) for c in rows[at + k][1]])):
            heading = [""] * max(len(cells), content + 1, (stt or 0) + 1)
            if stt is not None:
                heading[stt], heading[content] = _roman(n + 1), value
            else:
                heading[content] = value.upper()
            out.append((line, heading))
            last, n = value, n + 1
        out.append((line, cells))
    return out
