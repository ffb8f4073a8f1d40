"""From the rows of a criteria table to the tree, with every row accounted for.

Each row of the table becomes an area, a criterion, a line of scoring
guidance under the criterion above it, the stated total, or a row that is
left out with the reason shown. A criterion keeps the code the province
printed: numbering may be full (II, 2.1, 2.1.1) or run straight through the
areas (I: 1–5, II: 6–10, 14.3 under 14). Only a set that restarts inside
each Roman-numbered area (II, 1, 1.1) prints codes that would be ambiguous;
there the code is derived as plans write it (2.1.1), the label keeping what
the table printed.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from parapp.core.messages import Msg, N_
from parapp.core.par import codes, unkept
from parapp.core.par.row_codes import classified as _classified, lettered as _lettered, numbering as _numbering
from parapp.core.par.points import PointsError, format_points, parse_points, try_points
from parapp.core.par.tree import CriteriaSet, Node
from parapp.core.vntext import clean, fold

AREA, GROUP, CRITERION, GUIDANCE, TOTAL, IGNORED = "area", "group", "criterion", "guidance", "total", "ignored"


@dataclass
class ParsedRow:
    """A body row as read (editable in the preview), and what it became."""

    line: int
    label: str = ""
    name: str = ""
    max_text: str = ""
    self_text: str = ""
    official_text: str = ""
    guidance: str = ""
    evidence: str = ""
    note: str = ""
    skip: bool = False
    # filled by build():
    kind: str = IGNORED
    code: str = ""
    depth: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    under: str = ""  # a guidance line: the printed label of the criterion it is read under


@dataclass
class Built:
    criteria: CriteriaSet
    rows: list[ParsedRow]
    mismatches: list[Msg]          # stated totals that do not add up (the import still works)
    stated_total: int | None

    @property
    def blocking(self) -> list[tuple[int, str]]:
        """Problems that stop storing: (line, message)."""
        return [(r.line, p) for r in self.rows if not r.skip for p in r.problems]


def _is_total(name: str) -> bool:
    f = fold(name).strip(" :.")
    return (f.startswith(("tong cong", "tong diem", "tong so diem", "cong diem")) or f in ("tong", "tong so", "cong")
            or re.match(r"(?:tong|cong)\s*\(", f) is not None  # "Cộng (I + II)" (round 27C: read as guidance)
            or _SUBTOTAL.match(f) is not None or _AREAS_ADDED.match(f) is not None)


# "Tổng I + II", "Cộng I, II, III" without brackets: the set's total (round 29D: guidance of the last criterion, the
# user told to write the set's scores on its row).
_AREAS_ADDED = re.compile(r"^(?:tong cong|tong diem|tong|cong)\s+(?:[ivxlc]{1,6}|[a-h])"
                          r"(?:\s*(?:\+|,|va|&)\s*(?:[ivxlc]{1,6}|[a-h]))+$")
# A criterion's subtotal under its sub-criteria: "Cộng 1", "Tổng (1.2)" (round 29D: guidance of the last one, the user
# told to write criterion 1's scores on 1.2's row).
_SUBTOTAL_OF = re.compile(r"^(?:tong cong|tong diem|tong|cong)(?:\s+diem)?(?:\s+(?:tieu chi|muc))?\s*\(?\s*"
                          r"(\d{1,3}(?:\.\d{1,3}){0,3})\s*\)?$")


# An area's subtotal: "Cộng I", "Cộng lĩnh vực I", "Tổng điểm lĩnh vực (II)" (round 28D: "Cộng I" was guidance of the
# area's last criterion, the user told to write the area's scores on its row).
_SUBTOTAL = re.compile(r"^(?:tong cong|tong diem|tong|cong)(?:\s+diem)?(?:\s+(?:linh vuc|muc|phan|nhom))?\s*\(?\s*"
                       r"(?:[ivxlc]{1,6}|[a-h])\s*\)?$")


def _subtotals(subtotals: list, area_of_last, total_row, row_of, total: int) -> tuple[list[Msg], bool]:
    """The areas' subtotals checked against them, and whether the last total row is one too (round 28D: the last
    area's was taken for the set's total, and "Dòng tổng cộng ghi 4 điểm nhưng các lĩnh vực cộng lại được 8 điểm" said
    of a set that adds up). It is when it names its area, or says what the other areas' subtotals said and not the
    set's total."""
    last = total_row is not None and area_of_last is not None and (
        _SUBTOTAL.match(_words(total_row)) is not None
        or (any(_words(r) == _words(total_row) for r, _ in subtotals) and try_points(total_row.max_text) != total))
    out = []
    for r, area in [*subtotals, *([(total_row, area_of_last)] if last else [])]:
        stated = try_points(r.max_text)
        if stated is not None and stated != area.max_total:
            msg = Msg(N_("par", "{0} ghi {1} điểm nhưng các tiêu chí con cộng lại được {2} điểm."),
                      row_of[id(area)].label or area.code, format_points(stated), format_points(area.max_total))
            r.warnings.append(msg)
            out.append(msg)
    return out, last


