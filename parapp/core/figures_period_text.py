"""A file's text made ready for the period patterns (parapp.core.figures_period): quarters and months in words or
other spellings written as figures, and the period to come ("…, phương hướng nhiệm vụ quý II") dropped, each character
still placed in the text as written. Split from figures_period by meaning (round 40D)."""

from __future__ import annotations

import re

from parapp.core.deadline_forms import WORD_FORMS

# Round 40D: "quí" (the older spelling), "QUÝ 02", "Q2 năm 2030", "quý thứ hai": the quarter unread, the title the year
# ("BÁO CÁO QUÍ 2 NĂM 2030": the quarter's figures stored as the year's). Written as "quy 2" before the patterns look.
_NTH = {"nhat": "i", "hai": "ii", "ba": "iii", "tu": "iv", "bon": "iv"}
# The period to come after the one reported ("…, phương hướng nhiệm vụ năm 2031"): see _NEXT below
_TO_COME = (r"(?:[,;]|\s[-–]|\bva\b)\s*(?:phuong\s+huong|dinh\s+huong|ke\s+hoach|(?:cac\s+)?nhiem\s+vu|du\s+kien"
            r"|muc\s+tieu|chuong\s+trinh|giai\s+phap)")
_SPELLINGS = (
    (re.compile(r"\bqui\b"), lambda m: "quy"),
    (re.compile(r"\bquy\s+0([1-4])\b"), lambda m: f"quy {m.group(1)}"),
    (re.compile(r"\bquy\s+thu\s+(nhat|hai|ba|tu|bon)\b"), lambda m: f"quy {_NTH[m.group(1)]}"),
    # Round 43D: "Q4" before the period to come too ("Báo cáo kết quả Q4, phương hướng năm 2031" was the year 2031)
    (re.compile(rf"\bq\s*[.\-_]?\s*([1-4])\b(?=\s*(?:[/\-–.,(]\s*)?(?:nam\s*:?\s*)?\d{{4}}|\s*{_TO_COME}\b)"),
     lambda m: f"quy {m.group(1)}"),
)


# Round 41D: a count of months in words before "tháng năm" ("Báo cáo mười hai tháng năm 2030", "mười một tháng năm"):
# the "năm" was taken for May ("tháng Năm") by the deadline forms, no period read, and the --period year then given
# stored eleven months' figures as the year's. Written in figures first, as "12 tháng năm 2030" is read.
# Not "tư", folded as "từ" is ("từ tháng đầu năm 2030": from the year's start, no count)
_COUNT_WORDS = {"muoi hai": "12", "muoi mot": "11", "muoi": "10", "mot": "1", "hai": "2", "ba": "3", "bon": "4",
                "nam": "5", "sau": "6", "bay": "7", "tam": "8", "chin": "9"}
_COUNTS = (re.compile(r"(?<!ngay )(?<!thang )\b(muoi\s+hai|muoi\s+mot|muoi|mot|hai|ba|bon|nam|sau|bay|tam|chin)"
                      r"(?=\s+thang\s+(?:dau\s+|cuoi\s+)?nam\b)"),
           lambda m: _COUNT_WORDS[" ".join(m.group(1).split())])


def in_figures(folded: str) -> tuple[str, list[int]]:
    """`folded` with quarters and months in words as figures ("quy ba nam 2027": "quy iii nam 2027"), and where each
    of its characters (and its end) stands in `folded`. Round 27C: "Kỳ báo cáo: Quý Ba năm 2027" was read as the year
    2027, the quarter's figures stored as the whole year's."""
    at = list(range(len(folded) + 1))
    for pattern, figures in (_COUNTS, *WORD_FORMS, *_SPELLINGS):
        out: list[str] = []
        moved: list[int] = []
        last = 0
        for m in pattern.finditer(folded):
            written = figures(m)
            out += [folded[last:m.start()], written]
            moved += at[last:m.start()] + [at[m.start()]] * len(written)
            last = m.end()
        folded, at = "".join(out) + folded[last:], moved + at[last:]
    return folded, at


