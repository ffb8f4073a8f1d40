"""Reading a province's criteria set from the annex it arrives in: a Word or
Excel table, a CSV, the clipboard's tab-separated or HTML flavour.

The cells come through the plan importer's readers (parapp.core.importing.
sources); this module finds the criteria table among them by its header and
turns its body into ParsedRows for build().
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from parapp.core.importing.package_kinds import is_word_package
from parapp.core.importing import legacy_text, sources
from parapp.core.importing.html_tables import html_text
from parapp.core.importing.limits import PAR_SET, check_pasted, read_bounded
from parapp.core.importing.model import Carried, Unreadable
from parapp.core.importing.parse import guess_year
from parapp.core.messages import Msg, N_
from parapp.core.par.build import Built, ParsedRow, build
from parapp.core.par.columns import find_header, header_map
from parapp.core.par.hidden_areas import NO_TABLE, check_hidden_areas, codes_hidden, html_hidden, table_hidden
from parapp.core.vntext import clean, nfc

Row = tuple[int, list[str]]
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$|^\(?\d{1,2}\s*=.*\)?$")
_NOT_PROVINCE = r"(?!(?:CỘNG|Cộng|ĐỘC|Độc|SỐ|Số|UBND|ỦY|Ủy|BỘ|Bộ|BAN|Ban)\b)"  # the next cell of the header
_PROVINCE = re.compile(r"\b[tT][ỉỈiI][nN][hH][ \t]+((?:[A-ZĐÂ][^\s,;.()\d-]*)"
                       rf"(?:(?:[ \t]+|[ \t]*-[ \t]*){_NOT_PROVINCE}[A-ZĐÂ][^\s,;.()\d-]*){{0,3}})")


@dataclass
class ReadTable:
    """The table found and its body read into rows; `build()` gives the tree."""

    table: list[Row]
    header_at: int
    header_rows: int
    columns: dict[int, str]
    rows: list[ParsedRow] = field(default_factory=list)
    year: int | None = None
    province: str = ""
    notes: list[Msg] = field(default_factory=list)  # columns holding text that no field takes
    title_year: int | None = None  # the year its title names in capitals
    others: list[Msg] = field(default_factory=list)  # the criteria tables after this one, not read (round 26D), and
    # the rows and columns hidden in the sheet, left out (round 40D)

    @property
    def header(self) -> list[str]:
        from parapp.core.par.columns import combine

        cells = self.table[self.header_at][1]
        if self.header_rows == 2:
            cells = combine(cells, self.table[self.header_at + 1][1])
        return cells

    def build(self, year: int) -> Built:
        return build(self.rows, year)


def _is_column_numbers(cells: list[str]) -> bool:
    """"(1) (2) (3)…" under the header: numbers going up. Round 26D: a criterion row with its name cell empty ("2 | |
    3 | 2": code, maximum, score) was taken for one and left out without a word."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < 3 or not all(_COLUMN_NUMBER.match(c) for c in filled):
        return False
    numbers = [int(re.match(r"\(?(\d+)", c).group(1)) for c in filled]  # type: ignore[union-attr]
    return all(a < b for a, b in zip(numbers, numbers[1:]))


def body_rows(table: list[Row], start: int, columns: dict[int, str]) -> list[ParsedRow]:
    from parapp.core.par.columns import combine

    out = []
    skip = 0
    for at, (line, raw) in enumerate(table[start:], start=start):
        cells = [nfc(c) for c in raw]
        if skip:
            skip -= 1
            continue
        if not any(c.strip() for c in cells) or _is_column_numbers(cells):
            continue
        if header_map(cells) == columns:
            continue  # the header again, where the table crossed a page
        if at + 1 < len(table) and header_map(cells) and header_map(combine(cells, table[at + 1][1])) == columns:
            skip = 1  # a header of two rows again (round 16: its rows became guidance of the criterion above)
            continue
        r = ParsedRow(line)
        for i, f in columns.items():
            if i < len(cells):
                value = cells[i] if f in ("name", "guidance", "evidence", "note") else clean(cells[i])
                if f == "stt":  # "Ⅱ" (U+2161), "１": the numerals as their own characters (round 26D: area left out)
                    # but a footnote's mark is none: "1.1¹" was read as 1.11 (round 30D)
                    value = unicodedata.normalize("NFKC", _SUPERSCRIPT_END.sub("", value.strip()))
                setattr(r, {"stt": "label", "max": "max_text", "self": "self_text",
                            "official": "official_text"}.get(f, f), clean(value))
        if _code_merged_down(raw, columns, r):
            r.label = ""
        elif r.label and not any(f == "stt" and i < len(raw) and isinstance(raw[i], Carried)
                                 for i, f in columns.items()):
            # a maximum or score merged down from the criterion above is that one's, not this one's too (round 32D: a
            # maximum or self score merged over 1.1 and 1.2 counted twice, silent)
            for i, f in columns.items():
                if f in _POINTS and i < len(raw) and isinstance(raw[i], Carried):
                    setattr(r, _POINTS[f], "")
        out.append(r)
    return out


_POINTS = {"max": "max_text", "self": "self_text", "official": "official_text"}


def _code_merged_down(raw: list[str], columns: dict[int, str], r: ParsedRow) -> bool:
    """Whether the row's code is the criterion's above, its cell merged down over the lines that say how it is scored
    ("1.1" over "- Ban hành đúng hạn", "- Ban hành chậm"), or over sub-criteria coded in their names ("1.1. Ban hành"):
    no code of the row's own (round 31D: the set refused, "Mã 1.1 đã có ở dòng trên", of a code printed once). A row
    with a maximum of its own and no code in its name keeps the code (refused, never read as guidance in silence)."""
    from parapp.core.par.codes import split_leading_code

    at = {f: i for i, f in columns.items()}

    def carried(f: str) -> bool:
        return f in at and at[f] < len(raw) and isinstance(raw[at[f]], Carried)

    if not r.label or not carried("stt") or carried("name"):
        return False
    own_max = "max" in at and at["max"] < len(raw) and raw[at["max"]].strip() and not carried("max")
    return not own_max or split_leading_code(r.name) is not None


_SUPERSCRIPT_END = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u207e]+$")
_DAY_MONTH = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/\d{4})?$")  # a date as the Excel reader shows it (with its year, 31D)


