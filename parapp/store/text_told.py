"""What parapp repair can tell of a value gone bad by the data around it: a change-log line's time by the lines before
and after it, who wrote it, a task's group heading by the tasks beside it in its plan (rounds 35A, 36A). Kept apart
from store/text_known.py (the values of lists ParApp keeps)."""

from __future__ import annotations

import sqlite3

from parapp.store.text_known import as_known_among, bad_positions, letters_at, one_bit


def stamp_told(con: sqlite3.Connection, table: str, column: str, rowid: int, fits: list[str]) -> str | None:
    """When a row was written, of several times that fit ('2026-12-0\ufffd 11:38:50', no bit of its day left): the one
    the data around it tells. The row's other times and the times of the change log's lines of the row (written in the
    same second as the row); a change-log line's time lies between the lines before and after it, most often in the
    second of one of them. Left "\ufffd", repair said "gõ lại" of a time no window shows or sets, and a log line's time
    read after every day of its month, lost to the log's day filter (round 35A). None: nothing tells it."""
    fits = list(dict.fromkeys(fits))

    def readable(rows) -> list[str]:
        out = []
        for (v,) in rows:
            try:
                out.append(v.decode("utf-8") if isinstance(v, bytes) else v)
            except UnicodeDecodeError:
                continue
        return [v for v in out if isinstance(v, str)]

    try:
        if table == "audit_log":
            lo = readable(con.execute("SELECT CAST(at AS BLOB) FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1",
                                      [rowid]))
            hi = readable(con.execute("SELECT CAST(at AS BLOB) FROM audit_log WHERE id > ? ORDER BY id LIMIT 1",
                                      [rowid]))
            between = [f for f in fits if all(v <= f for v in lo) and all(f <= v for v in hi)]
            if len(between) == 1 and (lo or hi):
                return between[0]
            if len({f[:-2] for f in between}) < 2:  # a digit of its seconds: lines seconds apart are common, and
                return None  # a neighbour's second put one such time in four back wrong, said exact (round 36A)
            known = set(lo + hi)
            fits = between
        else:
            stamps = [r[1] for r in con.execute(f"PRAGMA table_info([{table}])")
                      if r[1] != column and (r[1] == "at" or r[1].endswith("_at"))]
            known = set()
            for c in stamps:
                known.update(readable(con.execute(f'SELECT CAST("{c}" AS BLOB) FROM [{table}] WHERE rowid = ?',  # noqa: S608
                                                  [rowid])))
            known.update(readable(con.execute("SELECT CAST(at AS BLOB) FROM audit_log WHERE entity = ? "
                                              "AND entity_id = ?", [table, rowid])))
            if "task_id" in (r[1] for r in con.execute(f"PRAGMA table_info([{table}])")):  # a task's part: its lines
                known.update(readable(con.execute(f"SELECT CAST(at AS BLOB) FROM audit_log WHERE task_id = "  # noqa: S608
                                                  f"(SELECT task_id FROM [{table}] WHERE rowid = ?)", [rowid])))
    except sqlite3.Error:
        return None
    told = [f for f in fits if f in known]
    return told[0] if len(told) == 1 else None


def log_user_told(con: sqlite3.Connection, table: str, column: str, rowid: int, raw: bytes) -> str | None:
    """Who wrote a change-log line ('ro\ufffdt'): the user of the lines before and after it, or the one ParApp keeps,
    when exactly one of them is the stored bytes but near the bad ones. Left "\ufffd", repair said "gõ lại" of a line
    no window edits (the log is append-only), and Nhật ký named the line's writer so (round 35A)."""
    if (table, column) != ("audit_log", "os_user"):
        return None
    try:
        rows = con.execute("SELECT CAST(os_user AS BLOB) FROM audit_log WHERE id = (SELECT max(id) FROM audit_log "
                           "WHERE id < ?) OR id = (SELECT min(id) FROM audit_log WHERE id > ?) UNION ALL "
                           "SELECT CAST(os_user AS BLOB) FROM audit_actor", [rowid, rowid]).fetchall()
    except sqlite3.Error:
        return None
    return _one_near(rows, raw)


