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
import unicodedata

from parapp.core.importing import legacy_text
from parapp.core.importing.model import Unreadable
from parapp.core.importing.limits import (  # noqa: F401 - the bounds, as the importers knew them here
    MAX_CELLS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, MAX_SPAN, MAX_TEXT_CHARS, MAX_UNZIPPED, MAX_ZIP_PARTS,
    check_office_zip, check_size, read_bounded, too_many_columns, too_many_rows,
)
from parapp.core.importing.html_frames import html_rows as framed_html_rows
from parapp.core.importing.html_tables import _expand, _span, _TableHTML  # noqa: F401 - as the importers knew them
from parapp.core.importing.office import Row, docx_content, xlsx_rows  # noqa: F401 - re-exported
from parapp.core.messages import N_

_NOT_TEXT = N_("import", "Tệp này không phải văn bản (có thể là tệp nhị phân hoặc ảnh). "
                         "Hãy chọn tệp .docx, .xlsx, .csv, .txt, .html, hoặc sao chép bảng từ Word rồi dán.")


def check_text_size(text: str, html: str | None = None) -> None:
    if len(text) > MAX_TEXT_CHARS or (html is not None and len(html) > MAX_TEXT_CHARS):
        raise Unreadable(N_("import", "Nội dung dán vào quá lớn để là một kế hoạch (hơn {0} triệu ký tự). Hãy chỉ "
                                      "sao chép bảng phân công nhiệm vụ."), MAX_TEXT_CHARS // 1_000_000)


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
    look-alikes are then recognised). Binary refused. A byte-order mark left inside
    the text is dropped (round 11): a file written with two ("STT" under a BOM was not
    a header: numbers lost, an area heading taken for a task), or two files joined."""
    text = _decode(data).replace("\ufeff", "")
    _check_not_office_xml(text)
    # Control characters past the first 4 KB (which _decode looks at): a NUL in a task's content was stored, the
    # text after it hidden from the window's search and cut from the printed copies (round 24C). Dropped, as the
    # workbook reader drops them; a vertical tab or form feed (Word's line and page breaks) is a space (a line end
    # would end a delimited row in the middle).
    return drop_controls(text)


def drop_controls(text: str) -> str:
    """Control characters dropped, a vertical tab or form feed a space: of a file (round 24C) or a paste (round 25B:
    Word's line break inside a cell comes on the clipboard's plain text as a vertical tab, and was stored in the
    task's content)."""
    return _CONTROLS.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text) if _CONTROLS.search(text) else text


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _check_not_office_xml(text: str) -> None:
    """Excel's and Word's 2003 XML formats (what some systems "export to Excel" as .xls or .xml), said as such: read as
    plain text, every importer said it found no table or header in a file that has both (round 11)."""
    head = text[:3000]
    if not head.lstrip().startswith("<?xml"):
        return
    if "urn:schemas-microsoft-com:office:spreadsheet" in head or 'progid="Excel.Sheet"' in head:
        kind, ext = "Excel", ".xlsx"
    elif "schemas.microsoft.com/office/word/2003/wordml" in head or 'progid="Word.Document"' in head:
        kind, ext = "Word", ".docx"
    else:
        return
    raise Unreadable(N_("import", "Đây là tệp {0} dạng XML 2003 (thường do phần mềm khác xuất ra): ParApp chưa "
                                  "đọc trực tiếp được. Hãy mở tệp bằng {0}, chọn Tệp > Lưu thành, lưu dạng {1} rồi "
                                  "nhập tệp vừa lưu."), kind, ext)


def _decode(data: bytes) -> str:
    if not data.strip():
        raise Unreadable(N_("import", "Tệp trống: không có gì để nhập."))
    check_not_old_office(data)
    if data.endswith(b"\x00\x00\x00\x00") and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        # A run of NULs after the text: what a file cut short leaves on a USB stick pulled out or a machine that lost
        # power (the file's length written, its last blocks not). Round 25B: a plan so padded was refused as "không
        # phải văn bản (… tệp nhị phân hoặc ảnh)"; its text is read (its end may be missing: the preview shows it).
        data = data.rstrip(b"\x00")
        if not data.strip():
            raise Unreadable(N_("import", "Tệp trống: không có gì để nhập."))
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # UTF-32 (before UTF-16: it begins alike)
        return data.decode("utf-32", errors="replace")
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
    except UnicodeDecodeError as exc:
        # the offset counts from after the byte-order mark "utf-8-sig" drops (38C: a line's first byte damaged in a
        # file Notepad saved was said to be on the line above)
        _mostly_utf8(data, exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0))
    western = data.decode("cp1252", errors="replace") if _cp1252_ok(data) else data.decode("latin-1")
    try:
        vietnamese = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return western
    legacy = max(legacy_text.score(western), legacy_text.score(legacy_text.from_tcvn3(western)),
                 legacy_text.score(legacy_text.from_vni(western)))
    return vietnamese if legacy_text.score(vietnamese) > max(legacy, 0) else western


