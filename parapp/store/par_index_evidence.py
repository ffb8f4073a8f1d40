"""Evidence for a criterion (tài liệu kiểm chứng): a task's evidence linked as
it is (the same stored file, no copy), or a file added here, kept in the data
folder under its content hash exactly as task evidence is.

Each row keeps the file's hash and name even when it came from a task, so a
task deleted later does not take the criterion's evidence with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from parapp.core.messages import N_, ValidationError
from parapp.store.sql import now_stamp
from parapp.store.evidence import keep_file, kept_only_if_saved

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class CriterionEvidence:
    id: int
    criterion_id: int
    evidence_id: int | None      # the task evidence it was linked from, while that exists
    sha256: str
    original_name: str
    size: int
    added_at: str
    task_id: int | None = None
    task_content: str = ""


@dataclass
class Suggestion:
    evidence_id: int
    task_id: int
    task_content: str
    par_code: str
    original_name: str
    sha256: str
    suggested: bool = True      # a done task of the year serving this criterion


def _exists(db: Database, criterion_id: int) -> str:
    r = db.execute("SELECT code FROM par_criteria WHERE id = ?", [criterion_id]).fetchone()
    if not r:
        raise ValidationError(N_("par", "Tiêu chí này không còn trong bộ tiêu chí (có thể vừa bị xóa)."), context="par")
    return r[0]


def list_for(db: Database, criterion_id: int) -> list[CriterionEvidence]:
    return [CriterionEvidence(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "") for r in db.execute(
        """SELECT pe.id, pe.criterion_id, pe.evidence_id, pe.sha256, pe.original_name, pe.size, pe.added_at,
                  e.task_id, t.content
           FROM par_evidence pe LEFT JOIN evidence e ON e.id = pe.evidence_id LEFT JOIN tasks t ON t.id = e.task_id
           WHERE pe.criterion_id = ? ORDER BY pe.id""", [criterion_id])]


def link_task_evidence(db: Database, criterion_id: int, evidence_ids: list[int]) -> int:
    """Link tasks' evidence to a criterion (one transaction); how many were new."""
    _exists(db, criterion_id)
    added = 0
    with db.atomic():
        for eid in evidence_ids:
            r = db.execute("SELECT sha256, original_name, original_path, size FROM evidence WHERE id = ?",
                           [eid]).fetchone()
            if not r:
                raise ValidationError(N_("par", "Không tìm thấy tệp kiểm chứng số {0}."), eid, context="par")
            added += db.execute(
                """INSERT OR IGNORE INTO par_evidence (criterion_id, evidence_id, sha256, original_name, original_path,
                       size, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [criterion_id, eid, r[0], r[1], r[2], r[3], now_stamp()]).rowcount
    return added


def add_file(db: Database, data_dir: Path, criterion_id: int, source: Path) -> int | None:
    """Add a file to a criterion; None when the criterion already has this very file."""
    with kept_only_if_saved(db):  # the file copied in is not left when its row is not (round 34B)
        return _add_file(db, data_dir, criterion_id, source)


def _add_file(db: Database, data_dir: Path, criterion_id: int, source: Path) -> int | None:
    _exists(db, criterion_id)
    source = Path(source)
    digest, size = keep_file(data_dir, source)
    cur = db.execute(
        """INSERT OR IGNORE INTO par_evidence (criterion_id, evidence_id, sha256, original_name, original_path, size,
               added_at) VALUES (?, NULL, ?, ?, ?, ?, ?)""",
        [criterion_id, digest, source.name, str(source.resolve()), size, now_stamp()])
    return cur.lastrowid if cur.rowcount else None


def remove(db: Database, par_evidence_id: int) -> None:
    """Unlink a document from a criterion; the stored file stays (other rows and backups may use it)."""
    db.execute("DELETE FROM par_evidence WHERE id = ?", [par_evidence_id])


def matching_tasks_sql(alias: str = "t") -> str:
    """Tasks serving a criterion: the same code, a sub-code of it, or the code it sits under."""
    return (f"({alias}.par_code = :code OR {alias}.par_code LIKE :code || '.%' "
            f"OR (:code LIKE {alias}.par_code || '.%' AND {alias}.par_code <> ''))")


def suggestions(db: Database, criterion_id: int) -> list[Suggestion]:
    """Evidence of the year's done tasks that serve this criterion and is not linked yet."""
    code = _exists(db, criterion_id)
    year = db.execute("SELECT s.year FROM par_sets s JOIN par_criteria c ON c.set_id = s.id WHERE c.id = ?",
                      [criterion_id]).fetchone()[0]
    rows = db.execute(
        f"""SELECT e.id, t.id, t.content, t.par_code, e.original_name, e.sha256
            FROM evidence e JOIN tasks t ON t.id = e.task_id LEFT JOIN plans p ON p.id = t.plan_id
            WHERE t.status = 'done' AND {matching_tasks_sql()}
              AND (p.year = :year OR substr(COALESCE(t.completed_on, ''), 1, 4) = :ytext)
              AND e.sha256 NOT IN (SELECT sha256 FROM par_evidence WHERE criterion_id = :cid)
            ORDER BY t.par_code = :code DESC, t.id, e.id""",
        {"code": code, "year": year, "ytext": str(year), "cid": criterion_id}).fetchall()
    return [Suggestion(*r) for r in rows]


def candidates(db: Database, criterion_id: int) -> list[Suggestion]:
    """Every task's evidence not yet linked here: the suggestions first, then the rest."""
    first = suggestions(db, criterion_id)
    seen = {s.evidence_id for s in first}
    rest = db.execute(
        """SELECT e.id, t.id, t.content, t.par_code, e.original_name, e.sha256
           FROM evidence e JOIN tasks t ON t.id = e.task_id
           WHERE e.sha256 NOT IN (SELECT sha256 FROM par_evidence WHERE criterion_id = ?)
           ORDER BY t.par_code, t.id, e.id""", [criterion_id]).fetchall()
    return first + [Suggestion(r[0], r[1], r[2], r[3], r[4], r[5], suggested=False) for r in rest if r[0] not in seen]


def hashes(db: Database) -> set[str]:
    """Every file a criterion holds: a backup must carry them with the tasks' evidence."""
    return {r[0] for r in db.execute("SELECT DISTINCT sha256 FROM par_evidence")}