def mend_lost_zeros(rows: list[ParsedRow]) -> list[Msg]:
    """Codes Excel made numbers (1.10 kept as 1.1) or dates (1.2 typed where a date's separator is a dot, kept as 1
    February, shown 1/2) read as typed, each said (round 30D: a date was no code, the sub-criteria scoring guidance)."""
    from parapp.core.par.codes import ARABIC, ROMAN, classify, lost_zero

    notes: list[Msg] = []
    before = ""
    for r in rows:
        if date := _DAY_MONTH.match(r.label):
            typed = f"{int(date.group(1))}.{int(date.group(2))}"
            notes.append(Msg(N_("par", "Ô mã “{0}” ở dòng {1} là ngày tháng (Excel tự đổi mã {2} thành ngày): đã đọc "
                                       "là mã {2}. Hãy kiểm tra lại mã này."), r.label, r.line, typed))
            r.label = typed
        kind = classify(r.label)[0]
        if kind != ARABIC:
            before = "" if kind == ROMAN else before  # a new area: its first code follows none
            continue
        mended = lost_zero(before, r.label) if before else None
        if mended:
            notes.append(Msg(N_("par", "Mã “{0}” ở dòng {1} đứng ngay sau mã {2}: đã đọc là {3} (Excel lưu mã 1.10 "
                                       "thành số 1.1 nếu ô không định dạng chữ). Hãy kiểm tra lại mã này."),
                             r.label, r.line, before, mended))
            r.label = mended
        before = r.label
    return notes


def remap(read: ReadTable, columns: dict[int, str]) -> ReadTable:
    """The same table read again with columns the user corrected."""
    start = read.header_at + read.header_rows
    again = ReadTable(read.table, read.header_at, read.header_rows, dict(columns),
                      body_rows(read.table, start, columns), read.year, read.province)
    again.notes = mend_lost_zeros(again.rows) + unread_columns(again) + read.others
    again.title_year, again.others = read.title_year, read.others
    return again


UNREAD_COLUMN = N_("par", "Cột {0} “{1}” không nhận ra nên nội dung của nó ({2} ô có chữ) không được nhập. Nếu cần "
                          "giữ, hãy đổi tên cột thành “Giải trình” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) rồi "
                          "nhập lại.")


