"""The HTML tables of a page or of the clipboard's HTML flavour, as rows of cells: spans applied within the table's
real size, text a browser does not draw left out, a nested table's text kept in its cell (moved out of sources.py,
round 24C, for html_frames to build on)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from parapp.core.importing.limits import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_SPAN, too_many_columns, too_many_rows
from parapp.core.importing.model import RAISED, Carried, Spanned, Unreadable
from parapp.core.messages import N_

def _span(value: str | None) -> int:
    """A colspan/rowspan as written: not a number, zero or negative counts as 1; at most MAX_SPAN."""
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(n, 1), MAX_SPAN)


# Elements a browser shows on lines of their own. Round 11 made "<p>", "<div>" and "<br>" lines of a cell's text; the
# rest ran into the text around them (round 12: a cell's list "<li>Rà soát</li><li>Công khai</li>" came in as
# "Rà soátCông khai", a heading as "Đầu mụcNội dung").
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "figcaption",
                     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
                     "nav", "ol", "p", "pre", "section", "ul"})


_STRUCTURE = frozenset({"table", "tr", "td", "th", "tbody", "thead", "tfoot"})
_VOID = frozenset({"br", "hr", "img", "wbr", "input", "col", "meta", "link", "area", "base", "embed", "source"})


# A link to a footnote, an endnote or a comment: its mark ("[1]", "¹", "[NV1]") as Word ("#_ftn1", "#_edn1",
# "#_msocom_1"), LibreOffice ("#sdfootnote1sym") and Google Docs ("#ftnt1", "#cmnt1") write it
_NOTE_HREF = re.compile(r"href\s*=\s*[\"']?#(?:_ftn|_edn|_msocom_|sd(?:foot|end)note|ftnt|cmnt)\d+(?:sym)?[\"'\s>]",
                        re.I)


def without_note_links(html: str) -> str:
    """The page with its links to notes and comments left out, mark and all: a plan's task is the words of its cell.
    Round 39C: a table from Word pasted or saved as a web page kept each note's mark in its task ("… Một cửa[1]").
    (The figures keep the mark, to say it: 31D.) Each look is bounded, so a hostile page is read in linear time."""
    out, at, end = [], 0, -1
    for m in _NOTE_HREF.finditer(html):
        if end < m.end() and (end := html.find("</a>", m.end())) < 0:
            break  # no link ends after it: each end is looked for once
        start = html.rfind("<a", max(at, m.start() - 500), m.start())
        if start < 0 or end - m.end() > 5000 or ">" in html[start:m.start()]:
            continue  # not a link's own attribute, or a link holding more than a mark: kept as written
        out.append(html[at:start])
        at = end + 4
    return "".join(out) + html[at:] if out else html


class HiddenRow(list):
    """A table's row a page hides ("<tr style='display:none'>"): Excel so writes the rows it hides, in a workbook saved
    as a web page and in its copy on the clipboard (43C F6: read as tasks, stored though the clerk hid them)."""

    __slots__ = ()


class HiddenCell(str):
    """A cell of a column Excel hides, read as empty; `held` whether it had text. Excel writes each such cell with
    "display:none" (44C F5: a hidden column "Thời hạn hoàn thành" of last year's deadlines was read in place of the
    shown one, every task due in 2025, the shown column said unknown)."""

    held = False

    def __new__(cls):
        return super().__new__(cls, "")


def _not_drawn(attrs: dict) -> bool:
    style = re.sub(r"\s+", "", (attrs.get("style") or "").lower())
    return "hidden" in attrs or "display:none" in style or "mso-hide:all" in style


class _TableHTML(HTMLParser):
    """Cells of the HTML tables on the clipboard, with their spans as written.

    Spans are applied once a table is complete, clamped to its real width
    (its widest row, counted in cells) and its real height: a 229-byte table
    can never ask for a billion columns.
    """

    def __init__(self, max_rows: int = MAX_ROWS):
        super().__init__(convert_charrefs=True)
        self.max_rows, self.rows_seen, self.cells_seen = max_rows, 0, 0
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._rows: list[list[tuple[str, int, int]]] | None = None
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._code: str | None = None  # inside a <script> or <style>: code, not text
        # Round 13: text the .docx reader leaves out came in from a paste's HTML. Inside "<del>": what Track Changes
        # deleted. Inside an element a browser does not draw (tag, how many of it open): Word's hidden text
        # ("display:none;mso-hide:all"), a template's instructions.
        self._deleted = 0
        self._raised = 0  # inside "<sup>": a footnote's mark, kept raised (round 30D: read as one more digit)
        # a cell's open elements, each with whether its style raises it ("vertical-align:super", as Google Docs and
        # others write a superscript: round 31D, "15" and its note's "1" read as 151 dossiers)
        self._styled: list[tuple[str, bool]] = []
        # Word's list mark saved as HTML ("<span style='mso-list:Ignore'>o&nbsp;&nbsp;</span>"): its place in _styled
        # and its text (round 33D: the second level's "o" of Courier New, "ü" of Wingdings were words, parts fields)
        self._mark: tuple[int, list[str]] | None = None
        self._hidden: tuple[str, int] | None = None
        self._unseen: HiddenCell | None = None  # the cell is a hidden column's
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self._hidden is not None and tag not in _STRUCTURE:  # a table's structure still counts (ends the cell)
            if tag == self._hidden[0]:
                self._hidden = (tag, self._hidden[1] + 1)
            return
        if self._cell is not None and tag not in _STRUCTURE and tag not in _VOID and _not_drawn(a):
            self._hidden = (tag, 1)
            return
        if self._cell is not None and tag not in _STRUCTURE and tag not in _VOID and tag != "sup":
            style = re.sub(r"\s+", "", (a.get("style") or "").lower())
            up = "vertical-align:super" in style
            self._styled.append((tag, up))
            self._raised += up
            if "mso-list:ignore" in style and self._mark is None:
                self._mark = (len(self._styled) - 1, [])
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self._rows = []
            else:  # a table nested in a cell: its text is the cell's, on lines of its own
                self._new_line()
        elif tag in ("tr", "tbody", "thead", "tfoot") and self.depth == 1 and self._rows is not None:
            # HTML lets a row's and a cell's end tags be left out: the next row (or part of the table) ends them
            # (round 11: rows written without "</tr>" replaced one another, tasks and figures lost without a word).
            self._end_row()
            if tag == "tr":
                self._begin_row(_not_drawn(a))
        elif tag == "tr" and self._rows is not None:
            self._begin_row()
        elif tag in ("td", "th") and self._rows is not None:
            if self.depth == 1 and self._row is None:
                self._begin_row()  # a cell with no row written around it: a browser makes one
            if self._row is None:
                return
            # Bounded as it is read, as a sheet is (round 9: a 19 MB page with one row of 1.9 million cells
            # was read for 63 s by the plan importer, which dropped them silently, and 8 min by the figures one).
            self.cells_seen += 1
            if self.cells_seen > MAX_CELLS:
                raise Unreadable(N_("import", "Bảng có hơn {0} ô: quá nhiều để là bảng ParApp đọc được (một kế hoạch "
                                              "chỉ có vài nghìn ô). Hãy chọn đúng tệp, hoặc chỉ sao chép bảng cần "
                                              "nhập."), f"{MAX_CELLS:,}".replace(",", "."))
            if self.depth > 1:  # a cell of a nested table: a word of the outer cell (round 10: the row was lost)
                if self._cell and self._cell[-1] != "\n":
                    self._cell.append(" ")
                return
            self._end_cell()  # the cell before it, its "</td>" left out
            self._cell = []
            if _not_drawn(a):  # a cell of a column Excel hides ("<td style='display:none'>"): its text none
                self._hidden, self._unseen = ("td", 1), HiddenCell()
            self._span = (_span(a.get("colspan", 1)), _span(a.get("rowspan", 1)))
        elif tag == "br" and self._cell:
            self._cell.append("\n")
        elif tag in _BLOCKS and self._cell is not None:
            self._new_line()
        elif tag in ("script", "style"):
            self._code = tag
        elif tag == "del":
            self._deleted += 1
        elif tag == "sup":
            self._raised += 1

    def _begin_row(self, hidden: bool = False) -> None:
        self.rows_seen += 1
        if self.rows_seen > self.max_rows:
            raise too_many_rows(self.max_rows)
        if self.depth == 1:
            self._row = HiddenRow() if hidden else []
        else:
            self._new_line()

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            text = "".join(self._cell).strip() if self._unseen is None else self._unseen
            if len(self._row) < MAX_COLUMNS:
                self._row.append((text, *self._span))
            elif text:  # as tsv_rows: empty cells past the edge dropped, text refused
                raise too_many_columns()
        self._cell, self._deleted, self._hidden, self._unseen = None, 0, None, None  # left open: ended with the cell
        self._raised -= sum(up for _, up in self._styled)
        self._styled, self._mark = [], None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and self._rows is not None:
            self._rows.append(self._row)
        self._row = None

    def _new_line(self) -> None:
        """The cell's text goes on on a line of its own (not a second one: a block's end and the next one's start)."""
        while self._cell and not self._cell[-1].strip(" "):
            self._cell.pop()  # the spaces between two blocks' tags
        if self._cell and not self._cell[-1].endswith("\n"):
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if self._hidden is not None and tag not in _STRUCTURE:
            if tag == self._hidden[0]:
                self._hidden = (tag, self._hidden[1] - 1) if self._hidden[1] > 1 else None
            return
        if tag == self._code:
            self._code = None
        elif tag == "del":
            self._deleted = max(0, self._deleted - 1)
        elif tag == "sup":
            self._raised = max(0, self._raised - 1)
        elif tag not in _STRUCTURE and (at := next((i for i in range(len(self._styled) - 1, -1, -1)
                                                     if self._styled[i][0] == tag), None)) is not None:
            self._raised -= sum(up for _, up in self._styled[at:])
            del self._styled[at:]
            if self._mark is not None and at <= self._mark[0]:
                self._end_mark()
        if tag in _BLOCKS and self._cell is not None:
            self._new_line()
        if self.depth > 1 and tag in ("td", "th", "tr"):
            return  # a nested table's structure: its text stays in the outer cell
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag == "table":
            if self.depth == 1 and self._rows is not None:
                self._end_row()
                self.tables.append(self._rows)
                self._rows = None
            elif self.depth > 1:
                self._new_line()  # the text after a table nested in the cell (round 12: glued to its last row)
            self.depth = max(0, self.depth - 1)

    def _end_mark(self) -> None:
        """A list's mark: a bullet drawn from a symbol font ("o", "§", "ü", "") is "•"; "1.", "a)" stay."""
        text = "".join(self._mark[1]).strip() if self._mark else ""
        self._mark = None
        if text and self._cell is not None:
            bullet = len(text) == 1 and not text.isdigit() and (not text.isalnum() or text in _FONT_BULLETS)
            self.handle_data(("•" if bullet else text) + " ")

    def handle_data(self, data):
        if self._unseen is not None and self._cell is not None and data.strip():
            self._unseen.held = True
        if self._mark is not None:
            self._mark[1].append(data)
            return
        if self._cell is not None and self._code is None and not self._deleted and self._hidden is None:
            text = re.sub(r"\s+", " ", data).translate(RAISED) if self._raised else re.sub(r"\s+", " ", data)
            self._cell.append(text.lstrip(" ") if self._cell and self._cell[-1].endswith("\n") else text)


