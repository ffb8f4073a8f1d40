"""Appendix tables: a repeated header row, rows never cut in half, fast.

A Paragraph per cell is what makes big tables slow, so cells are plain text,
wrapped here with the font's real metrics (reportlab draws "\\n"-separated
lines itself). A word wider than its cell (a web address, a file path) is
broken where the cell ends rather than run over the next columns. A cell too
long for one page is carried on in continuation rows, so no row is ever
taller than a page; past core.print_limits.PARAGRAPH characters a cell says
how much it leaves out, so a 1 MB field prints in bounded time.
"""

from __future__ import annotations

from collections.abc import Set

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from parapp.core.print_limits import PARAGRAPH, clip

CELL_SIZE = 12
CELL_LEADING = 14
PAD = 3


def _break_word(word: str, font: str, width: float) -> list[str]:
    """A word wider than the cell, in pieces that fit (at least one character each)."""
    pieces, piece, w = [], "", 0.0
    for ch in word:
        cw = stringWidth(ch, font, CELL_SIZE)
        if piece and w + cw > width:
            pieces.append(piece)
            piece, w = "", 0.0
        piece += ch
        w += cw
    pieces.append(piece)
    return pieces


def _wrap(text: str, font: str, width: float) -> list[str]:
    """Lines of at most `width` points; linear in the length of the text."""
    out: list[str] = []
    space = stringWidth(" ", font, CELL_SIZE)
    for para in clip(text or "", PARAGRAPH).split("\n"):
        line, line_w = "", 0.0
        for word in [w for w in para.split(" ") if w]:
            ww = stringWidth(word, font, CELL_SIZE)
            if line and line_w + space + ww <= width:
                line, line_w = line + " " + word, line_w + space + ww
                continue
            if line:
                out.append(line)
            if ww <= width:
                line, line_w = word, ww
            else:
                *full, line = _break_word(word, font, width)
                out.extend(full)
                line_w = stringWidth(line, font, CELL_SIZE)
        out.append(line)
    return out


class _Table(Table):
    """reportlab's Table, with its "nosplit" map kept to the cells that are in a NOSPLIT range.

    reportlab maps every cell of the table, and does it again for what is left of the table at
    each page: for a 2,000-row appendix that was most of the time the PDF took. Only the cells
    of a range are ever looked up (through _rowNoSplitCells), so the map of the others is left
    out; the pages break at the same rows.
    """

    def _calcNoSplitRanges(self):  # noqa: N802 - reportlab's name
        self._nosplitRanges = ranges = {}
        self._colNoSplitCells, self._rowNoSplitCells = cols, rows = [], []
        for _cmd, (x0, y0), (x1, y1) in self._nosplitCmds:
            x0, x1 = (x0 + self._ncols if x0 < 0 else x0), (x1 + self._ncols if x1 < 0 else x1)
            y0, y1 = (y0 + self._nrows if y0 < 0 else y0), (y1 + self._nrows if y1 < 0 else y1)
            x0, x1 = min(x0, x1), max(x0, x1)
            y0, y1 = min(y0, y1), max(y0, y1)
            if x0 == x1 and y0 == y1:
                continue
            cells = [(x, y) for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]
            if x0 != x1:
                cols.extend(cells)
            if y0 != y1:
                rows.extend(cells)
            for xy in cells:
                ranges[xy] = None
            ranges[x0, y0] = (x0, y0, x1, y1)


# A table longer than this many rows is handed to reportlab a window at a time (see _Window);
# shorter ones, every table a commune prints in a year, go whole and print as they always did.
WINDOW_ROWS = 150


class _Window(_Table):
    """Rows [lo, hi) of a long table, with its header: what reportlab sees of it.

    reportlab splits a table by building what is left of it anew at each page and measuring
    it again: quadratic in the rows. Here each page is split from a window a little taller
    than a page, and what is left is the next window, so the work is one page at a time. The
    window is taller than the frame, so the row the page breaks at is the one the whole table
    would break at (the NOSPLIT ranges, clipped to the window, keep their rows together)."""

    _src: _Source | None = None
    _hi = 0

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's names
        parts = super().split(availWidth, availHeight)
        src = self._src
        if src is None or self._hi >= src.n or len(parts) != 2:
            return parts
        first = parts[0]
        return [first, src.window(self._lo + first._nrows - 1)]


