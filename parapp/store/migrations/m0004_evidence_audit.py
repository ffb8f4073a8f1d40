"""Schema 4: evidence files by content hash, and the append-only change log."""

from __future__ import annotations

from sqlite_utils import Database

from parapp.store.migrations.base import audit_trigger_sql, migrations, run_script


@migrations(name="m0004_evidence_audit")
def m0004_evidence_audit(db: Database) -> None:
    run_script(db, """
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    original_name TEXT NOT NULL,
    original_path TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX evidence_task ON evidence(task_id);
CREATE TABLE audit_actor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    os_user TEXT NOT NULL DEFAULT '',
    official_id INTEGER
);
INSERT INTO audit_actor (id, os_user, official_id) VALUES (1, '', NULL);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    os_user TEXT NOT NULL DEFAULT '',
    official_id INTEGER,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    task_id INTEGER,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_log_task ON audit_log(task_id);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_append_only_u BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_append_only_d BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
""" + "\n".join(audit_trigger_sql(t, c, task_of) for t, c, task_of in _AUDITED) + "\n")


# The tables logged from schema 4 on, the columns kept, and the task each row belongs to.
_AUDITED = [
    ("officials", ["full_name", "position", "unit_id", "phone", "active"], "NULL"),
    ("plans", ["number", "issued_on", "issuer", "title", "year", "signer"], "NULL"),
    ("tasks", ["plan_id", "stt", "content", "area_id", "par_code", "lead_official_id", "lead_text", "coordinators",
               "deadline_text", "due_date", "recurrence", "status", "completed_on", "delay_reason", "dropped_reason",
               "note", "product", "cause", "remedy", "budget"], "{p}.id"),
    ("progress_notes", ["task_id", "note_date", "text"], "{p}.task_id"),
    ("reports", ["period_kind", "year", "state", "finalized_on", "content_hash", "sent_on", "sent_channel",
                 "sent_number"], "NULL"),
    ("evidence", ["task_id", "sha256", "original_name", "original_path", "size"], "{p}.task_id"),
]
