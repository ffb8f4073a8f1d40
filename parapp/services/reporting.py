"""Finalising a report: it is frozen with the font it will always print with."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from parapp.pdf.fonts import choose
from parapp.store import reports


def finalize_report(db: Database, report_id: int, today: dt.date) -> str:
    """Freeze the draft; the font chosen now is recorded with it, so printing it later (even from
    read-only media, even on another PC) never writes and prints the same lines. Returns the hash."""
    return reports.finalize(db, report_id, today, font=choose().name)
