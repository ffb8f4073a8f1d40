"""The header of the one-stop statistics form, read by meaning: which figure each column holds.

It works on rows of cell texts only (how .xlsx, .docx, HTML or CSV become rows is
parapp.core.importing.sources' business). A merged title is expected once, in its
first column, with the cells it spans left empty across and repeated (or empty) down.

The national form (Biểu 06 of Thông tư 01/2020/TT-VPCP, kept by its successor)
prints two or three header rows:

    STT | Lĩnh vực | Số hồ sơ nhận giải quyết                     | Số hồ sơ đã giải quyết   | … đang giải quyết
                   | Tổng số | Trong đó              | Từ kỳ trước | Tổng số | Trước hạn | … | Tổng số | Trong hạn | …
                             | Trực tuyến | Trực tiếp, bưu chính
    (1)   (2)        (3)       (4)          (5)                    (6)     …

Software words it differently ("Trả đúng thời hạn", "Chưa đến hạn", "Tồn kỳ trước",
"HS đang xử lý đúng hạn"), adds a top group ("Kết quả giải quyết") or columns of its
own (rates, "Chờ bổ sung", "Trả lại/Rút HS"), or writes the group into each title
("Số hồ sơ đã giải quyết - Tổng số"). So a column is known by the path of titles
above it: the deepest title naming a group (received, settled, pending) decides what
"quá hạn" or "đúng hạn" means there, and a rate ("Tỷ lệ … (%)") is never a count.
A column not understood keeps its path, so it can be named and given a meaning.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from parapp.core.vntext import fold, nfc

R, S, P = "received", "settled", "pending"

# What a column holds. Totals are read to check (or complete) the parts.
CARRIED, NEW, R_TOTAL = "carried", "new", "received_total"
ONLINE, FULLY_ONLINE, PARTLY_ONLINE, DIRECT, POSTAL = "online", "fully_online", "partly_online", "direct", "postal"
EARLY, ON_TIME, EARLY_AND_ON_TIME, LATE, S_TOTAL = "early", "on_time", "early_on_time", "late", "settled_total"
IN_TIME, PENDING_LATE, P_TOTAL = "in_time", "pending_late", "pending_total"
WITHDRAWN, APOLOGIES, DIGITISED, PAID_ONLINE = "withdrawn", "apologies", "digitised", "paid_online"
FEE_REQUIRED = "fee_required"   # dossiers with a fee to pay: what online payment is a share of
RATE = "rate"          # a percentage printed by the software: checked (at most 100), never stored
_LATE_SOMEWHERE = "late?"

GROUP_TOTALS = {R: R_TOTAL, S: S_TOTAL, P: P_TOTAL}

_GROUP_WORDS = [  # checked in order: "nhận giải quyết" before "giải quyết"
    (R, ("nhan giai quyet", "tiep nhan", "ho so nhan", "so nhan", "nhan moi", "da nhan", "so ho so nhan")),
    # "Chuyển sang kỳ sau", "Tồn chuyển kỳ sau": pending at the end (36D: read as "kỳ trước chuyển sang")
    (P, ("dang giai quyet", "chua giai quyet", "dang xu ly", "chua xu ly", "chua tra", "dang thu ly",
         "dang giai quyet", "ton dong", "con ton", "ky sau", "ky tiep theo", "ky toi")),
    (S, ("da giai quyet", "giai quyet xong", "da xu ly", "da tra", "ket qua giai quyet", "da thu ly",
         "da hoan thanh", "xu ly xong")),
]
# Topics that are not part of received/settled/pending. None: known, but not a figure ParApp keeps.
_TOPICS: list[tuple[str | None, tuple[str, ...]]] = [
    (None, ("cho bo sung", "bo sung", "hai long", "dong bo", "lien thong", "tam dung")),
    (FEE_REQUIRED, ("nghia vu tai chinh", "phai nop phi", "yeu cau nop phi", "co thu phi", "phai thanh toan")),
    (APOLOGIES, ("xin loi",)),
    (DIGITISED, ("so hoa",)),
    (PAID_ONLINE, ("thanh toan truc tuyen", "thanh toan", "nop phi truc tuyen")),
    (WITHDRAWN, ("rut ho so", "rut", "tra lai", "huy", "dung xu ly", "tu choi")),
]
_LABEL_PREFIXES = ("stt", "tt", "so tt", "so thu tu", "linh vuc", "ten ", "don vi", "noi dung", "chi tieu", "ma ",
                   "co quan", "thu tuc", "cap ", "dia ban")
_TOTAL_WORDS = ("tong so", "tong", "cong", "tong cong")
_COLUMN_NUMBER = re.compile(r"^\(?\s*[0-9]{1,2}\s*\)?(\s*=\s*[()0-9+\-x*/.\s]+)?$|^[a-dA-D]$")
_SPLIT = re.compile(r"\s+[-–—]\s+|:\s+")
_TRAILING_NUMBER = re.compile(r"\s*\(\s*\d{1,2}\s*\)(\s*=\s*[()\d+\-\s]+)?\s*$")
# A unit with its label, "(ĐVT: hồ sơ)" (round 35D: its colon split the title, the column was left out, 0 stored).
_UNIT = re.compile(r"\s*[(\[]\s*(?:đơn\s+vị(?:\s+tính)?|đvt)\s*[:.]?[^()\[\]]*[)\]]"
                   r"|\s+[-–,;]?\s*(?:đơn\s+vị\s+tính|đvt)\s*:[^()]*$", re.I)


def _norm(text: str) -> str:
    """Folded words, abbreviations spelled out: "HS trễ hẹn" → "ho so tre han"."""
    t = fold(text)
    t = re.sub(r"[^a-z0-9%]+", " ", t)
    t = f" {t} "
    for short, long in ((" ki ", " ky "), (" hs ", " ho so "), (" tttt ", " thanh toan truc tuyen "),
                        (" tt truc tuyen ", " thanh toan truc tuyen "), (" bcci ", " buu chinh cong ich "),
                        (" dvc ", " dich vu cong "), (" thoi han ", " han "), (" thoi hen ", " han "),
                        (" hen ", " han "), (" qua mang ", " truc tuyen "), (" online ", " truc tuyen ")):
        t = t.replace(short, long)
    return " ".join(t.split())


def _has(text: str, words) -> bool:
    return _any_of(tuple(words)).search(text) is not None


@functools.lru_cache(maxsize=256)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the words, each whole: a header's cells are looked at many times (round 28D)."""
    return re.compile("|".join(rf"(?<![a-z]){re.escape(w)}(?![a-z])" for w in words))