UNREAD_POINTS = N_("par", "Cột {0} “{1}” không nhận ra nên điểm của nó ({2} ô) không được nhập. Nếu đó là điểm đã "
                          "chấm, hãy đổi tên cột thành “Điểm tự đánh giá” hoặc “Điểm thẩm định” (hoặc chọn nghĩa cho "
                          "cột trong cửa sổ nhập) rồi nhập lại.")


def _points_only(cells: list[str]) -> bool:
    """A column of points (dashes for none): round 26D, it was told to become "Giải trình", its scores text."""
    from parapp.core.par.points import try_points

    said = [t for t in (clean(c) for c in cells) if t and not re.fullmatch(r"[-–—/.…]+", t.replace(" ", ""))]
    return bool(said) and all(try_points(t) is not None for t in said)


def unread_columns(read: ReadTable) -> list[Msg]:
    """The columns holding text that no field takes, named (round 25B, as round 24C did for plans: "Cơ quan thẩm
    định", "Căn cứ" beside the set's columns were left out without a word)."""
    start = read.header_at + read.header_rows
    body = [c for _, c in read.table[start:]
            if not _is_column_numbers(c) and header_map([nfc(x) for x in c]) != read.columns]
    header = read.header
    beside = _codes_beside(read.table, read.header_at, read.header_rows, read.columns)
    out = []
    for i in range(max((len(c) for c in body), default=0)):
        filled = sum(1 for c in body if i < len(c) and clean(c[i]))
        if i not in read.columns and filled and i not in beside:  # row numbers, or the codes again: nothing lost
            title = " ".join(header[i].split()) if i < len(header) else ""
            points = _points_only([c[i] for c in body if i < len(c)])
            out.append(Msg(UNREAD_POINTS if points else UNREAD_COLUMN, i + 1, title or "–", filled))
    return out


HIDDEN = N_("par", "Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần các tiêu chí "
                   "ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.")


OTHER_TABLE = N_("par", "Bảng thứ {0} trong tệp (hoặc trang tính thứ {0}) cũng là một bảng tiêu chí ({1} dòng) nhưng "
                        "không được nhập: mỗi lần chỉ nhập một bảng. Nếu đó là phần tiếp của bộ tiêu chí, hãy chép các "
                        "dòng của nó vào cuối bảng đầu (cùng các cột) rồi nhập lại.")


def _other_tables(tables: list[list[Row]], start: int) -> list[Msg]:
    """The criteria tables after the one read, named (round 26D: a set in two tables or sheets, "B. ĐIỀU TRA XÃ HỘI
    HỌC" with a header of its own, lost its second part without a word)."""
    out = []
    for n, table in enumerate(tables[start:], start=start + 1):
        found = find_header(table)
        if found:
            body = [c for _, c in table[found[0] + found[1]:]
                    if any(x.strip() for x in c) and not _is_column_numbers(c)]
            if body:
                out.append(Msg(OTHER_TABLE, n, len(body)))
    return out


def _header_cells(rows: list[Row], at: int, span: int) -> list[str]:
    from parapp.core.par.columns import combine

    return combine(rows[at][1], rows[at + 1][1]) if span == 2 else rows[at][1]


def _codes_beside(rows: list[Row], at: int, span: int, columns: dict[int, str]) -> list[int]:
    """The columns titled as codes ("STT", "Mã số", "Mã tiêu chí") beside the one read as the codes."""
    from parapp.core.par.columns import field_of

    return [i for i, c in enumerate(_header_cells(rows, at, span)) if i not in columns and field_of(c) == "stt"]


def _column_values(rows: list[Row], start: int, i: int) -> list[str]:
    return [clean(c[i]) for _, c in rows[start:] if i < len(c) and clean(c[i]) and not _is_column_numbers(c)]


