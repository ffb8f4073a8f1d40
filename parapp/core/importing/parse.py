"""Reading an input as a plan: a table if one with a recognisable header is
there, else a list; deadlines derived; every row's problems named."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from parapp.core.importing.package_kinds import is_word_package
from parapp.core.importing.plan_year import cover_of, guess_year, other_year, with_header_tables
from parapp.core.importing.plan_heading import read_heading
from parapp.core.catalogue import Catalogue, catalogue_for_year, match_area, shipped_catalogues
from parapp.core.deadline_text import Deadline, parse_deadline
from parapp.core.importing import legacy_text, sources
from parapp.core.importing.html_tables import HiddenCell, HiddenRow, html_text, without_note_links
from parapp.core.importing.broken_rows import rejoined
from parapp.core.importing.par_cell import codes_in
from parapp.core.importing.columns import UNREAD_COLUMN, is_header, second_header_row, unread_columns
from parapp.core.importing.area_column import area_rows
from parapp.core.importing.period_grid import fold_grid
from parapp.core.importing.model import (
    AREA, DEADLINE, PAR_CODE, TOO_LONG, ImportedTask, ImportResult, Problem, RowProblem, Unreadable,
)
from parapp.core.importing.footnotes import table_tasks
from parapp.core.importing.heading_values import untaken
from parapp.core.importing.month_first import MONTH_FIRST, day_first, month_first
from parapp.core.importing.xlsx_hidden import (
    HIDDEN_HTML_CELLS, HIDDEN_HTML_ROWS, area_row, drawn_rows, hidden_note, hidden_tasks,
)
from parapp.core.importing.text_list import lines_to_tasks
from parapp.core.messages import Msg, N_
from parapp.core.vntext import visible
from parapp.core.years import YEAR_MAX, YEAR_MIN, year_ok

MAX_HEADER_SEARCH = 3000


def _find_header(rows: list[sources.Row]) -> tuple[int, dict[int, str]] | None:
    """The header row and its columns; a header of two rows ("Thời gian thực hiện" over "Bắt đầu | Hoàn thành")
    read as one, the body starting under its second row."""
    rows = fold_grid(rows)  # a grid of quarters or months, one deadline column (30C)
    for i, (_, cells) in enumerate(rows[:MAX_HEADER_SEARCH]):
        if len(cells) < 2:
            continue
        m = is_header(cells)
        if m:
            both = second_header_row(m, rows[i + 1][1], cells) if i + 1 < len(rows) else None
            return (i + 1, both) if both else (i, m)
    return None


def _finish(result: ImportResult, plan_year: int) -> ImportResult:
    """Deadlines and the problems a person must look at, row by row."""
    from parapp.core.catalogue import code_is_known, nearest_codes

    cats = shipped_catalogues()
    cat = next((c for c in cats if c.code == result.catalogue), None) or catalogue_for_year(cats, plan_year)
    # A plan repeats its codes and deadlines row after row: each is read once.
    unknown: dict[str, str | None] = {}   # code → the nearest known codes, or None when it is known
    deadlines: dict[str, Deadline] = {}
    # A date cell of an .xlsx, written day first by the reader, is a date already: a text "6/30/2027" beside it
    # turned a real 03/06/2027 into 6 March (round 42C F2).
    real = {c for _, cells in result.rows or () for c in cells if isinstance(c, legacy_text.Written)}
    typed = [t for t in result.tasks if t.deadline_text not in real]
    shown = month_first(t.deadline_text for t in typed)  # "6/30/2027" from Excel set to US formats (41C)
    if shown and not any(getattr(n, "template", None) == MONTH_FIRST for n in result.notes):
        result.notes.append(Msg(MONTH_FIRST, shown))
    for t in result.tasks:
        t.problems = []  # all of them worked out here (again when the same rows are read for another year)
        if t.par_code:
            for code in codes_in(t.par_code):  # each of a list ("2.1, 2.2": round 31C, called unknown as one)
                if code not in unknown:
                    unknown[code] = None if code_is_known(cat, code) else ", ".join(nearest_codes(cat, code))
                if (nearest := unknown[code]) is not None:
                    t.problems.append(RowProblem(
                        PAR_CODE, N_("import", "Mã tiêu chí “{0}” không có trong bộ Chỉ số CCHC {1} (gần nhất: {2}): "
                                               "hãy kiểm tra lại mã."), code, cat.code, nearest))
                    break
        d = deadlines.get(t.deadline_text)
        if d is None:
            d = deadlines[t.deadline_text] = parse_deadline(
                day_first(t.deadline_text) if shown and t.deadline_text not in real else t.deadline_text, plan_year)
        t.due_date, t.recurrence = d.due, d.recurrence.value
        if t.deadline_text and d.due is None:
            t.problems.append(RowProblem(DEADLINE, N_("import", "Không đọc được ngày từ thời hạn “{0}”: hãy đặt hạn "
                                                                "hoàn thành."), t.deadline_text))
        elif not t.deadline_text:
            t.problems.append(RowProblem(DEADLINE, N_("import", "Chưa có thời hạn: hãy đặt hạn hoàn thành.")))
        if not t.area_code:
            t.problems.append(RowProblem(AREA, N_("import", "Chưa xác định được lĩnh vực: hãy chọn lĩnh vực.")))
        if len(t.content) > 20_000:
            t.problems.append(RowProblem(TOO_LONG, N_("import", "Nội dung quá dài (hơn 20.000 ký tự): hãy rút gọn.")))
    return result


def parse_rows_or_text(rows: list[sources.Row] | None, text: str, *, plan_year: int,
                       catalogue: Catalogue | None = None, year_hint: bool = True,
                       year_text: str | None = None) -> ImportResult:
    stated = guess_year(text if year_text is None else year_text, 0)  # the file's own year, if it names one
    year = (stated or plan_year) if year_hint else plan_year
    if not year_ok(year):
        # Round 24C: a plan dated "…/2569" (a Buddhist-era year) or "…/1999" was read as that year's plan, the dry
        # run saying so with exit 0, the import then refusing "Năm kế hoạch … Hãy nhập năm có 4 chữ số" (it had
        # four), and the window's year box clamping it to 2100 without a word.
        raise Unreadable(N_("import", "Tệp ghi năm kế hoạch {0} (“Kèm theo Kế hoạch số … ngày …/{0}”): ParApp làm "
                                      "việc với các năm từ {1} đến {2}. Hãy sửa năm đó trong tệp (có thể gõ nhầm hoặc "
                                      "là năm Phật lịch) rồi nhập lại, hoặc nhập vào một kế hoạch đã có (ở dòng lệnh: "
                                      "--plan SỐ)."), year, YEAR_MIN, YEAR_MAX)
    cat = catalogue or catalogue_for_year(shipped_catalogues(), year)
    notes: list[str] = other_year([], stated, year)
    if rows:
        rows = area_rows(fold_grid(rows))  # a grid of quarters marked "x"; a "Lĩnh vực" column (30C)
        found = _find_header(rows)
        if found:
            at, colmap = found
            tasks, problems = table_tasks(rows, at, colmap, cat)
            notes += unread_columns(rows, at, colmap)
            result = ImportResult("table", tasks, problems, colmap, rows[at][0], notes, year, cat.code, rows, at,
                                  read_heading(text if year_text is None else year_text), stated)
            return _finish(result, year)
    # a heading or a bullet with Word's invisible characters in it ("-\u2060Rà soát", "hành chí\u00adnh") read as
    # the stored words will be (round 41C L1)
    lines = list(enumerate(visible(text).splitlines(), start=1))
    heads: list = []
    tasks = lines_to_tasks(lines, cat, heads)
    if not tasks:
        if rows and any(len(c) >= 3 for _, c in rows):
            raise Unreadable(N_("import", "Có bảng nhưng không nhận ra dòng tiêu đề (STT, Nội dung, Cơ quan chủ trì, "
                                          "Thời gian thực hiện…). Hãy sao chép cả dòng tiêu đề của bảng."))
        raise Unreadable(N_("import", "Không nhận ra bảng phân công hay danh sách nhiệm vụ nào. Hãy sao chép bảng "
                                      "(kèm dòng tiêu đề) hoặc phần nhiệm vụ có tiêu đề lĩnh vực và gạch đầu dòng."))
    # a heading's deadline or lead none of its items took, said as a table's heading row's is (42C F6)
    result = ImportResult("list", tasks, untaken(heads), {}, 0, notes, year, cat.code,
                          heading=read_heading(text if year_text is None else year_text), stated=stated)
    return _finish(result, year)


def remap(result: ImportResult, colmap: dict[int, str], year: int | None = None) -> ImportResult:
    """Read the same table again with the columns the user corrected (or another plan year)."""
    year = year or result.year
    cat = catalogue_for_year(shipped_catalogues(), year)
    notes = other_year(result.notes, result.stated, year)  # said for the plan now chosen (43C F5)
    if result.kind != "table" or (colmap == result.columns and cat.code == result.catalogue):
        # the same rows in another year, as corrected in the preview (43C F2: read again, each correction was lost)
        if cat.code != result.catalogue:
            _areas_in(result.tasks, cat)
        return _finish(ImportResult(result.kind, result.tasks, result.problems, result.columns, result.header_line,
                                    notes, year, cat.code, result.rows, result.header_at, result.heading,
                                    result.stated), year)
    tasks, problems = table_tasks(result.rows, result.header_at, colmap, cat)
    _corrections_kept(result, tasks, cat)
    notes = [n for n in notes if getattr(n, "template", None) != UNREAD_COLUMN]
    notes += unread_columns(result.rows, result.header_at, colmap)
    return _finish(ImportResult("table", tasks, problems, colmap, result.header_line, notes, year, cat.code,
                                result.rows, result.header_at, result.heading, result.stated), year)


_WORKED_OUT = {"line", "stt", "due_date", "recurrence", "problems", "skip"}  # not typed: worked out by _finish


def _corrections_kept(result: ImportResult, tasks: list[ImportedTask], cat: Catalogue) -> None:
    """The rows read again with other columns take what the clerk typed or chose for them in the preview (what
    differs from the same row as first read) and whether he left them out. Round 44C L2 (left by 43C): a column's
    meaning chosen after a deadline was typed, an area chosen and a row unticked, all were lost without a word and
    the row came back in. Rows are matched by their line and their place among the tasks of that line."""
    old = next((c for c in shipped_catalogues() if c.code == result.catalogue), cat)
    first = table_tasks(result.rows, result.header_at, result.columns, old)[0]
    now = {key: t for key, t in _by_line(result.tasks)}
    read = {key: t for key, t in _by_line(first)}
    for key, t in _by_line(tasks):
        if (was := read.get(key)) is None or (edited := now.get(key)) is None:
            continue
        t.skip = edited.skip
        for f in (f.name for f in dataclasses.fields(t) if f.name not in _WORKED_OUT):
            if getattr(edited, f) != getattr(was, f):
                setattr(t, f, getattr(edited, f))
        if cat is not old and (edited.area_code, edited.area_name) != (was.area_code, was.area_name):
            _areas_in([t], cat)  # an area chosen in the other period's catalogue, found again by name


def _by_line(tasks: list[ImportedTask]) -> list[tuple[tuple[int, int], ImportedTask]]:
    seen: dict[int, int] = {}
    out = []
    for t in tasks:
        seen[t.line] = seen.get(t.line, -1) + 1
        out.append(((t.line, seen[t.line]), t))
    return out


def _areas_in(tasks: list[ImportedTask], cat: Catalogue) -> None:
    """A list's areas found again, by name (or by the heading the task sat under), in another period's catalogue: its
    codes are not the same areas' (44C F2: a 2020 plan's "Thực hiện cơ chế một cửa" was area 8, which 2021-2030 has
    not; read into a 2021 plan it was stored with no area, though the preview showed it). One not found is asked."""
    for t in tasks:
        found = (match_area(cat, t.area_name) if t.area_name else None) or (
            match_area(cat, t.group) if t.group else None)
        t.area_code, t.area_name = (found.code, found.name) if found else ("", "")


def _legacy(text: str) -> tuple[str, list[Msg]]:
    _, text, kind = legacy_text.tables_to_unicode([], text)  # a paste mixing Unicode and .VnTime too (round 26C)
    return text, legacy_text.legacy_note(kind)


def parse_text(text: str, *, plan_year: int, html: str | None = None, catalogue: Catalogue | None = None,
               year_hint: bool = True, year_text: str | None = None) -> ImportResult:
    """Pasted text (and the clipboard's HTML flavour, when there is one)."""
    sources.check_text_size(text, html)
    text, html = sources.drop_controls(text), sources.drop_controls(html) if html else html
    if not text.strip() and not (html and html.strip()):
        raise Unreadable(N_("import", "Không có gì để nhập: khung dán đang trống."))
    text, notes = _legacy(text)
    if year_text is not None:
        year_text = _legacy(year_text)[0]  # a page typed in .VnTime: "n¨m 2027"
    rows, gone = None, 0
    kept: set[int] = set()  # the hidden rows of an HTML table kept as area rows
    if html and "<table" in html.lower():
        read = sources.html_rows(without_note_links(html))
        [rows], _, kind = legacy_text.tables_to_unicode([read])
        if not _find_header(rows):
            rows = None
        elif kind and not notes:
            notes = legacy_text.legacy_note(kind)
        if rows is not None:  # as Excel shows it: the rows it hid left out (43C F6)
            hid = {line for line, cells in read if isinstance(cells, HiddenRow)}
            rows, kept, gone = drawn_rows(rows, hid)
            if unseen := sum(isinstance(c, HiddenCell) and c.held for line, cells in read for c in cells
                             if line not in hid - kept):  # a hidden column's, in the rows read (44C F5)
                notes = [*notes, Msg(HIDDEN_HTML_CELLS, unseen)]
    if rows is None:
        rows = rejoined(sources.tsv_rows(text, sources.sniff_delimiter(text))) if sources.delimited(text) else None
        year_text = _cells_text(rows) if year_text is None else year_text
    r = parse_rows_or_text(rows, text, plan_year=plan_year, catalogue=catalogue, year_hint=year_hint,
                           year_text=year_text)
    if hidden := {t.line for t in r.tasks} & kept:  # a hidden area row kept, read as a task: hidden (43C F1)
        r = parse_rows_or_text([row for row in rows or () if row[0] not in hidden], text, plan_year=plan_year,
                               catalogue=catalogue, year_hint=year_hint, year_text=year_text)
    r.notes = notes + r.notes + ([Msg(HIDDEN_HTML_ROWS, gone + len(hidden))] if gone or hidden else [])
    return r


def _cells_text(rows: list[sources.Row] | None) -> str | None:
    """A delimited table's text as its cells read, where its title and year are looked for: a CSV's line as Excel
    writes it ("KẾ HOẠCH … NĂM 2027,,,", a title with a comma quoted) named the plan "Kế hoạch … năm 2027,,," (45C
    F3). None when no plan table is in it: its text is read as a prose plan's."""
    return "\n".join("\t".join(c) for _, c in rows) if rows and _find_header(rows) else None


def parse_bytes(data: bytes, filename: str, *, plan_year: int, catalogue: Catalogue | None = None,
                year_hint: bool = True) -> ImportResult:
    """A file's content; its format told by the content as much as by its name."""
    sources.check_size(len(data))
    ext = Path(filename).suffix.lower()
    if data[:4] == b"PK\x03\x04":  # a zip: .xlsx or .docx, whatever the name says
        sources.check_office_zip(data)
        if is_word_package(data, filename):
            tables, text, kind = legacy_text.tables_to_unicode(*sources.docx_content(data))
            notes = legacy_text.legacy_note(kind)
            for at, rows in enumerate(tables):
                if found := _find_header(rows):
                    all_rows = [r for t in tables for r in t]  # a table split over pages continues in the next
                    r = parse_rows_or_text(all_rows, text, plan_year=plan_year, catalogue=catalogue,
                                           year_hint=year_hint,
                                           year_text=with_header_tables(tables[:at], text, rows[:found[0]]))
                    r.notes = notes + r.notes
                    return r
            r = parse_rows_or_text(None, text, plan_year=plan_year, catalogue=catalogue, year_hint=year_hint,
                                   year_text=with_header_tables(tables, text))
            r.notes = notes + r.notes
            return r
        titles: list[str] = []; unseen: list[tuple[str, list[int], list[str], list]] = []  # noqa: E702 - filled
        kept: list[tuple[str, int]] = []  # the hidden area rows kept, by sheet
        sheets = sources.xlsx_rows(data, titles=titles, unseen=unseen, keep=area_row, kept=kept)  # as Excel shows (41C)
        sheets, _, kind = legacy_text.tables_to_unicode(sheets)
        at_sheet = [i for i, rows in enumerate(sheets) if _find_header(rows)]
        headed = [sheets[i] for i in at_sheet]
        first: ImportResult | None = None
        for i, rows in zip(at_sheet, headed):
            text = "\n".join("\t".join(c) for _, c in rows[:200])
            # A sheet before the table's, a cover holding the title and the date signed ("KẾ HOẠCH … năm 2027"):
            # round 26C, never read, the plan taken as this year's.
            cover = cover_of(sheets[:i], text)
            gone: set[int] = set()
            while True:  # again without the hidden rows kept that the table read as tasks (43C F1)
                r = parse_rows_or_text([row for row in rows if row[0] not in gone], text, plan_year=plan_year,
                                       catalogue=catalogue, year_hint=year_hint,
                                       year_text=f"{cover}\n{text}" if cover.strip() else None)
                if not (hidden := hidden_tasks(r.tasks, titles[i], kept, unseen)):
                    break
                gone |= hidden
            first = first or r
            if not r.tasks:
                continue  # a sheet of instructions or a blank form under the header (round 17B: read, 0 tasks)
            r.notes = legacy_text.legacy_note(kind) + hidden_note(unseen, titles[i]) + r.notes
            # Round 16: a workbook of a sheet an annex ("Phụ lục I", "Phụ lục II") was read from its first sheet
            # alone, the others' tasks left out without a word.
            more = len(headed) - 1 - headed.index(rows)
            if more:
                r.notes.append(Msg(N_("import", "Tệp Excel còn {0} trang tính khác có bảng nhiệm vụ: chỉ đọc trang "
                                                "đầu tiên có nhiệm vụ. Hãy lưu mỗi trang thành một tệp riêng rồi "
                                                "nhập từng tệp."), more))
            return r
        if first is not None:
            first.notes = legacy_text.legacy_note(kind) + hidden_note(unseen, titles[at_sheet[0]]) + first.notes
            return first
        raise Unreadable(N_("import", "Trong tệp Excel không có bảng nào có dòng tiêu đề nhận ra được "
                                      "(STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…). Hãy kiểm tra đã chọn "
                                      "đúng tệp kế hoạch; nếu đúng, hãy ghi cho bảng một dòng tiêu đề như vậy rồi nhập "
                                      "lại."))
    if data[:5] == b"%PDF-":
        raise Unreadable(N_("import", "Tệp PDF chưa nhập trực tiếp được. Hãy mở PDF, sao chép bảng hoặc danh sách "
                                      "nhiệm vụ rồi dán vào ParApp."))
    text = sources.decode(data)
    if ext == ".csv" and "\t" not in text:
        text, notes = _legacy(text)
        rows = rejoined(sources.tsv_rows(text, sources.sniff_delimiter(text)))
        r = parse_rows_or_text(rows, text, plan_year=plan_year, catalogue=catalogue, year_hint=year_hint,
                               year_text=_cells_text(rows))
        r.notes = notes + r.notes
        return r
    if sources.is_html_table(text, filename) or ext in (".htm", ".html"):
        # The page's text gives the year, as a text file's does (round 25B: "KẾ HOẠCH … NĂM 2027" above the table
        # was never read, the plan taken as this year's, "Quý I" due 31/3 of the year before); and the tasks, with no
        # plan table (39C: a prose plan saved as a web page was read as plain text, markup and all, and refused).
        page = html_text(text)
        return parse_text(page, html=text, plan_year=plan_year, catalogue=catalogue, year_hint=year_hint,
                          year_text=page)
    return parse_text(text, plan_year=plan_year, catalogue=catalogue, year_hint=year_hint)


def parse_file(path: str | Path, *, plan_year: int, catalogue: Catalogue | None = None,
               year_hint: bool = True) -> ImportResult:
    p = Path(path)
    data = sources.read_bounded(p)
    return parse_bytes(data, p.name, plan_year=plan_year, catalogue=catalogue, year_hint=year_hint)


__all__ = ["parse_text", "parse_bytes", "parse_file", "remap", "Problem"]