_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Office 97–2003, and of an Office file with a password


def check_not_old_office(data: bytes) -> None:
    """An .xls/.doc, or an .xlsx/.docx locked with a password to open (Office then wraps it in the old compound
    file, its content in a stream named "EncryptedPackage"), said as such: the plan and criteria importers
    called it "not text (perhaps an image)", and the figures importer called a locked .xlsx an .xls."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf":
        # Round 26C: read as text, its RTF code taken for the plan ("Không nhận ra bảng … nào"), the file never named
        raise Unreadable(N_("import", "Đây là tệp RTF (Word lưu dạng .rtf, hoặc phần mềm xuất ra đặt tên .doc): "
                                      "ParApp chưa đọc được. Hãy mở tệp bằng Word rồi “Lưu thành” .docx, sau đó nhập "
                                      "lại."))
    if not data.startswith(_CFB):
        return
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise Unreadable(N_("import", "Tệp này được đặt mật khẩu để mở nên ParApp không đọc được. Hãy mở tệp bằng "
                                      "Excel (hoặc Word), gỡ mật khẩu (Tệp > Thông tin > Bảo vệ > Mã hóa bằng mật "
                                      "khẩu, xóa mật khẩu), lưu lại rồi nhập."))
    raise Unreadable(N_("import", "Đây là tệp Excel 97–2003 (.xls) hoặc Word 97–2003 (.doc): ParApp chưa đọc được. "
                                  "Hãy mở tệp bằng Excel (hoặc Word) rồi “Lưu thành” .xlsx (hoặc .docx), sau đó nhập "
                                  "lại."))


def _mostly_utf8(data: bytes, first_bad: int) -> None:
    """UTF-8 with a few bytes that are not (a file damaged, or two files joined): read in a code page
    instead, its Vietnamese came out garbled and the import said "no header recognised". Named instead,
    with the line of the first bad byte. Text in a code page (TCVN3, VNI, cp1258) has few or no valid
    UTF-8 letters among its many bytes that are not."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    letters = sum(1 for c in text if ord(c) > 127) - bad
    if bad <= 16 and letters >= 10 * bad:
        raise Unreadable(N_("import", "Tệp là chữ UTF-8 nhưng có {0} chỗ hỏng (chỗ đầu tiên ở dòng {1}): tệp có thể bị "
                                      "hỏng hoặc ghép từ hai bảng mã. Hãy mở tệp, sửa hoặc gõ lại chỗ đó, lưu dạng "
                                      "UTF-8 rồi nhập lại."), bad, data[:first_bad].count(b"\n") + 1)


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def tsv_rows(text: str, delimiter: str = "\t", max_rows: int = MAX_ROWS) -> list[Row]:
    """Rows of a delimited text, each with the line it starts on; quoted cells may span lines."""
    if delimiter == "|":
        return _pipe_rows(text, max_rows)
    # Universal newlines: a file whose lines end in a bare CR (an old Mac's, some exporters') is one table.
    reader = csv.reader(io.StringIO(_stray_quotes_kept(text, delimiter), newline=None), delimiter=delimiter,
                        quotechar='"', strict=False)
    out: list[Row] = []
    start = 1
    try:
        for cells in reader:
            if len(out) >= max_rows:
                raise too_many_rows(max_rows)
            if len(cells) > MAX_COLUMNS:  # bounded as a sheet is: empty cells past the edge dropped, text refused
                if any(c.strip() for c in cells[MAX_COLUMNS:]):
                    raise too_many_columns()
                cells = cells[:MAX_COLUMNS]
            out.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field larger" in str(exc):  # the rest of the file read as one cell: a quotation mark never closed
            raise Unreadable(N_("import", "Từ dòng {0}, một ô của bảng dài hơn {1} ký tự: thường là do một dấu "
                                          "ngoặc kép (\") mở mà không đóng, nên phần còn lại của tệp thành một ô. "
                                          "Hãy mở tệp, sửa dấu ngoặc kép ở dòng đó rồi nhập lại."),
                             start, f"{csv.field_size_limit():,}".replace(",", ".")) from None
        raise Unreadable(N_("import", "Không đọc được bảng: {0}."), str(exc)) from None
    return out


