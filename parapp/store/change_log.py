"""The change log: who changed what, and when, as the triggers append it (its tables keep the
names the schema gave them, audit_log and audit_actor; the window calls it "Nhật ký").

Each change records the computer's user and the official chosen as "working
as" in the window; both are set here for the connection's process.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from parapp.store.settings import WORKING_AS

if TYPE_CHECKING:
    from sqlite_utils import Database


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name (a service account): record none
        return ""


def set_actor(db: Database, official_id: int | None = None, os_user: str | None = None) -> None:
    db.execute("UPDATE audit_actor SET os_user = ?, official_id = ? WHERE id = 1",
               [_os_user() if os_user is None else os_user, official_id])


def record_os_user(db: Database) -> None:
    """Changes made through this connection are the computer user's (written only when it differs), as the
    official that user last said they were: the one another user chose in the window stood in the log beside
    this user's name for every change a command made (round 17)."""
    user = _os_user()
    if current_actor(db)[0] != user:
        set_actor(db, remembered_official(db, user), user)


def _as_this_user(db: Database) -> None:
    """record_os_user for a restore's or a repair's own line: the user kept there gone bad on the disk (not UTF-8)
    could not be read, and the restored data's line was silently left out (round 34A). This computer's user, then."""
    try:
        record_os_user(db)
    except sqlite3.OperationalError as exc:
        if "UTF-8" not in str(exc):  # "Could not decode to UTF-8"; a full disk is said by the caller (34B)
            raise
        set_actor(db, None)


def _actor_key(os_user: str | None) -> str:
    return WORKING_AS + (_os_user() if os_user is None else os_user)


def remembered_official(db: Database, os_user: str | None = None) -> int | None:
    """The official this computer user last said they were, if still working at the commune."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [_actor_key(os_user)]).fetchone()
    if not row or not row[0].isdigit():
        return None
    active = db.execute("SELECT 1 FROM officials WHERE id = ? AND active = 1", [int(row[0])]).fetchone()
    return int(row[0]) if active else None


def remember_official(db: Database, official_id: int | None, os_user: str | None = None) -> None:
    """Remember, per computer user, which official works on this PC (several share one office PC,
    each with their own Windows account, or all with one: then the last choice holds)."""
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [_actor_key(os_user), "" if official_id is None else str(official_id)])


def current_actor(db: Database) -> tuple[str, int | None]:
    row = db.execute("SELECT os_user, official_id FROM audit_actor WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else ("", None)


class LogEntry(NamedTuple):  # a NamedTuple: a dataclass costs ~1 ms of every start to build
    id: int
    at: str
    os_user: str
    official: str
    entity: str
    entity_id: int | None
    task_id: int | None
    action: str
    before: dict | None
    after: dict | None

    def changes(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for the fields that changed."""
        b, a = self.before or {}, self.after or {}
        return [(k, b.get(k), a.get(k)) for k in sorted(set(b) | set(a)) if b.get(k) != a.get(k)]


def list_log(db: Database, *, official_id: int | None = None, since: dt.date | None = None,
             until: dt.date | None = None, task_id: int | None = None, limit: int = 5000) -> list[LogEntry]:
    where: list[str] = []
    params: list[object] = []
    if official_id is not None:
        where.append("l.official_id = ?")
        params.append(official_id)
    if since:
        where.append("l.at >= ?")
        params.append(since.isoformat())
    if until:
        where.append("l.at < ?")
        params.append((until + dt.timedelta(days=1)).isoformat())
    if task_id is not None:
        where.append("l.task_id = ?")
        params.append(task_id)
    import json  # only where the log is read: not on the way to the first page

    sql = ("SELECT l.id, l.at, l.os_user, COALESCE(o.full_name, ''), l.entity, l.entity_id, l.task_id, l.action, "
           "l.before, l.after FROM audit_log l LEFT JOIN officials o ON o.id = l.official_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY l.id DESC LIMIT ?")
    return [LogEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
                     json.loads(r[8]) if r[8] else None, json.loads(r[9]) if r[9] else None)
            for r in db.execute(sql, [*params, limit])]


class LogNames(NamedTuple):
    """What the log's ids stand for, so that it can speak in names (the log keeps ids)."""

    officials: dict[int, str]
    units: dict[int, str]
    areas: dict[int, str]
    plans: dict[int, str]
    tasks: dict[int, tuple[str, str]]          # id → (STT, content)
    indicators: dict[str, str]                 # code → name
    criteria: dict[int, tuple[str, str]]       # id → (code, name)
    par_years: dict[int, int]                  # set id → year


