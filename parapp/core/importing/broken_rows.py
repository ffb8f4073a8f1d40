"""A table saved from Word as plain text, or so copied, writes a cell of several paragraphs over several lines:
"1<TAB>Rà soát văn bản QPPL, gồm:" / "- Văn bản của HĐND xã;" / "- Văn bản của UBND xã<TAB>Văn phòng<TAB>Quý II".
Read line by line (round 40C), the task lost its lead and deadline, a line was a task, and the last line's cells were
read one column off (a task "Văn phòng" led by "Quý II"). Lines that together make the header's number of cells are
one row."""

from __future__ import annotations

import re

from parapp.core.importing.columns import is_header
from parapp.core.importing.office import Row

# a cell a row opens with: its number ("1", "1.2", "II", "a)"), not a paragraph's words
_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-ZĐa-zđ])\s*[.)]?\s*$")
_HEADER_SEARCH = 50
_PARAGRAPHS = 30  # a cell's paragraphs looked at: bounded, as lines of prose under a short row never end a row


def rejoined(rows: list[Row]) -> list[Row]:
    """The rows, each row broken over lines one again; as they came when there is no header or nothing broke."""
    at = next((i for i, (_, cells) in enumerate(rows[:_HEADER_SEARCH]) if is_header(cells)), None)
    if at is None:
        return rows
    header = rows[at][1]
    width = max((k + 1 for k, c in enumerate(header) if c.strip()), default=0)  # (empty cells past its edge none)
    out, i = rows[:at + 1], at + 1
    while i < len(rows):
        line, cells = rows[i]
        j, whole = i + 1, list(cells)
        # a row short of the header's cells, its last one holding words, and lines under it opening with none of a
        # row's numbers, until the cells are all there
        while (1 < len(whole) < width and whole[-1].strip() and j < min(len(rows), i + 1 + _PARAGRAPHS)
               and rows[j][1] and rows[j][1][0].strip()
               and len(whole) + len(rows[j][1]) - 1 <= width and not _NUMBER.match(rows[j][1][0])):
            nxt = rows[j][1]
            whole = [*whole[:-1], f"{whole[-1]}\n{nxt[0]}", *nxt[1:]]
            j += 1
        if len(whole) == width and j > i + 1:
            out.append((line, whole))
            i = j
        else:
            out.append((line, cells))
            i += 1
    return out
