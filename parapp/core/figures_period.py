"""The period a statistics export states about itself, and the figures period it is.

One-stop software prints the span it counted above the table: "Kỳ báo cáo: Quý
III/2025", "(Từ ngày 15/6/2025 đến ngày 14/9/2025)", "6 tháng đầu năm 2025". A span
of days is matched to a window: the commune's own (figure_windows), or the calendar or
15–14 windows the software may count by whatever the commune uses; a span matching
none of them (a month, "6 tháng cuối năm") is no period figures are kept for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from parapp.core.figures import figure_windows
from parapp.core.figures_period_pairs import _QUARTERS, _ROMAN, _YEAR, apart, paired, year_reported
from parapp.core.figures_period_text import in_figures, without_next
from parapp.core.messages import N_, Msg
from parapp.core.periods import PeriodKind, PeriodRule
from parapp.core.vntext import fold, nfc
from parapp.core.years import YEAR_MAX, YEAR_MIN, year_ok

_D = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
_RANGES = [
    re.compile(rf"tu\s+(?:ngay\s*:?\s*)?{_D}\s*(?:den|toi|-|–)\s*(?:het\s+)?(?:ngay\s*:?\s*)?{_D}"),
    re.compile(r"tu\s+ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\s*(?:den|toi|-|–)\s*(?:het\s+)?"
               r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})"),
    re.compile(rf"(?<![\d/.]){_D}\s*(?:-|–|den)\s*{_D}"),
]
_NAMED = [
    # Round 40D: the year before the period, each in its cell ("Năm báo cáo: | 2030 | Kỳ: | Quý II", "Năm: 2030 | Quý:
    # II", or on two lines): no period read, "Tệp không ghi kỳ báo cáo" for a file saying it
    (re.compile(r"\bnam(?:\s+(?:bao\s+cao|thong\s+ke))?\s*:\s*(\d{4})\b[\s\S]{0,60}?(?:\bky(?:\s+(?:bao\s+cao"
                r"|thong\s+ke))?\s*:?\s*(quy\s+(?:iv|iii|ii|i|[1-4])|0?[69]\s+thang|ca\s+nam)|\bquy\s*:\s*(iv|iii|ii|i|[1-4]))"
                r"\b"), "year first"),
    (re.compile(rf"\bquy\s*:?\s*(iv|iii|ii|i|[1-4])\b{_YEAR}"), "quarter"),
    # "6 tháng năm 2026" too (round 22C); "06 tháng", "sáu tháng" (round 23B)
    # Round 40D: "6 tháng, năm 2030", "nửa đầu năm", "quý đầu/cuối năm" were the year by the words below
    (re.compile(rf"\b(?:(?:0?6|sau)\s+thang\s*,?\s+(?:dau\s+)?|nua\s+dau\s+)nam{_YEAR}"), PeriodKind.H1),
    (re.compile(rf"\b(?:0?9|chin)\s+thang\s*,?\s+(?:dau\s+)?nam{_YEAR}"), PeriodKind.NINE_MONTHS),
    (re.compile(rf"\bquy\s+dau\s+(?:tien\s+)?(?:cua\s+)?nam{_YEAR}"), PeriodKind.Q1),
    (re.compile(rf"\bquy\s+cuoi\s+(?:cung\s+)?(?:cua\s+)?nam{_YEAR}"), PeriodKind.Q4),
    (re.compile(rf"\b(?:0?6|sau)\s+thang\s+cuoi\s+nam{_YEAR}"), "other"),  # "06", "sáu" too (round 23B)
    # Round 39D: months counted from the year's start ("Báo cáo 11 tháng năm 2030", "4 tháng đầu năm 2030") were the
    # year by the words below: eleven months' figures stored as the year's. Three are its first quarter, twelve the
    # year; any other count no period of ours (said, refused)
    (re.compile(rf"\b(?:0?3|ba)\s+thang\s+(?:dau\s+)?nam{_YEAR}"), PeriodKind.Q1),
    (re.compile(rf"\b(?:12|muoi\s+hai)\s+thang\s+(?:dau\s+)?nam{_YEAR}"), PeriodKind.YEAR),
    (re.compile(rf"\b(?:0?[1-9]|1[01]|mot|hai|bon|nam|bay|tam|muoi(?:\s+mot)?)\s+thang\s+(?:dau\s+|cuoi\s+)?"
                rf"nam{_YEAR}"), "months"),
    # Round 40D: a run of months or of quarters from the year's start ("tháng 01 - 06 năm 2030", "từ tháng 1 đến tháng 6
    # năm 2030", "2 quý đầu năm 2030") was the year by the words below: the half year's figures stored as the year's
    (re.compile(rf"\b(?:tu\s+)?thang\s+(0?[1-9]|1[0-2])\s*(?:-|–|den|toi)\s*(?:het\s+)?(?:thang\s+)?(0?[1-9]|1[0-2])\b"
                rf"{_YEAR}"), "month run"),
    (re.compile(rf"\b([1-4]|mot|hai|ba|bon)\s+quy\s+(?:(dau|cuoi)\s+)?nam{_YEAR}"), "quarter run"),
    (re.compile(rf"ky\s+(?:bao\s+cao|thong\s+ke)\s*(?:mau\s*)?:?\s*thang\s+(\d{{1,2}}){_YEAR}"), "month"),
    # Round 38D: a month's report ("BÁO CÁO THÁNG 6 NĂM 2030", "… tháng 06/2030") was the year's by the words below
    # ("báo cáo … năm 2030" at the line's end): the month's figures stored as the year's. Not "tính đến tháng 11 năm
    # 2030", "từ tháng 1 năm 2030": a span's end or start
    (re.compile(r"(?<!den )(?<!toi )(?<!tu )(?<!het )(?<!\d )\bthang\s+(0?[1-9]|1[0-2])\s*"
                r"(?:[/\-–.,]\s*(?:nam\s*:?\s*)?|nam\s*:?\s*)(\d{4})"),
     "month"),
    (re.compile(r"(?:ky\s+(?:bao\s+cao|thong\s+ke)\s*:?\s*|\bca\s+|\btoan\s+)nam\s+(\d{4})"), PeriodKind.YEAR),
    (re.compile(r"\b(?:bao\s+cao|thong\s+ke)\b[^\n]{0,80}?\bnam\s+(\d{4})\s*$", re.M), "titled year"),
]
KIND_WORDS = {  # followed by the year: "quý III năm 2025", "6 tháng đầu năm 2025", "năm 2025"
    PeriodKind.Q1: "quý I năm", PeriodKind.Q2: "quý II năm", PeriodKind.Q3: "quý III năm", PeriodKind.Q4: "quý IV năm",
    PeriodKind.H1: "6 tháng đầu năm", PeriodKind.NINE_MONTHS: "9 tháng năm", PeriodKind.YEAR: "năm",
}


@dataclass(frozen=True)
class StatedPeriod:
    text: str                              # as the file wrote it
    start: dt.date | None = None
    end: dt.date | None = None
    kind: PeriodKind | None = None         # named: "Quý III/2025"
    year: int | None = None
    also: StatedPeriod | None = None       # a period named beside the range read ("Quý II năm 2030 (từ ngày …)")

    def describe(self) -> str:
        if self.start and self.end:
            return f"từ ngày {_day(self.start)} đến ngày {_day(self.end)}"
        return self.text


def _day(d: dt.date) -> str:
    """dd/mm/yyyy with the year's four figures: the C library's %Y printed year 1 as "1" (round 39D)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


