"""What every migration is written with. Frozen: released migrations produce their
SQL through these helpers, so changing a helper's output would change what an old
migration creates (and what a restored database is compared against). Add a new
helper instead."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

from parapp.store.migration_record import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


def run_script(db: Database, statements: str) -> None:
    """Execute a script statement by statement (triggers hold inner semicolons).

    Not executescript(): it would COMMIT the migration's transaction half-way."""
    buf = ""
    for line in statements.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            db.execute(buf)
            buf = ""
    if buf.strip():
        db.execute(buf + ";")


def audit_trigger_sql(table: str, cols: list[str], task_of: str = "NULL") -> str:
    """The three triggers that log every insert, update and delete of `table` into audit_log,
    keeping `cols`; `task_of` names the task a row belongs to ("{p}.id", "{p}.task_id" or NULL)."""

    def obj(prefix: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {prefix}.{c}" for c in cols) + ")"

    who = "(SELECT os_user FROM audit_actor WHERE id = 1), (SELECT official_id FROM audit_actor WHERE id = 1)"
    out = []
    for event, prefix, before, after in (("INSERT", "NEW", "NULL", obj("NEW")),
                                         ("UPDATE", "NEW", obj("OLD"), obj("NEW")),
                                         ("DELETE", "OLD", obj("OLD"), "NULL")):
        # An update that changes no logged field (a search key, a timestamp) is not a change to report.
        when = f"\nWHEN {obj('OLD')} IS NOT {obj('NEW')}" if event == "UPDATE" else ""
        out.append(f"""
CREATE TRIGGER audit_{table}_{event.lower()} AFTER {event} ON {table}{when}
BEGIN
    INSERT INTO audit_log (at, os_user, official_id, entity, entity_id, task_id, action, before, after)
    VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), {who}, '{table}', {prefix}.id,
            {task_of.format(p=prefix)}, '{event.lower()}', {before}, {after});
END;""")
    return "\n".join(out)