# Round 39D: a title naming, after "phương hướng" or "kế hoạch", the period to come, its year once at the end ("Báo cáo
# kết quả quý I, phương hướng nhiệm vụ quý II năm 2030", "… năm 2030, phương hướng nhiệm vụ năm 2031"): the next period
# was read, quý I's figures stored as quý II's, 2030's as 2031's. Not a plan carried out ("thực hiện kế hoạch … năm
# 2030"): only after a comma, a dash or "và" ("phương hướng" after anything).
# Round 42D: "định hướng", "chương trình công tác", "giải pháp", "các nhiệm vụ" too, and "tổng kết năm" as the one
# reported ("… quý IV và định hướng năm 2031", "tổng kết năm và phương hướng năm 2031" were the year 2031)
_NEXT = re.compile(rf"(?:{_TO_COME}|\bphuong\s+huong)\b[^\n]*")  # a .csv line cut at its comma is joined with a space
_A_TIME = re.compile(r"\b(?:quy\s+(?:iv|iii|ii|i|[1-4])\b|\d{1,2}\s+thang\b|thang\s+\d{1,2}\b|nam\s+\d{4}|ca\s+nam\b"
                     r"|tong\s+ket\s+nam\b)")
# Round 43D: the year reported named by a bare "năm" before the period to come ("Báo cáo kết quả năm, phương hướng năm
# 2031" was the year 2031). Not the end of "6 tháng đầu năm", "quý cuối năm"
_BARE_YEAR = re.compile(r"(?<!dau )(?<!cuoi )(?<!thang )(?<!quy )(?<!nua )\bnam\s*$")
_A_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


_QUARTER_NAMED = re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4])\b")
_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _year_before(head: str, next_: str) -> int:
    """1 where the period to come is in the year after the one reported, the year written being the next one's: round
    41D, "Báo cáo kết quả quý IV, phương hướng nhiệm vụ năm 2031" (or "… quý I năm 2031") was quý IV of 2031, the
    figures of quý IV 2030 stored a year late; "Báo cáo kết quả cả năm, phương hướng năm 2031" likewise."""
    reported = [_Q[q] for q in _QUARTER_NAMED.findall(head)]
    to_come = [_Q[q] for q in _QUARTER_NAMED.findall(next_)]
    if reported:
        return int(to_come[0] <= reported[-1] if to_come else reported[-1] == 4)
    # Round 43D: whatever comes after a whole year is in the next ("cả năm, phương hướng quý I năm 2031" was 2031)
    return int(bool(re.search(r"\b(?:ca|toan|tong\s+ket)\s+nam\b", head) or _BARE_YEAR.search(head)))


def without_next(folded: str, at: list[int]) -> tuple[str, list[int]]:
    """`folded` without the period to come where a line names the one reported before it; the year the line ends
    with given to the one reported when it has none ("quy i nam 2030"), each character still placed in the text."""
    out: list[str] = []
    moved: list[int] = []
    last = 0
    for m in _NEXT.finditer(folded):
        cut = m.start()
        head = folded[folded.rfind("\n", 0, cut) + 1:cut]
        if not head.strip() and cut - len(head) - 1 > last:
            # Round 43D: the title wrapped before the period to come (Alt+Enter in the cell, Word's two paragraphs:
            # "… quý I↵và phương hướng nhiệm vụ quý II năm 2030" was quý II): the line above is the one reported
            cut -= len(head) + 1
            head = folded[folded.rfind("\n", 0, cut) + 1:cut]
        if not ((_A_TIME.search(head) or _BARE_YEAR.search(head)) and _A_TIME.search(m.group())):
            continue
        out.append(folded[last:cut])
        moved += at[last:cut]
        years = list(_A_YEAR.finditer(m.group()))
        # Round 43D: only a year after the period reported is its own, not the circular's "01/2020/TT-VPCP ngày
        # 21/10/2020" in the left cell of a Biểu 06's title row (the file was refused as naming no period)
        reported = [t.start() for t in _A_TIME.finditer(head)] + [b.start() for b in [_BARE_YEAR.search(head)] if b]
        if years and not _A_YEAR.search(head, max(reported)):
            y = m.start() + years[-1].start()
            prefix = " " if head.rstrip().endswith("nam") else " nam "
            out.append(prefix + str(int(folded[y:y + 4]) - _year_before(head, m.group())))
            moved += [at[y]] * len(prefix) + at[y:y + 4]
        last = m.end()
    return "".join(out) + folded[last:], moved + at[last:]