@dataclass(frozen=True)
class FilePeriod:
    kind: PeriodKind
    year: int
    stated: StatedPeriod
    window: tuple[dt.date, dt.date] | None = None   # the commune's window it was matched to

    def words(self) -> str:
        return period_words(self.kind, self.year)


def period_words(kind: PeriodKind, year: int) -> str:
    return f"{KIND_WORDS[kind]} {year}"


def _date(d: str, m: str, y: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


# A run of quarters ("Từ quý I năm 2026 đến quý III năm 2026", "Quý I - Quý III/2026", "Quý I, II năm 2026"): read as
# its first or last quarter, or the year, its figures were stored as one quarter's (round 22C). From the first quarter
# it is 6 months, 9 months or the year; any other run is a span no figures are kept for.
# Round 23B: three listed ("Quý I, II, III năm 2026", "Quý I + II + III") were read as the year, and a run with its year
# after the first ("Quý I/2026 - Quý III") as quý I: the quarters between are passed over, the year taken from either.
# Round 28D: ";" too ("Quý I; Quý II năm 2027" was quý II), and a space alone ("Quý I, II năm 2027" on a .csv line the
# comma cut into two cells, joined "Quý I II năm 2027", was the year).
_SEP = r"(?:\s*(?:-|–|—|,|;|\+|&|\bva\b|\bden\b|\btoi\b)\s*|\s+)(?:het\s+)?(?:quy\s+)?"
_RUN = re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:/|-|nam)\s*(\d{4}))?"
                  rf"(?:{_SEP}(?:iv|iii|ii|i|[1-4])\b)*{_SEP}(iv|iii|ii|i|[1-4])\b(?:{_YEAR})?")
