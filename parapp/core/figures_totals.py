"""Which row of a statistics table is its total, where no word says so: a row with neither number nor name adding up
the rows above it (round 30D), a row worded otherwise ("Tổng cộng xã Tân Phú", "Cộng toàn phường") that closes or
opens the table and adds up the others (rounds 31D–33D). Moved from figures_rows (round 33D: past 400 lines)."""

from __future__ import annotations

import re

from parapp.core.figures_entry import parse_number
from parapp.core.figures_header import HeaderColumn
from parapp.core.importing import sources
from parapp.core.vntext import nfc


def sum_row_last(data: list[sources.Row], counted: list[HeaderColumn], printed: int | None = None) -> bool:
    """Whether the last row, with neither number nor name, is the sum of the rows above it in every column it fills: a
    total row whose label was left out (round 30D: added as one more field, every figure stored twice). `printed`: how
    many rows with figures the table printed in all, parts too: a single group "I" over its fields, or a single field
    over its parts, leaves one row above the total once the parts are set aside (round 32D: 30 stored for 15)."""
    if not data or max(len(data), printed or 0) < 3:  # every row one of rates (35D): none left
        return False
    cells = data[-1][1]
    # no name: nothing before the first counted column (a rate "66%" or a note "Đạt" after the counts is no name; round
    # 31D: such a row was one more field, every figure stored twice)
    first = min(c.index for c in counted)
    if any(c.strip() for c in cells[:first]) or any(c.strip() and parse_number(c) is None for c in
                                                    (cells[c.index] for c in counted if c.index < len(cells))):
        return False
    return _sum_of(cells, [row for _, row in data[:-1]], counted)


def _sum_of(cells: list[str], rows: list[list[str]], counted: list[HeaderColumn]) -> bool:
    """Whether `cells` hold, in every counted column they fill, the sum of `rows`."""
    filled = [c for c in counted if c.index < len(cells) and cells[c.index].strip()]
    return bool(filled) and all(
        abs(sum(parse_number(row[c.index]) or 0.0 for row in rows if c.index < len(row))
            - (parse_number(cells[c.index]) or 0.0)) < 0.5 for c in filled)


# A label opening as a total does, or naming the commune: "Tổng cộng xã Tân Phú", "Toàn phường", "Tổng số TTHC đã giải
# quyết", "Tổng cộng năm 2026", "UBND xã Tân Phú" (round 31D: wordings TOTAL_LABEL does not list, one more field, every
# figure stored twice). A total only where the row is the sum of the table's other rows, above it or below it.
# Round 33D: "Cộng toàn phường", "Cộng xã Tân Phú", "Cộng tất cả", "Tất cả", "Ủy ban nhân dân xã Tân Phú" too (fields,
# every figure stored twice): "Cộng …" written with its mark ("Công an", "Công thương" are fields), not "Cộng đồng".
_TOTAL_WORDS = re.compile(r"^(tong|toan|tat ca\b|cong chung$|cong (?!(dong|hoa|tac|su)\b)|ca (xa|phuong|thi tran)\b"
                          r"|((ubnd|uy ban nhan dan) )?(xa|phuong|thi tran) )")
# Round 32D: the commune's name after "xã", "phường" is a proper name ("Xã Tân Phú", "Phường 3"); "Xã hội", "Phương
# tiện giao thông", "Phương án …" are fields (taken for the total where their figures equalled the others' sum, the
# other fields dropped). Round 33D: the marks tell "Phường" from "Phương", "Xã" from "Xả", and the capital a commune
# from a common word ("Xã An Phú", "Phường Tây Thạnh", "Thị trấn Đông Anh" were fields, every figure stored twice, as
# "an", "tay", "dong" were told by name whatever the case); all in capitals, or without marks, the common words are
# told by name.
_NAMED = re.compile(r"^(?:(?:ubnd|uy ban nhan dan)\s+)?(?:xa|phuong|thi tran)\s+(\S+)", re.I)
_COMMON = {"hoi", "tien", "an", "thuc", "phap", "huong", "cham", "trinh", "dien", "vien", "tay", "dong", "nam", "bac"}


