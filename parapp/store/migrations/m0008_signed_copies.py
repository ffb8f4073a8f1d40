"""Schema: a finalised report keeps what it printed with and the signed copy that came back.

A report finalised from now on records, frozen with it, the print options it
was laid out with (the commune's names, the signer, the number and date or
their blanks) and the SHA-256 and size of the PDF that was made of it: a
signed file is checked against that, on any PC, whatever the settings say
later. The signed copy (a digitally signed PDF, or a scan of the paper signed
in ink) is kept in the data folder under its content hash, like evidence.
"""

from __future__ import annotations

from sqlite_utils import Database

from parapp.store.migrations.base import audit_trigger_sql, migrations, run_script


@migrations(name="m0008_signed_copies")
def m0008_signed_copies(db: Database) -> None:
    run_script(db, """
ALTER TABLE reports ADD COLUMN print_options TEXT;
ALTER TABLE reports ADD COLUMN pdf_sha256 TEXT;
ALTER TABLE reports ADD COLUMN pdf_size INTEGER;
CREATE TRIGGER reports_final_print_frozen
BEFORE UPDATE OF print_options, pdf_sha256, pdf_size ON reports
WHEN OLD.state = 'final'
BEGIN
    SELECT RAISE(ABORT, 'finalised report is frozen');
END;
CREATE TABLE signed_copies (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    kind TEXT NOT NULL CHECK (kind IN ('digital', 'scan')),
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    original_name TEXT NOT NULL,
    original_path TEXT NOT NULL DEFAULT '',
    signed_by TEXT NOT NULL DEFAULT '',
    signed_at TEXT,
    chain_known INTEGER,
    signatures TEXT NOT NULL DEFAULT '[]',
    added_at TEXT NOT NULL
);
CREATE INDEX signed_copies_report ON signed_copies(report_id);
CREATE TRIGGER signed_copies_kept
BEFORE UPDATE ON signed_copies
BEGIN
    SELECT RAISE(ABORT, 'a signed copy is kept as it was attached');
END;
CREATE TRIGGER signed_copies_not_deleted
BEFORE DELETE ON signed_copies
BEGIN
    SELECT RAISE(ABORT, 'a signed copy is kept as it was attached');
END;
""" + audit_trigger_sql("signed_copies", ["report_id", "kind", "sha256", "original_name", "signed_by",
                                          "signed_at"]) + "\n")