_ANY_QUARTER = re.compile(r"\bquy\s+(?:iv|iii|ii|i|[1-4])\b")
_FROM_FIRST = {2: PeriodKind.H1, 3: PeriodKind.NINE_MONTHS, 4: PeriodKind.YEAR}


def _run_of_quarters(folded: str, original: str, at: list[int]) -> tuple[StatedPeriod, int] | None:
    m = _RUN.search(folded)
    first_named = _ANY_QUARTER.search(folded)
    if m is None or first_named is None or first_named.start() != m.start():
        return None  # a quarter named before it is the one the file states, as it was
    if not (m.group(4) or m.group(2) and re.search(r"\bquy\s+$", folded[:m.start(3)])):
        return None  # no year, or "Quý I/2026 - 3 tháng đầu năm": no run
    first, last = _ROMAN[m.group(1)], _ROMAN[m.group(3)]
    year = int(m.group(4) or m.group(2))
    start_year = int(m.group(2) or year)
    quoted = " ".join(original[at[m.start()]:at[m.end()]].split())
    if first == 1 and last in _FROM_FIRST and start_year == year:
        return StatedPeriod(quoted, kind=_FROM_FIRST[last], year=year), m.start()
    start, end = _date("1", str(3 * first - 2), str(start_year)), _date("1", str(3 * last - 2), str(year))
    if start is None or end is None or end < start:
        return None
    import calendar

    end = end.replace(month=end.month + 2, day=calendar.monthrange(year, end.month + 2)[1])
    return StatedPeriod(quoted, start, end), m.start()


def find_period(text: str) -> StatedPeriod | None:
    """The span the file says it counts: a range of days first, else a named period; not a range further down than
    the period named, which is of something else."""
    original = nfc(text)
    folded, at = in_figures(fold(original))
    folded, at = without_next(folded, at)
    ranged = _ranged(folded, original, at)
    named = _named(folded, original, at)
    if ranged is None or named is None:
        return (ranged or named or (None, 0))[0]
    if not _further_down(folded, named[1], ranged[1]):
        return _beside(folded, ranged, named)
    return named[0]


_RIGHT_AFTER = re.compile(r"[ \t,;:(\[\-–—]*")


def _beside(folded: str, ranged: tuple[StatedPeriod, int, int], named: tuple[StatedPeriod, int, int]) -> StatedPeriod:
    """The range read, with the period named before it or right after it (not the title's bare "báo cáo … năm
    2030", nor a date of the range itself): round 40D, "Báo cáo quý II năm 2030 (số liệu từ ngày 01/01/2030 đến ngày
    30/6/2030)" was silently the half year's; `contradiction` now says the file names both."""
    (range_, start, end), (period, at_, order) = ranged, named
    if order == len(_NAMED) - 1 or start <= at_ < end or at_ >= end and not _RIGHT_AFTER.fullmatch(folded[end:at_]):
        return range_  # after it, only "(Quý II năm 2030)": not "…, so với quý II năm 2029" (one compared with)
    return replace(range_, also=period)


def _ranged(folded: str, original: str, at: list[int]) -> tuple[StatedPeriod, int, int] | None:
    for pat in _RANGES:
        for m in pat.finditer(folded):
            a, b = _date(*m.group(1, 2, 3)), _date(*m.group(4, 5, 6))
            if a and b and a <= b:
                return StatedPeriod(" ".join(original[at[m.start()]:at[m.end()]].split()), a, b), m.start(), m.end()
    return None


