"""An area row a sheet hides while its criteria are shown (round 41D), and the table hidden (round 43D).

Round 40D reads a criteria sheet as Excel shows it: a hidden criterion is left out, named in a note. A filter on a
column the area rows leave blank (a "Tài liệu kiểm chứng" column, say) hides the areas and shows their criteria: "II.
Cải cách TTHC" hidden, its 2.1 and 2.2 were stored under area I (10 points where I says 5, a note), exit 0; every area
hidden, each criterion became an area of its own. Refused: which area a criterion is under is no longer on the sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from parapp.core.importing.html_tables import HiddenCell, HiddenRow
from parapp.core.importing.model import Unreadable
from parapp.core.importing.xlsx_hidden import HIDDEN_HTML_CELLS
from parapp.core.importing.totals_rows import names_total
from parapp.core.messages import N_, Msg
from parapp.core.par import codes
from parapp.core.par.build import ParsedRow, build
from parapp.core.par.codes import ROMAN, classify

Row = tuple[int, list[str]]
NO_TABLE = N_("par", "Không thấy bảng tiêu chí nào có cột điểm tối đa (cần dòng tiêu đề như “STT | Tiêu chí | "
                     "Điểm tối đa”). Hãy chọn tệp Word/Excel chứa bảng chấm điểm, hoặc sao chép cả bảng kèm "
                     "dòng tiêu đề rồi dán.")


def _first(cells: list[str]) -> str:
    """The code opening the first cell written. Round 43D: as the reader splits it (codes.split_leading_code), so
    "II.CẢI CÁCH TTHC", "B.CẢI CÁCH", "2.CẢI CÁCH" typed without a space are areas II, B and 2 here as there (the
    first word "II.CẢI" was no code, and 2.1, 2.2 were stored under area I when II was hidden)."""
    cell = next((c for c in cells if c.strip()), "")
    if lead := codes.split_leading_code(cell) or codes.split_leading_letter(cell):
        return lead[0]
    first = cell.split()
    return first[0].rstrip(".:)") if first else ""


def _area(cells: list[str]) -> bool:
    """An area's row: a Roman numeral in its first cell written, or opening it ("II. Cải cách TTHC")."""
    return bool(code := _first(cells)) and classify(code)[0] == ROMAN


def _lettered(cells: list[str]) -> bool:
    """Round 42D: areas lettered "A", "B" (their criteria numbered straight through) were not known."""
    code = _first(cells)
    return len(code) == 1 and code.isalpha() and code.isupper()


def _numbered_under(at: int, cells: list[str], every: list[tuple[int, list[str], bool]]) -> list[int]:
    """Round 42D: an area numbered "2" over "2.1", "2.2": the shown rows numbered under it, before any other."""
    code = _first(cells)
    if not code.isdigit():
        return []
    under = []
    for line, row, visible in every:
        if line <= at or not any(c.strip() for c in row):
            continue
        if not _first(row).startswith(code + "."):
            break
        if visible:
            under.append(line)
    return under


def check_hidden_areas(sheet: str | Msg, shown: list[Row], hidden: list[Row]) -> None:
    """Refused when a hidden area row has shown rows under it (before the next area row, shown or hidden)."""
    every = sorted([(line, cells, True) for line, cells in shown] + [(line, cells, False) for line, cells in hidden])
    lettered = sum(_lettered(cells) for _, cells, _v in every) >= 2
    for at, cells in hidden:
        kind = _area if _area(cells) else _lettered if lettered and _lettered(cells) else None
        under = [] if kind is not None else _numbered_under(at, cells, every)
        for line, row, visible in every if kind is not None else []:
            if line <= at:
                continue
            if kind is not None and kind(row):  # the loop runs only with a kind; said for mypy
                break
            if visible and any(c.strip() for c in row) and not any(names_total(c) for c in row if c.strip()):
                under.append(line)  # not the set's "Tổng cộng" below an area hidden with all its criteria
        if under:
            raise Unreadable(N_("import", "Trang “{0}”: dòng {1} (một lĩnh vực) đang ẩn mà các tiêu chí dưới nó "
                                       "(dòng {2}) vẫn hiện, có lẽ do lọc: không còn biết các tiêu chí đó thuộc lĩnh "
                                       "vực nào. Chưa lưu gì: hãy bỏ lọc, bỏ ẩn các dòng trong Excel, lưu lại rồi "
                                       "nhập lại."), sheet, at, ", ".join(map(str, under[:10])))


