"""The time of a plan's tasks written as a grid: "Thời gian thực hiện" over "Quý I | Quý II | Quý III | Quý IV" (or
"Tháng 1" … "Tháng 12"), an "x" in the periods a task runs in. Read as one deadline column: the periods marked, a run
of them as a span ("Quý II - Quý III", due at its end), apart as a list ("Quý I, Quý III").

Round 30C: every task came in with no deadline or the deadline "x" (asked, what the plan said left out), the row of
quarter names refused as a row with no task content and the other quarters named as columns not read."""

from __future__ import annotations

import re

from parapp.core.deadline_text import parse_deadline
from parapp.core.importing.columns import field_of, is_column_numbers, is_header
from parapp.core.importing.model import Spanned
from parapp.core.importing.sources import Row
from parapp.core.importing.totals_rows import names_total
from parapp.core.vntext import clean, fold, without_raised

_PERIOD = re.compile(r"^(?:(?:quy\s+(?:i{1,3}|iv|[1-4])|thang\s+(?:0?[1-9]|1[0-2]))(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?"
                     r"|6\s+thang\s+(?:dau|cuoi)\s+nam(?:\s+\d{4})?|nam\s+\d{4})$")  # halves, years (31C)
_NO_MARK = re.compile(r"^(?:[-–—−.]+|0)$")  # a dash or a nought: nothing in that period (round 31C: read as a mark)
_DEADLINE_WORD = "Thời hạn"  # what the grid's first column is called once folded into one: a deadline column


# Under a top cell naming the period ("Thời gian thực hiện (Quý)", "Tiến độ theo tháng"): "I | II | III | IV",
# "1 | 2 | … | 12" alone, read as "Quý I", "Tháng 1".
_BARE = {"quy": re.compile(r"^(?:i{1,3}|iv|[1-4])$", re.I), "thang": re.compile(r"^(?:0?[1-9]|1[0-2])$")}


# "Q1", "Q.II", "T6", "T.12": a quarter or a month written short (round 31C: no grid read, every task asked)
_SHORT = re.compile(r"^(?:(q)\.?\s*(i{1,3}|iv|[1-4])|(t)\.?\s*(0?[1-9]|1[0-2]))(\s*/\s*\d{4})?$", re.I)
_ROMAN_OF = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def _spelled(label: str) -> str:
    """A period's name written out: "Q2" → "Quý II", "T6" → "Tháng 6"; others as they are."""
    m = _SHORT.match(" ".join(without_raised(str(label)).split()))
    if m is None:
        return label
    year = m.group(5) or ""
    if m.group(1):
        return f"Quý {_ROMAN_OF.get(m.group(2), m.group(2).upper())}{year}"
    return f"Tháng {int(m.group(4))}{year}"


def _run(cells: list[str], start: int, bare: re.Pattern | None = None) -> int:
    """How many period names stand side by side from `start`."""
    n = 0
    while start + n < len(cells) and (bare or _PERIOD).match(  # "Quý I¹" (round 32C: no grid read)
            " ".join(fold(without_raised(_spelled(cells[start + n]))).split())):
        n += 1
    return n


def _prefix(top: str) -> str:
    """"Quý " or "Tháng " where the time's top cell names quarters or months, else ""."""
    words = re.findall(r"\w+", fold(top))
    return "Quý " if "quy" in words else "Tháng " if "thang" in words else ""


def _grid(rows: list[Row]) -> tuple[int, int, int, str] | None:
    """(the row of period names, its first column, how many, what to write before each) under a header, or in the
    header itself."""
    for at, (_, cells) in enumerate(rows):
        head = [clean(c) for c in cells]
        start = next((i for i in range(len(head)) if _run(head, i) >= 2), None)
        if start is not None and "deadline_text" not in map(field_of, head) and not fold(head[start]).startswith(
                "nam"):  # the periods in the header itself; years there may head amounts ("Năm 2026 | Năm 2027")
            n = _run(head, start)
            if is_header(head[:start] + [_DEADLINE_WORD] + [""] * (n - 1) + head[start + n:]):
                return at, start, n, ""
        if not is_header(head):
            continue
        names = dict(enumerate(field_of(c) for c in head))
        if at + 1 < len(rows) and "deadline_text" in names.values():
            below = [clean(c) for c in rows[at + 1][1]]
            col = next(i for i, f in names.items() if f == "deadline_text")
            prefix = ""
            if (n := _run(below, col)) < 2 and (prefix := _prefix(head[col])):
                n = _run(below, col, _BARE[fold(prefix).strip()])
            if n >= 2 and not any(head[col + 1:col + n]):  # the time's top cell merged across its periods
                return at + 1, col, n, prefix
        return None
    return None