_DATAS = re.compile(r"\b(?:so\s+lieu|thong\s+ke|ky\s+bao\s+cao"
                    r"|thoi\s+gian\s+(?:lay|tong\s+hop|thong\s+ke|bao\s+cao))\b")


def _further_down(folded: str, named: int, ranged: int) -> bool:
    """Round 39D: the commune's Word report titled "… QUÝ I NĂM 2030" told below of a training "từ ngày 10/3/2030 đến
    ngày 12/3/2030" (refused, --period too, as no period) or a plan "từ ngày 01/01/2030 đến ngày 31/12/2030" (the
    quarter's figures stored as the year's). The range is the report's before the period named, on its line, or at
    the head of a line just after it ("(Từ ngày 15/3/2030 …)", "Thời gian lấy số liệu: …")."""
    if ranged < named:
        return False
    between = folded[named:ranged].split("\n")
    if len(between) == 1 or _DATAS.search(between[-1]):
        return False  # said to be the data's span ("số liệu từ ngày …", "Thống kê từ ngày …"), however far down
    lines = [line for line in between[1:-1] if line.strip()]
    return len(lines) > 3 or len(between[-1].split()) > 5


def _named(folded: str, original: str, at: list[int]) -> tuple[StatedPeriod, int, int] | None:
    """The period named first in the text. Round 39D: a Word report titled "… 6 THÁNG ĐẦU NĂM 2030" comparing with
    "quý I năm 2030" further down was quý I's (a quarter named anywhere outranked the half year): the half year's
    figures stored as the quarter's. A title's "báo cáo … năm 2030" stands where its year does (after "quý II" on its
    line)."""
    found = [] if (run := _run_of_quarters(folded, original, at)) is None else [(run[1], -1, run[0], run[1])]
    for order, (pat, what) in enumerate(_NAMED):
        for m in pat.finditer(folded):
            stated = _stated(m, what, original, at)
            if stated is not None:
                found.append((m.start(1) if order == len(_NAMED) - 1 else m.start(), order, stated, m.end()))
                break
    if not found:
        return None
    at_, order, stated, end = min(found, key=lambda f: (f[0], f[1]))
    if not (stated.kind and stated.year) or (two := paired(folded, stated.kind, stated.year, at_, end)) is None:
        if order == len(_NAMED) - 1 and stated.year is not None and stated.kind in (PeriodKind.YEAR, None):
            line = folded.rfind("\n", 0, at_) + 1
            stated, year_at = year_reported(folded, line, at_, stated)  # "năm 2025, triển khai … năm 2026" (45D)
            stated = apart(folded, line, year_at, stated)
        return stated, at_, order
    kind, a, b = two  # round 41D: "QUÝ IV VÀ CẢ NĂM 2030" names both
    other = StatedPeriod(" ".join(original[at[a]:at[b]].split()), kind=kind, year=stated.year)
    return (replace(other, also=stated) if kind is PeriodKind.YEAR else replace(stated, also=other)), at_, order


_A_TIME_WORD = re.compile(r"\b(?:quy\s+(?:dau|cuoi|nay|truoc)|(?<!ngay )\d{1,2}\s+(?:quy|thang)"
                          r"|thang\s+(?:dau|cuoi|nay|truoc)|nua\s+(?:dau|cuoi)|tuan|dot\s+(?:\d|[iv]+\b|mot|hai|ba|bon)"
                          r"|hoc\s+ky)")  # not "quy chế", "đột xuất", a date's "ngày 20 tháng 12"
_MONTH_RUNS = {(1, 3): PeriodKind.Q1, (4, 6): PeriodKind.Q2, (7, 9): PeriodKind.Q3, (10, 12): PeriodKind.Q4,
               (1, 6): PeriodKind.H1, (1, 9): PeriodKind.NINE_MONTHS, (1, 12): PeriodKind.YEAR}


