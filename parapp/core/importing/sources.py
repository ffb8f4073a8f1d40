"""Turning what the user gives us into rows of cells or lines of text.

Tab-separated text is what Word and Excel put on the clipboard (cells with
line breaks arrive quoted); the clipboard's HTML flavour keeps merged cells;
.csv may use commas or semicolons, with or without a BOM; .xlsx and .docx are
read with openpyxl and python-docx.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from parapp.core.importing import legacy_text
from parapp.core.importing.model import Unreadable
from parapp.core.messages import N_

Row = tuple[int, list[str]]  # (line where the row starts, cells)

# What an import may be given. A plan with its annexes is a few MB; these
# bounds keep a wrong file (a disk image, /dev/zero) from taking the machine.
MAX_FILE_BYTES = 50 << 20
MAX_TEXT_CHARS = 20_000_000
MAX_UNZIPPED = 200 << 20     # an .xlsx/.docx, all its parts inflated
MAX_ZIP_PARTS = 10_000
MAX_SPAN = 100               # no plan table has more columns; a larger colspan is an error or an attack

_NOT_TEXT = N_("import", "Tệp này không phải văn bản (có thể là tệp nhị phân hoặc ảnh). "
                         "Hãy chọn tệp .docx, .xlsx, .csv, .txt, hoặc sao chép bảng từ Word rồi dán.")


def _too_large() -> Unreadable:
    return Unreadable(N_("import", "Tệp quá lớn để là một kế hoạch (ParApp nhập tệp đến {0} MB). Hãy chọn đúng tệp "
                                   "kế hoạch, hoặc chép riêng bảng phân công nhiệm vụ ra tệp mới rồi nhập."),
                      MAX_FILE_BYTES >> 20)


def check_size(n_bytes: int) -> None:
    if n_bytes > MAX_FILE_BYTES:
        raise _too_large()


def check_text_size(text: str, html: str | None = None) -> None:
    if len(text) > MAX_TEXT_CHARS or (html is not None and len(html) > MAX_TEXT_CHARS):
        raise Unreadable(N_("import", "Nội dung dán vào quá lớn để là một kế hoạch (hơn {0} triệu ký tự). Hãy chỉ "
                                      "sao chép bảng phân công nhiệm vụ."), MAX_TEXT_CHARS // 1_000_000)


def read_bounded(path: Path) -> bytes:
    """A regular file's bytes, at most the limit: a FIFO, a device or a folder is refused, not read."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise Unreadable(N_("import", "“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); "
                                          "hãy chọn tệp kế hoạch .docx, .xlsx, .csv hoặc .txt."), str(path))
        check_size(st.st_size)
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise Unreadable(N_("import", "Không đọc được tệp “{0}”: {1}."), str(path), exc.strerror or str(exc)) from None
    check_size(len(data))
    return data


def check_office_zip(data: bytes) -> None:
    """An .xlsx/.docx is a zip: refuse one that would inflate past the bound before a library opens it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        return  # the reader says it cannot open it, in its own words
    if len(infos) > MAX_ZIP_PARTS or sum(i.file_size for i in infos) > MAX_UNZIPPED:
        raise _too_large()


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 that lost its BOM: text whose every other byte is mostly zero."""
    head = data[:4096]
    half = len(head) // 2
    if half < 2:
        return None
    zeros_odd = head[1::2].count(0)
    zeros_even = head[0::2].count(0)
    for encoding, zeros, other in (("utf-16-le", zeros_odd, zeros_even), ("utf-16-be", zeros_even, zeros_odd)):
        if zeros > half * 0.3 and other < half * 0.05:
            try:
                text = data[: len(data) // 2 * 2].decode(encoding)
            except UnicodeDecodeError:
                continue
            if sum(1 for c in text[:2048] if ord(c) < 32 and c not in "\t\r\n") <= len(text[:2048]) * 0.05:
                return text
    return None


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (BOM or not); UTF-16 with a BOM or without; else an
    8-bit Windows code page: Vietnamese (cp1258, its separate tone marks composed
    to NFC) when its words read as Vietnamese, else cp1252 (where TCVN3 and VNI
    look-alikes are then recognised). Binary refused."""
    if not data.strip():
        raise Unreadable(N_("import", "Tệp trống: không có gì để nhập."))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
    head = data[:4096]
    if b"\x00" in head or sum(1 for b in head if b < 9 or 13 < b < 32) > len(head) * 0.05:
        raise Unreadable(_NOT_TEXT)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    western = data.decode("cp1252", errors="replace") if _cp1252_ok(data) else data.decode("latin-1")
    try:
        vietnamese = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return western
    legacy = max(legacy_text.score(western), legacy_text.score(legacy_text.from_tcvn3(western)),
                 legacy_text.score(legacy_text.from_vni(western)))
    return vietnamese if legacy_text.score(vietnamese) > max(legacy, 0) else western


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


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


def _span(value: str | None) -> int:
    """A colspan/rowspan as written: not a number, zero or negative counts as 1; at most MAX_SPAN."""
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(n, 1), MAX_SPAN)


class _TableHTML(HTMLParser):
    """Cells of the HTML tables on the clipboard, with their spans as written.

    Spans are applied once a table is complete, clamped to its real width
    (its widest row, counted in cells) and its real height: a 229-byte table
    can never ask for a billion columns.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._rows: list[list[tuple[str, int, int]]] | None = None
        self._row: list[tuple[str, int, int]] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self._rows = []
        elif tag == "tr" and self._rows is not None:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            self._span = (_span(a.get("colspan", 1)), _span(a.get("rowspan", 1)))
        elif tag in ("br", "p", "div") and self._cell is not None and self._cell:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(("".join(self._cell).strip(), *self._span))
            self._cell = None
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


def _expand(raw: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """Merged cells filled across (text once, the rest of its width empty) and down (the same text)."""
    width = max((len(r) for r in raw), default=0)
    height = len(raw)
    down: dict[int, tuple[int, str]] = {}  # column → (rows left, text)
    out = []
    for y, cells in enumerate(raw):
        row: list[str] = []

        def fill_down(row: list[str] = row) -> None:  # this row's, called while it is built
            while len(row) in down:
                col = len(row)
                left, text = down[col]
                row.append(text)
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
                text = ""
            fill_down()
        out.append(row)
    return out


def html_rows(html: str) -> list[Row]:
    p = _TableHTML()
    p.feed(html)
    rows = [r for t in p.tables for r in _expand(t)]
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