_HIDDEN_TABLE = N_("par", "Không thấy bảng tiêu chí có cột điểm tối đa trong phần Excel đang hiện: trang “{0}” có dòng "
                          "{1}; cột {2} đang ẩn. Chưa lưu gì: hãy bỏ ẩn (bỏ lọc) các dòng, cột đó trong Excel, lưu lại "
                          "rồi nhập lại.")


def table_hidden(unseen: list[tuple[str, list[int], list[str], list[Row]]]) -> Unreadable | None:
    """Why no criteria table was found where the sheets hide rows or columns. Round 43D: the "Điểm tối đa" column, the
    names or the header row hidden in Excel was refused as no criteria table, "Hãy chọn tệp Word/Excel chứa bảng chấm
    điểm": another file, where this one holds the table."""
    hidden = [(sheet, rows, cols) for sheet, rows, cols, _ in unseen if rows or cols]
    if not hidden:
        return None
    sheet, rows, cols = hidden[0]
    return Unreadable(_HIDDEN_TABLE, sheet, ", ".join(map(str, rows[:10])) or "—", ", ".join(cols[:10]) or "—",
                      context="par")


def codes_hidden(rows: list[ParsedRow], unseen: list[tuple[str, list[int], list[str], list[Row]]]) -> Unreadable | None:
    """Round 45D: the code column ("STT": I, 1.1, 1.2) hidden in Excel, the names and points read with no code: refused
    "Bộ tiêu chí không có tiêu chí nào để chấm điểm", not a word of the hidden column (its note never shown)."""
    hidden = [(sheet, cols) for sheet, _, cols, _ in unseen if cols]
    if not hidden or build(rows, 2000).criteria.leaves():  # the year is only the set's label here
        return None
    return Unreadable(N_("par", "Không thấy mã tiêu chí nào (I, 1.1, 1.2…) trong phần Excel đang hiện: trang “{0}” có "
                                "cột {1} đang ẩn. Chưa lưu gì: hãy bỏ ẩn các cột đó trong Excel, lưu lại rồi nhập "
                                "lại."), hidden[0][0], ", ".join(hidden[0][1][:10]), context="par")


class _Read(Protocol):
    rows: list[ParsedRow]
    notes: list[Msg]
    others: list[Msg]


R = TypeVar("R", bound=_Read)


def html_hidden(rows: list[Row], read: Callable[[], R], name: str | Msg) -> R:
    """What `read` reads of an HTML table `rows` (a page saved from Excel, or its copy), the cells of a column Excel
    hides said. Round 45D: 44C reads them empty ("display:none"); a hidden "Điểm tự đánh giá" was left out without a
    word, "Điểm tối đa" hidden sent the clerk to choose another file, the STT hidden said the set had no criterion.
    A row Excel hides ("<tr style='display:none'>") is left out and said, as an .xlsx's is (40D: "1.3 Tiêu chí cũ (bỏ)"
    was stored, 8 points where the area says 5); an area hidden over its criteria shown refused (41D)."""
    if gone := [(line, list(cells)) for line, cells in rows if isinstance(cells, HiddenRow)]:
        rows[:] = [(line, cells) for line, cells in rows if not isinstance(cells, HiddenRow)]
        check_hidden_areas(name, rows, gone)
        notes = [Msg(_HIDDEN_ROWS, ", ".join(str(line) for line, _ in gone[:10]))]
    else:
        notes = []
    if held := sum(isinstance(c, HiddenCell) and c.held for _, cells in rows for c in cells):
        notes.append(Msg(HIDDEN_HTML_CELLS, held))
    if not notes:
        return read()
    said = notes[-1]  # the header row hidden: said hidden too, not another file
    try:
        result = read()
    except Unreadable as exc:
        if exc.text != NO_TABLE:
            raise
        raise Unreadable(N_("par", "Không thấy bảng tiêu chí có cột điểm tối đa trong phần Excel đang hiện. Chưa lưu "
                                   "gì. {0}"), said, context="par") from exc
    if not build(result.rows, 2000).criteria.leaves():  # the year is only the set's label here
        raise Unreadable(N_("par", "Không thấy mã tiêu chí nào (I, 1.1, 1.2…) trong phần Excel đang hiện. Chưa lưu gì. "
                                   "{0}"), said, context="par")
    return _noted(result, notes)


_HIDDEN_ROWS = N_("par", "Bảng có dòng ẩn (Excel không hiện): chưa đọc dòng {0}. Nếu cần các tiêu chí ở đó, hãy bỏ ẩn "
                         "trong Excel rồi sao chép hoặc lưu lại.")


def _noted(result: R, notes: list[Msg]) -> R:
    result.notes += notes
    result.others += notes  # kept when the columns are remapped
    return result
