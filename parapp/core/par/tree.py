"""A criteria set as a tree: areas (lĩnh vực), criteria (tiêu chí) and
sub-criteria (tiêu chí thành phần).

Only leaves are scored. A group's maximum, self-score and official score are
the sums of its children's, never typed: that is how the provinces' tables
add up, and it keeps a stated total from disagreeing with its parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from parapp.core.par.codes import to_roman


@dataclass
class Node:
    code: str                        # canonical: "2", "2.1", "2.1.3"
    name: str
    label: str = ""                  # as the table printed it: "II", "1", "1.1"
    max_milli: int | None = None     # leaves only; a group's is the sum of its children's
    guidance: str = ""               # how points are given (hướng dẫn chấm điểm)
    evidence_asked: str = ""         # the documents the province asks for
    self_milli: int | None = None
    official_milli: int | None = None
    explanation: str = ""            # giải trình: why the points were given or lost
    children: list["Node"] = field(default_factory=list)
    id: int | None = None
    evidence: list[str] = field(default_factory=list)  # file names attached
    remedy_task_id: int | None = None

    @property
    def is_group(self) -> bool:
        return bool(self.children)

    @property
    def display_label(self) -> str:
        return self.label or self.code

    def leaves(self) -> Iterator["Node"]:
        if not self.children:
            yield self
            return
        for c in self.children:
            yield from c.leaves()

    def walk(self, depth: int = 0) -> Iterator[tuple[int, "Node"]]:
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)

    @property
    def max_total(self) -> int:
        return sum(n.max_milli or 0 for n in self.leaves())

    @property
    def self_total(self) -> int:
        return sum(n.self_milli or 0 for n in self.leaves())

    @property
    def official_total(self) -> int:
        return sum(n.official_milli or 0 for n in self.leaves())

    @property
    def scored(self) -> bool:
        """A leaf with a self-score; a group with at least one."""
        return any(n.self_milli is not None for n in self.leaves())

    @property
    def has_official(self) -> bool:
        return any(n.official_milli is not None for n in self.leaves())

    @property
    def unscored(self) -> int:
        return sum(1 for n in self.leaves() if n.self_milli is None)


@dataclass
class Loss:
    """A scored criterion below its maximum: what a remediation task must win back."""

    node: Node
    area: Node
    lost_milli: int
    basis: str            # "official" when the province's score says so, else "self"
    score_milli: int


@dataclass
class CriteriaSet:
    year: int
    areas: list[Node]
    province: str = ""
    title: str = ""
    official_rank: str = ""
    id: int | None = None
    remedy_plan_id: int | None = None

    def walk(self) -> Iterator[tuple[int, Node]]:
        for a in self.areas:
            yield from a.walk()

    def leaves(self) -> list[Node]:
        return [n for a in self.areas for n in a.leaves()]

    def find(self, code: str) -> Node | None:
        """The node a user's code names: its code; an area by the numeral printed ("II"); "14.a",
        "14a)" for 14a; or the code the province printed where only one criterion printed it (a set
        stored before codes were kept as printed)."""
        code = " ".join(str(code).split())
        nodes = [n for _, n in self.walk()]
        hit = next((n for n in nodes if n.code == code), None)
        if hit is not None:
            return hit
        if code.upper() in {a.label for a in self.areas}:
            return next(a for a in self.areas if a.label == code.upper())
        m = re.fullmatch(r"(\d+(?:\.\d+)*)[\s.(]*([a-zđ])\)?", code)
        if m:
            hit = next((n for n in nodes if n.code == m.group(1) + m.group(2)), None)
            if hit is not None:
                return hit
        printed = [n for n in nodes if n.label == code]
        return printed[0] if len(printed) == 1 else None

    def printed_more_than_once(self, code: str) -> list[Node]:
        """The criteria that printed this code, when several did (a set numbered again in each area)."""
        printed = [n for _, n in self.walk() if n.label == code and n.code != code]
        return printed if len(printed) > 1 else []

    def area_of(self, node: Node) -> Node:
        return next(a for a in self.areas if any(n is node for _, n in a.walk()))

    @property
    def has_criteria(self) -> bool:
        """Anything to score: an area with criteria under it, or one scored itself. Areas left bare once every
        criterion under them was deleted printed "0/0 điểm (đạt 0%)" ready to sign (round 23B)."""
        return any(a.children or a.max_milli is not None for a in self.areas)

    @property
    def max_total(self) -> int:
        return sum(a.max_total for a in self.areas)

    @property
    def self_total(self) -> int:
        return sum(a.self_total for a in self.areas)

    @property
    def official_total(self) -> int:
        return sum(a.official_total for a in self.areas)

    @property
    def has_official(self) -> bool:
        return any(a.has_official for a in self.areas)

    def unscored(self) -> list[Node]:
        return [n for n in self.leaves() if n.self_milli is None]

    def losses(self) -> list[Loss]:
        """Each scored criterion below its maximum, by the official score when
        there is one, else by the self-score. Unscored criteria are not losses."""
        out = []
        for a in self.areas:
            for leaf in a.leaves():
                if leaf.max_milli is None:
                    continue
                if leaf.official_milli is not None:
                    basis, score = "official", leaf.official_milli
                elif leaf.self_milli is not None:
                    basis, score = "self", leaf.self_milli
                else:
                    continue
                if score < leaf.max_milli:
                    out.append(Loss(leaf, a, leaf.max_milli - score, basis, score))
        return out


def area_label(index: int) -> str:
    """Areas print with Roman numerals: I, II, III …"""
    return to_roman(index)
