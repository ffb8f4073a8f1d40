"""What a criteria table's row says that the set cannot keep, named on that row (round 26D).

Only a criterion that is scored keeps a score, an appraised score and an explanation. The same cells on a row that
is read as a group (an area, or a criterion with sub-items under it) or as a line of scoring guidance were dropped
without a word: a criterion "2 Báo cáo" scored 3, appraised 2, "Chậm 1 báo cáo quý", above its a) and b), was stored
with none of them. A group's score that is only the sum of its parts, and a guidance line repeating its criterion's
own cell (a merged cell read into each row), lose nothing and say nothing.
"""

from __future__ import annotations

import re

from parapp.core.messages import Msg, N_
from parapp.core.par.points import format_points, try_points
from parapp.core.par.tree import Node
from parapp.core.vntext import clean

_NO_SCORE = re.compile(r"^[-–—/.…]+$")

_GROUP = {
    "self": N_("par", "Điểm tự đánh giá “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, điểm của nó là tổng "
                      "điểm các tiêu chí con. Hãy ghi điểm vào từng tiêu chí con."),
    "official": N_("par", "Điểm thẩm định “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, điểm của nó là "
                          "tổng điểm các tiêu chí con. Hãy ghi điểm vào từng tiêu chí con."),
    "note": N_("par", "Giải trình “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, giải trình chỉ lưu cho "
                      "từng tiêu chí được chấm điểm. Hãy ghi vào tiêu chí con cần giải trình."),
}
_GUIDANCE = {
    "self": N_("par", "Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: điểm tự đánh giá “{1}” ghi ở đây "
                      "không được lưu. Hãy ghi điểm vào dòng của tiêu chí {0}."),
    "official": N_("par", "Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: điểm thẩm định “{1}” ghi ở "
                          "đây không được lưu. Hãy ghi điểm vào dòng của tiêu chí {0}."),
    "note": N_("par", "Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: giải trình “{1}” ghi ở đây không "
                      "được lưu. Hãy ghi vào dòng của tiêu chí {0}."),
}


_TOTAL = {
    "self": N_("par", "Dòng tổng cộng ghi điểm tự đánh giá {0} nhưng các tiêu chí cộng lại được {1}: hãy xem có tiêu "
                      "chí nào chưa được đọc hoặc ghi sai điểm."),
    "official": N_("par", "Dòng tổng cộng ghi điểm thẩm định {0} nhưng các tiêu chí cộng lại được {1}: hãy xem có "
                          "tiêu chí nào chưa được đọc hoặc ghi sai điểm."),
}


def _said(text: str) -> str:
    t = clean(text)
    return "" if _NO_SCORE.match(t.replace(" ", "")) else t


def group_values(row, node: Node) -> None:
    """A group's row: its scores are kept when they are its parts' sum, its explanation never."""
    leaves = list(node.leaves())
    for which, text, attr, total in (("self", row.self_text, "self_milli", node.self_total),
                                     ("official", row.official_text, "official_milli", node.official_total)):
        t = _said(text)
        if t and not (try_points(t) == total and all(getattr(n, attr) is not None for n in leaves)):
            row.warnings.append(Msg(_GROUP[which], t))
    if clean(row.note) and not all(clean(n.explanation) == clean(row.note) for n in leaves):  # not merged down
        row.warnings.append(Msg(_GROUP["note"], clean(row.note)))


def guidance_values(rows: list, guided: dict) -> None:
    """A guidance line's score or explanation, unless it repeats its criterion's own cell. `guided` maps each guidance
    row's id to its criterion's row (round 27C: looked up by the printed label, a line under II.1 was compared with
    I.1 in a set numbered again in each area, and what it said dropped when I.1 said the same)."""
    for r in rows:
        if r.skip or r.kind != "guidance" or not r.under:
            continue
        mine = guided.get(id(r))
        for which, attr in (("self", "self_text"), ("official", "official_text"), ("note", "note")):
            t = _said(getattr(r, attr))
            if t and (mine is None or t != clean(getattr(mine, attr))):
                r.warnings.append(Msg(_GUIDANCE[which], r.under, t))


def total_values(row, areas: list[Node]) -> None:
    """The total row's scores against the criteria's: the maximum's mismatch was said, the scores' never."""
    for which, text, attr in (("self", row.self_text, "self_total"), ("official", row.official_text,
                                                                      "official_total")):
        stated, got = try_points(_said(text)), sum(getattr(a, attr) for a in areas)
        if stated is not None and stated != got:
            row.warnings.append(Msg(_TOTAL[which], format_points(stated), format_points(got)))