# Letters Word's bullets are drawn with in a symbol font: Courier New's "o", Wingdings' "ü" (a tick), "q", "v", "Ø", "§"
_FONT_BULLETS = "oüqvnØ§"


def _expand(raw: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """Merged cells filled across (text once, the rest of its width empty) and down (the same text)."""
    width = max((len(r) for r in raw), default=0)
    height = len(raw)
    down: dict[int, tuple[int, str]] = {}  # column → (rows left, text)
    out = []
    for y, cells in enumerate(raw):
        row: list[str] = HiddenRow() if isinstance(cells, HiddenRow) else []

        def fill_down(row: list[str] = row) -> None:  # this row's, called while it is built
            while len(row) in down:
                col = len(row)
                left, text = down[col]
                row.append(Carried(text))
                if left <= 1:
                    del down[col]
                else:
                    down[col] = (left - 1, text)

        fill_down()
        for i, (text, cols, rows) in enumerate(cells):
            after = len(cells) - i - 1
            cols = max(1, min(cols, width - len(row) - after))   # never past the table's real width
            rows = max(1, min(rows, height - y))          # nor below its last row
            for _ in range(cols):
                if rows > 1 and len(row) < width:  # carried down only inside the table's width
                    down[len(row)] = (rows - 1, text)
                row.append(text)
                text = Spanned("")  # the rest of its width (30C)
            fill_down()
        out.append(row)
    return out


def html_text(html: str) -> str:
    """The text of an HTML page, a line per block: where a period (figures) or a plan's or criteria set's year
    stated outside the table is found (moved from figures_import, round 25B). A script's or a style's text is none
    of the page's; nor, as in the tables (rounds 13, 30D), what a browser does not draw (Word's hidden text, a tracked
    deletion), and a footnote's mark stays raised (round 35C: "<del>NĂM 2026</del>NĂM 2027" was the plan's year,
    "NĂM 2027<sup>1</sup>" its title's "năm 20271")."""

    class _Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.out: list[str] = []
            self.hidden: tuple[str, int] | None = None  # the element not drawn, and how many of its name are open
            self.deleted = self.raised = 0
            # A row not drawn ("<tr style='display:none'>", Excel's hidden row) hides its cells, which end any other
            # hidden element: the depth of its table, 0 if none (44C: its "năm 2025" made the plan 2025's).
            self.tables = self.row_hidden = 0

        def handle_starttag(self, tag, attrs):
            if tag == "table":
                self.tables += 1
            elif tag in ("tr", "tbody", "thead", "tfoot") and self.tables == self.row_hidden:
                self.row_hidden = 0  # the next row (its "</tr>" left out) ends it
            if tag == "tr" and not self.row_hidden and _not_drawn(dict(attrs)):
                self.row_hidden = self.tables
            if tag in ("br", "p", "div", "tr", "h1", "h2", "h3", "h4", "li", "table", "td", "th"):
                self.out.append("\n")
                if self.hidden and (tag in _STRUCTURE or tag == self.hidden[0] in _SELF_ENDING
                                    or tag in _BLOCKS and self.hidden[0] == "p"):
                    self.hidden = None  # "<p style='display:none'>…" left open: the next one ends it
            if tag in _VOID:
                return
            if self.hidden:
                if tag == self.hidden[0]:
                    self.hidden = (tag, self.hidden[1] + 1)
            elif _not_drawn(dict(attrs)):
                self.hidden = (tag, 1)
            elif tag == "del":
                self.deleted += 1
            elif tag == "sup":
                self.raised += 1

        def handle_endtag(self, tag):
            if tag == "table":
                self.tables = max(0, self.tables - 1)
            if self.row_hidden and (tag == "tr" and self.tables == self.row_hidden or self.tables < self.row_hidden):
                self.row_hidden = 0
            if self.hidden:
                if tag == self.hidden[0]:
                    self.hidden = (tag, self.hidden[1] - 1) if self.hidden[1] > 1 else None
                elif tag in _STRUCTURE:
                    self.hidden = None
            elif tag == "del":
                self.deleted = max(0, self.deleted - 1)
            elif tag == "sup":
                self.raised = max(0, self.raised - 1)

        def handle_data(self, data):
            if not self.cdata_elem and not self.hidden and not self.row_hidden and not self.deleted:  # nor <script>
                self.out.append(data.translate(RAISED) if self.raised else data)

    p = _Text()
    p.feed(html)
    return "".join(p.out)


_SELF_ENDING = frozenset({"p", "li", "dt", "dd", "option"})  # a start tag of the same name ends one left open