def _months(first: int, last: int, year: int) -> tuple[dt.date, dt.date]:
    """From the first day of month `first` to the last of month `last`."""
    import calendar

    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def _stated(m: re.Match, what, original: str, at: list[int]) -> StatedPeriod | None:
    quoted = " ".join(original[at[m.start()]:at[m.end()]].split())
    if what == "year first":
        said = m.group(2) or "quy " + m.group(3)
        kind = (_QUARTERS[_ROMAN[said.split()[-1]] - 1] if said.startswith("quy") else PeriodKind.YEAR
                if said.startswith("ca") else PeriodKind.H1 if "6" in said else PeriodKind.NINE_MONTHS)
        return StatedPeriod(quoted, kind=kind, year=int(m.group(1)))
    year = int(m.group(m.lastindex or 1))
    if what in ("month run", "quarter run"):
        months = 3 * ({"mot": 1, "hai": 2, "ba": 3, "bon": 4}.get(m.group(1), 0) or int(m.group(1)[0]))
        first, last = (int(m.group(1)), int(m.group(2))) if what == "month run" else \
            (13 - months, 12) if m.group(2) == "cuoi" else (1, months)  # "2 quý cuối năm": July to December
        run = _MONTH_RUNS.get((first, last))  # a named span, as "quý II" is: not matched to a window (1–5 is no H1)
        return StatedPeriod(quoted, kind=run, year=year) if run else StatedPeriod(quoted) if first <= last else None
    if what == "titled year":  # not "Báo cáo tháng cuối năm 2030", "… đợt 2 năm 2030": a time no pattern read (40D)
        return StatedPeriod(quoted, kind=None if _A_TIME_WORD.search(m.group()) else PeriodKind.YEAR, year=year)
    if what == "quarter":
        return StatedPeriod(quoted, kind=_QUARTERS[_ROMAN[m.group(1)] - 1], year=year)
    if what == "month":
        month = int(m.group(1))
        return StatedPeriod(quoted, *_months(month, month, year)) if 1 <= month <= 12 else None
    if what == "months":
        return StatedPeriod(quoted)  # no span a window can be matched to: "không phải một kỳ ParApp giữ"
    if what == "other":
        return StatedPeriod(quoted, dt.date(year, 7, 1), dt.date(year, 12, 31))
    return StatedPeriod(quoted, kind=what, year=year)


START_SLACK = 3      # days a stated start may differ from a window's start
EARLY_END = 31       # an export made before the window closed ("số liệu tính đến ngày …") ends up to a month early


def _candidate_windows(rules: list[PeriodRule], year: int) -> list[tuple[int, PeriodKind, dt.date, dt.date]]:
    """(preference, kind, start, end): the commune's own windows first, then the usual schedules'
    (software exports calendar quarters or the ministry's 15–14 windows whatever the commune uses)."""
    from parapp.core.periods import PRESETS

    out = []
    for pref, rule_set in enumerate([rules, *PRESETS.values()]):
        for kind, p in figure_windows(rule_set, year).items():
            out.append((pref, kind, p.window_start, p.window_end))
    return out


def _year_out(stated: StatedPeriod) -> int | None:
    """A year the file states out of 2000–2100. Round 38D: "Quý II năm 0001", "… đến ngày 31/12/9999" met the
    calendar's end while the windows around it were worked out: "Lỗi không mong đợi", exit 1."""
    years = [stated.year, stated.start.year if stated.start else None, stated.end.year if stated.end else None]
    return next((y for y in years if y is not None and not year_ok(y)), None)


def match_period(stated: StatedPeriod, rules: list[PeriodRule]) -> FilePeriod | None:
    """The figures period (kind, year) the stated span is, under the commune's schedule; None when
    it is none of them (a month, four months, a half year other than the first).

    A span is a period when it starts on a window's first day (give or take a few) and ends on its
    last day, or up to a month before it (the export was made before the window closed)."""
    if _year_out(stated) is not None:
        return None  # no period of ours (contradiction says why)
    if stated.kind is not None and stated.year is not None:
        return FilePeriod(stated.kind, stated.year, stated)
    if not (stated.start and stated.end):
        return None
    a, b = stated.start, stated.end
    best: tuple[tuple[int, int], PeriodKind, int] | None = None
    for year in sorted({a.year, b.year, b.year + 1}):
        for pref, kind, start, end in _candidate_windows(rules, year):
            off_start = abs((a - start).days)
            short = (end - b).days
            if off_start > START_SLACK or not -START_SLACK <= short <= EARLY_END:
                continue
            score = (off_start + abs(short), pref)
            if best is None or score < best[0]:
                best = (score, kind, year)
    if best is None:
        return None
    own = figure_windows(rules, best[2])[best[1]]
    return FilePeriod(best[1], best[2], stated, (own.window_start, own.window_end))