_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ORDER = re.compile(r"^(quy|thang)\s+(i{1,3}|iv|\d{1,2})(?:\s*/\s*(\d{4})|\s+nam\s+(\d{4}))?$")


def _order(name: str) -> int | None:
    """A period's place in time, in its own unit (quarters or months), its year counted where it is written."""
    m = _ORDER.match(" ".join(fold(without_raised(name)).split()))
    if m is None:
        return None
    n = int(m.group(2)) if m.group(2).isdigit() else _ROMAN_Q[m.group(2)]
    year = int(m.group(3) or m.group(4) or 0)
    return year * (4 if m.group(1) == "quy" else 12) + n


def _next(before: str, name: str) -> bool:
    """Whether a period is the one after the period before it ("Tháng 6" after "Tháng 3" is not: round 31C, two report
    months read as the span between them, due three months late)."""
    a, b = _order(before), _order(name)
    unit = 12 if "thang" in fold(name) else 4
    return a is None or b is None or b in (a + 1, a + 1 - unit)  # "Tháng 12 | Tháng 1" with no year written


def _marked(cells: list[str], col: int, names: list[str]) -> str:
    marks: list[int] = []
    for i in range(min(len(names), len(cells) - col)):
        # a mark, or the width of one merged across from the period before (a bar through the quarters)
        mark = clean(cells[col + i])
        if (mark and not _NO_MARK.match(mark)) or (isinstance(cells[col + i], Spanned) and i - 1 in marks):
            marks.append(i)
    if (len(marks) == 1 and len(text := clean(cells[col + marks[0]])) > 2 and not _BARE_MARK.match(text)
            and parse_deadline(text, 2000).understood):  # "x (trước 15/5)": the period and the words (32C)
        return text  # a date written in the quarter's cell ("15/3" under "Quý I"): the date, not the quarter's end
    runs: list[list[int]] = []
    for i in marks:
        if runs and runs[-1][-1] == i - 1 and _next(names[i - 1], names[i]):
            runs[-1].append(i)
        else:
            runs.append([i])
    said = {i: _words(clean(cells[col + i])) for i in marks}
    return ", ".join((names[r[0]] if len(r) == 1 else f"{names[r[0]]} - {names[r[-1]]}")
                     + "".join(f" ({w})" for w in dict.fromkeys(said[i] for i in r if said[i])) for r in runs)


_BARE_MARK = re.compile(r"^\s*(?:[xX✓✔vV+*•●]|1)[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]*(?=\W|$)[\s:,;.\-–]*")  # "x³": Word's footnote


def _words(mark: str) -> str:
    """What a marked cell says beside its mark ("x (báo cáo)" → "báo cáo", "Trước 15/12"): round 32C, dropped."""
    rest = _BARE_MARK.sub("", mark, count=1).strip()
    while rest.startswith("(") and rest.endswith(")"):
        rest = rest[1:-1].strip()
    return rest


def _no_marks(cells: list[str], col: int) -> str:
    """The row numbering the columns ("(1) | (2) | …") or the totals ("Tổng cộng | | 2 | 1 | 0"): no marks in it, its
    figures under the periods no deadline (round 31C: each marked "Quý I - Quý IV", stored as a task due 31/12)."""
    values = [c for c in cells if c]
    if is_column_numbers(values):
        return "numbers"
    return "total" if any(names_total(c) for c in cells[:col] if c) else ""


def fold_grid(rows: list[Row]) -> list[Row]:
    """The rows with a period grid read as one deadline column (the grid's first), or as they were."""
    found = _grid(rows)
    if found is None:
        return rows
    at, col, n, prefix = found
    labels = [clean(c) for c in rows[at][1][col:col + n]]
    names = [_spelled(prefix + label) for label in labels]
    out = list(rows[:at])
    for line, cells in rows[at:]:
        cells = list(cells)
        if [clean(c) for c in cells[col:col + n]] == labels:  # the names' row, or it again where a page begins
            cells[col:col + n] = [_DEADLINE_WORD] + [""] * (n - 1)
        elif len(cells) > col:
            no_marks = _no_marks([clean(c) for c in cells], col)  # the figure of the column kept, a total's not
            marked = (clean(cells[col]) if no_marks == "numbers" else "") if no_marks else _marked(cells, col, names)
            cells[col:col + n] = [marked] + [""] * (min(len(cells), col + n) - col - 1)
        out.append((line, cells))
    return out