# Carried on to a later period, however named: "chuyển sang quý sau", "chuyển qua tháng sau", "chuyển sang quý III",
# "chuyển sang kỳ báo cáo sau" (round 37D: read as carried over from the period before, the pending stored so); "chuyển
# sang kỳ này", "kỳ trước chuyển sang" are the carried over.
_TO_LATER = re.compile(r"(?<![a-z])chuyen (?:tiep )?(?:sang |qua )?(?:ky|quy|thang|nam|dot|tuan|giai doan|\d+ thang)"
                       r"(?: bao cao)? (?:sau|tiep|toi|ke tiep|cuoi|[ivx]+|\d+)(?![a-z])")  # not "chuyển ký duyệt"


def group_of(text: str) -> str | None:
    t = _norm(text)
    if _TO_LATER.search(t) and not _has(t, ("truoc", "dau ky")):
        return P
    for g, words in _GROUP_WORDS:
        if _has(t, words):
            return g
    return None


def _topic(part: str) -> tuple[bool, str | None]:
    for meaning, words in _TOPICS:
        if _has(part, words):
            return True, meaning
    return False, None


def _is_rate(part: str) -> bool:
    return "%" in part or _has(part, ("ty le", "phan tram"))


def _is_total(part: str) -> bool:
    return part in _TOTAL_WORDS or _has(part, ("tong so", "tong cong")) or part.startswith("tong ")


