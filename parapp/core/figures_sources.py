"""Where a statistics table's rows come from: a file's tables (.xlsx, .docx, .html, .csv/.tsv/.txt) or a paste, a table
going on over the next page joined to the one before it (moved from figures_import, round 29D)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from parapp.core.figures_header import find_header
from parapp.core.figures_split import join_page_splits
from parapp.core.figures_period import find_period
from parapp.core.figures_rows import table_ends, totals_of
from parapp.core.importing import sources
from parapp.core.importing.html_frames import html_tables
from parapp.core.importing.html_tables import HiddenCell, html_text
from parapp.core.importing.limits import FIGURES, check_pasted
from parapp.core.importing.model import Unreadable
from parapp.core.importing.xlsx_hidden import HIDDEN_HTML_CELLS
from parapp.core.importing.package_kinds import is_word_package
from parapp.core.messages import N_, Msg
from parapp.core.vntext import fold, nfc

T = TypeVar("T")


NO_COLUMNS = N_("figures", "Không nhận ra cột số liệu nào (tiếp nhận, đã giải quyết, trước hạn, đúng hạn, quá hạn…). "
                           "Hãy chọn tệp thống kê xuất từ Hệ thống thông tin giải quyết TTHC.")


@contextmanager
def said_hidden(unseen: list[Msg]) -> Iterator[None]:
    """Round 43D: the figure columns or the header rows hidden in Excel were refused as no statistics table, "Hãy chọn
    tệp thống kê xuất từ Hệ thống …" (export again a file the system already gave). Said hidden, with 40D's note."""
    try:
        yield
    except Unreadable as exc:
        if exc.text != NO_COLUMNS or not unseen:
            raise
        raise Unreadable(N_("figures", "Không nhận ra cột số liệu nào trong phần Excel đang hiện: chưa lưu gì. {0}"),
                         unseen[0], context="figures") from exc


def source_from_bytes(data: bytes, filename: str, titles: list[str] | None = None,
                      hidden: list[bool] | None = None, unseen: list[Msg] | None = None,
                      ) -> tuple[list[list[sources.Row]], str]:
    """Every table in a file (.xlsx, .docx, .html, .csv/.tsv/.txt) and the file's other text; a workbook's sheet
    names go to `titles`; a note of each sheet's hidden rows and columns, left out, to `unseen`."""
    if data[:4] == b"PK\x03\x04":
        sources.check_office_zip(data, FIGURES)
        if is_word_package(data, filename):
            between: list[str] = []
            tables, text = sources.docx_content(data, FIGURES, between)
            return _pages_joined(tables, between), text
        gone: list[tuple[str, list[int], list[str], list[sources.Row]]] = []
        sheets = sources.xlsx_rows(data, FIGURES, titles, hidden, gone if unseen is not None else None)
        notes = unseen if unseen is not None else []
        for sheet, rows, cols, cells in gone:
            _check_filtered(sheet, cells)
            # Round 40D: read as Excel shows and prints the sheet, which the clerk checks the figures against
            notes.append(Msg(N_(
                "figures", "Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần số "
                           "liệu ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại."),
                sheet, ", ".join(map(str, rows)) or "—", ", ".join(cols) or "—"))
        return sheets, ""
    text = sources.decode(data)  # an .xls, or a file locked with a password, is said as such there
    if sources.is_html_table(text, filename):  # one-stop software often writes HTML named .xls
        return _cells_said(_html_tables(text), unseen), html_text(text)
    return tables_from_text(text), ""


def _cells_said(tables: list[list[sources.Row]], unseen: list[Msg] | None) -> list[list[sources.Row]]:
    """Round 45D: a column Excel hides, saved as a web page or copied, is read empty (44C F5) and was left out without
    a word ("Giải quyết đúng hạn" 10 not stored, exit 0), where an .xlsx says so (40D); all hidden, the clerk was sent
    to export again. Said, with how many of its cells held text."""
    if unseen is not None and (held := sum(isinstance(c, HiddenCell) and c.held
                                           for table in tables for _, cells in table for c in cells)):
        unseen.append(Msg(HIDDEN_HTML_CELLS, held))
    return tables


def told_hidden(unseen: list[Msg], read: Callable[[], T]) -> T:
    """What `read` reads (a FiguresImport), its hidden rows and columns said first (round 40D); none of its table shown
    said hidden, not another file (round 43D)."""
    with said_hidden(unseen):
        result = read()
    result.notes[:0] = unseen  # type: ignore[attr-defined]
    return result


