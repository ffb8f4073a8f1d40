"""The tables of an .xlsx or .docx file, read within the bounds of limits.py.

An .xlsx is read in openpyxl's read-only mode, row by row up to the bounds: its normal mode
makes one cell object for every cell of every merged range the file declares, and a 5 KB file
declaring A1:XFD1048576 asked for 17 billion. The merged ranges are read from the sheet's XML
and clipped to the rows and columns that hold data; down a merged column the top cell's text
is carried (a plan's lead, merged over its tasks). A .docx table is walked cell by cell: a
span is clamped, a vertical merge carries the text of the cell that starts it, each in one
step (python-docx resolves each merged cell by walking up the rows above it).
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable

from parapp.core.importing.limits import (
    MAX_COLUMNS, MAX_MERGE_FILL, MAX_MERGES, MAX_SPAN, MAX_XML_PART, PLAN, Reader, check_docx_counts, check_office_zip,
    check_xlsx_counts, malformed, too_large, too_many_columns, too_many_rows,
)
from parapp.core.importing import xlsx_hidden
from parapp.core.importing.model import RAISED, Carried, Spanned, Unreadable
from parapp.core.messages import N_

Row = tuple[int, list[str]]  # (line where the row starts, cells)

# openpyxl warns, in English on stderr, of what it leaves out of a file it reads: "Data Validation extension
# is not supported and will be removed" (any sheet with a drop-down list made in Excel 2010 or later), "Cell
# D2 is marked as a date but the serial value … is outside the limits for dates". The command line printed
# them, with the library's paths, among its Vietnamese; nothing of them concerns what is imported (a cell it
# cannot read comes as "#VALUE!" and is said as such). By module, so it holds on the window's worker threads.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Za-z]{1,3}\d{1,7}(?::[A-Za-z]{1,3}\d{1,7})?)\"")


# Excel writes a character XML cannot hold as "_xHHHH_": a carriage return (text pasted with Windows line ends, or
# from an export) as "_x000D_", Word's line break copied into a cell as "_x000B_". openpyxl leaves them as written
# (round 11: "Văn phòng_x000D_\nHĐND" came in as a task's lead).
# Excel writes a "_" that would begin such an escape as "_x005F_" (a cell reading "_x000D_" is stored
# "_x005F_x000D_"): openpyxl drops every "x005F_" of a shared string first, and that cell came in as a line end
# (round 12). Shared strings are read as written (_strings_as_written), and undone here in one pass, as Excel does.
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _strings_as_written(xml_source) -> list[str]:
    """openpyxl's reading of the shared strings (reader.strings.read_string_table), without its removal of every
    "x005F_": the text of each, its rich-text runs joined, its phonetic guide left out."""
    from openpyxl.cell.text import Text
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    tag, strings = "{%s}si" % SHEET_MAIN_NS, []
    for _, node in iterparse(xml_source):
        if node.tag == tag:
            strings.append(_raised_kept(Text.from_tree(node)))
            node.clear()
    return strings


def _raised_kept(text) -> str:
    """A shared string's text, a run Excel raises (Superscript) kept raised: a footnote's mark, not one more digit
    (round 31D: "15" and its note's "1" read as 151 dossiers, criterion "1.1" as 1.11, as round 30D found in Word)."""
    if not any(r.rPr is not None and getattr(r.rPr, "vertAlign", None) == "superscript" for r in text.formatted):
        return text.content
    runs = [(r.t or "").translate(RAISED) if r.rPr is not None and r.rPr.vertAlign == "superscript" else r.t or ""
            for r in text.formatted]
    return (text.plain or "") + "".join(runs)


def _escaped_char(m: re.Match) -> str:
    n = int(m.group(1), 16)
    if 0xD800 <= n <= 0xDFFF:
        return m.group(0)  # half of a pair: left as written
    if n in (0x0B, 0x0C):
        return "\n"
    return "" if n < 32 and chr(n) not in "\t\n\r" else chr(n)


def cell_text(v) -> str:
    import datetime as dt

    if isinstance(v, str):
        return _ESCAPED.sub(_escaped_char, v) if "_x" in v else v
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, dt.date):  # a date Excel holds as one: never read month first (round 42C F2)
        from parapp.core.importing.legacy_text import Written

        return Written(f"{v.day:02d}/{v.month:02d}/{v.year}")
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _unparsable(kind: str, exc: Exception) -> Unreadable | None:
    """A part of the file that is not well-formed XML, or nested past the parser's 256 levels, said in
    words (the parsers' own are English: "Excessive depth in document: 256, use XML_PARSE_HUGE option")."""
    from xml.etree.ElementTree import ParseError

    from lxml.etree import XMLSyntaxError

    if not isinstance(exc, (XMLSyntaxError, ParseError)):
        return None
    if "depth" in str(exc).lower():
        return Unreadable(N_("import", "Tệp {0} này lồng bảng hoặc đoạn văn vào nhau quá 256 tầng: không đọc. Hãy chọn "
                                       "đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó."), kind)
    return Unreadable(N_("import", "Tệp {0} này bị hỏng: nội dung bên trong sai cấu trúc nên không đọc được. Hãy mở "
                                   "tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó."), kind)


