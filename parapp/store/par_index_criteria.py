"""Editing a stored PAR INDEX criteria set by hand (the PAR page's "Thêm/Sửa/Xóa tiêu chí"): a criterion added,
renamed, given another maximum or removed, the tree's sums and codes kept right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parapp.core.messages import N_, ValidationError
from parapp.core.par import codes
from parapp.core.par.points import PointsError, format_points, parse_points
from parapp.core.par.tree import CriteriaSet, Node
from parapp.core.vntext import clean
from parapp.store.par_index import require_set
from parapp.store.sql import now_stamp

if TYPE_CHECKING:
    from sqlite_utils import Database


def _max_points(text: str) -> int:
    try:
        return parse_points(text)
    except PointsError as exc:
        if exc.kind == "too_large":
            raise ValidationError(N_("par", "Điểm tối đa “{0}” lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm)."),
                                  text, context="par") from None
        raise ValidationError(N_("par", "Điểm tối đa “{0}” không phải là số (viết như 2,5 hoặc 2.5)."),
                              text, context="par") from None


def _criterion(db: Database, criterion_id: int) -> tuple:
    r = db.execute("""SELECT c.id, c.set_id, c.code, c.max_milli, c.self_milli, c.official_milli,
                             EXISTS (SELECT 1 FROM par_criteria k WHERE k.parent_id = c.id)
                      FROM par_criteria c WHERE c.id = ?""", [criterion_id]).fetchone()
    if not r:
        from parapp.store.errors import NotFound

        raise NotFound(N_("par", "tiêu chí"), criterion_id)
    return r


def edit_criterion(db: Database, criterion_id: int, *, name: str | None = None, max_text: str | None = None,
                   guidance: str | None = None, evidence_asked: str | None = None) -> None:
    """Correct a criterion of the set: its wording, what it asks, its maximum (leaves only)."""
    _, _, code, _, self_m, off_m, is_group = _criterion(db, criterion_id)
    sets: list[str] = []
    params: list[object] = []
    if max_text is not None:
        if is_group:
            raise ValidationError(N_("par", "{0} là nhóm tiêu chí: điểm tối đa của nhóm là tổng của các tiêu chí con."),
                                  code, context="par")
        mx = _max_points(max_text)
        top = max(self_m or 0, off_m or 0)
        if mx < top:
            raise ValidationError(N_("par", "Tiêu chí {0} đã được chấm {1} điểm: điểm tối đa không thể nhỏ hơn."),
                                  code, format_points(top), context="par")
        sets.append("max_milli = ?")
        params.append(mx)
    if name is not None and not clean(name):
        raise ValidationError(N_("par", "Hãy nhập tên tiêu chí."), context="par")
    for col, value in (("name", name), ("guidance", guidance), ("evidence_asked", evidence_asked)):
        if value is not None:
            sets.append(f"{col} = ?")
            params.append(clean(value))
    if sets:
        db.execute(f"UPDATE par_criteria SET {', '.join(sets)}, updated_at = ? WHERE id = ?",
                   [*params, now_stamp(), criterion_id])


def add_criterion(db: Database, year: int, parent_code: str | None, name: str, max_text: str, *, guidance: str = "",
                  evidence_asked: str = "") -> str:
    """A criterion the set lacks, under an area or criterion (which becomes a group); its new code. With what it asks
    and how it is scored: round 38B, the window's form had both and they were dropped unsaid."""
    cset = require_set(db, year)
    parent = cset.find(parent_code) if parent_code else None
    if parent_code and parent is None:
        raise ValidationError(N_("par", "Không có tiêu chí mã “{0}” trong bộ tiêu chí năm {1}."), parent_code, year,
                              context="par")
    if parent is not None and not parent.is_group and (parent.self_milli is not None
                                                       or parent.official_milli is not None):
        raise ValidationError(N_("par", "Tiêu chí {0} đã được chấm điểm: hãy xóa điểm của nó trước khi thêm tiêu chí "
                                        "con."),
                              parent.code, context="par")
    code, label = _new_code(cset, parent)
    mx = _max_points(max_text)
    if not clean(name):
        raise ValidationError(N_("par", "Hãy nhập tên tiêu chí."), context="par")
    last = db.execute("SELECT COALESCE(MAX(position), 0) FROM par_criteria WHERE set_id = ?", [cset.id]).fetchone()[0]
    with db.atomic():
        if parent is not None and not parent.is_group:
            db.execute("UPDATE par_criteria SET max_milli = NULL WHERE id = ?", [parent.id])
        db.execute("""INSERT INTO par_criteria (set_id, parent_id, position, code, label, name, max_milli, guidance,
                                                evidence_asked, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                   [cset.id, parent.id if parent else None, last + 1, code, label, clean(name), mx, clean(guidance),
                    clean(evidence_asked), now_stamp()])
    return code


def _new_code(cset: CriteriaSet, parent: Node | None) -> tuple[str, str]:
    """(code, label) of a criterion added under `parent` (None: a new area), numbered as the set is:
    under an area known by its numeral (a set numbered straight through), the next number of the set."""
    if parent is None:
        number = len(cset.areas) + 1
        roman = any(not a.code.isdigit() for a in cset.areas)
        return (codes.to_roman(number) if roman else str(number)), codes.to_roman(number)
    if any(parent is a for a in cset.areas) and not parent.code.isdigit():
        tops = [int(n.code) for depth, n in cset.walk() if n.code.isdigit() and depth > 0]
        code = str(max(tops, default=0) + 1)
        return code, code
    nums = [int(c.code.rsplit(".", 1)[-1]) for c in parent.children if c.code.rsplit(".", 1)[-1].isdigit()]
    code = f"{parent.code}.{max(nums, default=0) + 1}"
    return code, code


def delete_criterion(db: Database, criterion_id: int) -> None:
    """Remove a criterion (and what hangs under it) from the set."""
    _criterion(db, criterion_id)
    with db.atomic():
        db.execute("DELETE FROM par_criteria WHERE id = ?", [criterion_id])