def _pages_joined(tables: list[list[sources.Row]], between: list[str]) -> list[list[sources.Row]]:
    """A Word file's or a page's tables, a table going on over the next page joined to the one before it; not
    another period's table stated above it, which starts with that statement (round 29D: added up with the first)."""
    tables = [[(0, [above]), *t] if i < len(between) and find_period(above := between[i]) else t
              for i, t in enumerate(tables)]
    return join_page_splits(tables, lambda prev, _: table_ends(prev) is not None)


def _html_tables(html: str) -> list[list[sources.Row]]:
    between: list[str] = []
    return _pages_joined(html_tables(html, FIGURES.max_rows, between), between)


def tables_from_bytes(data: bytes, filename: str) -> list[list[sources.Row]]:
    return source_from_bytes(data, filename)[0]


def tables_from_text(text: str, html: str | None = None, unseen: list[Msg] | None = None) -> list[list[sources.Row]]:
    """A paste from Excel or Word (its HTML flavour keeps merged cells), or delimited text; a note of the HTML's
    hidden cells to `unseen`."""
    check_pasted(text, html, FIGURES)
    text, html = sources.drop_controls(text), sources.drop_controls(html) if html else html
    tables = []
    if html and "<table" in html.lower():
        # tables with no row: no statistics table, not an empty paste
        tables += _cells_said(_html_tables(html), unseen) or [[]]
    # The plain flavour of the same paste only when the HTML one holds no statistics table (round 28D: every paste from
    # Excel was told of a second table "of another period")
    if text.strip() and "<table" not in text.lower()[:2000] and not any(find_header([c for _, c in t]) for t in tables):
        delimiter = sources.sniff_delimiter(text)
        tables.append(sources.tsv_rows(text, delimiter, FIGURES.max_rows))
        if delimiter == ",":  # "1,234" unquoted: cut in two, the figures after it a column right (round 40D)
            _check_cut(tables[-1])
    if not tables:
        raise Unreadable(N_("import", "Không có gì để nhập: khung dán đang trống."))
    return tables


def _check_cut(table: list[sources.Row]) -> None:
    from parapp.core.figures_rows import table_ends
    from parapp.core.figures_split import split_at_headers
    from parapp.core.importing.cut_numbers import check_widths

    for part in split_at_headers(table, table_ends):
        header = find_header([c for _, c in part])
        if header is not None:
            check_widths([c for _, c in part[header.start:header.body_start]], part[header.body_start:])


_FIGURE = re.compile(r"[+-]?\d[\d.,\s]*%?")


def _check_filtered(sheet: str, hidden: list[sources.Row]) -> None:
    """Round 41D: a sheet filtered (AutoFilter) to some fields, its total row hidden with the others ("Tổng cộng 10"
    and "Chứng thực 3" hidden, "Hộ tịch 5" and "Đất đai 2" shown): the rows shown were added up and 7 stored as the
    period's figure where the sheet's own total says 10, "Bảng không có dòng tổng cộng" said. The rows shown are not the
    table: refused, nothing stored. A total hidden alone leaves every field shown; a field hidden under a total shown
    is in that total (round 40D)."""
    figured = [(line, cells) for line, cells in hidden if any(_FIGURE.fullmatch(c.strip()) for c in cells)]
    words = [next((c for c in cells if c.strip() and not _FIGURE.fullmatch(c.strip())), "") for _, cells in figured]
    labels = [" ".join(fold(nfc(w)).split()) for w in words]
    total, _ = totals_of(labels)
    totals = [line for (line, _), is_total in zip(figured, total) if is_total]
    fields = [line for (line, _), is_total in zip(figured, total) if not is_total]
    if totals and fields:
        raise Unreadable(N_("import", "Trang “{0}” đang ẩn dòng tổng cộng (dòng {1}) cùng các dòng có số liệu "
                                       "(dòng {2}), có lẽ do lọc: các dòng đang hiện không phải cả bảng, cộng lại "
                                       "không phải số liệu của cả kỳ. Chưa lưu gì: hãy bỏ lọc, bỏ ẩn các dòng trong "
                                       "Excel, lưu lại rồi nhập lại."),
                         sheet, ", ".join(map(str, totals)), ", ".join(map(str, fields)))