def _words(r: ParsedRow) -> str:
    return fold(clean(r.name) or clean(r.label)).strip(" :.")


_UNREADABLE = {
    "max": N_("par", "Không đọc được điểm tối đa “{0}”: hãy sửa thành một số như 2,5."),
    "self": N_("par", "Không đọc được điểm tự đánh giá “{0}”: hãy sửa thành một số như 2,5."),
    "official": N_("par", "Không đọc được điểm thẩm định “{0}”: hãy sửa thành một số như 2,5."),
}


_TOO_LARGE = N_("par", "Điểm “{0}” lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm): hãy sửa lại.")


# A dash in a score cell: no score given (a scored table of last year, a form's blank). Round 25B: now that the
# command refuses a set with rows to fix, as the window does, it was called an unreadable score.
_NO_SCORE = re.compile(r"^[-–—/.…]+$")


def _points(text: str, row: ParsedRow, which: str) -> int | None:
    if not clean(text) or (which != "max" and _NO_SCORE.match(clean(text).replace(" ", ""))):
        return None
    try:
        return parse_points(text)
    except PointsError as exc:
        row.problems.append(Msg(_TOO_LARGE if exc.kind == "too_large" else _UNREADABLE[which], exc.text))
        return None


def build(rows: list[ParsedRow], year: int) -> Built:
    for r in rows:
        r.problems, r.warnings, r.kind, r.code, r.depth, r.under = [], [], IGNORED, "", 0, ""
    lettered = _lettered(rows)
    own, roman_areas = _numbering(rows, lettered)
    areas: list[Node] = []
    by_code: dict[str, Node] = {}
    row_of: dict[int, ParsedRow] = {}      # id(node) → its row
    relative: dict[str, bool] = {}         # Roman area → numbering restarts inside it
    area: Node | None = None
    area_is_roman = False
    in_area: set[str] = set()              # the codes under the current area
    last: Node | None = None
    owner: Node | None = None              # the criterion whose components "Tiêu chí thành phần 2" numbers (35D)
    letters: dict[int, list[tuple[ParsedRow, Node]]] = {}
    guided: dict[int, ParsedRow] = {}      # id(guidance row) → its criterion's row
    stated_total = None
    total_row: ParsedRow | None = None
    total_area: Node | None = None                   # the area the total row came under
    subtotals: list[tuple[ParsedRow, Node | None]] = []  # total rows with more areas after them (round 28D)

    for r in rows:
        if r.skip:
            continue
        label = clean(r.label)
        kind, code, name = _classified(r, lettered)
        if kind == codes.NONE and last is not None and (sub := codes.numbered_letter(label)) \
                and sub[0] in (last.label, last.code):
            kind, code = codes.LETTER, sub[1]  # "8a", "8b" under criterion 8 (round 26D: read as its guidance)
        if kind == codes.NONE and (of := _SUBTOTAL_OF.match(_words(r))) and area is not None:
            node = next((n for _, n in area.walk() if of.group(1) in (n.label, n.code)), None)
            r.kind, last = TOTAL, None
            if node is not None:
                subtotals.append((r, node))
            continue
        if kind == codes.NONE and _is_total(name or label):  # a dash line is guidance (round 26D)
            if total_row is not None and total_area is not None and _SUBTOTAL.match(_words(total_row)):
                subtotals.append((total_row, total_area))  # "Cộng II" over "Tổng cộng"
            r.kind, stated_total, total_row, total_area = TOTAL, try_points(r.max_text), r, area
            last = None  # the lines under it (a footnote, the signers) are no criterion's guidance (round 26D)
            continue
        if total_row is not None and total_area is not None and kind in (codes.ROMAN, codes.LETTERED, codes.ARABIC):
            subtotals.append((total_row, total_area))  # criteria after it: it was its area's
            stated_total = total_row = None
        if kind in (codes.ROMAN, codes.LETTERED) and area is not None and code == area.label and _is_total(name):
            r.kind, last = TOTAL, None  # "I | Cộng": its area's subtotal (round 29D: refused as "Mã I đã có")
            subtotals.append((r, area))
            continue
        if kind in (codes.ROMAN, codes.LETTERED):
            number = codes.canonical(code) if kind == codes.ROMAN else str(codes.letter_value(code))
            node = Node(code if roman_areas else number, name, label=code)
            area, area_is_roman, last, in_area, owner = node, True, node, set(), None
            relative.setdefault(node.code, None)  # type: ignore[arg-type]  # a Roman area restarts nothing
            _add(node, None, areas, by_code, r, row_of)
            continue
        if kind == codes.COMPONENT and owner is not None:
            node = Node(f"{owner.code}.{code}", name, label=f"{owner.display_label}.{code}")
            _add(node, owner, areas, by_code, r, row_of)
            in_area.add(node.code)
            last = node
            continue
        if kind in (codes.ARABIC, codes.COMPONENT):
            canon = code
            if area is not None and area_is_roman and not own:
                if relative.get(area.code) is None:
                    relative[area.code] = not code.startswith(area.code + ".")
                if relative[area.code]:
                    canon = f"{area.code}.{code}"
            parent = next((by_code[c] for c in codes.parent_codes(canon)
                           if c in by_code and (not own or c in in_area)), None)
            if parent is None and area is not None and area_is_roman:
                parent = area
            node = Node(canon, name, label=code)
            if parent is None:
                area, area_is_roman = node, False
            _add(node, parent, areas, by_code, r, row_of)
            in_area.add(canon)
            last, owner = node, node if kind == codes.ARABIC else owner
            continue
        if kind == codes.LETTER and last is not None and name:
            letters.setdefault(id(last), []).append((r, last))
            r.kind, r.code, r.under = GUIDANCE, "", last.display_label
            guided[id(r)] = row_of[id(last)]
            continue
        if last is not None and (name or clean(r.guidance)):
            r.kind, r.under = GUIDANCE, last.display_label  # a dash line: how the criterion above is scored
            guided[id(r)] = row_of[id(last)]
            _append_guidance(last, row_of.get(id(last)), r)
            continue
        if any(clean(x) for x in (label, name, r.max_text, r.self_text, r.official_text, r.note)):
            r.warnings.append(Msg(N_("par", "Dòng không có mã tiêu chí, không nằm dưới tiêu chí nào: không nhập.")))

    _letters_to_criteria(letters, by_code, row_of)
    _fill_values(areas, row_of)
    said, last_is_subtotal = _subtotals(subtotals, total_area, total_row, row_of, sum(a.max_total for a in areas))
    if last_is_subtotal:  # the last area's subtotal, not the set's total
        stated_total = total_row = None
    mismatches = [*_check_totals(areas, row_of, stated_total), *said]
    for _, node in (x for a in areas for x in a.walk()):
        row = row_of[id(node)]
        if node.is_group:
            row.kind = AREA if node in areas else GROUP
            unkept.group_values(row, node)
        else:
            row.kind = CRITERION
            if node.max_milli is None:
                row.problems.append(Msg(N_("par", "Tiêu chí {0} chưa có điểm tối đa: hãy nhập điểm tối đa hoặc bỏ dòng "
                                                  "này."),
                                        node.display_label))  # as printed (round 26D: "2" of an area "II")
    unkept.guidance_values(rows, guided)
    if total_row is not None:
        unkept.total_values(total_row, areas)
    return Built(CriteriaSet(year, areas), rows, mismatches, stated_total)


