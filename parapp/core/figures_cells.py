"""A statistics table's cells checked one by one, where a column's sum would hide them (round 26D).

A negative or fractional count in one field row was added into a sum that looked right ("8" and "-3" late dossiers
stored as 5); a total row that the field rows under it do not add up to was taken without a word.
"""

from __future__ import annotations

import re

from parapp.core.figures_entry import parse_number
from parapp.core.figures_header import HeaderColumn
from parapp.core.importing.model import Carried, Spanned, Unreadable
from parapp.core.messages import N_, Msg

Row = tuple[int, list[str]]


def vi_count(v: float) -> str:
    """A figure as the clerk writes it (15, 2,5), not as Python does (15.0)."""
    from parapp.core.numbers import vi_number

    return vi_number(int(v) if float(v).is_integer() else v)


def check_total_row(total: float, fields_: list[list[str]], col: HeaderColumn, notes: list[Msg]) -> None:
    """Round 26D: a total row the field rows under it do not add up to was taken without a word."""
    given = [parse_number(c[col.index] if col.index < len(c) else "") for c in fields_]
    added = sum(v or 0.0 for v in given)
    if any(v is not None for v in given) and abs(added - total) > 0.5:
        notes.append(Msg(N_("figures", "Cột “{0}”: dòng tổng cộng ghi ({1}) nhưng các dòng lĩnh vực cộng lại được "
                                       "({2}): đã lấy số của dòng tổng cộng. Hãy kiểm tra lại bảng."),
                         col.title, vi_count(total), vi_count(added)))


def check_cell(v: float, cell: str, col: HeaderColumn, line: int | None) -> None:
    """A count cell that is negative or fractional, refused on its own (round 26D: checked on the column's sum only,
    "8" and "-3" late dossiers were stored as 5, "1,5" and "2,5" as 4, without a word)."""
    builtin = "." not in (col.meaning or "")  # a column given an indicator of its own (--column) may hold parts
    if v < 0:
        raise Unreadable(N_("figures", "Ô “{0}” ở cột “{1}”, dòng {2} của bảng, là số âm: số liệu không thể âm. Hãy "
                                       "sửa biểu thống kê rồi nhập lại. Chưa lưu gì."),
                         cell.strip(), col.title, line or "?", context="figures")
    if builtin and not float(v).is_integer():
        raise Unreadable(N_("figures", "Ô “{0}” ở cột “{1}”, dòng {2} của bảng, không phải số nguyên: số hồ sơ, văn "
                                       "bản… phải là số nguyên. Hãy sửa biểu thống kê rồi nhập lại. Chưa lưu gì."),
                         cell.strip(), col.title, line or "?", context="figures")


# A footnote's mark after a count: "15*", "15 (*)", "15¹" (the note under the table says why); a note numbered in
# brackets, typed, not raised: "15 (1)", "15(2)" (round 31D: "không phải số: tính là 0", 0 stored for 15).
# "15[1]": Word's footnote reference in a page Word saved as HTML (31D).
_FOOTNOTE = re.compile(r"^(.*?\d)\s*(\*+|\(\*+\)|[\u00b9\u00b2\u00b3\u2070-\u207e]+|(?:\(\d\)\s*)+"
                       r"|(?:\[\d{1,2}\]\s*)+)$")


# Round 39D: a count written with its share, as Word reports do: "17 (85%)", "3 (chiếm 15%)" ("không phải số: tính là
# 0", 0 on time stored for 17). Other words stay no number (round 30D: "10 hồ sơ").
_WITH_SHARE = re.compile(r"^(.*?\d)\s*\(\s*(?:chiếm|đạt|tỷ lệ|tỉ lệ|bằng)?\s*:?\s*[\d.,]+\s*%\s*\)$", re.IGNORECASE)


def without_footnotes(rows: list[Row], counted: list[HeaderColumn], notes: list[Msg]) -> list[Row]:
    """`rows` with a footnote's mark cut from the counts it follows, each said (round 30D: "15*" was "không phải số:
    tính là 0", 0 dossiers stored where the table held 15); a share after a count likewise."""
    at = {c.index: c for c in counted}
    out: list[Row] = []
    for line, cells in rows:
        cut = list(cells)
        for i, v in enumerate(cells):
            m = _FOOTNOTE.match(v.strip()) if i in at and parse_number(v) is None else None
            if m and parse_number(m.group(1)) is not None:
                cut[i] = Carried(m.group(1)) if isinstance(v, Carried) else m.group(1)
                notes.append(Msg(N_("figures", "Ô “{0}” ở cột “{1}” có dấu chú thích: đã đọc là {2}."), v.strip(),
                                 at[i].title, m.group(1)))
                continue
            m = _WITH_SHARE.match(" ".join(v.split())) if i in at and parse_number(v) is None else None
            if m and parse_number(m.group(1)) is not None:
                cut[i] = Carried(m.group(1)) if isinstance(v, Carried) else m.group(1)
                notes.append(Msg(N_("figures", "Ô “{0}” ở cột “{1}” ghi kèm tỷ lệ: đã đọc là {2}."),
                                 v.strip(), at[i].title, m.group(1)))
        out.append((line, cut))
    return out


_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]")


def plain_spaces(rows: list[Row], counted: list[HeaderColumn]) -> list[Row]:
    """`rows` with the words of their names spaced plainly: a no-break space (text copied from a web page or Word into
    Excel) or a zero-width one left every rule on words unmatched (round 33D: "Trong đó:" opened no breakdown, "Cộng
    trang" and "Xã An Phú" were fields, "Công chứng" the total). A merged cell stays merged."""
    at = {c.index for c in counted}

    def plain(v: str) -> str:
        text = re.sub(" {2,}", " ", _ODD_SPACES.sub(" ", v)).strip() if _ODD_SPACES.search(v) else v
        return v if text is v else (Carried(text) if isinstance(v, Carried) else Spanned(text)
                                    if isinstance(v, Spanned) else text)

    return [(line, [v if i in at else plain(v) for i, v in enumerate(cells)]) for line, cells in rows]
