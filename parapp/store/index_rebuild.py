"""Indexes a failing disk left out of step with their tables, every table still read whole: SQLite's full check
says "row 5 missing from index tasks_plan" or "wrong # of entries in index …", its quick check (each open's) nothing.
An index holds nothing of its own: it is rebuilt from its table (REINDEX), no value changed.

Every snapshot and every backup's copy of such data failed its check: no new way back was made, and the window said
"hãy kiểm tra thư mục đó (còn chỗ trống, không bị khóa)" of a folder with nothing wrong (round 39A)."""

from __future__ import annotations

import errno
import re
import sqlite3
from pathlib import Path

# SQLite's full check stops at 100 lines unless told a number: two lines a row for two indexes out of step, data of
# more than 50 tasks (any commune's) was 100, and nothing was claimed: "Hãy khôi phục từ bản sao lưu gần nhất", every
# change since lost, for indexes rebuilt losing nothing (round 40A). Every line is read; as many as this, nothing is.
_ALL_LINES = 1_000_000
_FULL_CHECK = f"PRAGMA integrity_check({_ALL_LINES})"

# What SQLite's integrity check says of an index alone (its tables read: those lines come first and are none of these)
_INDEX_ONLY = re.compile(r"(?:row \d+ missing from index|wrong # of entries in index|non-unique entry in index) \S+")


def only_indexes(problem: str | None) -> bool:
    """`problem` (check_file's words: the check's lines joined by "; ") names indexes out of step and nothing else."""
    lines = [ln.strip() for ln in (problem or "").split(";") if ln.strip()]
    return bool(lines) and all(_INDEX_ONLY.fullmatch(ln) for ln in lines)


def rebuild_copy(path: Path) -> None:
    """The indexes of a copy ParApp has just written (a snapshot, a backup's database) rebuilt from its tables. A
    UNIQUE index its table no longer fits is left as it was (the copy's check then fails as before)."""
    from parapp.store.connect import is_disk_full

    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("REINDEX")
    except sqlite3.IntegrityError:
        pass
    except sqlite3.OperationalError as exc:  # the stick or the data's disk full: said as such, not as damage
        if is_disk_full(exc):
            raise OSError(errno.ENOSPC, str(exc)) from None
    finally:
        con.close()


def indexes_out_of_step(con: sqlite3.Connection) -> list[str]:
    """The indexes the full check names, when it names indexes alone (rebuilt losing nothing: parapp repair); else
    none. Every line the check says is read (_ALL_LINES): as many, more may be unsaid, and nothing is claimed."""
    try:
        lines = [r[0] for r in con.execute(_FULL_CHECK).fetchall()]
    except (sqlite3.Error, UnicodeDecodeError):  # damage of another kind (its schema unreadable): said as before
        return []
    if lines == ["ok"] or len(lines) >= _ALL_LINES or not only_indexes("; ".join(lines)):
        return []
    if any(ln.startswith("non-unique entry") for ln in lines):  # a row twice under a UNIQUE index: no rebuild mends it
        return []
    return list(dict.fromkeys(ln.rsplit(" ", 1)[-1] for ln in lines))


def rebuild(con: sqlite3.Connection) -> None:
    """Every index of the data rebuilt from its table (parapp repair, under the writer lock, after its snapshot)."""
    con.execute("REINDEX")


def meaning_problems_of(path: Path, source: Path, **kw) -> tuple[int, list]:
    """schema_check.meaning_problems of a database about to be restored: `path` a copy of `source` (its indexes rebuilt
    first when they alone fail the full check), or `source` itself (the window's check before it closes the data: such
    indexes let pass, its copy's are rebuilt as it is restored). A snapshot whose indexes went bad on the disk was
    refused, "hãy chọn một bản sao lưu khác", its tables whole (round 39A)."""
    from parapp.store.connect import connect_readonly, tolerant
    from parapp.store.schema_check import meaning_problems

    if Path(path) != Path(source):
        _rebuilt_if_indexes(Path(path))
    con = tolerant(connect_readonly(path, immutable=True))
    try:
        version, problems = meaning_problems(con, str(source), **kw)
    finally:
        con.close()
    if Path(path) == Path(source):
        problems = [p for p in problems if not (isinstance(p, str) and only_indexes(p))]
    return version, problems


def _rebuilt_if_indexes(path: Path) -> None:
    """A copy's indexes rebuilt when they alone fail its full check (backup.checked_copy's rule, for a copy made by
    the restore; kept apart: the store's modules make no cycle)."""
    from parapp.store.connect import connect_readonly

    con = connect_readonly(path, immutable=True)  # its name quoted as a URI ("#", "%" in a folder's name)
    try:
        lines = [r[0] for r in con.execute(_FULL_CHECK).fetchall()]
    except (sqlite3.Error, UnicodeDecodeError):
        return
    finally:
        con.close()
    if lines != ["ok"] and len(lines) < _ALL_LINES and only_indexes("; ".join(lines)):
        rebuild_copy(path)