class _Source:
    """What a long table is made of: its rows, each row's height, its style in table rows."""

    def __init__(self, data: list, heights: list[float], style: list, col_widths: list[float], max_height: float):
        self.data, self.heights, self.style, self.col_widths = data, heights, style, col_widths
        self.n = len(data)
        self.room = max_height + 2 * CELL_LEADING  # a window is always taller than a page

    def window(self, lo: int) -> _Table:
        hi, h = lo, 0.0
        while hi < self.n and h <= self.room:
            h += self.heights[hi]
            hi += 1
        hi = min(self.n, max(hi, lo + 2))
        cmds = []
        for name, (c0, r0), (c1, r1), *args in self.style:
            r0, r1 = (r0 + self.n if r0 < 0 else r0), (r1 + self.n if r1 < 0 else r1)
            if r0 == 0 and r1 == 0:
                cmds.append((name, (c0, 0), (c1, 0), *args))
            elif r1 >= lo and r0 < hi:
                top = 0 if r0 == 0 else 1 + max(r0, lo) - lo
                cmds.append((name, (c0, top), (c1, 1 + min(r1, hi - 1) - lo), *args))
        t = _Window([self.data[0], *self.data[lo:hi]], colWidths=self.col_widths, repeatRows=1, splitByRow=1)
        t._src, t._lo, t._hi = self, lo, hi  # noqa: SLF001 - our own attributes
        t.setStyle(TableStyle(cmds))
        return t


def build_table(header: list[str], rows: list[list[str]], col_widths: list[float], font, st,
                max_height: float, center_cols: Set[int] = frozenset(), group_rows: Set[int] = frozenset(),
                bold_rows: Set[int] = frozenset(), padding: tuple[float, float] = (2, 4)) -> Table:
    """`group_rows`: indices of rows that title a group: bold, their text across the row.
    `bold_rows`: rows in bold that keep their cells (a criteria group, a total).
    `padding`: above and below each row's text, in points."""
    regular = font.face("regular")
    inner = [w - 2 * PAD for w in col_widths]
    max_lines = max(1, int((max_height - 4 * CELL_LEADING) // CELL_LEADING))  # room under the header row
    data: list[list] = [[Paragraph(h, st.cell_head) for h in header]]
    spans = []
    titles_end = []  # the last row of each group's title: kept with the row after it
    starts = []  # where each row of the caller's begins among the table's rows
    lines = []   # and how many lines it takes
    for i, row in enumerate(rows):
        starts.append(len(data))
        lines.append(1)
        if i in group_rows:
            # A title longer than a page (a crafted area name of 20,000 letters) is continued on the next
            # row as a long cell is: in one row it raised LayoutError and the plan's table never printed.
            title = _wrap(str(row[1]), font.face("bold"), sum(inner[1:]))
            lines[-1] = len(title)
            for start in range(0, len(title), max_lines):
                spans.append(len(data))
                data.append([row[0] if start == 0 else "", "\n".join(title[start:start + max_lines]),
                             *[""] * (len(row) - 2)])
            titles_end.append(len(data) - 1)
            continue
        face = font.face("bold") if i in bold_rows else regular  # bold is wider: wrapped in its own metrics
        wrapped = [_wrap(str(cell), face, inner[c]) for c, cell in enumerate(row)]
        height = max(len(w) for w in wrapped)
        lines[-1] = height
        for start in range(0, height, max_lines):  # continuation rows for a cell longer than a page
            data.append(["\n".join(w[start:start + max_lines]) for w in wrapped])
    style = [
        ("FONT", (0, 0), (-1, -1), regular, CELL_SIZE, CELL_LEADING),  # no default Helvetica anywhere
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), padding[0]), ("BOTTOMPADDING", (0, 0), (-1, -1), padding[1]),
    ]
    for c in center_cols:
        style.append(("ALIGN", (c, 1), (c, -1), "CENTER"))
    for r in spans:
        style += [("SPAN", (1, r), (-1, r)), ("FONT", (0, r), (-1, r), font.face("bold"), CELL_SIZE, CELL_LEADING),
                  ("ALIGN", (1, r), (1, r), "LEFT")]

    def row_lines(r: int) -> int:
        return max(str(x).count("\n") + 1 for x in data[r])

    # A group's title never ends a page alone, unless the two rows cannot share one (rows have padding:
    # a few lines of room are kept, or the table could not be laid out at all).
    for r in titles_end:
        if r + 1 < len(data) and row_lines(r) + row_lines(r + 1) <= max_lines - 4:
            style.append(("NOSPLIT", (0, r), (-1, r + 1)))
    # The last page never holds a single row when the page before can give it company: the last two
    # rows of content (and any group title between them) stay together.
    content = [i for i in range(len(rows)) if i not in group_rows]
    if len(content) >= 2:
        a = content[-2]
        if sum(lines[a:]) + 2 <= max_lines:
            style.append(("NOSPLIT", (0, starts[a]), (-1, len(data) - 1)))
    for i in sorted(bold_rows):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(data) - 1
        style.append(("FONT", (0, starts[i]), (-1, end), font.face("bold"), CELL_SIZE, CELL_LEADING))
    if len(data) > WINDOW_ROWS:
        pad = padding[0] + padding[1]
        heights = [0.0] + [CELL_LEADING * max(x.count("\n") + 1 for x in row) + pad for row in data[1:]]
        return _Source(data, heights, style, col_widths, max_height).window(1)
    t = _Table(data, colWidths=col_widths, repeatRows=1, splitByRow=1)
    t.setStyle(TableStyle(style))
    return t
