"""Statistics tables printed side by side: the same columns once for each period ("Quý I | Quý II", "Kỳ này | Lũy kế
từ đầu năm", "Cùng kỳ năm trước | Kỳ báo cáo"), under a row naming the periods.

Round 35D: that row stood above the header (it names no figure), so each period's columns read alike; the first
period's were kept and the others left out as repeats: Quý I's figures stored as Quý II's, or last year's as this
period's, exit 0, the notes speaking only of columns read twice. Each period's columns are a table of their own here,
as two periods' tables one under the other are (round 29D)."""

from __future__ import annotations

import re

from parapp.core.figures_header import DIRECT, POSTAL, RATE, HeaderColumn, find_header
from parapp.core.figures_period import find_period
from parapp.core.figures_period_names import period_in_name
from parapp.core.importing import sources
from parapp.core.messages import N_, Msg
from parapp.core.periods import PeriodKind
from parapp.core.vntext import fold, nfc

# A title naming a span of time; those of another time than the report's own come after it.
_TIME = re.compile(r"\b(quy|thang|nam|ky|luy ke|cung ky|dau nam|6 thang|9 thang|ke hoach)\b")
_OTHER_TIME = re.compile(r"\b(luy ke|cung ky|nam truoc|ky truoc|quy truoc|thang truoc|ke hoach|so sanh|tang|giam)\b")


# Round 38D: a month's section ("Tháng 4 | Tháng 5 | Tháng 6 | Cả quý" under "Báo cáo quý II năm 2030") is no period
# figures are kept for: read first, April's figures were stored as the quarter's. A total's section beside months
# or quarters ("… | Tháng 6 | Cộng", "Quý I | … | Quý IV | Tổng cộng") is their sum, the report's own unless a section
# names the period stated (it was no time's: one table, the first's columns read, the others left out as repeats).
_MONTH = re.compile(r"^(?:(?:thang|t)\s*0?(?:[1-9]|1[0-2])|(?:dot|tuan)\s*(?:thu\s+)?\d{1,2})"
                    r"(?:\s*(?:/|-|nam)\s*(?:19|20)\d\d)?$")  # a batch's or week's ("Đợt 1", "Tuần 2") likewise
_SUM = re.compile(r"^(?:tong cong|tong so|tong|cong|tong cong chung|cong chung)(?: ca (?:nam|quy|ky))?$")  # 39D: cả năm


# Round 40D: the year to date beside the quarters of a year's report ("Quý I | … | Quý IV | Lũy kế cả năm" under "Báo
# cáo năm 2030") is the year's section: "Tệp không ghi kỳ báo cáo", and --period year was refused as the table "Quý I"
_YEAR_TO_DATE = re.compile(r"^luy ke (?:ca nam|nam(?: (?:19|20)\d\d)?|12 thang|tu dau nam(?: den nay)?|den het nam)$")


def _kind_named(title: str, said: PeriodKind | None) -> PeriodKind | None:
    """The period a section's title names; the year to date is the year where the report is the year's."""
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(nfc(title))).split())
    return said if said is PeriodKind.YEAR and _YEAR_TO_DATE.match(words) else period_in_name(title)


def month_named(title: str) -> bool:
    """The section's title names one month ("Tháng 4", "T5/2030", "Tháng 06 năm 2030"), or a batch or week of one."""
    return bool(_MONTH.match(" ".join(re.sub(r"[^a-z0-9/\-]+", " ", fold(nfc(title))).split())))


def _summed(title: str) -> bool:
    return bool(_SUM.match(" ".join(re.sub(r"[^a-z0-9]+", " ", fold(nfc(title))).split())))


def _sections(band: list[str], first: int, width: int) -> list[tuple[int, int, str]]:
    starts = [i for i in range(first, width) if i < len(band) and band[i].strip()]
    return [(s, e, " ".join(band[s].split())) for s, e in zip(starts, [*starts[1:], width])]


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TIME_WORD = re.compile(r"^(quy|thang|nam|ky|luy|ke|cung|dau|truoc|nay|hoach|sanh|\d+|[ivx]+)$")


def _differ_in_time(titles: list[str]) -> bool:
    """The titles differ by a time ("Quý I | Quý II"), not by what they count ("Hồ sơ trực tuyến trong kỳ | Hồ sơ trực
    tiếp trong kỳ": one period's channels)."""
    words = [set(re.findall(r"[a-z0-9]+", fold(nfc(t)))) for t in titles]
    common = set.intersection(*words)
    return any(_TIME_WORD.match(w) for w in set.union(*words) - common)


_OWN_TIME = re.compile(r"^(quy|thang|nam|ky|luy|cung|truoc|nay|hoach|sanh|(?:19|20)\d\d|[ivx]+)$")


def times_apart(a: str, b: str) -> bool:
    """Two columns' titles differ by a time ("Đúng hạn tháng 4 | Đúng hạn tháng 5", "Đúng hạn cùng kỳ | Đúng hạn kỳ
    này"), not by a column's number alone ("Đúng hạn (5) | Đúng hạn (7)")."""
    words = [set(re.findall(r"[a-z0-9]+", fold(nfc(t)))) for t in (a, b)]
    apart = words[0] ^ words[1]
    return any(_OWN_TIME.match(w) for w in apart) or len(apart) > 0 and bool(words[0] & words[1] & {"thang", "quy"})