def _counting(values: list[str]) -> bool:
    """1, 2, 3 … down the rows: a row number, not a code."""
    numbers = [int(v) for v in values if v.isdigit()]
    return len(numbers) >= 3 and len(numbers) * 5 >= len(values) * 4 and \
        all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _code_column(rows: list[Row], at: int, span: int, columns: dict[int, str]) -> dict[int, str]:
    """Round 39D: "STT | Mã số | Tiêu chí", STT numbering every row (1, 2, 3 …) and Mã số holding the codes (I, 1.1,
    1.2, II): the row numbers were the codes, each area a criterion (5 areas, 20 points stored for 2 and 10), and the
    user told to rename "Mã số" "Giải trình". The codes are those of the column that is no count of rows."""
    first = next((i for i, f in columns.items() if f == "stt"), None)
    if first is None or not _counting(_column_values(rows, at + span, first)):
        return columns
    coded = next((i for i in _codes_beside(rows, at, span, columns)
                  if not _counting(vs := _column_values(rows, at + span, i)) and any(not v.isdigit() for v in vs)),
                 None)
    out = {i: f for i, f in columns.items() if i != first}
    if coded is not None:
        return dict(sorted({**out, coded: "stt"}.items()))
    # F7: no code column beside, but each name opening with its code ("I. Công tác chỉ đạo", "1.1. Kế hoạch"): read
    # as the set without its STT column is
    from parapp.core.par.codes import split_leading_code

    named = [split_leading_code(v) for i in columns if columns[i] == "name" for v in _column_values(rows, at + span, i)]
    if sum(1 for c in named if c) * 2 >= len(named) > 0 and any(c and not c[0].isdigit() for c in named):
        return out
    return columns


def _from_tables(tables: list[list[Row]], text: str, pages: bool = False) -> ReadTable:
    """The criteria table among `tables`; with `pages` (a Word file's tables), the tables right after it of its width
    are its continuation on the next pages. Round 16: any later table of that width was taken for one, a workbook's
    next sheet too ("BẢNG TỔNG HỢP ĐIỂM CÁC XÃ": "Xã A | 85" became criterion 2.1, worth 85 points)."""
    tables, text, _ = legacy_text.tables_to_unicode(tables, text)  # a set typed in .VnTime or VNI-Times (round 14)
    for t_index, table in enumerate(tables):
        found = find_header(table)
        if not found:
            continue
        at, span, columns = found
        width = len(table[at][1])
        rows = list(table)
        used = t_index + 1
        for more in tables[t_index + 1:] if pages else ():  # a table Word split over pages goes on in the next one
            own = header_map(more[0][1]) if more else {}
            if not more or len(more[0][1]) != width or any(columns.get(i) != f for i, f in own.items()):
                break  # another table: of another width, or with a header of its own
            rows += more
            used += 1
        columns = _code_column(rows, at, span, columns)
        read = ReadTable(rows, at, span, columns, body_rows(rows, at + span, columns))
        read.others = _other_tables(tables, used)
        read.notes = mend_lost_zeros(read.rows) + unread_columns(read) + read.others
        above = "\n".join(" ".join(c) for _, c in rows[:at])  # the title rows (a Word file's title: its paragraphs)
        return _guesses(read, text or "\n".join(" ".join(c) for _, c in rows[:at + 1]),
                        above + "\n" + text if pages else above)
    raise Unreadable(NO_TABLE, context="par")


# The days a set was signed or sent on ("Kèm theo Công văn số 45/SNV-CCHC ngày 08/01/2027"): not the year it assesses.
_DATE = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*20\d\d\b|ng[aà]y\s*\d{0,2}\s*th[aá]ng\s*\d{1,2}\s*n[aă]m\s*20\d\d",
                   re.I)


_TITLE_YEAR = re.compile(r"\bNĂM(?:\s*:\s*|\s+)(20\d\d)\b")
# Round 43D: a title in ordinary case ("Kết quả tự đánh giá Chỉ số CCHC năm 2030") gave no year, and `--year 2032`
# stored 2030's scores as 2032's without a word (42D's refusal). A line above the table opening with the set's words
_TITLE_LINE = re.compile(r"^[\s\-–:]*(?:bộ\s+(?:chỉ\s+số|tiêu\s+chí)|bảng|biểu|kết\s+quả|phụ\s+lục|danh\s+mục"
                         r"|chỉ\s+số|tiêu\s+chí|hướng\s+dẫn|báo\s+cáo)\b[^\n]*?(?:\n[ \t(]*)?\bnăm\s*:?\s*(20\d\d)\b",
                         re.I | re.M)  # 45D: or the line under it opening "Năm 2030" (a title wrapped in its cell)