def log_names(db: Database) -> LogNames:
    def pairs(sql: str) -> dict:
        return {r[0]: r[1] for r in db.execute(sql)}

    from parapp.store.figures import indicator_set

    return LogNames(
        officials=pairs("SELECT id, full_name FROM officials"),
        units=pairs("SELECT id, name FROM units"),
        areas=pairs("SELECT id, code || '. ' || name FROM areas"),
        plans=pairs("SELECT id, CASE WHEN number <> '' THEN number || ' – ' || title ELSE title END FROM plans"),
        tasks={r[0]: (r[1], r[2]) for r in db.execute("SELECT id, stt, content FROM tasks")},
        indicators={i.code: i.name for i in indicator_set(db).indicators},
        criteria={r[0]: (r[1], r[2]) for r in db.execute("SELECT id, code, name FROM par_criteria")},
        par_years=pairs("SELECT id, year FROM par_sets"),
    )


def last_change(db: Database) -> str | None:
    """When the data was last changed, as the change log writes it ("2026-12-06 10:36:12", local time); None when
    nothing is logged. A restore's line, the last, is the data as its backup was made: read as the restore's own time,
    Friday's backup chosen after Monday's restored by mistake was said older than the data open (round 44A)."""
    latest = db.execute("SELECT MAX(at) FROM audit_log").fetchone()[0]
    row = db.execute("SELECT action, after FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()  # the last written
    if row is None or row[0] != "restore":
        return latest
    try:
        made = json.loads(row[1] or "{}").get("backup_made") or ""
        return dt.datetime.fromisoformat(made).isoformat(sep=" ") if made else latest
    except (ValueError, TypeError, AttributeError):
        return latest  # a line written otherwise (by hand, another version): the log's latest time, as before


def record_restore(db: Database, source: str, made: str | None, kept: Path | None) -> None:
    """A restore is a change a person makes, the largest there is: every change since the backup is
    undone at once. Recorded in the restored data's own log (round 17: a restore left no line, and the
    log read on as if the days since the backup had never been), with where the data before it was kept.
    The data is back whole by now: a line the log cannot take (a disk just filled) is no reason to say otherwise."""
    if made is None:  # an automatic snapshot: its name says when it was taken
        from parapp.store.backup import parse_snapshot_name

        snap = parse_snapshot_name(Path(source))
        made = snap.taken.isoformat(timespec="seconds") if snap else None
    after = {"restored_from": source, "backup_made": made or "", "kept_before": kept.name if kept else ""}
    try:
        _as_this_user(db)
        with db.atomic():
            db.execute(_RESTORE_LINE, [json.dumps(after, ensure_ascii=False)])
    except sqlite3.Error:
        pass


_RESTORE_LINE = ("INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after) "
                 "SELECT strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), os_user, official_id, 'restore', NULL, "
                 "NULL, 'restore', NULL, ? FROM audit_actor WHERE id = 1")


def record_repair(db: Database, places: list[tuple[str, str, int]], kept: Path | None) -> sqlite3.Error | None:
    """`parapp repair` changes what a person typed (a bad byte becomes "�"): a change like any other, so the log says
    it, each place and where the data from before is kept. Left out, the log read on as if the words had always been
    so (closing note 12). The data is mended by now: a line the log cannot take is no reason to say otherwise, but it
    is returned to be said (a full disk dropped it without a word, round 34B)."""
    tasks = {r for t, _, r in places if t == "tasks"}
    # A setting by its name (its row and the column `value` name nothing a clerk sees: "dòng 6, “Số liệu”", 34A)
    places = [(t, _setting_key(db, r) or c, r) if t == "settings" else (t, c, r) for t, c, r in places]
    task = next(iter(tasks)) if len(tasks) == 1 else None  # in that task's history too
    after = {"places": [list(p) for p in places], "kept_before": kept.name if kept else ""}
    try:
        _as_this_user(db)
        with db.atomic():
            db.execute(_REPAIR_LINE, [task, json.dumps(after, ensure_ascii=False)])
    except sqlite3.Error as exc:
        return exc
    return None


def _setting_key(db: Database, rowid: int) -> str | None:
    try:
        row = db.execute("SELECT key FROM settings WHERE rowid = ?", [rowid]).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


_REPAIR_LINE = ("INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after) "
                "SELECT strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), os_user, official_id, 'repair', NULL, "
                "?, 'repair', NULL, ? FROM audit_actor WHERE id = 1")