def _add(node: Node, parent: Node | None, areas: list[Node], by_code: dict[str, Node], r: ParsedRow,
         row_of: dict[int, ParsedRow]) -> None:
    r.code = node.code
    r.depth = row_of[id(parent)].depth + 1 if parent is not None else 0
    if node.code in by_code:
        # the code as printed (round 26D: "Mã 2.9", derived, was named for a "9" printed twice under II)
        r.problems.append(Msg(N_("par", "Mã {0} đã có ở dòng trên: hãy sửa mã cho đúng."), node.label or node.code))
    else:
        by_code[node.code] = node
    (parent.children if parent is not None else areas).append(node)
    row_of[id(node)] = r


def _append_guidance(node: Node, node_row: ParsedRow | None, r: ParsedRow) -> None:
    text = clean(r.name) or clean(r.guidance)
    pts = try_points(r.max_text)
    stated = try_points(node_row.max_text) if node_row else None
    if pts is not None and pts != stated:  # a merged points cell repeats the criterion's own maximum
        text = f"{text}: {format_points(pts)} điểm"
    label = clean(r.label)
    line = f"{label} {text}" if label and not text.startswith(label) else text
    node.guidance = f"{node.guidance}\n{line}".strip()
    if clean(r.evidence):
        node.evidence_asked = f"{node.evidence_asked}\n{clean(r.evidence)}".strip()