def not_opened(kind: str, exc: Exception) -> Unreadable:
    """Why a library could not read the file, in words: its own are English ("Bad CRC-32 for file …",
    "File is not a zip file", "'lxml.etree._Element' object has no attribute 'body'"), and an official
    can do nothing with them. The detail goes to the log for whoever supports the office."""
    import logging
    import zipfile
    import zlib

    unparsable = _unparsable(kind, exc)
    if unparsable is not None:
        return unparsable
    logging.getLogger(__name__).info("%s file not opened: %r", kind, exc)
    if isinstance(exc, MemoryError):
        return Unreadable(N_("import", "Tệp {0} này cần nhiều bộ nhớ hơn máy có để đọc: quá lớn để là tệp ParApp đọc "
                                       "được. Hãy chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó."), kind)
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError)):
        return Unreadable(N_("import", "Tệp {0} này bị hỏng (có thể chép chưa hết, hoặc hỏng khi lưu hay khi tải về) "
                                       "nên không mở được. Hãy mở tệp bằng {0}: nếu mở được, lưu lại thành tệp mới rồi "
                                       "nhập tệp đó; nếu không, xin lại tệp gốc."), kind)
    return Unreadable(N_("import", "Tệp này không có cấu trúc của một tệp {0} nên không mở được (có thể là tệp khác "
                                   "đổi đuôi, hoặc đã bị hỏng). Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập "
                                   "tệp đó."), kind)


def xlsx_rows(data: bytes, reader: Reader = PLAN, titles: list[str] | None = None,
              hidden: list[bool] | None = None, unseen: list[tuple[str, list[int], list[str], list[Row]]] | None = None,
              keep: Callable[[list[str]], bool] | None = None,
              kept: list[tuple[str, int]] | None = None) -> list[list[Row]]:
    """Rows of every sheet (up to the last that holds anything); merged cells take the merged value.
    `titles`, when given, receives each sheet's name in the same order (a statistics sheet's period may be there);
    `hidden`, whether the sheet is hidden; `unseen`, when given, has hidden rows and columns left out (round 40D) and
    receives (sheet, rows, column letters, the hidden rows as read) of those holding something; a hidden row `keep`
    takes is kept (41C), its sheet and line put in `kept`."""
    check_office_zip(data, reader)
    check_xlsx_counts(data)
    try:
        from openpyxl import load_workbook
        from openpyxl.reader import excel

        excel.read_string_table = _strings_as_written  # the same function every time: safe on any thread
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure means: not a readable workbook
        raise not_opened("Excel", exc) from None
    try:
        sheets, total = [], 0
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            # Hidden sheets last: a workbook may keep last year's plan, or a list the drop-downs read, on a sheet the
            # official never sees (round 10: a hidden "KH 2025 (cũ)" was imported instead of the visible plan).
            for ws in sorted(wb.worksheets, key=lambda ws: getattr(ws, "sheet_state", "visible") != "visible"):
                rows = _sheet_rows(ws, reader.max_office_rows)
                total += len(rows)
                if total > reader.max_office_rows:
                    raise too_many_rows(reader.max_office_rows)
                xml = _sheet_xml(z, getattr(ws, "_worksheet_path", None), reader)
                _fill_merges(rows, _merged_ranges(xml))
                if unseen is not None:
                    every = rows
                    lines = xlsx_hidden.hidden_lines(xml, MAX_COLUMNS)
                    rows, gone_rows, gone_cols = xlsx_hidden.shown(rows, *lines, keep)
                    if kept is not None:
                        kept += [(str(getattr(ws, "title", "") or ""), line) for line, _ in rows if line in lines[0]]
                    if gone_rows or gone_cols:
                        unseen.append((str(getattr(ws, "title", "") or ""), gone_rows, gone_cols,
                                       [r for r in every if r[0] in gone_rows]))
                sheets.append(rows)
                if titles is not None:
                    titles.append(str(getattr(ws, "title", "") or ""))
                if hidden is not None:
                    hidden.append(getattr(ws, "sheet_state", "visible") != "visible")
        return sheets
    except Unreadable:
        raise
    except Exception as exc:  # noqa: BLE001 - a sheet openpyxl cannot read: not a readable workbook
        raise not_opened("Excel", exc) from None
    finally:
        wb.close()


