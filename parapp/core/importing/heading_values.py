"""A heading row of a plan's table and what it names for the tasks under it.

A numbered heading ("1 | Rà soát văn bản | Tư pháp | Quý II/2027" over 1.1, 1.2) gives its lead and deadline to the
tasks under it that name none. When every task under it names its own, the heading's were kept nowhere and nothing was
said (left by rounds 26C–29C): the import now says so on the heading's line, so nothing the plan says is dropped
silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parapp.core.importing.legacy_text import is_syllable
from parapp.core.importing.model import ImportedTask, Problem
from parapp.core.messages import Msg, N_
from parapp.core.vntext import fold

# What a heading may name for its tasks, and is said when none takes it.
_SAID = ("lead", "coordinators", "deadline_text")


@dataclass
class Group:
    title: str
    area_code: str
    area_name: str
    lead: str
    remediation: bool
    shared: dict[str, str]  # a heading's lead, helpers or deadline, for the tasks under it that name none
    unnumbered: bool = False  # a heading in capitals with no number: its tasks, numbered or not, up to the next
    above: Group | None = None  # the Roman area whose values this heading passes on as well
    line: int = 0
    raw: str = ""
    own: dict[str, str] = field(default_factory=dict)  # what the heading's own row names (not passed from above)
    taken: set[str] = field(default_factory=set)
    tasks: int = 0


def take_shared(t: ImportedTask, group: Group) -> None:
    """The task takes the group's lead and shared values where it names none; the group remembers what was taken."""
    group.tasks += 1
    values = {**group.shared, **({"lead": group.lead} if group.lead else {})}
    for f, v in values.items():
        if v and not getattr(t, f):
            setattr(t, f, v)
            group.taken.add(f)
            if group.above is not None and f not in group.own:
                group.above.taken.add(f)


def took(g: Group | None, t: ImportedTask) -> None:
    """A prose plan's task under heading `g` and the headings `g` is numbered under ("1.1." under "1."): counted, and
    what it took of theirs noted."""
    while g is not None:
        g.tasks += 1
        g.taken.update(f for f, v in g.shared.items() if v and getattr(t, f, None) == v)
        g = g.above


def passed_on(g: Group | None) -> dict[str, str]:
    """What a prose heading names for the items of the headings numbered under it: its lead, helpers and deadline."""
    return {f: v for f, v in g.shared.items() if f in _SAID and v} if g is not None else {}


def named_under(g: Group | None, fields: dict[str, str]) -> None:
    """A value named on its own line under a prose heading ("+ Thời gian: Quý IV"), for the items under it: the
    heading's own, said when none takes it, as the same value on the heading's line is (43C L1: dropped unsaid)."""
    if g is not None:
        g.own.update({f: v for f, v in fields.items() if f in _SAID and v})


def untaken(groups: list[Group]) -> list[Problem]:
    """A heading over tasks whose lead or deadline none of them took: said on its line."""
    out = []
    for g in groups:
        left = [g.own[f] for f in _SAID if g.own.get(f) and f not in g.taken]
        if g.tasks and left:
            out.append(Problem(g.line, g.raw, Msg(N_(
                "import", "Dòng nhóm “{0}” ghi “{1}” nhưng mọi nhiệm vụ dưới nó đã ghi riêng, nên không nhiệm vụ nào "
                          "nhận giá trị đó. Dòng này được nhập làm tên nhóm; nếu nó cũng là một nhiệm vụ, hãy thêm "
                          "nhiệm vụ đó sau khi nhập."), g.title, "; ".join(left))))
    return out


# A starred group row naming its tasks' lead or deadline ("* Nhiệm vụ thường xuyên | | | Thường xuyên"); a starred
# task ("* Rà soát TTHC | Tư pháp | Quý II") names its own. Round 38C: such a group row was a task with the star in its
# words, the tasks under it with no deadline.
_NAMED_GROUP = re.compile(r"(?:cac |nhom )?nhiem vu (?:thuong xuyen|trong tam|khac|chung|cu the|dot xuat|chuyen mon)\b")


# The star a group row is marked with, bracketed as a note's mark is ("(*) | Nhiệm vụ thường xuyên", "(**)", "*)",
# "[*]"): round 39C, a task numbered "(*)" asking for a deadline, the tasks under it with no group.
_STAR_CELL = re.compile(r"^[(\[]?\s*\*{1,3}\s*[)\]]?$")


def star_of(stt: str) -> str:
    """The number cell read as a group row's star ("*") when it is one in any of its forms, else as typed."""
    return "*" if _STAR_CELL.match(stt) else stt


def names_for_tasks(content: str, others: dict[str, str], task_fields: set[str]) -> bool:
    return bool(_NAMED_GROUP.match(fold(content.lstrip("* ")))) and not set(others) & task_fields


def passed_down(others: dict[str, str]) -> dict[str, str]:
    """What a group row names for its tasks beside its lead: an area's or group's budget is not each task's (17B)."""
    return {f: v for f, v in others.items() if f not in ("budget", "lead")}


def heading_words(content: str) -> bool:
    """Three words or more, or two Vietnamese words ("TUYÊN TRUYỀN": round 28C, glued onto the task above), not an
    acronym ("QPPL", "UBND HĐND") that ends the task above."""
    words = content.split()
    return len(words) >= 3 or (len(words) == 2 and content[-1].isalpha() and all(map(is_syllable, words)))
