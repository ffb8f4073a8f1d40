"""Turning what the user gives us into rows of cells or lines of text.

Tab-separated text is what Word and Excel put on the clipboard (cells with
line breaks arrive quoted); the clipboard's HTML flavour keeps merged cells;
.csv may use commas or semicolons, with or without a BOM; .xlsx and .docx are
read with openpyxl and python-docx.
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

from parapp.core.importing.model import Unreadable
from parapp.core.messages import N_

Row = tuple[int, list[str]]  # (line where the row starts, cells)


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (BOM or not), else UTF-16 with a BOM, else the
    Windows code page (old files, TCVN3 look-alikes included). Binary refused."""
    if not data.strip():
        raise Unreadable(N_("import", "Tệp trống: không có gì để nhập."))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    head = data[:4096]
    if b"\x00" in head or sum(1 for b in head if b < 9 or 13 < b < 32) > len(head) * 0.05:
        raise Unreadable(N_("import", "Tệp này không phải văn bản (có thể là tệp nhị phân hoặc ảnh). "
                                      "Hãy chọn tệp .docx, .xlsx, .csv, .txt, hoặc sao chép bảng từ Word rồi dán."))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # never fails: every byte is a character


def tsv_rows(text: str, delimiter: str = "\t") -> list[Row]:
    """Rows of a delimited text, each with the line it starts on; quoted cells may span lines."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', strict=False)
    out, start = [], 1
    try:
        for cells in reader:
            out.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise Unreadable(N_("import", "Không đọc được bảng: {0}."), str(exc)) from None
    return out


def sniff_delimiter(text: str) -> str:
    if "\t" in text:  # Word and Excel copy tab-separated; a table may follow pages of prose
        return "\t"
    sample = "\n".join(text.splitlines()[:50])
    counts = {d: sample.count(d) for d in (";", ",")}
    return ";" if counts[";"] > counts[","] * 0.5 and counts[";"] else ","


class _TableHTML(HTMLParser):
    """Cells of the HTML tables on the clipboard; merged cells filled across and down."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._rows: list[list[str]] | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._down: dict[int, tuple[int, str]] = {}  # column → (rows left, text)
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self._rows, self._down = [], {}
        elif tag == "tr" and self._rows is not None:
            self._row = []
            self._fill_down()
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            self._span = (int(a.get("colspan", 1) or 1), int(a.get("rowspan", 1) or 1))
        elif tag in ("br", "p", "div") and self._cell is not None and self._cell:
            self._cell.append("\n")

    def _fill_down(self):
        while len(self._row) in self._down:
            col = len(self._row)
            left, text = self._down[col]
            self._row.append(text)
            if left <= 1:
                del self._down[col]
            else:
                self._down[col] = (left - 1, text)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            text = "".join(self._cell).strip()
            cols, rows = self._span
            for _ in range(cols):
                if rows > 1:
                    self._down[len(self._row)] = (rows - 1, text)
                self._row.append(text)
                text = ""  # a merged cell's text once, the rest of its width empty
            self._cell = None
            self._fill_down()
        elif tag == "tr" and self._row is not None:
            self._rows.append(self._row)
            self._row = None
        elif tag == "table":
            if self.depth == 1 and self._rows is not None:
                self.tables.append(self._rows)
                self._rows = None
            self.depth -= 1

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(re.sub(r"\s+", " ", data))


def html_rows(html: str) -> list[Row]:
    p = _TableHTML()
    p.feed(html)
    rows = [r for t in p.tables for r in t]
    return [(i + 1, r) for i, r in enumerate(rows)]


def xlsx_rows(data: bytes) -> list[list[Row]]:
    """Rows of every sheet; merged cells take the merged value."""
    try:
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure means: not a readable workbook
        raise Unreadable(N_("import", "Không mở được tệp Excel: {0}."), str(exc)) from None
    sheets = []
    for ws in wb.worksheets:
        merged = {}
        for rng in ws.merged_cells.ranges:
            top = ws.cell(rng.min_row, rng.min_col).value
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    if (r, c) != (rng.min_row, rng.min_col) and c == rng.min_col:
                        merged[(r, c)] = top  # down a merged column: the same text
        rows = []
        for r_idx, row in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = ["" if v is None else _cell_text(v) for v in row]
            for (r, c), v in merged.items():
                if r == r_idx and c - 1 < len(cells) and not cells[c - 1]:
                    cells[c - 1] = _cell_text(v) if v is not None else ""
            rows.append((r_idx, cells))
        sheets.append(rows)
    return sheets


def _cell_text(v) -> str:
    import datetime as dt

    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, dt.date):
        return f"{v.day:02d}/{v.month:02d}/{v.year}"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def docx_content(data: bytes) -> tuple[list[list[Row]], str]:
    """The tables of a Word file, and its paragraphs as text (for plans written as lists)."""
    try:
        import docx

        d = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any failure means: not a readable Word file
        raise Unreadable(N_("import", "Không mở được tệp Word: {0}."), str(exc)) from None
    tables = []
    for t in d.tables:
        rows = []
        for i, row in enumerate(t.rows, start=1):
            cells, seen = [], set()
            for cell in row.cells:
                key = id(cell._tc)  # noqa: SLF001 - a cell spanning columns appears once per column
                cells.append("" if key in seen else cell.text)
                seen.add(key)
            rows.append((i, cells))
        tables.append(rows)
    text = "\n".join(p.text for p in d.paragraphs)
    return tables, text