def _letters_to_criteria(letters, by_code, row_of) -> None:
    """a), b) under a criterion: its sub-criteria when each has points above zero and
    they add up to the criterion's maximum; otherwise levels of its scoring guidance."""
    for items in letters.values():
        parent = items[0][1]
        parent_row = row_of[id(parent)]
        pts = [try_points(r.max_text) for r, _ in items]
        stated = try_points(parent_row.max_text)
        # A level worth 0 points ("Không có: 0 điểm") says these are the ways of scoring, not parts.
        if all(p for p in pts) and (stated is None or sum(p or 0 for p in pts) == stated) and not parent.children:
            for r, _ in items:
                kind, letter = codes.classify(r.label)
                if kind != codes.LETTER:  # "8a", printed with its criterion's number
                    letter = (codes.numbered_letter(r.label) or ("", ""))[1]
                # "1.1a", as plans write a lettered sub-criterion in "Mã số TCTP"
                node = Node(f"{parent.code}{letter}", clean(r.name), label=clean(r.label))
                r.code, r.depth = node.code, parent_row.depth + 1
                if node.code in by_code:
                    r.problems.append(Msg(N_("par", "Mã {0} đã có ở dòng trên: hãy sửa mã cho đúng."), node.code))
                else:
                    by_code[node.code] = node
                parent.children.append(node)
                row_of[id(node)] = r
        else:
            for r, _ in items:
                _append_guidance(parent, parent_row, r)


def _fill_values(areas: list[Node], row_of) -> None:
    for a in areas:
        for _, node in a.walk():
            r = row_of[id(node)]
            if clean(r.guidance):
                node.guidance = f"{clean(r.guidance)}\n{node.guidance}".strip()
            node.evidence_asked = f"{clean(r.evidence)}\n{node.evidence_asked}".strip()
            if node.is_group:
                continue
            node.max_milli = _points(r.max_text, r, "max")
            node.explanation = clean(r.note)
            for attr, text, which in (("self_milli", r.self_text, "self"), ("official_milli", r.official_text,
                                                                            "official")):
                v = _points(text, r, which)
                if v is not None and node.max_milli is not None and v > node.max_milli:
                    r.problems.append(Msg(N_("par", "Điểm {0} lớn hơn điểm tối đa {1}: hãy sửa lại."),
                                          format_points(v), format_points(node.max_milli)))
                    v = None
                setattr(node, attr, v)


def _check_totals(areas: list[Node], row_of, stated_total: int | None) -> list[Msg]:
    out: list[Msg] = []
    for a in areas:
        for _, node in a.walk():
            if not node.is_group:
                continue
            r = row_of[id(node)]
            stated = try_points(r.max_text)
            if stated is not None and stated != node.max_total:
                msg = Msg(N_("par", "{0} ghi {1} điểm nhưng các tiêu chí con cộng lại được {2} điểm."),
                          r.label or node.code, format_points(stated), format_points(node.max_total))
                r.warnings.append(msg)
                out.append(msg)
    total = sum(a.max_total for a in areas)
    if stated_total is not None and stated_total != total:
        out.append(Msg(N_("par", "Dòng tổng cộng ghi {0} điểm nhưng các lĩnh vực cộng lại được {1} điểm."),
                       format_points(stated_total), format_points(total)))
    return out


def scores_of_another_year(cset: CriteriaSet, title_year: int | None) -> Msg | None:
    """A set is reused across years; its scores are not. Round 42D: `--year 2032` of a set titled 2030 with a
    self-assessment column stored 2030's scores as 2032's, with only a note that the years differ."""
    if not title_year or title_year == cset.year or \
            not any(n.self_milli is not None or n.official_milli is not None for n in cset.leaves()):
        return None
    return Msg(N_("par", "Tệp ghi bộ tiêu chí năm {0} kèm điểm đã chấm; điểm của năm {0} không lưu cho năm {1} (chưa "
                         "ghi gì). Nếu tệp là của năm {0}, hãy nhập với --year {0} (trong cửa sổ: chọn năm {0}); nếu "
                         "chỉ muốn dùng bộ tiêu chí này cho năm {1}, hãy xóa các cột điểm trong tệp rồi nhập lại."),
               title_year, cset.year)
