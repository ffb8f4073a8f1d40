"""A comma-separated file whose numbers hold a comma, unquoted ("1,234" dossiers, "2,5" points): each is cut into two
cells and every figure after it moves one column right (round 40D: 234 stored on time for 1 200, 2 points for 2,5,
exit 0). Such a row holds numbers past the header's last column, where the others fit it: refused, naming its line.
Every row cut alike is told from untitled columns by the cut's three figures in the same place on every row."""

from __future__ import annotations

import re

from parapp.core.importing.model import Unreadable
from parapp.core.messages import N_

Row = tuple[int, list[str]]
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?%?")


_HEAD = re.compile(r"\d{1,3}")
_THOUSANDS = re.compile(r"\d{3}")


def _cut_in_every_row(rows: list[Row]) -> bool:
    """Round 41D: every row as wide is columns left untitled, unless every row holds, at the same place, a number of
    one to three figures then one of exactly three ("1,234" cut in each: "Tổng cộng,1,234,1,200,34" as the only row, or
    every field's over a thousand) — read as untitled columns, 234 stored on time for 1 234, exit 0, not a word."""
    return any(all(j < len(cells) and _HEAD.fullmatch(cells[j - 1].strip()) and _THOUSANDS.fullmatch(cells[j].strip())
                   for _, cells in rows) for j in range(1, max(len(cells) for _, cells in rows)))


_POINTS = re.compile(r"\d{1,2}")


def _points_cut_in_every_row(rows: list[Row], width: int) -> bool:
    """Round 41D F3: a criteria set whose every row's points hold a decimal comma ("I,Công tác chỉ đạo,4,5", "1.1,Kế
    hoạch CCHC,2,5", "1.2,…,2,0"): 4 points stored for 4,5, and the note advised naming the overflow column a score
    column. Past the points (the last titled column), a number above them in some row is no score: a cut."""
    pairs = [(cells[width - 1].strip(), cells[width].strip()) for _, cells in rows if len(cells) > width]
    return len(pairs) == len(rows) and all(_POINTS.fullmatch(a) and _POINTS.fullmatch(b) for a, b in pairs) and any(
        int(b) > int(a) for a, b in pairs)


def check_widths(header: list[list[str]], body: list[Row], points: bool = False) -> None:
    """Refused when a row below the header holds numbers past its last titled column while another row fits it (every
    row as wide: columns left untitled, not numbers cut, unless the cut shows: `_cut_in_every_row`, and for `points`
    (the last titled column a criterion's points) `_points_cut_in_every_row`)."""
    width = max((max((i for i, c in enumerate(cells) if c.strip()), default=-1) + 1 for cells in header), default=0)
    rows = [(line, cells) for line, cells in body if any(_NUMBER.fullmatch(c.strip()) for c in cells)]  # not a footer
    if width == 0:
        return
    wider = [(line, cells) for line, cells in rows if any(c.strip() for c in cells[width:])]
    if len(wider) == len(rows) and not (rows and (_cut_in_every_row(rows) or points
                                                   and _points_cut_in_every_row(rows, width))):
        return
    for line, cells in wider:
        extra = [c.strip() for c in cells[width:] if c.strip()]
        if extra and all(_NUMBER.fullmatch(c) for c in extra):
            raise Unreadable(N_("import", "Dòng {0} của tệp có nhiều ô số hơn số cột của dòng tiêu đề ({1} cột): trong "
                                          "tệp CSV ngăn ô bằng dấu phẩy, một số viết có dấu phẩy (như 1,234 hay 2,5) "
                                          "bị cắt làm hai ô và các số sau nó lệch sang cột bên cạnh. Chưa lưu gì: hãy "
                                          "đặt các số đó trong ngoặc kép (\"1,234\"), hoặc mở tệp bằng Excel rồi lưu "
                                          "lại, rồi nhập lại. Dòng đó: {2}"), line, width, ",".join(cells).rstrip(","))
