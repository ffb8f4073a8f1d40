"""Which rows of a statistics table hold the figures to add up.

A field is often broken down under its row: "1 | Hộ tịch | 50 … 2" then "- Khai sinh | 30 … 1", "- Khai tử | 20 … 1"
(or 1.1, 1.2, a), b)). The parts are already in the field's row: adding both counted them twice. Round 17B: with no
total row (or a total row leaving "Quá hạn" empty, round 16B's sum) 9 late dossiers were stored where the table held 7.
"""

from __future__ import annotations

import re

from parapp.core.figures_entry import parse_number
from parapp.core.figures_header import HeaderColumn
from parapp.core.importing import sources
from parapp.core.vntext import fold

_ROMAN = re.compile(r"^[ivxlc]+\.?$")
_PART = re.compile(r"^(?:[-–+•*]|[a-zđ][).]|\d{1,3}(?:\.\d{1,3}){1,4}\.?)$|^[-–+•]\s")


def field_rows(rows: list[sources.Row]) -> list[sources.Row]:
    """The rows to add up where no total row says the sum: the Roman-numbered group rows where there are any."""
    roman = [(ln, c) for ln, c in rows if c and _ROMAN.match(fold(c[0]).strip())]
    return roman or rows


def without_parts(rows: list[sources.Row], counted: list[HeaderColumn]) -> list[sources.Row]:
    """`rows` with a part's figure left out where the row it stands under ("1 | Hộ tịch") already holds that column's
    figure; where that row leaves it empty, the parts' figures are the field's and are kept."""
    out: list[sources.Row] = []
    above: list[str] | None = None
    for line, cells in rows:
        first = cells[0].strip() if cells else ""
        part = bool(_PART.match(fold(first)))
        if part and above is not None:
            held = {c.index for c in counted if c.index < len(above) and parse_number(above[c.index]) is not None}
            cells = ["" if i in held else v for i, v in enumerate(cells)]
        elif not part:  # a table whose every row is marked "-" has no parts, only fields
            above = cells if first else None
        out.append((line, cells))
    return out