def _a_commune(label: str, raw: str) -> bool:
    """Whether a label opening "xã …", "phường …" names the commune, not a common word ("Xã hội")."""
    m = _NAMED.match(label)
    if not m or label.startswith(("tong", "toan", "ca ")):
        return True
    at, words = len(label[:m.start(1)].split()), nfc(raw).split()  # folding keeps the words: the same one, as written
    word, unit = (words[at] if at < len(words) else ""), (words[at - 1].lower() if at else "")
    if not (word[:1].isupper() or word[:1].isdigit()) or unit in ("phương", "xả"):
        return False  # "Phương án", "Xả thải": no commune's unit, as written
    if raw.isupper() and unit in ("xa", "phuong"):
        return m.group(1) not in _COMMON  # capitals without marks: told by name
    # "Xã Hội", "XÃ HỘI", "Xã Hội Hóa": the common word; "Xã Hội Sơn", "XÃ HỘI SƠN" a commune (round 34D: in capitals
    # the total was one more field, every figure twice; "Xã Hội Hóa" the total, the other fields dropped)
    after = label.split()[at + 1] if at + 1 < len(label.split()) else ""
    return m.group(1) != "hoi" or after[:1].isalpha() and after not in ("hoa", "hoc", "va")


def worded_totals(data: list[sources.Row], labels: list[str], total: list[bool],
                  counted: list[HeaderColumn], raw: list[str] | None = None, printed: int = 0) -> list[int]:
    """The rows (by index) labelled in such words whose figures are the sum of the other rows above them (none below)
    or below them (none above): a total closes or opens the table. `printed`: the rows with figures the table printed,
    parts too (a single group "I" is one row once its fields are set aside: round 32D, 30 stored for 15)."""
    out = []
    for k, (_, cells) in enumerate(data):
        said = nfc((raw or labels)[k].strip())  # composed: "Công chứng" typed in combining marks (round 33D)
        if total[k] or not _TOTAL_WORDS.match(labels[k]) or not _a_commune(labels[k], said) \
                or said.lower().startswith("công chứng") or labels[k].startswith("cong ") \
                and labels[k] != "cong chung" and not said.lower().startswith("cộng"):  # fields, written with marks
            continue
        above = [row for j, (_, row) in enumerate(data[:k]) if not total[j]]
        below = [row for j, (_, row) in enumerate(data[k + 1:], start=k + 1) if not total[j]]
        if any((len(rows) >= 2 or printed >= 3) and not other and _sum_of(cells, rows, counted)
               for rows, other in ((above, below), (below, above))):
            out.append(k)
    return out


# A row of rates or of another time under the fields: "Tỷ lệ (%)", "Lũy kế từ đầu năm", "Cùng kỳ năm trước", "So với
# cùng kỳ (%)" (round 35D: one more field with no total row, 24 stored for 4; under one, said not to add up).
# Round 36D: the year's estimate or plan ("Ước cả năm", "Kế hoạch năm", "Dự kiến …") and "Tăng, giảm …" too (a field,
# 60 stored for 20); "Kế hoạch và Đầu tư" is a field.
# Round 37D: "Kế hoạch" is a plan's row only alone or followed by its time or who set it ("Kế hoạch/Đầu tư", "Kế
# hoạch — Đầu tư", "Kế hoạch & ĐT", "Kế hoạch hóa gia đình" were dropped, 20 stored for 25); "Tăng" with "giảm" next to
# it ("Tăng cường, giảm nghèo" is a field).
# Also "Chỉ tiêu giao", "KH năm", "Dự ước …", "Số ước …", "Mục tiêu …", "Dự toán …", "Chênh lệch", "Thực hiện cùng kỳ",
# "Thực hiện năm trước" (60 stored for 20).
_WHEN = r"(?=\W*$|\W*(?:nam|ca nam|giao|duoc giao|dat ra|de ra|thuc hien|quy|thang|ky|\d+)\b)"
_PLAN = r"(?:chi tieu\W+)?(?:ke hoach|kh)" + _WHEN + r"|chi tieu\W+(?:duoc )?giao|(?:du|so) uoc|muc tieu|du toan"
_BEFORE = r"(?:thuc hien\W+)?(?:cung ky|nam truoc|ky truoc|quy truoc|thang truoc)"
_NO_FIELD = re.compile(r"^(?:(?:ty|ti) le|luy ke|" + _BEFORE + r"|so voi|so sanh|uoc|du kien|chenh lech|" + _PLAN
                       + r"|tang\W*(?:\(\W*\)\W*)?giam)\b|^%$|\(\s*%\s*\)$")


# Round 37D: marks and a total's words before it ("Tổng lũy kế", "Cộng lũy kế …", "B | Lũy kế", "1. Ước cả năm", "(*)
# Kế hoạch năm", "Số liệu lũy kế": fields, 60 stored for 20)
_MARKS = re.compile(r"^(?:[\W_]+|(?:[ivxlc]+|[a-z]|\d+(?:\.\d+)*)[.)]?\s+"
                    r"|(?:tong cong|tong so|tong|cong|so lieu|ghi chu)\b\W*)+")


def no_field(label: str) -> bool:
    """Whether a row's folded label names rates or another time than the table's, not a field."""
    label = label.strip()
    return bool(_NO_FIELD.search(label) or _NO_FIELD.search(_MARKS.sub("", label)))