def _sheet_rows(ws, max_rows: int) -> list[Row]:
    """The sheet's rows as text, at most `max_rows` of them and MAX_COLUMNS wide (more is refused),
    cut to the last row and column that hold anything."""
    from parapp.core.importing.xlsx_dates import partial_date_styles, shown

    rows: list[list[str]] = []
    last, width = 0, 0
    # Cells, not values, only where a style shows a date without its day: a value alone is faster to read.
    styles = partial_date_styles(ws.parent)
    for r_idx, read in enumerate(ws.iter_rows(min_row=1, max_row=max_rows + 1, max_col=MAX_COLUMNS + 1,
                                              values_only=not styles), start=1):
        values = [c.value for c in read] if styles else read
        if not any(v is not None and v != "" for v in values):
            rows.append([])
            continue
        if r_idx > max_rows:
            raise too_many_rows(max_rows)
        cells = ["" if v is None else cell_text(v) for v in values]
        if styles:
            for i, c in enumerate(read):
                cells[i] = shown(values[i], styles.get(getattr(c, "_style_id", 0))) or cells[i]
        filled = [i for i, c in enumerate(cells) if c]
        if filled and filled[-1] >= MAX_COLUMNS:
            raise too_many_columns()
        if filled:
            last, width = r_idx, max(width, filled[-1] + 1)
        rows.append(cells)
    return [(i + 1, (cells + [""] * width)[:width]) for i, cells in enumerate(rows[:last])]


def _sheet_xml(z: zipfile.ZipFile, part: str | None, reader: Reader) -> bytes:
    """The sheet's XML (b"" when it cannot be found), its formulas checked calculated."""
    if not part:
        return b""
    try:
        info = z.getinfo(part)
    except KeyError:
        return b""
    if info.file_size > MAX_XML_PART:
        raise too_large(reader)
    with z.open(info) as fh:
        xml = fh.read(MAX_XML_PART + 1)
    _check_calculated(xml)  # the same part, read once
    return xml


