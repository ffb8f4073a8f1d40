"""Schema 2: the reporting schedule and report drafts; finalised reports frozen by triggers.

The schedule every commune starts on (the ministry's 15th-to-14th rule) is written out
here, not read from today's presets."""

from __future__ import annotations

from sqlite_utils import Database

from parapp.store.migrations.base import migrations, run_script


@migrations(name="m0002_periods_reports")
def m0002_periods_reports(db: Database) -> None:
    run_script(db, """
CREATE TABLE period_rules (
    kind TEXT PRIMARY KEY CHECK (kind IN ('q1', 'h1', 'q2', 'q3', '9m', 'q4', 'year')),
    enabled INTEGER NOT NULL DEFAULT 1,
    start_day INTEGER NOT NULL,
    start_month INTEGER NOT NULL,
    start_offset INTEGER NOT NULL DEFAULT 0,
    end_day INTEGER NOT NULL,
    end_month INTEGER NOT NULL,
    end_offset INTEGER NOT NULL DEFAULT 0,
    deadline_day INTEGER,
    deadline_month INTEGER,
    deadline_offset INTEGER NOT NULL DEFAULT 0,
    days_after_end INTEGER,
    CHECK ((deadline_day IS NOT NULL AND deadline_month IS NOT NULL) OR days_after_end IS NOT NULL)
);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    period_kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'final')),
    content TEXT NOT NULL,
    based_on INTEGER REFERENCES reports(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finalized_on TEXT,
    content_hash TEXT,
    sent_on TEXT,
    sent_channel TEXT NOT NULL DEFAULT '',
    sent_number TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reports_period ON reports(year, period_kind);
CREATE TRIGGER reports_final_is_frozen
BEFORE UPDATE OF period_kind, year, state, content, based_on, created_at, finalized_on, content_hash ON reports
WHEN OLD.state = 'final'
BEGIN
    SELECT RAISE(ABORT, 'finalised report is frozen');
END;
CREATE TRIGGER reports_final_kept
BEFORE DELETE ON reports
WHEN OLD.state = 'final'
BEGIN
    SELECT RAISE(ABORT, 'finalised report is frozen');
END;
""")
    # Every commune starts on the ministry's 15th-to-14th rule; the settings change it.
    # kind, enabled, start day/month/offset, end day/month/offset, deadline day/month/offset, days after end
    for row in (("q1", 1, 15, 12, -1, 14, 3, 0, 20, 3, 0, None),
                ("h1", 1, 15, 12, -1, 14, 6, 0, 20, 6, 0, None),
                ("q3", 1, 15, 6, 0, 14, 9, 0, 20, 9, 0, None),
                ("9m", 1, 15, 12, -1, 14, 9, 0, 20, 9, 0, None),
                ("year", 1, 15, 12, -1, 14, 12, 0, 20, 12, 0, None)):
        db.execute("INSERT INTO period_rules (kind, enabled, start_day, start_month, start_offset, end_day, end_month, "
                   "end_offset, deadline_day, deadline_month, deadline_offset, days_after_end) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", list(row))
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('period_preset', '15-14')")
