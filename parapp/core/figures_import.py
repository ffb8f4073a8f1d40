"""Reading the one-stop system's statistics export into figures.

Every province's one-stop software exports the Government Office's statistics
form: one row per field (Hộ tịch, Chứng thực, Đất đai …) and often a total row,
under two header rows with merged cells:

    STT | Lĩnh vực | Số hồ sơ nhận giải quyết          | Số hồ sơ đã giải quyết        | Số hồ sơ đang giải quyết
                   | Tổng số | Kỳ trước | Trực tuyến | Trực tiếp | Tổng số | Trước hạn | Đúng hạn | Quá hạn
                   | Tổng số | Trong hạn | Quá hạn

Columns are recognised by meaning and by the group they stand under: "quá
hạn" is a late settlement under the settled group and a dossier pending past
its time under the pending one. Software words them differently (hạn/hẹn,
sớm/trước hạn, tồn/chuyển qua), so matching is on folded words, not titles.

The form's "Tổng số" of dossiers to handle includes those carried over; the
newly received count is online + in person or by post (or that total less
the carried over).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parapp.core.figures import parse_number
from parapp.core.importing import sources
from parapp.core.importing.limits import FIGURES, read_bounded
from parapp.core.importing.model import Unreadable
from parapp.core.messages import N_, Msg
from parapp.core.vntext import fold

R, S, P = "received", "settled", "pending"

# What a column holds, before it becomes an indicator. Totals are read to check the parts.
CARRIED, ONLINE, DIRECT, NEW, R_TOTAL = "carried", "online", "direct", "new", "received_total"
EARLY, ON_TIME, EARLY_AND_ON_TIME, LATE, S_TOTAL = "early", "on_time", "early_on_time", "late", "settled_total"
IN_TIME, PENDING_LATE, P_TOTAL = "in_time", "pending_late", "pending_total"
WITHDRAWN, APOLOGIES, DIGITISED, PAID_ONLINE = "withdrawn", "apologies", "digitised", "paid_online"

MEANING_CODES = {
    CARRIED: "dossiers.carried_over", ONLINE: "dossiers.received_online", EARLY: "dossiers.resolved_early",
    ON_TIME: "dossiers.resolved_on_time", LATE: "dossiers.resolved_late", IN_TIME: "dossiers.pending_in_time",
    PENDING_LATE: "dossiers.pending_late", WITHDRAWN: "dossiers.withdrawn", APOLOGIES: "dossiers.apologies",
    DIGITISED: "dossiers.digitised", PAID_ONLINE: "dossiers.paid_online",
}

MEANING_LABELS = {
    CARRIED: N_("figures", "Kỳ trước chuyển qua"), ONLINE: N_("figures", "Mới tiếp nhận trực tuyến"),
    DIRECT: N_("figures", "Mới tiếp nhận trực tiếp, bưu chính"), NEW: N_("figures", "Mới tiếp nhận"),
    R_TOTAL: N_("figures", "Tổng số nhận giải quyết"), EARLY: N_("figures", "Giải quyết trước hạn"),
    ON_TIME: N_("figures", "Giải quyết đúng hạn"), EARLY_AND_ON_TIME: N_("figures", "Giải quyết trước và đúng hạn"),
    LATE: N_("figures", "Giải quyết quá hạn"), S_TOTAL: N_("figures", "Tổng số đã giải quyết"),
    IN_TIME: N_("figures", "Đang giải quyết trong hạn"), PENDING_LATE: N_("figures", "Đang giải quyết quá hạn"),
    P_TOTAL: N_("figures", "Tổng số đang giải quyết"), WITHDRAWN: N_("figures", "Trả lại, rút hồ sơ"),
    APOLOGIES: N_("figures", "Văn bản xin lỗi"), DIGITISED: N_("figures", "Số hóa"),
    PAID_ONLINE: N_("figures", "Thanh toán trực tuyến"),
}

_GROUP_WORDS = [  # checked in order: "nhận giải quyết" before "giải quyết"
    (R, ("nhan giai quyet", "tiep nhan", "ho so nhan", "so nhan", "nhan moi")),
    (P, ("dang giai quyet", "chua giai quyet", "dang xu ly", "chua xu ly", "chua tra", "dang thu ly")),
    (S, ("da giai quyet", "giai quyet xong", "da xu ly", "da tra", "ket qua giai quyet", "da thu ly")),
]
_LABEL_WORDS = ("stt", "tt", "so tt", "linh vuc", "ten linh vuc", "noi dung", "don vi", "ten thu tuc", "chi tieu")
_NUMBERING = re.compile(r"^\(?\d{1,2}\)?$")


def _has(text: str, words) -> bool:
    return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", text) for w in words)


def _group_of(text: str) -> str | None:
    for g, words in _GROUP_WORDS:
        if _has(text, words):
            return g
    return None


def _meaning(sub: str, group: str | None) -> str | None:
    """What a column holds from its folded sub-title and the group above it (None: not a figure)."""
    if _has(sub, ("xin loi",)):
        return APOLOGIES
    if _has(sub, ("so hoa",)):
        return DIGITISED
    if _has(sub, ("thanh toan",)):
        return PAID_ONLINE
    if _has(sub, ("rut", "tra lai", "huy", "dung xu ly")):
        return WITHDRAWN
    if _has(sub, ("ky truoc", "chuyen qua", "chuyen sang", "ton dau ky", "ton ky truoc", "ton truoc")):
        return CARRIED
    if _has(sub, ("truoc va dung han", "truoc han va dung han", "truoc va dung hen", "som va dung han")):
        return EARLY_AND_ON_TIME
    if _has(sub, ("truoc han", "som han", "truoc hen", "som hen", "som")):
        return EARLY
    if _has(sub, ("dung han", "dung hen")):
        return ON_TIME
    if _has(sub, ("trong han", "chua den han", "trong hen", "chua den hen", "con han", "chua qua han")):
        return IN_TIME
    if _has(sub, ("qua han", "tre han", "tre hen", "qua hen", "tre", "cham")):
        return PENDING_LATE if group == P else LATE if group == S else "late?"
    if _has(sub, ("truc tuyen", "qua mang", "online", "dich vu cong", "dvc")):
        return ONLINE
    if _has(sub, ("truc tiep", "buu chinh", "buu dien")):
        return DIRECT
    if _has(sub, ("moi tiep nhan", "tiep nhan moi", "nhan moi", "moi nhan", "trong ky")):
        return NEW
    if _has(sub, ("tong so", "tong", "cong")):
        return {R: R_TOTAL, S: S_TOTAL, P: P_TOTAL}.get(group or "")
    return None


@dataclass
class FigureColumn:
    index: int
    title: str          # the header text as read, group and sub-title
    meaning: str | None


@dataclass
class FiguresImport:
    values: dict[str, float]                 # indicator code → value
    columns: list[FigureColumn]
    rows_used: Msg                           # where the values came from
    notes: list[Msg] = field(default_factory=list)
    field_rows: int = 0

    @property
    def recognised(self) -> list[FigureColumn]:
        return [c for c in self.columns if c.meaning]


def _is_numbering(cells: list[str]) -> bool:
    """The row of column numbers some forms print under the titles: (1) (2) (3) …"""
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) >= 3 and all(_NUMBERING.match(c) for c in filled)


def _numeric(cell: str) -> bool:
    return parse_number(cell) is not None


def _band(rows: list[sources.Row]) -> tuple[int, int] | None:
    """First and last index of the header rows (those above the first row of figures)."""
    start = None
    for i, (_, cells) in enumerate(rows[:40]):
        folded = [fold(c) for c in cells]
        # A title above the table ("Tình hình tiếp nhận và giải quyết …") has one such
        # cell; a header row has several.
        hits = sum(1 for f in folded if f and (_group_of(f) or _meaning(f, None)))
        if hits >= 2:
            start = i
            break
    if start is None:
        return None
    end = start
    for j in range(start + 1, min(start + 4, len(rows))):
        cells = rows[j][1]
        if _is_numbering(cells):
            break
        numbers = sum(1 for c in cells if c.strip() and _numeric(c))
        texts = sum(1 for c in cells if c.strip() and not _numeric(c))
        if numbers >= 2 or not texts:
            break
        end = j
    return start, end


def _columns(rows: list[sources.Row], start: int, end: int) -> list[FigureColumn]:
    width = max(len(c) for _, c in rows[start:end + 1])
    band = [list(c) + [""] * (width - len(c)) for _, c in rows[start:end + 1]]
    # A merged group title is written once, in its first column: carry it right
    # over the empty cells after it, in every header row but the last.
    for r in band[:-1]:
        carry = ""
        for c in range(width):
            if r[c].strip():
                carry = r[c] if _group_of(fold(r[c])) else ""
            elif carry:
                r[c] = carry
    out = []
    for c in range(width):
        texts = []
        for r in band:
            t = " ".join(r[c].split())
            if t and t not in texts:
                texts.append(t)
        if not texts:
            out.append(FigureColumn(c, "", None))
            continue
        folded = [fold(t) for t in texts]
        if any(f in _LABEL_WORDS for f in folded):
            out.append(FigureColumn(c, " – ".join(texts), None))
            continue
        # The nearest group title above (or in) the sub-title is the one it stands under.
        group = next((g for g in (_group_of(f) for f in reversed(folded)) if g), None)
        meaning = _meaning(folded[-1], group)
        out.append(FigureColumn(c, " – ".join(texts), meaning))
    # "Quá hạn" with no group above it: it belongs with the columns beside it.
    for i, col in enumerate(out):
        if col.meaning == "late?":
            before = next((o.meaning for o in reversed(out[:i]) if o.meaning and o.meaning != "late?"), None)
            col.meaning = PENDING_LATE if before in (IN_TIME, P_TOTAL) else LATE
    return out


_TOTAL_LABEL = re.compile(r"^(tong cong|tong so|tong|cong)(\s+(toan xa|chung|ca xa|cac linh vuc))?\s*([:.(]|$)")
_ROMAN = re.compile(r"^[ivxlc]+\.?$")


def _label(cells: list[str], columns: list[FigureColumn]) -> str:
    parts = [cells[c.index] for c in columns if c.meaning is None and c.index < len(cells)
             and cells[c.index].strip() and not _numeric(cells[c.index])]
    return " ".join(parts[:2])


def _row_sum(cells: list[str], columns: list[FigureColumn]) -> float:
    return sum(parse_number(cells[c.index]) or 0.0 for c in columns if c.meaning and c.index < len(cells))


def read_table(rows: list[sources.Row]) -> FiguresImport | None:
    """The figures of one table, or None when it is not a statistics table."""
    band = _band(rows)
    if band is None:
        return None
    columns = _columns(rows, *band)
    if not any(c.meaning for c in columns):
        return None
    data = [(line, cells) for line, cells in rows[band[1] + 1:] if not _is_numbering(cells)
            and any(c.strip() and _numeric(c) for i, c in enumerate(cells)
                    if i < len(columns) and columns[i].meaning)]
    notes: list[Msg] = []
    is_total = [bool(_TOTAL_LABEL.match(fold(_label(cells, columns)).strip())) for _, cells in data]
    totals = [row for row, t in zip(data, is_total) if t]
    fields_ = [row for row, t in zip(data, is_total) if not t]
    if totals:
        # Subtotals per group and a grand total: the grand total is the largest.
        line, cells = max(totals, key=lambda row: _row_sum(row[1], columns))
        chosen = [cells]
        used = Msg(N_("figures", "Lấy số liệu ở dòng tổng cộng (dòng {0} của bảng)."), line)
    else:
        roman = [(ln, c) for ln, c in fields_ if c and _ROMAN.match(fold(c[0]).strip())]
        chosen = [c for _, c in (roman or fields_)]
        used = Msg(N_("figures", "Bảng không có dòng tổng cộng: đã cộng {0} dòng lĩnh vực."), len(chosen))
        if not chosen:
            return FiguresImport({}, columns, Msg(N_("figures", "Bảng không có dòng số liệu nào.")), notes, 0)
    sums: dict[str, float] = {}
    for col in columns:
        if not col.meaning:
            continue
        total = 0.0
        for cells in chosen:
            cell = cells[col.index] if col.index < len(cells) else ""
            v = parse_number(cell)
            if cell.strip() and v is None:
                notes.append(Msg(N_("figures", "Ô “{0}” ở cột “{1}” không phải số: tính là 0."), cell, col.title))
            total += v or 0.0
        sums[col.meaning] = sums.get(col.meaning, 0.0) + total
    values = _to_indicators(sums, notes)
    return FiguresImport(values, columns, used, notes, len(fields_))


def _to_indicators(sums: dict[str, float], notes: list[Msg]) -> dict[str, float]:
    values = {MEANING_CODES[m]: v for m, v in sums.items() if m in MEANING_CODES}
    if EARLY_AND_ON_TIME in sums:
        values["dossiers.resolved_on_time"] = values.get("dossiers.resolved_on_time", 0.0) + sums[EARLY_AND_ON_TIME]
        if EARLY not in sums:
            values["dossiers.resolved_early"] = 0.0
            notes.append(Msg(N_("figures",
                                "Bảng gộp “trước hạn” và “đúng hạn” trong một cột: đã ghi cả vào “đúng hạn”.")))
    if DIRECT in sums and ONLINE in sums:
        values["dossiers.received"] = sums[ONLINE] + sums[DIRECT]
    elif NEW in sums:
        values["dossiers.received"] = sums[NEW]
    elif R_TOTAL in sums and CARRIED in sums:
        values["dossiers.received"] = sums[R_TOTAL] - sums[CARRIED]
        notes.append(Msg(N_("figures", "Hồ sơ mới tiếp nhận = tổng số nhận giải quyết trừ số kỳ trước chuyển qua.")))
    elif R_TOTAL in sums:
        notes.append(Msg(N_("figures", "Bảng không tách hồ sơ kỳ trước chuyển qua: chưa lấy được số hồ sơ mới tiếp "
                                       "nhận.")))
    if R_TOTAL in sums and CARRIED in sums and "dossiers.received" in values:
        expected = sums[CARRIED] + values["dossiers.received"]
        if abs(expected - sums[R_TOTAL]) > 0.5:
            notes.append(Msg(N_("figures", "Tổng số nhận giải quyết ({0}) khác kỳ trước chuyển qua cộng mới tiếp nhận "
                                           "({1}): "
                                           "hãy kiểm tra lại bảng."), _n(sums[R_TOTAL]), _n(expected)))
    parts = [values[c] for c in ("dossiers.resolved_early", "dossiers.resolved_on_time", "dossiers.resolved_late")
             if c in values]
    if S_TOTAL in sums and len(parts) == 3 and abs(sum(parts) - sums[S_TOTAL]) > 0.5:
        notes.append(Msg(N_("figures", "Tổng số đã giải quyết ({0}) khác tổng trước hạn, đúng hạn và quá hạn ({1}): "
                                       "hãy kiểm tra lại bảng."), _n(sums[S_TOTAL]), _n(sum(parts))))
    pend = [values[c] for c in ("dossiers.pending_in_time", "dossiers.pending_late") if c in values]
    if P_TOTAL in sums and len(pend) == 2 and abs(sum(pend) - sums[P_TOTAL]) > 0.5:
        notes.append(Msg(N_("figures", "Tổng số đang giải quyết ({0}) khác trong hạn cộng quá hạn ({1}): "
                                       "hãy kiểm tra lại bảng."), _n(sums[P_TOTAL]), _n(sum(pend))))
    return values


def _n(v: float) -> str:
    from parapp.core.numbers import vi_number

    return vi_number(int(v) if float(v).is_integer() else v)


def read_tables(tables: list[list[sources.Row]]) -> FiguresImport:
    found = [r for r in (read_table(t) for t in tables) if r is not None]
    if not found:
        raise Unreadable(N_("figures", "Không nhận ra cột số liệu nào (tiếp nhận, đã giải quyết, trước hạn, đúng hạn, "
                                       "quá hạn…). Hãy chọn tệp thống kê xuất từ Hệ thống thông tin giải quyết TTHC."))
    return max(found, key=lambda r: len(r.values))


def tables_from_bytes(data: bytes, filename: str) -> list[list[sources.Row]]:
    """Every table in a file: .xlsx, .docx, .html, .csv/.tsv/.txt."""
    lower = filename.lower()
    if data[:4] == b"PK\x03\x04":
        if b"word/" in data[:4000] or lower.endswith(".docx"):
            return sources.docx_content(data, FIGURES)[0]
        return sources.xlsx_rows(data, FIGURES)
    text = sources.decode(data)
    return tables_from_text(text, text if lower.endswith((".html", ".htm")) else None)


def tables_from_text(text: str, html: str | None = None) -> list[list[sources.Row]]:
    """A paste from Excel or Word (its HTML flavour keeps merged cells), or delimited text."""
    tables = []
    if html and "<table" in html.lower():
        tables.append(sources.html_rows(html, FIGURES.max_rows))
    if text.strip() and "<table" not in text.lower()[:2000]:
        tables.append(sources.tsv_rows(text, sources.sniff_delimiter(text), FIGURES.max_rows))
    if not tables:
        raise Unreadable(N_("import", "Không có gì để nhập: khung dán đang trống."))
    return tables


def read_file(path) -> FiguresImport:
    from pathlib import Path

    p = Path(path)
    return read_tables(tables_from_bytes(read_bounded(p, FIGURES), p.name))