def times_repeated(columns: list[HeaderColumn], chosen: dict[int, str | None]) -> list[Msg]:
    """Columns of one figure for different times in a one-row header ("Đúng hạn cùng kỳ | Đúng hạn kỳ này", "Tiếp nhận
    tháng 4 | … | Tiếp nhận quý II"). Round 38D: the first was kept, the others "read twice" and left out: last year's
    or April's figures stored as the period's, exit 0. Which is the period's is the user's to say; round 39D: every
    column of the figure in one message (one pair at a time, four months took the user three runs)."""
    first: dict[str, HeaderColumn] = {}
    apart: dict[str, list[HeaderColumn]] = {}
    for c in columns:
        meaning = chosen.get(c.index, c.meaning)
        if not meaning or meaning in (RATE, DIRECT, POSTAL):
            continue
        if meaning not in first:
            first[meaning] = c
        elif c.index not in chosen and times_apart(first[meaning].title, c.title):
            apart.setdefault(meaning, [first[meaning]]).append(c)
    out = []
    for one, *others in apart.values():
        if len(others) == 1:
            out.append(Msg(N_("figures", "Cột {0} “{1}” và cột {2} “{3}” là cùng một số liệu của hai thời gian khác "
                                         "nhau: chưa lưu gì. Hãy bỏ cột không phải của kỳ báo cáo (ở dòng lệnh: "
                                         "--column {0}=skip hoặc --column {2}=skip)."),
                           one.index + 1, one.title, others[0].index + 1, others[0].title))
            continue
        listed = [one, *others]
        out.append(Msg(N_("figures", "Các cột {0} là cùng một số liệu của {1} thời gian khác nhau: chưa lưu gì. Hãy "
                                     "chỉ giữ cột của kỳ báo cáo và bỏ các cột còn lại (ở dòng lệnh: {2}, trừ cột giữ "
                                     "lại)."),
                       ", ".join(f"{c.index + 1} “{c.title}”" for c in listed), len(listed),
                       " ".join(f"--column {c.index + 1}=skip" for c in listed)))
    return out


def _elsewhere(title: str, years: set[str]) -> bool:
    """The section names a year other than the one(s) stated above it."""
    return bool(years) and bool(set(_YEAR.findall(title)) - years)


def other_time(title: str) -> bool:
    """A section of another time than the period reported: a year to date, last year's, a plan, a comparison."""
    return bool(_OTHER_TIME.search(fold(nfc(title))))


def side_by_side(table: list[sources.Row]) -> list[tuple[list[sources.Row], str]] | None:
    """The table's periods printed side by side, each as a table with its title ("Quý II/2026"), the report's own
    period first; None when the table is one period's."""
    cells = [c for _, c in table]
    header = find_header(cells)
    if header is None:
        return None
    figures = [c for c in header.columns if c.meaning and c.meaning != RATE]
    if not figures:
        return None
    first = min(c.index for c in figures)
    first = max([c.index + 1 for c in header.columns if c.label and c.index < first], default=first)
    width = max(len(r) for r in cells)
    for b in range(max(header.start - 1, 0), header.end):
        parts = _sections(cells[b], first, width)
        if len(parts) < 2 or parts[0][0] > min(c.index for c in figures):
            continue
        signed = [(s, e, t, tuple(c.meaning for c in figures if s <= c.index < e)) for s, e, t in parts]
        signed = [p for p in signed if p[3]]  # a section of rates alone ("So sánh (%)") is no period's table
        # sections repeating some of the same columns (round 37D: "Tháng 6 | Lũy kế 6 tháng", the second with fewer
        # columns, was one table, June's figures stored as the half year's)
        if len(signed) < 2 or not any(set(a[3]) & set(b[3]) for i, a in enumerate(signed) for b in signed[i + 1:]) \
                or not all(_TIME.search(fold(nfc(t))) or other_time(t) or period_in_name(t) or month_named(t)
                           or _summed(t) and any(month_named(u) or period_in_name(u) for *_, u, _ in signed)
                           for _, _, t, _ in signed) \
                or not _differ_in_time([t for _, _, t, _ in signed]) and not any(month_named(t) for *_, t, _ in signed):
            continue  # not the same columns again under a time each: the table's own groups
        out = []
        # Round 36D: the report's period stated above is not that of a section named for another ("Quý I | Quý II"
        # under "Báo cáo 6 tháng đầu năm 2030": quý I's figures were stored as the half year's); a section naming it
        # is the report's own, "lũy kế" or not ("Tháng 6 | Lũy kế 6 tháng": June's were)
        above_text = " ".join(c for _, row in table[:min(b, header.start)] for c in row)
        # Round 39D: "Báo cáo năm 2030", which no sheet's name reads as the year ("Quý I | … | Cả năm" under it: quý
        # I's section read first, "Tệp không ghi kỳ báo cáo")
        said = period_in_name(above_text) or getattr(find_period(above_text), "kind", None)
        named = said is not None and any(_kind_named(t, said) is said for _, _, t, _ in signed)
        # Round 37D: nor one naming another year ("6 tháng 2029 | 6 tháng 2030": 2029's stored as 2030's)
        years = set(_YEAR.findall(above_text))
        for s, e, title, _ in sorted(signed, key=lambda p: (month_named(p[2]), _elsewhere(p[2], years),
                                                            named and _kind_named(p[2], said) is not said,
                                                            not _summed(p[2]),
                                                            other_time(p[2]))):
            own = find_period(title) is None and not _elsewhere(title, years) and not month_named(title) and (
                _kind_named(title, said) is said if named else not other_time(title)
                and period_in_name(title) in (None, said))
            above = table[:min(b, header.start)] if own else []
            rows = [*above, *((line, [*row[:first], *row[s:e]]) for line, row in table[header.start:])]
            if b < header.start:
                rows.insert(len(above), (table[b][0], [title]))
            out.append((rows, title))
        return out
    return None