def _specific(part: str, group: str | None) -> str | None:
    """The figure a sub-title names under its group, or None."""
    if _has(part, ("ky truoc", "chuyen qua", "chuyen sang", "ton dau ky", "ton ky truoc", "ton truoc",
                   "ky truoc chuyen")):
        return CARRIED if group in (R, None) else None
    if _has(part, ("truoc va dung han", "truoc han va dung han", "som va dung han", "dung va truoc han")):
        return EARLY_AND_ON_TIME if group in (S, None) else None
    if _has(part, ("truoc han", "som han", "som")):
        return EARLY if group in (S, None) else None
    if _has(part, ("dung han",)):
        return IN_TIME if group == P else ON_TIME if group in (S, None) else None
    if _has(part, ("trong han", "chua den han", "con han", "chua qua han")):
        return IN_TIME if group in (P, None) else None
    if _has(part, ("qua han", "tre han", "tre", "cham")):
        return {P: PENDING_LATE, S: LATE, None: _LATE_SOMEWHERE}.get(group)
    if _has(part, ("toan trinh",)):
        return FULLY_ONLINE if group in (R, None) else None
    if _has(part, ("mot phan",)):
        return PARTLY_ONLINE if group in (R, None) else None
    if _has(part, ("truc tuyen", "dich vu cong", "mang")):
        return ONLINE if group in (R, None) else None
    if _has(part, ("buu chinh", "buu dien")) and not _has(part, ("truc tiep",)):
        return POSTAL if group in (R, None) else None
    if _has(part, ("truc tiep",)):
        return DIRECT if group in (R, None) else None
    if _has(part, ("moi tiep nhan", "tiep nhan moi", "nhan moi", "moi nhan", "trong ky", "phat sinh")):
        return NEW if group in (R, None) else None
    return None


def split_title(text: str) -> list[str]:
    """A printed title's parts: "Số hồ sơ đã giải quyết - Tổng số (7)" → its group and its column."""
    parts = []
    for piece in _SPLIT.split(_UNIT.sub("", " ".join(nfc(text).split()))):  # a line break: a wrap, not a part
        piece = _TRAILING_NUMBER.sub("", " ".join(piece.split())).strip()
        if piece and fold(piece) not in ("trong do", "trong do:", "bao gom"):
            parts.append(piece)
    return parts


def column_meaning(path: list[str] | tuple[str, ...]) -> str | None:
    """What the column under these titles (top to bottom) holds, or None when not understood."""
    parts = [p for text in path for p in split_title(text)]
    normed: list[str] = []
    for p in parts:
        n = _norm(p)
        if n and (not normed or normed[-1] != n):
            normed.append(n)
    if not normed:
        return None
    if any(_is_rate(p) for p in normed):
        return RATE
    leaf = normed[-1]
    for i, part in enumerate(normed):
        found, topic = _topic(part)
        if found:
            if i == len(normed) - 1 or _is_total(leaf) or _topic(leaf) == (True, topic):
                return topic
            return None
    group = next((g for g in (group_of(p) for p in reversed(normed)) if g), None)
    specific = _specific(leaf, group)
    if specific:
        return specific
    if _is_total(leaf) or any(p in _TOTAL_WORDS for p in normed) or (group and group_of(leaf) == group):
        return GROUP_TOTALS.get(group or "")
    return None


def is_label(path: list[str] | tuple[str, ...]) -> bool:
    """STT, Lĩnh vực, Tên đơn vị…: a column that names the row."""
    top = _norm(path[0]) if path else ""
    return bool(top) and (top in ("stt", "tt") or any(top.startswith(p) for p in _LABEL_PREFIXES))


def is_numbering(cells: list[str]) -> bool:
    """The row of column numbers some forms print under the titles: (1) (2) (3)…, 1 2 3…, (5)=(6)+(7)."""
    filled = [c.strip() for c in cells if c and c.strip()]
    if len(filled) < 3 or not all(_COLUMN_NUMBER.match(c) for c in filled):
        return False
    if any("(" in c or "=" in c for c in filled):
        return True
    # Bare numbers: they must count up (a data row of small figures does not).
    nums = [int(c) for c in filled if c.isdigit()]
    return len(nums) >= 3 and all(b == a + 1 for a, b in zip(nums, nums[1:]))


@dataclass
class HeaderColumn:
    index: int
    path: tuple[str, ...]      # the titles above the column, top to bottom, as printed
    meaning: str | None        # None: a label column, an empty one, or one not understood
    label: bool = False

    @property
    def title(self) -> str:
        return " – ".join(self.path)


