"""Rows and columns a sheet hides: Excel neither shows nor prints them.

Round 40D: a statistics sheet's hidden field row ("Chứng thực", hidden by the clerk) was added to the rows he saw,
10 stored where the sheet showed 7; a hidden "Quý I" section beside "Quý II" could be the one read. A reader that asks
(the figures importer) gets the sheet as Excel shows it, and where the hidden lines holding something were.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parapp.core.messages import N_, Msg

_ROW = re.compile(rb"<(?:[\w.-]+:)?row\b([^>]*)>")
_COL = re.compile(rb"<(?:[\w.-]+:)?col\b([^>]*?)/?>")
_HIDDEN = re.compile(rb"\bhidden\s*=\s*[\"'](?:1|true)[\"']")


def _attr(attrs: bytes, name: bytes) -> int | None:
    m = re.search(rb"\b" + name + rb"\s*=\s*[\"'](\d{1,7})[\"']", attrs)
    return int(m.group(1)) if m else None


def hidden_lines(xml: bytes, max_columns: int) -> tuple[set[int], set[int]]:
    """The 1-based rows and columns the sheet's XML marks hidden (a column range no wider than the sheet may be)."""
    rows: set[int] = set()
    at = 0
    for m in _ROW.finditer(xml):
        at = _attr(m.group(1), b"r") or at + 1  # "r" may be left out: the next row
        if _HIDDEN.search(m.group(1)):
            rows.add(at)
    cols: set[int] = set()
    for m in _COL.finditer(xml):
        lo, hi = _attr(m.group(1), b"min"), _attr(m.group(1), b"max")
        if lo and _HIDDEN.search(m.group(1)):
            cols.update(range(lo, min(hi or lo, max_columns) + 1))
    return rows, cols


def shown(rows: list, hidden_rows: set[int], hidden_cols: set[int],
          keep: Callable[[list[str]], bool] | None = None) -> tuple[list, list[int], list[str]]:
    """The rows as Excel shows them (and the hidden ones `keep` takes), and the hidden rows and columns (letters) left
    out that held something."""
    if not hidden_rows and not hidden_cols:
        return rows, [], []
    from openpyxl.utils.cell import get_column_letter

    hidden_rows = {line for line, cells in rows if line in hidden_rows and not (keep and keep(cells))}
    gone_rows = [line for line, cells in rows if line in hidden_rows and any(c.strip() for c in cells)]
    kept = [(line, cells) for line, cells in rows if line not in hidden_rows]
    width = max((len(cells) for _, cells in rows), default=0)
    gone_cols = [i for i in sorted(hidden_cols) if i <= width
                 and any(i - 1 < len(cells) and cells[i - 1].strip() for _, cells in kept)]
    out = [(line, [c for i, c in enumerate(cells, start=1) if i not in hidden_cols]) for line, cells in kept]
    return out, gone_rows, [get_column_letter(i) for i in gone_cols]


HIDDEN_LINES = N_("import", "Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần "
                            "nhập các nhiệm vụ ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.")


def hidden_note(unseen: list[tuple[str, list[int], list[str], list]], sheet: str) -> list[Msg]:
    """The plan importer's note of the rows and columns a sheet hides, left out. Round 41C (left by 40D): a plan's
    hidden rows and columns were read as shown. A row the clerk hid (a filter on his unit, another level's task) came in
    among his tasks; a hidden column was said as one to rename and import. Read as Excel shows and prints the sheet,
    as the figures and criteria importers do, and said so that nothing is left out unseen."""
    return [Msg(HIDDEN_LINES, name, ", ".join(map(str, rows)) or "—", ", ".join(cols) or "—")
            for name, rows, cols, _ in unseen if name == sheet]


_AREA_NUMBER = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])\s*[.)/:\-–]?$")


def area_row(cells: list[str]) -> bool:
    """Whether a plan's row is an area's or a group's heading ("I | CẢI CÁCH THỂ CHẾ", one cell merged across, a title
    in capitals), which a filter on the lead or deadline column hides with the tasks of other units. Kept though
    hidden: left out, the tasks shown under it were read as the area above's, or as of none (41C)."""
    values = {c.strip() for c in cells if c.strip()}
    if not 1 <= len(values) <= 2:
        return False
    if any(_AREA_NUMBER.match(v) or (v.isupper() and len(v.split()) >= 2) for v in values):
        return True
    # "1 | Cải cách thể chế": areas numbered 1, 2 over tasks 1.1, 1.2, titled in lower case (round 42C F3: a filter on
    # the lead column hid them, the tasks shown under the second were read with no area, or as the first's), whatever
    # they name ("2 | Công tác thi đua khen thưởng": 43C F4, its tasks filed in area 1): one read as a task is left
    # out still (hidden_tasks). "Lĩnh vực cải cách thể chế" alone, merged across the row (42C F4): a task's line
    # going on is not kept
    number = next((v for v in values if _TOP_NUMBER.match(v)), None)
    title = next((v for v in values if v != number), "")
    return (number is not None or len(values) == 1) and 2 <= len(title.split()) <= 8 and (
        number is not None or _names_area(title))


def hidden_tasks(tasks: list, sheet: str, kept: list[tuple[str, int]],
                 unseen: list[tuple[str, list[int], list[str], list]]) -> set[int]:
    """The lines of the hidden rows kept by area_row that the table read as tasks, added to the sheet's hidden rows
    said. Round 43C F1: a hidden task naming an area ("2 | Rà soát thủ tục hành chính", no lead: a filter on the lead
    column) was stored among the clerk's tasks, though Excel neither showed nor printed it, and left out of the note."""
    lines = {t.line for t in tasks} & {line for name, line in kept if name == sheet}
    if lines:
        entry = next((u for u in unseen if u[0] == sheet), None)
        if entry is None:
            unseen.append((sheet, sorted(lines), [], []))
        else:
            entry[1][:] = sorted({*entry[1], *lines})
    return lines


_TOP_NUMBER = re.compile(r"^\d{1,2}\s*[.)/:\-–]?$")


def _names_area(title: str) -> bool:
    from parapp.core.catalogue import match_area, shipped_catalogues

    return any(match_area(c, title) for c in shipped_catalogues())


HIDDEN_HTML_ROWS = N_("import", "Bảng có {0} dòng ẩn (Excel không hiện): chưa đọc các dòng đó. Nếu cần nhập các nhiệm "
                                "vụ ở đó, hãy bỏ ẩn trong Excel rồi sao chép hoặc lưu lại.")


HIDDEN_HTML_CELLS = N_("import", "Bảng có cột ẩn (Excel không hiện): chưa đọc {0} ô có chữ trong đó. Nếu cần nhập "
                                 "nội dung ở đó, hãy bỏ ẩn cột trong Excel rồi sao chép hoặc lưu lại.")


def drawn_rows(rows: list, hidden: set[int]) -> tuple[list, set[int], int]:
    """A table from Excel as HTML (a workbook saved as a web page, Excel's copy on the clipboard) as Excel shows it:
    the rows it wrote hidden (`hidden`, "display:none") left out but an area row, kept as a sheet's is (41C); the
    hidden rows kept, and how many left out held something. Round 43C F6: read as tasks, a task the clerk hid was
    stored among his own, where the same .xlsx left it out and said so."""
    if not hidden:
        return rows, set(), 0
    kept = {line for line, cells in rows if line in hidden and area_row(cells)}
    gone = sum(1 for line, cells in rows if line in hidden - kept and any(c.strip() for c in cells))
    return [r for r in rows if r[0] not in hidden - kept], kept, gone
