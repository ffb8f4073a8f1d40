"""An HTML page's tables, a frame replaced by the tables it holds.

Web pages lay themselves out in tables: a one-column table whose every cell holds a table (the page's box, its
content column) frames the tables of data. Read as a table of its own, its cells' tables were words of one cell, and
a plan, a statistics export or a criteria set inside one was refused as holding no table (round 24C; Word files had
the same, word_text.tables).
"""

from __future__ import annotations

from parapp.core.importing.limits import MAX_ROWS, too_many_rows
from parapp.core.importing.html_tables import _expand, _TableHTML
from parapp.core.importing.office import Row


class _Framed(_TableHTML):
    """_TableHTML noting, for each top-level table, where the tables nested straight in its cells begin and end, and
    whether each of its rows is one cell holding one of them."""

    def __init__(self, max_rows: int):
        super().__init__(max_rows)
        self.frames: dict[int, list[tuple[tuple[int, int], tuple[int, int]]]] = {}  # table index → (start, end) pos
        self._spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self._is_frame, self._row_holds = False, False
        self._open: tuple[int, int] | None = None
        # Rows of text (a title, a blank row) beside those holding tables; a table held of two rows or more
        self._text_rows, self._big, self._inner_rows = False, False, 0

    def handle_starttag(self, tag, attrs):
        before = self.depth
        super().handle_starttag(tag, attrs)
        if tag == "table" and self.depth == 1 and before == 0:
            self._spans, self._is_frame, self._row_holds = [], True, False
            self._text_rows, self._big = False, False
        elif tag == "table" and self.depth == 2 and before == 1:
            self._open, self._row_holds, self._inner_rows = self.getpos(), True, 0
        elif tag == "tr" and self.depth == 2:
            self._inner_rows += 1

    def handle_endtag(self, tag):
        before = self.depth
        if tag == "table" and before == 1 and self._rows is not None:
            self._end_row()
            # A frame's row of text (its title, a blank row) leaves it a frame when it holds a table of data (round
            # 25B); a one-column table whose row holds a small table is data, that table the row's text (round 24C).
            if self._is_frame and self._spans and self._rows and (self._big or not self._text_rows):
                self.frames[len(self.tables)] = self._spans
        super().handle_endtag(tag)
        if tag == "table" and before == 2 and self.depth == 1 and self._open is not None:
            self._spans.append((self._open, self.getpos()))
            self._open, self._big = None, self._big or self._inner_rows >= 2

    def _end_row(self) -> None:
        if self.depth == 1 and self._row is not None:
            self._end_cell()
            self._is_frame = self._is_frame and len(self._row) == 1
            self._text_rows = self._text_rows or not self._row_holds
            self._row_holds = False
        super()._end_row()


# Frames inside frames are read down to this many: a page's layout nests a few; a file nesting thousands would be
# read again at each level (its time growing with the square of the depth) and past Python's recursion.
MAX_FRAMES_DEEP = 4


def tables(html: str, max_rows: int = MAX_ROWS, deep: int = 0) -> list[list[list[str]]]:
    """The page's tables, each as rows of cells (merged cells filled), frames replaced by what they hold."""
    p = _Framed(max_rows)
    p.feed(html)
    # The end of the file ends what is left open, as a browser does: a page cut short (a download that stopped, an
    # export that never closed its table) had its last table left out, its rows lost without a word (round 24C).
    # Not HTMLParser.close(): it reads an unfinished tag at the end again and again (a 5 MB "<a<a<a…" took minutes).
    while p.depth:
        p.handle_endtag("table")
    starts = _line_starts(html) if p.frames and deep < MAX_FRAMES_DEEP else []
    out: list[list[list[str]]] = []
    for i, t in enumerate(p.tables):
        if i not in p.frames or not starts:
            out.append(_expand(t))
            continue
        for start, end in p.frames[i]:
            a, b = starts[start[0] - 1] + start[1], starts[end[0] - 1] + end[1]
            b = html.find(">", b) + 1 or len(html)
            out += tables(html[a:b], max_rows, deep + 1)
    if sum(len(t) for t in out) > max_rows:
        raise too_many_rows(max_rows)
    return out


def _line_starts(html: str) -> list[int]:
    """Where each line begins: HTMLParser gives a tag's place as (line, column), its lines ended by "\n"."""
    starts, at = [0], html.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = html.find("\n", at + 1)
    return starts


def html_rows(html: str, max_rows: int = MAX_ROWS) -> list[Row]:
    rows = [r for t in tables(html, max_rows) for r in t]
    return [(i + 1, r) for i, r in enumerate(rows)]


def html_tables(html: str, max_rows: int = MAX_ROWS, between: list[str] | None = None) -> list[list[Row]]:
    """The page's tables apart, each row numbered in its table; `between` gets the text written above each table
    (since the one before it), when no frame holds them (round 29D: two quarters' tables of a page, or a paste from
    Word, were read as one table, their figures added up)."""
    out = [[(i + 1, r) for i, r in enumerate(t)] for t in tables(html, max_rows)]
    kept = [t for t in out if t]  # an empty table is none (a page of a million of them)
    if between is not None and 1 < len(kept) <= MAX_TABLES_APART:  # read again only for a page's few tables
        texts = _texts_before(html)
        between[:] = [b for b, t in zip(texts, out) if t] if len(texts) == len(out) else []
    return kept


MAX_TABLES_APART = 5000  # tables read apart with the text above each; past it, as one (bounded time)


def _texts_before(html: str) -> list[str]:
    from html.parser import HTMLParser

    class _Between(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.depth, self.out, self.text = 0, [], []

        def handle_starttag(self, tag, attrs):
            if tag == "table":
                if self.depth == 0:
                    self.out.append(" ".join(" ".join(self.text).split()))
                    self.text = []
                self.depth += 1
            elif self.depth == 0 and tag in ("br", "p", "div", "h1", "h2", "h3", "h4", "li"):
                self.text.append("\n")

        def handle_endtag(self, tag):
            if tag == "table" and self.depth:
                self.depth -= 1

        def handle_data(self, data):
            if self.depth == 0 and not self.cdata_elem:
                self.text.append(data)

    p = _Between()
    p.feed(html)
    return p.out
