"""The PAR INDEX criteria sets, one per assessed year, and their scores.

The SQL of the self-assessment lives here and in par_index_evidence.py and
par_index_remedy.py (the plan itself is services/par_remedy.py). Points are kept in thousandths (see the migration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple, TYPE_CHECKING

from parapp.core.messages import N_, ParAppError, ValidationError
from parapp.core.par.scores import check_scores
from parapp.core.par.tree import CriteriaSet, Node
from parapp.core.vntext import clean, fold
from parapp.core.years import check_year
from parapp.store.sql import inserted_id, now_stamp

if TYPE_CHECKING:
    from sqlite_utils import Database


class NoSet(ParAppError):
    context = "par"

    def __init__(self, year: int):
        super().__init__(N_("par", "Chưa có bộ tiêu chí Chỉ số CCHC năm {0}. Hãy nhập bộ tiêu chí của tỉnh "
                                   "(parapp par import-set TỆP --year {0}, "
                                   "hoặc trang Chỉ số CCHC → Nhập bộ tiêu chí)."),
                         year)


class SetInfo(NamedTuple):
    id: int
    year: int
    province: str
    title: str
    source_name: str
    official_rank: str
    remedy_plan_id: int | None


@dataclass
class StoreOutcome:
    set_id: int
    criteria: int
    kept_scores: int = 0                                # scores carried over by code on a replace
    removed: list[str] = field(default_factory=list)    # scored codes the new set no longer has
    lost: list[tuple[str, int | None, int | None]] = field(default_factory=list)  # (code, self, official) of those
    # (task id, old code, new code) of each remediation task whose criterion now has another code: the
    # task follows it (services/par_sets.py, in the same transaction; a task is not the set's to change)
    recoded: list[tuple[int, str, str]] = field(default_factory=list)
    # (task id, code) of each remediation task whose criterion the new set no longer scores: the task stays in its
    # plan, tied to no criterion (round 26D: said by no one)
    unlinked: list[tuple[int, str]] = field(default_factory=list)
    # (code, "self" or "official", stored, the file's) of each stored score the file replaces with another, and the
    # codes whose stored explanation the file's replaces (round 30D: replaced in silence, said "kept")
    rescored: list[tuple[str, str, int, int]] = field(default_factory=list)
    explanations_replaced: list[str] = field(default_factory=list)
    # (code, old name, new name) of each criterion whose score or explanation is kept by its code though the new set
    # names it otherwise: the province may have renumbered (round 30D: criteria 1 and 2 swapped, each took the other's
    # score, said "kept")
    renamed: list[tuple[str, str, str]] = field(default_factory=list)


def list_years(db: Database) -> list[int]:
    """Every year a set is stored for, newest first, even one outside 2000–2100 (an older version
    let one in: it can only be removed)."""
    return [r[0] for r in db.execute("SELECT year FROM par_sets ORDER BY year DESC")]


def get_info(db: Database, year: int) -> SetInfo | None:
    r = db.execute("SELECT id, year, province, title, source_name, official_rank, remedy_plan_id FROM par_sets "
                   "WHERE year = ?", [year]).fetchone()
    return SetInfo(*r) if r else None


def load_set(db: Database, year: int) -> CriteriaSet | None:
    info = get_info(db, year)
    if info is None:
        return None
    nodes: dict[int, Node] = {}
    areas: list[Node] = []
    rows = db.execute(
        """SELECT id, parent_id, code, label, name, max_milli, guidance, evidence_asked, self_milli,
                  official_milli, explanation FROM par_criteria WHERE set_id = ? ORDER BY position, id""",
        [info.id]).fetchall()
    for r in rows:
        nodes[r[0]] = Node(r[2], r[4], label=r[3], max_milli=r[5], guidance=r[6], evidence_asked=r[7],
                           self_milli=r[8], official_milli=r[9], explanation=r[10], id=r[0])
    for r in rows:
        (nodes[r[1]].children if r[1] in nodes else areas).append(nodes[r[0]])
    for cid, name in db.execute(
            """SELECT e.criterion_id, e.original_name FROM par_evidence e JOIN par_criteria c ON c.id = e.criterion_id
               WHERE c.set_id = ? ORDER BY e.id""", [info.id]):
        nodes[cid].evidence.append(name)
    for cid, tid in db.execute(
            """SELECT r.criterion_id, r.task_id FROM par_remedy_tasks r JOIN par_criteria c ON c.id = r.criterion_id
               WHERE c.set_id = ?""", [info.id]):
        nodes[cid].remedy_task_id = tid
    return CriteriaSet(info.year, areas, info.province, info.title, info.official_rank, info.id, info.remedy_plan_id)


def require_set(db: Database, year: int) -> CriteriaSet:
    cset = load_set(db, year)
    if cset is None:
        raise NoSet(year)
    return cset


def _insert_tree(db: Database, set_id: int, nodes: list[Node], parent_id: int | None, position: list[int],
                 now: str) -> int:
    n = 0
    for node in nodes:
        position[0] += 1
        group = node.is_group
        cid = inserted_id(db.execute(
            """INSERT INTO par_criteria (set_id, parent_id, position, code, label, name, max_milli, guidance,
                   evidence_asked, self_milli, official_milli, explanation, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [set_id, parent_id, position[0], node.code, node.label, clean(node.name),
             None if group else node.max_milli, clean(node.guidance), clean(node.evidence_asked),
             None if group else node.self_milli, None if group else node.official_milli,
             "" if group else clean(node.explanation), now]))
        node.id = cid
        n += 1 + _insert_tree(db, set_id, node.children, cid, position, now)
    return n