@dataclass
class Header:
    start: int                 # index of the first header row
    end: int                   # index of the last one
    columns: list[HeaderColumn]
    numbering: int | None = None   # the row of column numbers under the header, if printed

    @property
    def body_start(self) -> int:
        return (self.numbering if self.numbering is not None else self.end) + 1

    @property
    def figures(self) -> list[HeaderColumn]:
        return [c for c in self.columns if c.meaning]

    @property
    def not_understood(self) -> list[HeaderColumn]:
        """Columns with a title that is neither a label nor a known figure: named, never dropped silently."""
        return [c for c in self.columns if not c.meaning and not c.label and c.path]


def _hits(cells: list[str]) -> int:
    n = 0
    for c in cells:
        if not c.strip() or len(c) > 120:
            continue
        t = _norm(c)
        if group_of(c) or _specific(t, None) or _is_rate(t) or _topic(t)[1]:
            n += 1
    return n


def _numeric(cell: str) -> bool:
    from parapp.core.figures_entry import parse_number

    return parse_number(cell.replace("%", "")) is not None


def find_header(rows: list[list[str]], limit: int = 40) -> Header | None:
    """The statistics header among the first rows, or None."""
    hits = [_hits(cells) for cells in rows[:limit]]
    if not hits or max(hits) < 2:
        return None
    # The row naming most figures is in the header (a summary line above the table names two or
    # three); the group rows above it name at least two groups each.
    start = hits.index(max(hits))
    while start > 0 and start > hits.index(max(hits)) - 2 and hits[start - 1] >= 2 \
            and sum(1 for c in rows[start - 1] if c.strip() and _numeric(c)) < 2:
        start -= 1
    top = rows[start]
    labels = {i for i, c in enumerate(top) if c.strip() and is_label([c])}
    end, numbering = start, None
    for j in range(start + 1, min(start + 4, len(rows))):
        cells = rows[j]
        if is_numbering(cells):
            numbering = j
            break
        numbers = sum(1 for c in cells if c.strip() and _numeric(c))
        texts = [i for i, c in enumerate(cells) if c.strip() and not _numeric(c) and i not in labels]
        if numbers >= 2 or not texts:
            break
        end = j
    if numbering is None and end + 1 < len(rows) and is_numbering(rows[end + 1]):
        numbering = end + 1
    return Header(start, end, _columns(rows[start:end + 1]), numbering)


def _columns(band: list[list[str]]) -> list[HeaderColumn]:
    width = max(len(r) for r in band)
    grid = [[" ".join((c or "").split()) for c in r] + [""] * (width - len(r)) for r in band]
    labels = {c for c in range(width) if grid[0][c] and is_label([grid[0][c]])}
    # A title merged across is written once, in its first column: carry it right over the
    # empty cells after it that have titles below them (the columns it stands over).
    for y in range(len(grid) - 1):
        carry = ""
        for c in range(width):
            if grid[y][c]:
                carry = grid[y][c] if c not in labels else ""
            elif carry and any(grid[k][c] for k in range(y + 1, len(grid))):
                grid[y][c] = carry
            else:
                carry = ""
    out = []
    for c in range(width):
        path: list[str] = []
        for y in range(len(grid)):
            t = grid[y][c]
            if t and (not path or path[-1] != t):
                path.append(t)
        if not path:
            out.append(HeaderColumn(c, (), None))
        elif c in labels or is_label(path):
            out.append(HeaderColumn(c, tuple(path), None, label=True))
        else:
            out.append(HeaderColumn(c, tuple(path), column_meaning(path)))
    _settle_lone_late(out)
    return out


def _settle_lone_late(columns: list[HeaderColumn]) -> None:
    """"Quá hạn" under no group: it belongs with the columns beside it (after "Trong hạn": pending)."""
    for i, col in enumerate(columns):
        if col.meaning == _LATE_SOMEWHERE:
            before = next((o.meaning for o in reversed(columns[:i])
                           if o.meaning and o.meaning not in (_LATE_SOMEWHERE, RATE)), None)
            col.meaning = PENDING_LATE if before in (IN_TIME, P_TOTAL, PENDING_LATE) else LATE