# A cell opening with a quotation mark: quoted as a spreadsheet or a CSV writer quotes it (its marks doubled, the
# closing one ending the cell, spaces may follow), or else the writer's own mark, read to the cell's end (group 1).
# The mark comes first, so the search skips to each; possessive, so a long cell is no backtracking.
def _opening(d: str) -> re.Pattern[str]:
    e = re.escape(d)
    return re.compile(rf'"(?<![^{e}\n]")(?:(?:[^"]++|"")*+" *+(?=[{e}\n]|\Z)|([^{e}\n]*+))')


_OPENING = {d: _opening(d) for d in "\t,;"}
_LOOKED_AT = 20_000  # cells opening with a mark: a plan has a few; past these the text reads as csv reads it


def _stray_quotes_kept(text: str, delimiter: str) -> str:
    """The text with a cell opening with a quotation mark the writer typed quoted, so that csv keeps its marks. Excel
    copies a cell as it is unless it holds a line break; `"Một cửa liên thông` (its closing mark missing or curly) was
    read to the next mark, the rows under it its words (round 40C: 5 tasks read as 2, exit 0), and the marks of
    `"Chính quyền thân thiện" năm 2027` were lost."""
    if '"' not in text:
        return text
    if "\r" in text:  # as csv reads lines: "\r\n" and a bare "\r" end one, as "\n" does
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    pattern = _OPENING.get(delimiter) or _opening(delimiter)
    return pattern.sub(lambda m: m[0] if m[1] is None else '"""' + m[1].replace('"', '""') + '"', text,
                       count=_LOOKED_AT)


# A Markdown table's line under its header: "|---|:---:|", "--- | ---" (round 39C: a plan saved as .md was refused as
# holding no table); its cells' bold and escapes ("**CẢI CÁCH THỂ CHẾ**", "\\|")
_PIPE_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?")  # of a line stripped, whole
_PIPE = re.compile(r"(?<!\\)\|")
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)


def _pipes(text: str) -> bool:
    return "---" in text and any(_PIPE_RULE.fullmatch(ln.strip()) for ln in text.splitlines() if "|" in ln)


def _pipe_rows(text: str, max_rows: int) -> list[Row]:
    """A Markdown document's lines as rows: a table's line its cells (the pipes at its ends no cells), the line of
    dashes under its header left out, any other line one cell."""
    out: list[Row] = []
    for n, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        if _PIPE_RULE.fullmatch(s):
            continue
        if len(out) >= max_rows:
            raise too_many_rows(max_rows)
        cells = _PIPE.split(s[1:] if s.startswith("|") else s) if "|" in s else [s]
        if len(cells) > 1 and s.endswith("|") and not s.endswith("\\|"):
            cells.pop()
        # a line break in a cell is written "<br>" (a converter's; 39C: stored in the task's words)
        out.append((n, [re.sub(r"\*\*|__", "", _BREAK.sub("\n", c)).replace("\\|", "|").strip()
                        for c in cells[:MAX_COLUMNS]]))
    return out


def delimited(text: str) -> bool:
    """A table written as delimited text: tab-separated, a CSV's lines, or a Markdown table (39C)."""
    lines = text.splitlines()[:20]
    return "\t" in text or sum(1 for ln in lines if ln.count(";") >= 2 or ln.count(",") >= 3) >= max(
        2, len(lines) // 2) or _pipes(text)


def sniff_delimiter(text: str) -> str:
    if _pipes(text):
        return "|"  # a Markdown table
    if "\t" in text:  # Word and Excel copy tab-separated; a table may follow pages of prose
        return "\t"
    sample = "\n".join(text.splitlines()[:50])
    counts = {d: sample.count(d) for d in (";", ",")}
    return ";" if counts[";"] > counts[","] * 0.5 and counts[";"] else ","


def is_html_table(text: str, filename: str) -> bool:
    """A file that is an HTML page with a table, whatever its name: the one-stop system, and many an office
    program, "export to Excel" as HTML named .xls (round 11: the plan and criteria importers read such a page's
    markup as plain text and said it held no table)."""
    head = text[:4000].lower()
    return "<table" in text.lower() and (filename.lower().endswith((".html", ".htm", ".xls"))
                                         or "<html" in head or "<table" in head)


def html_rows(html: str, max_rows: int = MAX_ROWS) -> list[Row]:
    return framed_html_rows(html, max_rows)  # a layout table gives the tables it holds (round 24C)