@dataclass
class Prepared:
    """What storing a set would do, worked out without writing (a dry run shows it)."""

    old: CriteriaSet | None
    outcome: StoreOutcome
    same: dict[str, Node] = field(default_factory=dict)       # old code → the new set's same criterion
    evidence: dict[str, list] = field(default_factory=dict)   # old code → the old set's document rows
    remedies: list[tuple] = field(default_factory=list)       # (old code, task id, points lost)


def prepare_store(db: Database, cset: CriteriaSet, *, replace: bool = False) -> Prepared:
    """Every check store_set makes, and what it would keep and lose, writing nothing. The new set's
    criteria take over the old scores and explanations they keep (in memory)."""
    check_year(cset.year)
    leaves = cset.leaves()
    if not leaves:
        raise ValidationError(N_("par", "Bộ tiêu chí không có tiêu chí nào để chấm điểm."), context="par")
    missing = [n.code for n in leaves if n.max_milli is None]
    if missing:
        raise ValidationError(N_("par", "Các tiêu chí sau chưa có điểm tối đa: {0}. Hãy nhập điểm tối đa rồi lưu lại."),
                              ", ".join(missing), context="par")
    seen: set[str] = set()
    dupes = []
    for _, n in cset.walk():
        if n.code in seen:
            dupes.append(n.code)
        seen.add(n.code)
    if dupes:
        raise ValidationError(N_("par", "Mã tiêu chí bị trùng: {0}. Hãy sửa mã rồi lưu lại."), ", ".join(dupes),
                              context="par")
    old = load_set(db, cset.year)
    if old is not None and not replace:
        raise ValidationError(N_("par", "Năm {0} đã có bộ tiêu chí. Hãy chọn thay thế bộ cũ (điểm, giải trình và "
                                        "tài liệu của các mã còn giữ nguyên được giữ lại)."), cset.year, context="par")
    prep = Prepared(old, StoreOutcome(int(old.id or 0) if old is not None else 0, sum(1 for _ in cset.walk())))
    if old is None:
        return prep
    prep.same = same_criteria(old, cset)
    kept: dict[str, tuple] = {n.code: (n.self_milli, n.official_milli, n.explanation) for n in old.leaves()}
    names = {n.code: n.name for n in old.leaves()}
    for code, row in _evidence_by_code(db, prep.outcome.set_id):
        prep.evidence.setdefault(code, []).append(row)
    prep.remedies = db.execute("""SELECT c.code, r.task_id, r.lost_milli FROM par_remedy_tasks r
                                  JOIN par_criteria c ON c.id = r.criterion_id WHERE c.set_id = ?""",
                               [prep.outcome.set_id]).fetchall()
    out = prep.outcome
    out.unlinked = [(task_id, code) for code, task_id, _ in prep.remedies
                    if prep.same.get(code) is None or prep.same[code].is_group]
    for code, (self_m, off_m, expl) in kept.items():
        leaf = prep.same.get(code)
        had = self_m is not None or off_m is not None or bool(expl) or bool(prep.evidence.get(code))
        if leaf is None or leaf.is_group or any(v is not None and v > (leaf.max_milli or 0) for v in (self_m, off_m)):
            if had:
                out.removed.append(code)  # gone, or its old score no longer fits: named, never dropped quietly
                out.lost.append((code, self_m, off_m))
            if leaf is not None and not leaf.is_group:
                # Still in the set, its old score over the new maximum: the score goes (named above), the explanation
                # typed for it stays, as its documents do (round 24C: it was dropped without a word).
                leaf.explanation = leaf.explanation or expl
            continue
        out.rescored += [(code, which, was, now) for which, was, now in (("self", self_m, leaf.self_milli),
                                                                        ("official", off_m, leaf.official_milli))
                         if was is not None and now is not None and was != now]
        if expl and leaf.explanation and clean(leaf.explanation) != clean(expl):
            out.explanations_replaced.append(code)
        carried = (any(was is not None and now in (None, was) for was, now in ((self_m, leaf.self_milli),
                                                                               (off_m, leaf.official_milli)))
                   or (bool(expl) and code not in out.explanations_replaced) or bool(prep.evidence.get(code)))
        out.kept_scores += 1 if carried else 0
        if carried and _words(names[code]) != _words(leaf.name):
            out.renamed.append((code, clean(names[code]), clean(leaf.name)))
        leaf.self_milli = leaf.self_milli if leaf.self_milli is not None else self_m
        leaf.official_milli = leaf.official_milli if leaf.official_milli is not None else off_m
        leaf.explanation = leaf.explanation or expl
    return prep


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", fold(clean(name)))


