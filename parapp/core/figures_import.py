"""Reading the one-stop system's statistics export into figures.

Every province's one-stop software exports the Government Office's statistics form (Biểu 06): one row per field (Hộ
tịch, Chứng thực, Đất đai …) and often a total row, under two or three header rows with merged cells. What each column
holds is read from its titles (parapp.core.figures_header); this module picks the rows to count, adds them up, turns
the columns into indicators and says where the numbers came from. The period the export states above its table is
read too (parapp.core.figures_period).

The form's "Tổng số" of dossiers to handle includes those carried over; the
newly received count is online + in person + by post (or that total less the
carried over). A part the table leaves out is completed from its total where
the total allows it, and said so.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from parapp.core.figures import MAX_COUNT
from parapp.core.figures_entry import parse_number
from parapp.core.figures_header import (
    APOLOGIES, CARRIED, DIGITISED, DIRECT, EARLY, EARLY_AND_ON_TIME, FEE_REQUIRED, FULLY_ONLINE, IN_TIME, LATE, NEW,
    ON_TIME, ONLINE, P_TOTAL, PAID_ONLINE, PARTLY_ONLINE, PENDING_LATE, POSTAL, R_TOTAL, RATE, S_TOTAL, WITHDRAWN,
    HeaderColumn, find_header, is_numbering,
)
from parapp.core.figures_cells import check_cell, check_total_row, plain_spaces, without_footnotes
from parapp.core.figures_cells import vi_count as _n
from parapp.core.figures_rows import merged_once, table_ends, totals_of, without_parts
from parapp.core.figures_split import split_at_headers
from parapp.core.figures_totals import no_field, sum_row_last, worded_totals
from parapp.core.figures_sources import (  # noqa: F401
    NO_COLUMNS, said_hidden, source_from_bytes, tables_from_bytes, tables_from_text, told_hidden)
from parapp.core.figures_period import StatedPeriod, find_period
from parapp.core.figures_period_names import period_in_name, settle_sections, span_in_name
from parapp.core.figures_side import month_named, side_by_side, times_repeated
from parapp.core.importing import legacy_text, sources
from parapp.core.importing.limits import FIGURES, read_bounded
from parapp.core.importing.model import Unreadable
from parapp.core.messages import N_, Msg
from parapp.core.vntext import fold

MEANING_CODES = {
    CARRIED: "dossiers.carried_over", ONLINE: "dossiers.received_online", EARLY: "dossiers.resolved_early",
    ON_TIME: "dossiers.resolved_on_time", LATE: "dossiers.resolved_late", IN_TIME: "dossiers.pending_in_time",
    PENDING_LATE: "dossiers.pending_late", WITHDRAWN: "dossiers.withdrawn", APOLOGIES: "dossiers.apologies",
    DIGITISED: "dossiers.digitised", PAID_ONLINE: "dossiers.paid_online",
    FULLY_ONLINE: "dossiers.received_full_online", FEE_REQUIRED: "dossiers.fee_required",
}

MEANING_LABELS = {
    CARRIED: N_("figures", "Kỳ trước chuyển sang"), ONLINE: N_("figures", "Mới tiếp nhận trực tuyến"),
    FULLY_ONLINE: N_("figures", "Mới tiếp nhận trực tuyến toàn trình"),
    PARTLY_ONLINE: N_("figures", "Mới tiếp nhận trực tuyến một phần"),
    DIRECT: N_("figures", "Mới tiếp nhận trực tiếp, bưu chính"), POSTAL: N_("figures", "Mới tiếp nhận qua bưu chính"),
    NEW: N_("figures", "Mới tiếp nhận"),
    R_TOTAL: N_("figures", "Tổng số nhận giải quyết"), EARLY: N_("figures", "Giải quyết trước hạn"),
    ON_TIME: N_("figures", "Giải quyết đúng hạn"), EARLY_AND_ON_TIME: N_("figures", "Giải quyết trước và đúng hạn"),
    LATE: N_("figures", "Giải quyết quá hạn"), S_TOTAL: N_("figures", "Tổng số đã giải quyết"),
    IN_TIME: N_("figures", "Đang giải quyết trong hạn"), PENDING_LATE: N_("figures", "Đang giải quyết quá hạn"),
    P_TOTAL: N_("figures", "Tổng số đang giải quyết"), WITHDRAWN: N_("figures", "Trả lại, rút hồ sơ"),
    APOLOGIES: N_("figures", "Văn bản xin lỗi"), DIGITISED: N_("figures", "Số hóa"),
    PAID_ONLINE: N_("figures", "Thanh toán trực tuyến"), FEE_REQUIRED: N_("figures", "Hồ sơ phải nộp phí, lệ phí"),
    RATE: N_("figures", "Tỷ lệ (chỉ để kiểm tra)"),
}
# The order a preview offers meanings in (then the commune's other indicators).
MEANING_ORDER = [R_TOTAL, CARRIED, NEW, ONLINE, FULLY_ONLINE, PARTLY_ONLINE, DIRECT, POSTAL, S_TOTAL, EARLY,
                 ON_TIME, EARLY_AND_ON_TIME, LATE, P_TOTAL, IN_TIME, PENDING_LATE, WITHDRAWN, APOLOGIES, DIGITISED,
                 FEE_REQUIRED, PAID_ONLINE, RATE]
_ADDS_UP = {DIRECT, POSTAL}     # two columns of these are two parts (in person; by post), not a repeat


def meaning_label(meaning: str | None) -> str:
    """The untranslated label of a meaning; an indicator code stands for itself."""
    return MEANING_LABELS.get(meaning or "", meaning or "")


@dataclass
class FiguresImport:
    values: dict[str, float]                 # indicator code → value
    columns: list[HeaderColumn]              # every column, with the meaning it was read with
    rows_used: Msg                           # where the values came from
    notes: list[Msg] = field(default_factory=list)
    field_rows: int = 0
    problems: list[Msg] = field(default_factory=list)   # entries that cannot be true: the import is refused
    stated: StatedPeriod | None = None       # the period the file states above its table
    table: list[sources.Row] = field(default_factory=list, repr=False)
    chosen: dict[int, str | None] = field(default_factory=dict)   # meanings the user gave, by column
    others: list["FiguresImport"] = field(default_factory=list, repr=False)  # the file's other statistics tables
    title: str = ""                          # the sheet's name, in a workbook ("Quý II": its period, maybe)

    @property
    def recognised(self) -> list[HeaderColumn]:
        return [c for c in self.columns if c.meaning]

    @property
    def not_understood(self) -> list[HeaderColumn]:
        """Titled columns that are neither a label nor a figure, and that nobody chose to leave out."""
        return [c for c in self.columns if not c.meaning and not c.label and c.path and c.index not in self.chosen]

    def reread(self, meanings: dict[int, str | None]) -> "FiguresImport":
        """The same table read again with the meanings the user chose (None: leave the column out)."""
        beyond = sorted(i for i in meanings if i >= len(self.columns))
        if beyond:  # ignoring it would store figures as if the instruction had been followed
            raise Unreadable(N_("figures", "Bảng không có cột {0} (bảng có {1} cột): chưa lưu gì, hãy xem lại số "
                                           "cột trong --column."), beyond[0] + 1, len(self.columns), context="figures")
        again = read_table(self.table, {**self.chosen, **meanings})
        if again is None:
            raise Unreadable(N_("figures", "Không còn cột số liệu nào được chọn: hãy chọn nghĩa cho ít nhất một cột."),
                             context="figures")
        again.stated, again.title = self.stated, self.title
        return again


def _numeric(cell: str) -> bool:
    return parse_number(cell) is not None


def _naming(rows: list[list[str]], columns: list[HeaderColumn]) -> list[HeaderColumn]:
    """The columns naming the rows. A column before the figures with none of its own, titled "Diễn giải", "Loại hồ
    sơ", "Kỳ" too (round 36D: known by their STT alone, "Tổng cộng" was a field, every figure stored twice); not one
    saying the same on every row where another tells them apart (round 37D: "Quý II/2030" in a "Kỳ báo cáo" column
    opened each name, "Tổng cộng", "Ước cả năm" were fields, 40 or 60 stored for 20)."""
    first = min((c.index for c in columns if c.meaning), default=1 << 30)
    said = {c.index: [r[c.index].strip() for r in rows if c.index < len(r) and r[c.index].strip()
                      and not _numeric(r[c.index])] for c in columns if not c.meaning or c.label}
    # 41D: not a column of figures alone ("Tổng số" without its group): "Tổng cộng" was a field, every figure twice
    labels = [c for c in columns if c.label or not c.meaning and c.path and c.index < first and said[c.index]] \
        or [c for c in columns if not c.meaning]
    varying = [c for c in labels if len(set(said[c.index])) > 1]
    return [c for c in labels if not (varying and len(said[c.index]) > 1 and len(set(said[c.index])) == 1)]


def _parts(cells: list[str], labels: list[HeaderColumn]) -> list[str]:
    return [cells[c.index] for c in labels if c.index < len(cells) and cells[c.index].strip()
            and not _numeric(cells[c.index])]


def _label(cells: list[str], labels: list[HeaderColumn]) -> str:
    return " ".join(_parts(cells, labels)[:2])


def _no_field(cells: list[str], labels: list[HeaderColumn]) -> bool:
    """A row of rates, another time or a plan, named so first or last (round 37D: "Tư pháp | Lũy kế", the group
    merged down over its cumulative row, was one more field, 65 stored for 25; a group "Kế hoạch" over its fields
    names none of them so)."""
    return no_field(fold(_label(cells, labels))) or no_field(fold((_parts(cells, labels) or [""])[-1]))


def _row_sum(cells: list[str], columns: list[HeaderColumn]) -> float:
    return sum(parse_number(cells[c.index]) or 0.0 for c in columns
               if c.meaning and c.meaning != RATE and c.index < len(cells))


def _apply(columns: list[HeaderColumn], chosen: dict[int, str | None], notes: list[Msg]) -> list[HeaderColumn]:
    out = [replace(c, meaning=chosen[c.index]) if c.index in chosen else c for c in columns]
    seen: dict[str, HeaderColumn] = {}
    for i, c in enumerate(out):
        if not c.meaning or c.meaning == RATE or c.meaning in _ADDS_UP:
            continue
        first = seen.get(c.meaning)
        if first is None:
            seen[c.meaning] = c
        elif c.index not in chosen:  # the same figure twice: counting both would double it
            notes.append(Msg(N_("figures", "Cột “{0}” cũng đọc là “{1}” như cột “{2}”: chưa tính cột này, hãy chọn "
                                           "nghĩa cho nó nếu cần."), c.title, meaning_label(c.meaning), first.title))
            out[i] = replace(c, meaning=None)
    return out


def read_table(rows: list[sources.Row], chosen: dict[int, str | None] | None = None) -> FiguresImport | None:
    """The figures of one table, or None when it is not a statistics table."""
    chosen = dict(chosen or {})
    header = find_header([cells for _, cells in rows])
    if header is None:
        return None
    notes: list[Msg] = []
    columns = _apply(header.columns, chosen, notes)
    counted = [c for c in columns if c.meaning and c.meaning != RATE]
    if not counted:
        return None
    body = merged_once(without_footnotes(plain_spaces(rows[header.body_start:], counted), counted, notes), counted)
    naming = _naming([cells for _, cells in body], columns)
    data = [(line, cells) for line, cells in without_parts(body, counted) if not is_numbering(cells)
            and any(c.index < len(cells) and cells[c.index].strip() and _numeric(cells[c.index]) for c in counted)
            and not _no_field(cells, naming)]
    problems = _rates_above_100(data, columns) + times_repeated(header.columns, chosen)
    raw = [_label(cells, naming).strip() for _, cells in data]
    labels = [fold(t).strip() for t in raw]
    is_total, is_grand = totals_of(labels)
    printed = sum(any(c.index < len(cells) and _numeric(cells[c.index]) for c in counted) for _, cells in body)
    for k in worded_totals(data, labels, is_total, counted, raw, printed):
        is_total[k] = is_grand[k] = True  # "Tổng cộng xã Tân Phú" (31D)
    if not any(is_total) and sum_row_last(data, counted, printed):
        is_total[-1] = is_grand[-1] = True
    totals = [row for row, grand in zip(data, is_grand) if grand]
    fields_ = [row for row, t in zip(data, is_total) if not t]

    def result(values: dict[str, float], used: Msg, field_rows: int = 0) -> FiguresImport:
        return FiguresImport(values, columns, used, notes, field_rows, problems, None, rows, chosen)

    if totals:
        # Subtotals per group and a grand total: the grand total is the largest.
        line, cells = max(totals, key=lambda row: _row_sum(row[1], columns))
        chosen_rows = [cells]
        used = Msg(N_("figures", "Lấy số liệu ở dòng tổng cộng (dòng {0} của bảng)."), line)
    else:
        chosen_rows = [c for _, c in fields_]
        used = Msg(N_("figures", "Bảng không có dòng tổng cộng: đã cộng {0} dòng lĩnh vực."), len(chosen_rows))
        if not chosen_rows:
            return result({}, Msg(N_("figures", "Bảng không có dòng số liệu nào.")))
    sums: dict[str, float] = {}
    line_of = {id(cells): line for line, cells in data}
    for col in counted:
        total = 0.0
        rows_here = chosen_rows
        if totals and not _cell(chosen_rows[0], col).strip():
            # The total row leaves this column empty: its figure is the field rows' (round 16: a total row with
            # "Quá hạn" blank stored 0 late dossiers while the rows above it held 7, not a word said).
            rows_here = [c for _, c in fields_ if _cell(c, col).strip()]
            if rows_here:
                notes.append(Msg(N_("figures", "Dòng tổng cộng để trống cột “{0}”: đã cộng {1} dòng lĩnh vực của cột "
                                               "đó."), col.title, len(rows_here)))
        for cells in rows_here:
            cell = cells[col.index] if col.index < len(cells) else ""
            v = parse_number(cell)
            if cell.strip() and v is None:
                notes.append(Msg(N_("figures", "Ô “{0}” ở cột “{1}” không phải số: tính là 0."), cell, col.title))
            if v is not None and abs(v) > MAX_COUNT:  # said as written: past 2^53 a float is no longer the number
                raise Unreadable(N_("figures", "Ô “{0}” ở cột “{1}” lớn hơn mọi số một xã có thể có (tối đa {2}): "
                                               "hãy kiểm tra lại biểu thống kê. Chưa lưu gì."),
                                 cell.strip(), col.title, _n(MAX_COUNT), context="figures")
            if v is not None:
                check_cell(v, cell, col, line_of.get(id(cells)))
            total += v or 0.0
        if totals and rows_here is chosen_rows:
            check_total_row(total, [c for _, c in fields_], col, notes)
        sums[col.meaning or ""] = sums.get(col.meaning or "", 0.0) + total
    values = to_indicators(sums, notes)
    return result(values, used, len(fields_))


def _cell(cells: list[str], col: HeaderColumn) -> str:
    return cells[col.index] if col.index < len(cells) else ""


def _rates_above_100(data: list[sources.Row], columns: list[HeaderColumn]) -> list[Msg]:
    out = []
    for col in (c for c in columns if c.meaning == RATE):
        for line, cells in data:
            v = parse_number(cells[col.index].replace("%", "")) if col.index < len(cells) else None
            if v is not None and v > 100:
                out.append(Msg(N_("figures", "Cột “{0}” ghi tỷ lệ {1}% ở dòng {2}: tỷ lệ không thể quá 100%. Hãy kiểm "
                                             "tra lại biểu thống kê."), col.title, cells[col.index].strip(), line))
    return out


def to_indicators(sums: dict[str, float], notes: list[Msg]) -> dict[str, float]:
    """Column sums (by meaning) as indicator values, with the parts a total gives."""
    values = {MEANING_CODES[m]: v for m, v in sums.items() if m in MEANING_CODES}
    values.update({m: v for m, v in sums.items() if "." in m})  # a column the user gave an indicator directly

    def derive(code: str, total: float, parts: float, note: Msg) -> None:
        if total >= parts:
            values[code] = total - parts
            notes.append(note)
        else:  # round 26D: a negative result was left out without a word, and the total the file gives with it
            notes.append(Msg(_BELOW_PARTS, _n(total), _n(parts)))

    if ONLINE not in sums and (FULLY_ONLINE in sums or PARTLY_ONLINE in sums):
        values["dossiers.received_online"] = sums.get(FULLY_ONLINE, 0.0) + sums.get(PARTLY_ONLINE, 0.0)
    online = values.get("dossiers.received_online")
    if online is not None and (DIRECT in sums or POSTAL in sums):
        values["dossiers.received"] = online + sums.get(DIRECT, 0.0) + sums.get(POSTAL, 0.0)
    elif NEW in sums:
        values["dossiers.received"] = sums[NEW]
    elif R_TOTAL in sums and CARRIED in sums:
        derive("dossiers.received", sums[R_TOTAL], sums[CARRIED],
               Msg(N_("figures", "Hồ sơ mới tiếp nhận = tổng số nhận giải quyết trừ số kỳ trước chuyển sang.")))
    elif R_TOTAL in sums:
        notes.append(Msg(N_("figures", "Bảng không tách hồ sơ kỳ trước chuyển sang: chưa lấy được số hồ sơ mới tiếp "
                                       "nhận.")))
    if CARRIED not in sums and R_TOTAL in sums and "dossiers.received" in values:
        derive("dossiers.carried_over", sums[R_TOTAL], values["dossiers.received"],
               Msg(N_("figures", "Hồ sơ kỳ trước chuyển sang = tổng số nhận giải quyết trừ số mới tiếp nhận.")))
    _settled(sums, values, notes, derive)
    _pending(sums, values, notes, derive)
    _check_totals(sums, values, notes)
    return values


_BELOW_PARTS = N_("figures", "Cột tổng số ({0}) nhỏ hơn các cột thành phần của nó ({1}): không suy ra được số còn "
                             "lại, số đó chưa được nhập. Hãy kiểm tra lại bảng.")
_SETTLED = ("dossiers.resolved_early", "dossiers.resolved_on_time", "dossiers.resolved_late")


def _settled(sums, values, notes, derive) -> None:
    if EARLY_AND_ON_TIME in sums:
        values["dossiers.resolved_on_time"] = values.get("dossiers.resolved_on_time", 0.0) + sums[EARLY_AND_ON_TIME]
        if EARLY not in sums:
            values["dossiers.resolved_early"] = 0.0
            notes.append(Msg(N_("figures",
                                "Bảng gộp “trước hạn” và “đúng hạn” trong một cột: đã ghi cả vào “đúng hạn”.")))
    missing = [c for c in _SETTLED if c not in values]
    if len(missing) == 1 and S_TOTAL in sums:
        rest = sum(values[c] for c in _SETTLED if c in values)
        derive(missing[0], sums[S_TOTAL], rest,
               Msg(N_("figures", "Bảng không có cột “{0}”: lấy tổng số đã giải quyết trừ các cột còn lại."),
                   {"dossiers.resolved_early": "trước hạn", "dossiers.resolved_on_time": "đúng hạn",
                    "dossiers.resolved_late": "quá hạn"}[missing[0]]))
    elif missing == ["dossiers.resolved_early"] and ON_TIME in sums:
        values["dossiers.resolved_early"] = 0.0
        notes.append(Msg(N_("figures", "Bảng không tách hồ sơ trả trước hạn: số trả đúng hạn được ghi vào “đúng hạn”, "
                                       "trước hạn là 0.")))


def _pending(sums, values, notes, derive) -> None:
    parts = ("dossiers.pending_in_time", "dossiers.pending_late")
    missing = [c for c in parts if c not in values]
    if len(missing) == 1 and P_TOTAL in sums:
        other = next(c for c in parts if c in values)
        derive(missing[0], sums[P_TOTAL], values[other],
               Msg(N_("figures", "Bảng không có cột “{0}”: lấy tổng số đang giải quyết trừ cột còn lại."),
                   "trong hạn" if missing[0] == parts[0] else "quá hạn"))


def _check_totals(sums, values, notes) -> None:
    if R_TOTAL in sums and "dossiers.carried_over" in values and "dossiers.received" in values:
        expected = values["dossiers.carried_over"] + values["dossiers.received"]
        if abs(expected - sums[R_TOTAL]) > 0.5:
            notes.append(Msg(N_("figures", "Tổng số nhận giải quyết ({0}) khác kỳ trước chuyển sang cộng mới tiếp nhận "
                                           "({1}): hãy kiểm tra lại bảng."), _n(sums[R_TOTAL]), _n(expected)))
    parts = [values[c] for c in _SETTLED if c in values]
    if S_TOTAL in sums and len(parts) == 3 and abs(sum(parts) - sums[S_TOTAL]) > 0.5:
        notes.append(Msg(N_("figures", "Tổng số đã giải quyết ({0}) khác tổng trước hạn, đúng hạn và quá hạn ({1}): "
                                       "hãy kiểm tra lại bảng."), _n(sums[S_TOTAL]), _n(sum(parts))))
    pend = [values[c] for c in ("dossiers.pending_in_time", "dossiers.pending_late") if c in values]
    if P_TOTAL in sums and len(pend) == 2 and abs(sum(pend) - sums[P_TOTAL]) > 0.5:
        notes.append(Msg(N_("figures", "Tổng số đang giải quyết ({0}) khác trong hạn cộng quá hạn ({1}): "
                                       "hãy kiểm tra lại bảng."), _n(sums[P_TOTAL]), _n(sum(pend))))


def read_tables(tables: list[list[sources.Row]], text: str = "", titles: list[str] | None = None,
                hidden: list[bool] | None = None) -> FiguresImport:
    """The statistics table among the tables of a file, and the period the file states (above the table, in
    the file's text, or in the sheet's name: "Quý II năm 2026")."""
    tables, text, legacy = legacy_text.tables_to_unicode(tables, text)  # a sheet typed in .VnTime (round 14)
    titles = list(titles or [])
    found: list[tuple[list[sources.Row], FiguresImport]] = []
    unseen: set[int] = set()  # the tables of hidden sheets (round 28D: one of more columns was read instead)
    named = [(part, name, bool(hidden and i < len(hidden) and hidden[i]))
             for i, (table, name) in enumerate(zip(tables, [*titles, *[""] * (len(tables) - len(titles))]))
             for part in split_at_headers(table, table_ends)]
    later: set[int] = set()  # another time's columns beside the period's ("Lũy kế", "Cùng kỳ năm trước": 35D)
    for whole, name, is_hidden in named:
        for k, (table, part) in enumerate(side_by_side(whole) or [(whole, "")]):
            if (read := read_table(table)) is not None:
                read.title = part if part and (period_in_name(part) or span_in_name(part) or not name) else name
                # a month's section states its month, not the quarter above (round 38D: April's stored as it)
                read.stated = (find_period(part) or StatedPeriod(part)) if month_named(part) else None
                found.append((table, read))
                unseen |= {id(read)} if is_hidden else set()
                later |= {id(read)} if k else set()  # first: the period's own (36D; 37D: whatever its columns)
    if not found:
        raise Unreadable(NO_COLUMNS, context="figures")
    in_text = find_period(text)  # once: per table, a page of 3,000 tables took minutes (round 29D)
    for table, read in found:
        header = find_header([cells for _, cells in table])
        above = "\n".join(" ".join(c for c in cells if c.strip()) for _, cells in table[:header.start if header else 0])
        read.stated = read.stated or find_period(above) or in_text or span_in_name(read.title)  # 38D: a month's own
        read.notes[:0] = legacy_text.legacy_note(legacy)
    settle_sections([r for _, r in found])  # 41D: "Quý IV | Cả năm" under "QUÝ IV VÀ CẢ NĂM 2030", each one of the two
    result = max((r for _, r in found), key=lambda r: (id(r) not in unseen, id(r) not in later, len(r.values)))
    # Round 16: a workbook of a sheet a quarter was read from its first sheet alone, the others left without a word.
    result.others = [r for _, r in found if r is not result]
    if result.others:
        result.notes.append(Msg(N_("figures", "Tệp có {0} bảng số liệu; chỉ đọc bảng có nhiều số liệu nhất ({1}). Bảng "
                                              "của kỳ khác: hãy chọn kỳ đó (ở dòng lệnh: --period, --year) hoặc lưu "
                                              "bảng đó thành tệp riêng."), len(found),
                                result.stated.text if result.stated else result.title or "—"))
    return result


def read_bytes(data: bytes, filename: str) -> FiguresImport:
    titles: list[str] = []; hidden: list[bool] = []; unseen: list[Msg] = []  # noqa: E702 - filled by the reader
    return told_hidden(unseen, lambda: read_tables(*source_from_bytes(data, filename, titles, hidden, unseen), titles,
                                                   hidden))


def read_pasted(text: str, html: str | None = None) -> FiguresImport:
    """A paste's statistics table, the cells of a column Excel hides said as a file's are (round 45D)."""
    unseen: list[Msg] = []
    return told_hidden(unseen, lambda: read_tables(tables_from_text(text, html, unseen), text))


def read_file(path) -> FiguresImport:
    from pathlib import Path

    p = Path(path)
    return read_bytes(read_bounded(p, FIGURES), p.name)