def group_told(con: sqlite3.Connection, table: str, column: str, rowid: int, raw: bytes) -> str | None:
    """A task's group heading, read from its plan: the one the tasks before and after it hold that is the stored bytes
    but near the bad ones. No window edits it, no log line holds it: repair said "gõ lại" of it (round 36A). Only when
    both hold it (the task is inside that group), or the stored bytes are it with a bit turned: the last task of a plan
    alone under 'Nhiệm vụ đợt 2' was put under the 'Nhiệm vụ đợt 1' of the one before it, said exact (round 37A)."""
    if (table, column) != ("tasks", "group_title"):
        return None
    plan = "plan_id IS (SELECT plan_id FROM tasks WHERE rowid = :r)"  # the tasks just before and after it
    rows = con.execute(f"SELECT CAST(group_title AS BLOB) FROM tasks WHERE rowid IN ((SELECT max(rowid) FROM tasks "
                       f"WHERE rowid < :r AND {plan}), (SELECT min(rowid) FROM tasks WHERE rowid > :r AND {plan}))",
                       {"r": rowid}).fetchall()
    told, inside = _one_near(rows, raw), len(rows) == 2 and rows[0][0] == rows[1][0]
    return told if told is not None and (inside or one_bit(told, raw)) else None


def _one_near(rows, raw: bytes) -> str | None:
    """The one readable value of `rows` that is `raw` but within a letter of its bad bytes (None: none, several)."""
    bad = bad_positions(raw)
    told = set()
    for (v,) in rows:
        try:
            name = v.decode("utf-8") if isinstance(v, bytes) else None
        except UnicodeDecodeError:
            continue
        if name and bad and len(v) == len(raw) and all(a == b or i in letters_at(name, bad)  # that letter (37A)
                                                       for i, (a, b) in enumerate(zip(v, raw))):
            told.add(name)
    return told.pop() if len(told) == 1 else None


def label_told(con: sqlite3.Connection, table: str, column: str, rowid: int, raw: bytes) -> str | None:
    """A PAR criterion's printed number ('\ufffd.2', '\ufffdI'), read from the province's file and edited by no window:
    the one of the forms the set numbers its rows by (the row's code, its last part, its area's Roman numeral, the
    number under its parent's) that is the stored bytes but the bad ones; of several, the one a bit away, else the one
    the rows beside it are numbered by. Left "\ufffd", repair said "gõ lại" of it, and nowhere to (round 39A)."""
    if (table, column) != ("par_criteria", "label"):
        return None
    try:
        row = con.execute("SELECT code, parent_id, set_id FROM par_criteria WHERE rowid = ?", [rowid]).fetchone()
        if not row or not isinstance(row[0], str):
            return None
        parent = con.execute("SELECT CAST(label AS BLOB) FROM par_criteria WHERE id = ?", [row[1]]).fetchone()
        siblings = con.execute("SELECT code, CAST(label AS BLOB) FROM par_criteria WHERE set_id = ? AND parent_id IS ? "
                               "AND rowid <> ?", [row[2], row[1], rowid]).fetchall()
    except sqlite3.Error:
        return None
    try:
        above = parent[0].decode("utf-8") if parent else None
    except UnicodeDecodeError:
        above = None
    forms = _label_forms(row[0], above)
    fits = as_known_among(list(dict.fromkeys(forms.values())), raw)
    if len(fits) > 1:  # the form the rows beside it are numbered by (each sibling whose own label reads)
        used: set[str] = set()
        for code, label in siblings:
            try:
                text = label.decode("utf-8")
            except (UnicodeDecodeError, AttributeError):
                continue
            used.update(k for k, v in _label_forms(code, above).items() if v == text)
        fits = [f for f in fits if any(forms[k] == f for k in used)]
    return fits[0] if len(fits) == 1 else None


def _label_forms(code: object, above: str | None) -> dict[str, str]:
    """The ways a set numbers a criterion of `code` (as build.py reads a province's table), by name."""
    from parapp.core.par import codes

    if not isinstance(code, str) or not code:
        return {}
    last = code.rsplit(".", 1)[-1]
    out = {"code": code, "last": last}
    if last.isdigit():
        out["roman"] = codes.to_roman(int(last))
    if above:
        out["under"] = f"{above}.{last}"
    return out


def par_year(con: sqlite3.Connection, rowid: int) -> int | None:
    """The year of the PAR criteria set a criterion's row belongs to (for the command that imports it again)."""
    try:
        row = con.execute("SELECT s.year FROM par_criteria c JOIN par_sets s ON s.id = c.set_id WHERE c.rowid = ?",
                          [rowid]).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row and isinstance(row[0], int) else None