def same_name(one: str, other: str) -> bool:
    """The same criterion's name, written another way (case, marks, punctuation, spaces): what a replace says."""
    return _words(one) == _words(other)


def store_set(db: Database, cset: CriteriaSet, *, source_name: str = "", replace: bool = False) -> StoreOutcome:
    """Store a criteria set for its year, in one transaction (services/par_sets.store_set, which the
    window and the command line call, has the remediation tasks follow their criteria's new codes).

    A year that already has a set is replaced only when asked; then the scores,
    explanations and evidence of criteria still there (by code, or printed the
    same) are kept, and the scored codes that disappear are named in the outcome
    (prepare_store)."""
    now = now_stamp()
    with db.atomic():
        prep = prepare_store(db, cset, replace=replace)
        out, same = prep.outcome, prep.same
        if prep.old is not None:
            set_id = out.set_id
            # A file that names no province (ParApp's own `par xlsx` export) leaves the stored one: round 41B saw
            # "Quảng Ngãi" replaced by nothing, the report's "Ủy ban nhân dân tỉnh …" with it.
            db.execute("UPDATE par_sets SET province = COALESCE(NULLIF(?, ''), province), "
                       "title = COALESCE(NULLIF(?, ''), title), source_name = ?, updated_at = ? WHERE id = ?",
                       [clean(cset.province), clean(cset.title), clean(source_name), now, set_id])
            db.execute("DELETE FROM par_criteria WHERE set_id = ? AND parent_id IS NULL", [set_id])
        else:
            set_id = inserted_id(db.execute(
                """INSERT INTO par_sets (year, province, title, source_name, official_rank, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [cset.year, clean(cset.province), clean(cset.title), clean(source_name), clean(cset.official_rank),
                 now, now]))
            out.set_id = set_id
        out.criteria = _insert_tree(db, set_id, cset.areas, None, [0], now)
        cset.id = set_id
        for code, rows in prep.evidence.items():
            found = same.get(code)
            if found is None:
                continue
            for evidence_id, sha, name, path, size, added in rows:
                db.execute("""INSERT OR IGNORE INTO par_evidence (criterion_id, evidence_id, sha256, original_name,
                                  original_path, size, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                           [found.id, evidence_id, sha, name, path, size, added])
        for code, task_id, lost in prep.remedies:
            found = same.get(code)
            if found is not None and not found.is_group:
                db.execute("INSERT INTO par_remedy_tasks (task_id, criterion_id, lost_milli) VALUES (?, ?, ?)",
                           [task_id, found.id, lost])
                if found.code != code:
                    out.recoded.append((task_id, code, found.code))
    return out


def same_criteria(old: CriteriaSet, new: CriteriaSet) -> dict[str, Node]:
    """Old code → the new set's node that is the same criterion: the one with the same code, else the
    one printed with the same numbers from its area down (a set stored with derived codes, 3.14.3,
    read again with the province's own, 14.3)."""
    new_nodes = {n.code: n for _, n in new.walk()}

    def printed(cset: CriteriaSet) -> dict[tuple[str, ...], Node]:
        out: dict[tuple[str, ...], Node] = {}
        twice: set[tuple[str, ...]] = set()

        def walk(node: Node, path: tuple[str, ...]) -> None:
            key = (*path, node.display_label)
            if key in out:
                twice.add(key)
            out[key] = node
            for c in node.children:
                walk(c, key)

        for a in cset.areas:
            walk(a, ())
        return {k: v for k, v in out.items() if k not in twice}

    by_print = printed(new)
    out: dict[str, Node] = {}
    for key, node in printed(old).items():
        hit = new_nodes.get(node.code) or by_print.get(key)
        if hit is not None:
            out[node.code] = hit
    for _, node in old.walk():
        if node.code not in out and node.code in new_nodes:
            out[node.code] = new_nodes[node.code]
    return out


def _evidence_by_code(db: Database, set_id: int):
    return [(r[0], r[1:]) for r in db.execute(
        """SELECT c.code, e.evidence_id, e.sha256, e.original_name, e.original_path, e.size, e.added_at
           FROM par_evidence e JOIN par_criteria c ON c.id = e.criterion_id WHERE c.set_id = ? ORDER BY e.id""",
        [set_id])]


def update_info(db: Database, year: int, *, province: str | None = None, title: str | None = None,
                official_rank: str | None = None) -> None:
    info = get_info(db, year)
    if info is None:
        raise NoSet(year)
    from parapp.core.report_standing import plausible_rank

    if official_rank and clean(official_rank) and not plausible_rank(clean(official_rank)):
        raise ValidationError(N_("par", "Xếp hạng “{0}” không đúng: hãy ghi thứ hạng và số đơn vị được xếp hạng, "
                                        "ví dụ 12/96; thứ hạng không lớn hơn số đơn vị."), clean(official_rank),
                              context="par")
    db.execute("UPDATE par_sets SET province = ?, title = ?, official_rank = ?, updated_at = ? WHERE id = ?",
               [clean(province) if province is not None else info.province,
                clean(title) if title is not None else info.title,
                clean(official_rank) if official_rank is not None else info.official_rank, now_stamp(), info.id])


def set_scores(db: Database, year: int, given: list[tuple[str, str | None]], which: str = "self") -> dict[str,
                                                                                                          int | None]:
    """Self-scores (or the official ones) for several criteria: all stored, or none."""
    column = {"self": "self_milli", "official": "official_milli"}[which]
    cset = require_set(db, year)
    checked = check_scores(cset, given)  # "II", "14.a" and the like are found by CriteriaSet.find
    now = now_stamp()
    with db.atomic():
        for code, value in checked.items():
            db.execute(f"UPDATE par_criteria SET {column} = ?, updated_at = ? WHERE set_id = ? AND code = ?",
                       [value, now, cset.id, code])
    return checked


def set_explanation(db: Database, criterion_id: int, text: str) -> None:
    db.execute("UPDATE par_criteria SET explanation = ?, updated_at = ? WHERE id = ?",
               [clean(text), now_stamp(), criterion_id])