def _guesses(read: ReadTable, text: str, above: str = "") -> ReadTable:
    text = nfc(text)
    # The year assessed is the one the set names ("Chỉ số CCHC năm 2026"): the 2026 set sent on 08/01/2027 was read as
    # 2027's, and the import dialog offered to store it there (round 24D).
    undated = _DATE.sub(" ", text)
    title = _TITLE_YEAR.search(undated) or _TITLE_LINE.search(_DATE.sub(" ", nfc(above)))  # not "61/2018/NĐ-CP"
    read.title_year = int(title.group(1)) if title else None
    # Round 25B: a set titled "… NĂM 2026" whose criteria cite "Nghị định 61/2018/NĐ-CP" three times was read as
    # 2018's, the import dialog's year set to 2018. The title's year first; else the guess (citations left out).
    year = read.title_year or guess_year(undated, 0)  # cited documents' years left out
    read.year = year or None
    m = _PROVINCE.search(text)
    name = clean(m.group(1)) if m else ""
    read.province = name.title() if name.isupper() else name  # "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" → Lâm Đồng
    return read


def read_text(text: str, html: str | None = None) -> ReadTable:
    """What was pasted: the HTML flavour when it holds a table, else tab- or comma-separated text."""
    check_pasted(text, html, PAR_SET)
    text, html = sources.drop_controls(text), sources.drop_controls(html) if html else html
    refused: Unreadable | None = None
    if html and "<table" in html.lower():
        try:
            rows = sources.html_rows(html, PAR_SET.max_rows)  # its hidden columns said (round 45D)
            return html_hidden(rows, lambda: _from_tables([rows], text), Msg(N_("par", "bảng vừa dán")))
        except Unreadable as exc:  # the plain text may still hold the table
            refused = exc
    if not text.strip():
        # An .html file, or a paste with only its HTML flavour: why its table was not read, not "the paste box is
        # empty" (round 9: said of any .html file whose table was refused).
        raise refused or Unreadable(N_("par", "Không có gì để nhập: khung dán đang trống."), context="par")
    delimiter = sources.sniff_delimiter(text)
    table = sources.tsv_rows(text, delimiter, PAR_SET.max_rows)
    if delimiter == "," and (found := find_header(table)):  # "2,5" unquoted: cut in two (round 40D)
        from parapp.core.importing.cut_numbers import check_widths

        check_widths([c for _, c in table[found[0]:found[0] + found[1]]], table[found[0] + found[1]:], points=True)
    return _from_tables([table], text)


def read_bytes(data: bytes, filename: str) -> ReadTable:
    if data[:4] == b"PK\x03\x04":  # .docx or .xlsx, whatever the name says
        if is_word_package(data, filename):
            tables, text = sources.docx_content(data, PAR_SET)
            return _from_tables(tables, text, pages=True)
        unseen: list[tuple[str, list[int], list[str], list[sources.Row]]] = []
        names: list[str] = []
        sheets = sources.xlsx_rows(data, PAR_SET, names, unseen=unseen)
        for sheet, _, _, gone in unseen:  # round 41D: an area hidden, its criteria shown (a filter)
            check_hidden_areas(sheet, sheets[names.index(sheet)] if sheet in names else [], gone)
        text = "\n".join(" ".join(c) for rows in sheets for _, c in rows[:15])
        try:
            read = _from_tables(sheets, text)
        except Unreadable as exc:  # round 43D: the table there, hidden in Excel (told to choose another file)
            if exc.text != NO_TABLE or (said := table_hidden(unseen)) is None:
                raise
            raise said from exc
        if (said := codes_hidden(read.rows, unseen)) is not None:  # round 45D: the "STT" column hidden
            raise said
        # Round 40D: a hidden criterion row ("1.3 Tiêu chí cũ (bỏ)") was stored, 23 points where the sheet shows 20
        hidden = [Msg(HIDDEN, sheet, ", ".join(map(str, rows)) or "—", ", ".join(cols) or "—")
                  for sheet, rows, cols, _ in unseen]
        read.notes, read.others = read.notes + hidden, read.others + hidden  # "others": kept when columns are remapped
        return read
    if data[:5] == b"%PDF-":
        raise Unreadable(N_("par", "Tệp PDF chưa đọc trực tiếp được. Hãy mở tệp Word/Excel gốc của bộ tiêu chí, "
                                   "hoặc sao chép bảng trong PDF rồi dán vào ParApp."), context="par")
    text = sources.decode(data)
    if sources.is_html_table(text, filename):  # the page's text names the year (round 25B), not only the table's
        rows = sources.html_rows(text, PAR_SET.max_rows)
        return html_hidden(rows, lambda: _from_tables([rows], html_text(text)), filename)
    return read_text(text)


def read_file(path: str | Path) -> ReadTable:
    p = Path(path)
    return read_bytes(read_bounded(p, PAR_SET), p.name)