def _merged_ranges(xml: bytes) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of each merged range the sheet declares."""
    from openpyxl.utils.cell import range_boundaries

    refs = _MERGE.findall(xml)
    if len(refs) > MAX_MERGES:
        raise malformed("Excel")
    out = []
    for ref in refs:
        try:
            bounds = range_boundaries(ref.decode("ascii").upper())
        except (ValueError, TypeError):
            continue
        if all(isinstance(b, int) for b in bounds):
            out.append(bounds)
    return out


# A formula cell and the value last calculated for it: Excel keeps the value (<v>); a program writing a workbook (an
# export, a script) often writes the formula alone, or with an empty <v>, leaving the value to Excel. A formula whose
# value is text that is empty is written t="str" with an empty <v>.
_FORMULA = re.compile(rb"<(?:[\w.-]+:)?c\b([^>]*)>\s*<(?:[\w.-]+:)?f\b[^>]*?(?:/>|>[^<]*</(?:[\w.-]+:)?f>)\s*"
                      rb"(?:<(?:[\w.-]+:)?v\s*/>|<(?:[\w.-]+:)?v\s*>([^<]*)</(?:[\w.-]+:)?v>)?")
_TEXT_RESULT = re.compile(rb"\bt\s*=\s*[\"']str[\"']")


def _check_calculated(xml: bytes) -> None:
    """Refused when the sheet holds formulas never calculated: openpyxl reads them as empty cells (round 24C: a
    statistics export whose "Trả quá hạn" column was "=G5-H5-I5" stored 0 late dossiers for 8; a plan's task whose
    content was a formula was called a row without content, its number "=A2+1" lost)."""
    n = sum(1 for m in _FORMULA.finditer(xml)
            if not (m.group(2) or b"").strip() and not _TEXT_RESULT.search(m.group(1)))
    if n:
        raise Unreadable(N_("import", "Tệp Excel này có {0} ô công thức chưa được tính (thường là tệp do phần mềm xuất "
                                      "ra, chưa từng mở bằng Excel): ParApp chỉ đọc được kết quả đã tính nên các ô đó "
                                      "sẽ thành ô trống. Hãy mở tệp bằng Excel, lưu lại rồi nhập tệp vừa lưu."), n)


def _fill_merges(rows: list[Row], ranges: list[tuple[int, int, int, int]]) -> None:
    """Down a merged column, the top cell's text, in the rows and columns that hold data only."""
    height = len(rows)
    width = max((len(c) for _, c in rows), default=0)
    budget = MAX_MERGE_FILL
    for min_col, min_row, max_col, max_row in ranges:
        if min_row > height or min_col > width:
            continue
        for r in range(min_row, min(max_row, height) + 1):  # its width past the first column (30C)
            cells = rows[r - 1][1]
            for c in range(min_col + 1, min(max_col, len(cells)) + 1):
                budget -= 1
                if budget < 0:
                    raise malformed("Excel")
                if not cells[c - 1]:
                    cells[c - 1] = Spanned("")
        top = rows[min_row - 1][1][min_col - 1]
        for r in range(min_row + 1, min(max_row, height) + 1):
            budget -= 1
            if budget < 0:
                raise malformed("Excel")
            cells = rows[r - 1][1]
            if not cells[min_col - 1]:
                cells[min_col - 1] = Carried(top)


def _numbering(document):
    """The file's numbering definitions (word/numbering.xml), or None: a file without lists has none."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return document.part.part_related_by(RT.NUMBERING).element
    except (KeyError, AttributeError):
        return None


def docx_content(data: bytes, reader: Reader = PLAN,
                 between: list[str] | None = None) -> tuple[list[list[Row]], str]:
    """The tables of a Word file, and its paragraphs as text (for plans written as lists); `between` gets the text
    written above each table (since the table before it)."""
    check_office_zip(data, reader)
    check_docx_counts(data)
    try:
        import docx

        from parapp.core.importing import word_numbering, word_text

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        word_text.hide_styled_runs(body, document.styles.element)
        word_numbering.number_paragraphs(body, _numbering(document), document.styles.element)
        if word_text.has_alt_chunk(body):
            raise Unreadable(N_("import", "Tệp Word này có phần nội dung được ghép từ một tệp khác (do phần mềm "
                                          "xuất văn bản tạo ra): Word chỉ gộp phần đó khi mở tệp, ParApp không đọc "
                                          "được nó. Hãy mở tệp bằng Word, lưu lại thành tệp .docx mới rồi nhập tệp "
                                          "đó."))
        tables, total = [], 0
        for t in word_text.tables(body):
            rows: list[Row] = []
            down: dict[int, str] = {}  # grid column → text of the cell its vertical merge started with
            for i, tr in enumerate(word_text.rows(t), start=1):
                total += 1
                if total > reader.max_office_rows:
                    raise too_many_rows(reader.max_office_rows)
                cells: list[str] = [""] * min(word_text.grid_before(tr), MAX_SPAN)
                for tc in word_text.cells(tr):  # the cells as written, spans not expanded
                    at, span = len(cells), min(max(int(tc.grid_span or 1), 1), MAX_SPAN)
                    text: str
                    if tc.vMerge == "continue":
                        text = Carried(down.get(at, ""))
                    else:
                        text = word_text.cell_text(tc)
                        if tc.vMerge == "restart":
                            down[at] = text
                        else:
                            down.pop(at, None)
                    cells += [text] + [Spanned("")] * (span - 1)
                    if len(cells) > MAX_COLUMNS * 2:
                        raise too_many_columns()
                rows.append((i, cells))
            tables.append(rows)
        text = word_text.body_text(body)
        if between is not None:
            between[:] = word_text.texts_before(body)
    except Unreadable:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure means: not a readable Word file
        raise not_opened("Word", exc) from None
    return tables, text
