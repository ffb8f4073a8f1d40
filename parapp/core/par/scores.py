"""Checking scores before any is stored: all of them or none.

A score goes to a scorable criterion (a leaf), from 0 to its maximum, with a
comma or a dot for decimals. Every problem in a batch is named at once, so
the user fixes them in one go.
"""

from __future__ import annotations

from parapp.core.messages import Msg, N_, ParAppError, ValidationProblems
from parapp.core.par.points import PointsError, format_points, parse_points
from parapp.core.par.tree import CriteriaSet
from parapp.core.vntext import clean

_KIND_MESSAGES = {
    "nan": N_("par", "Tiêu chí {0}: “{1}” không phải là số điểm (viết như 2,5 hoặc 2.5)."),
    "negative": N_("par", "Tiêu chí {0}: điểm không được âm ({1})."),
    "precision": N_("par", "Tiêu chí {0}: “{1}” có quá 3 chữ số thập phân."),
    "too_large": N_("par", "Tiêu chí {0}: {1} điểm lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm)."),
}


class ScoresRejected(ValidationProblems):
    """One or more scores cannot be stored; none was."""

    context = "par"


def split_assignment(text: str) -> tuple[str, str]:
    """"1.1=2,5" → ("1.1", "2,5")."""
    code, sep, points = clean(text).partition("=")
    if not sep or not code.strip():
        raise ScoresRejected([Msg(N_("par", "“{0}” không đúng dạng MÃ=ĐIỂM (ví dụ 1.1=2,5)."), text)])
    return code.strip().rstrip("."), points.strip()


def check_scores(cset: CriteriaSet, given: list[tuple[str, str | None]]) -> dict[str, int | None]:
    """Code → thousandths of a point (None clears a score); raises naming every bad entry."""
    problems: list[Msg] = []
    out: dict[str, int | None] = {}
    seen: dict[str, str | None] = {}
    for code, text in given:
        node = cset.find(code)
        if node is None:
            several = cset.printed_more_than_once(code)
            if several:
                problems.append(Msg(N_("par", "Mã “{0}” có ở nhiều lĩnh vực của bộ tiêu chí năm {1}: hãy ghi mã đầy đủ "
                                              "({2})."), code, cset.year, ", ".join(n.code for n in several)))
            else:
                problems.append(Msg(N_("par", "Không có tiêu chí mã “{0}” trong bộ tiêu chí năm {1}."), code,
                                    cset.year))
            continue
        code = node.code
        if code in seen and clean(seen[code] or "") != clean(text or ""):
            problems.append(Msg(N_("par", "Tiêu chí {0} được cho hai điểm khác nhau ({1} và {2}): hãy giữ một."),
                                code, seen[code] or "", text or ""))
            continue
        seen[code] = text
        if node.is_group:
            subs = ", ".join(n.code for n in node.leaves())
            problems.append(Msg(N_("par", "{0} là nhóm tiêu chí: điểm của nhóm là tổng điểm các tiêu chí con ({1}), "
                                          "hãy chấm từng tiêu chí con."), code, subs))
            continue
        if text is None or not clean(text):
            out[code] = None
            continue
        try:
            v = parse_points(text)
        except PointsError as exc:
            problems.append(Msg(_KIND_MESSAGES[exc.kind], code, text))
            continue
        if node.max_milli is None:
            problems.append(Msg(N_("par", "Tiêu chí {0} chưa có điểm tối đa: hãy sửa bộ tiêu chí trước khi chấm."),
                                code))
        elif v > node.max_milli:
            problems.append(Msg(N_("par", "Tiêu chí {0}: {1} điểm vượt điểm tối đa {2}."), code, text,
                                format_points(node.max_milli)))
        else:
            out[code] = v
    if problems:
        raise ScoresRejected(problems)
    return out


__all__ = ["ScoresRejected", "check_scores", "split_assignment", "ParAppError"]