def _either(found: FilePeriod, stated: StatedPeriod) -> list[tuple[PeriodKind, int]] | None:
    """The two periods a file names, its range's and the one named beside it, when they differ (None: they agree)."""
    also = stated.also
    # Round 41D: the range is one of two periods named beside it ("QUÝ IV VÀ CẢ NĂM 2030 (số liệu từ ngày 01/10/2030
    # đến ngày 31/12/2030)"): it says which (was refused as a file contradicting itself)
    if also is None or (found.kind, found.year) in {(also.kind, also.year), (getattr(also.also, "kind", None),
                                                                              getattr(also.also, "year", None))}:
        return None
    return [(found.kind, found.year)] + ([(also.kind, also.year)] if also.kind and also.year else [])


def chosen(found: FilePeriod | None, stated: StatedPeriod | None, kind: PeriodKind | None,
           year: int | None) -> FilePeriod | None:
    """The file's period, or the one of its two the user chose where it names two (round 40D)."""
    if found is None or stated is None or kind is None or _either(found, stated) is None:
        return found
    k, y = next(p for p in _either(found, stated) or [] if p[0] == kind and year in (None, p[1]))
    return FilePeriod(k, y, stated)


def contradiction(found: FilePeriod | None, stated: StatedPeriod | None, kind: PeriodKind | None,
                  year: int | None) -> Msg | None:
    """Why a period the user gave cannot hold the file's figures, or None when it can."""
    if stated is None:
        return None
    if found is not None and (either := _either(found, stated)) is not None:
        if kind is not None and any(kind == k and year in (None, y) for k, y in either):
            return None  # the user settled which of the two the figures are
        also = stated.also or stated
        if stated.kind is not None and also.kind is not None and also.year is not None:  # two named (round 41D)
            return Msg(N_("figures", "Tệp ghi hai kỳ, “{0}” ({1}) và “{2}” ({3}), mà chỉ có một bảng số liệu cho cả "
                                     "hai: chưa lưu gì. Hãy cho biết số liệu là của kỳ nào (ở dòng lệnh: --period {4} "
                                     "hoặc --period {5}, kèm --year)."),
                       also.text, period_words(also.kind, also.year), stated.text, found.words(), also.kind.value,
                       found.kind.value)
        named = period_words(also.kind, also.year) if also.kind and also.year else also.describe()
        return Msg(N_("figures", "Tệp ghi “{0}” ({1}) nhưng lại ghi số liệu {2} ({3}): tệp tự mâu thuẫn, chưa lưu gì. "
                                 "Hãy xem lại tệp rồi cho biết số liệu là của kỳ nào (ở dòng lệnh: --period {4} hoặc "
                                 "--period {5}, kèm --year)."),
                   also.text, named, stated.describe(), found.words(), (also.kind or found.kind).value,
                   found.kind.value)
    if found is None and (out := _year_out(stated)) is not None:
        return Msg(N_("figures", "Tệp ghi số liệu {0}: năm {1} nằm ngoài các năm ParApp làm việc ({2}–{3}). Chưa lưu "
                                 "gì: hãy kiểm tra năm ghi trong tệp (có thể gõ nhầm) rồi xuất lại."),
                   stated.describe(), out, YEAR_MIN, YEAR_MAX)
    if found is None:
        return Msg(N_("figures", "Tệp ghi số liệu {0}: đó không phải một kỳ ParApp giữ số liệu (quý, 6 tháng đầu "
                                 "năm, 9 tháng, năm). Hãy xuất lại biểu thống kê theo đúng kỳ báo cáo."),
                   stated.describe())
    if (kind is not None and kind != found.kind) or (year is not None and year != found.year):
        asked = period_words(kind or found.kind, year or found.year)
        return Msg(N_("figures", "Tệp ghi số liệu {0} ({1}), không phải {2}: chưa lưu gì. Hãy lưu vào {1} (ở dòng "
                                 "lệnh: bỏ --period/--year), hoặc chọn đúng tệp của {2}."),
                   stated.describe(), found.words(), asked)
    return None
