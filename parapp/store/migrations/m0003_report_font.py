"""Schema 3: a finalised report records the font it was first printed with, once."""

from __future__ import annotations

from sqlite_utils import Database

from parapp.store.migrations.base import migrations, run_script


@migrations(name="m0003_report_font")
def m0003_report_font(db: Database) -> None:
    # A finalised report records the font it was first printed with, once.
    run_script(db, """
ALTER TABLE reports ADD COLUMN font TEXT;
CREATE TRIGGER reports_font_once
BEFORE UPDATE OF font ON reports
WHEN OLD.state = 'final' AND OLD.font IS NOT NULL AND NEW.font IS NOT OLD.font
BEGIN
    SELECT RAISE(ABORT, 'finalised report keeps its font');
END;
""")
