"""Consistent snapshots of the live database, checked, kept by a retention rule.

A plain file copy of a WAL database can miss what is still in the WAL; the
online backup API copies a consistent state while the app keeps working.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from parapp.store.atomic import fsync_file, replace
from parapp.store.connect import connect_readonly, is_busy, tolerant
from parapp.store.errors import DatabaseBusy

AUTO_DIR = Path("backups") / "auto"
KEEP_DAILY, KEEP_MONTHLY = 14, 12


def snapshot(source: sqlite3.Connection | str | Path, dest: Path) -> Path:
    """Copy a consistent state of the database to `dest` (written beside, then renamed)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = source if isinstance(source, sqlite3.Connection) else connect_readonly(source)
    try:
        out = sqlite3.connect(tmp)
        try:
            # In one step: copied in pieces, the copy starts over each time another
            # process commits, and a busy window could keep it from ever finishing.
            src.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            out.close()
        fsync_file(tmp)
        replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if src is not source:
            src.close()
    return dest


def check_file(path: Path, full: bool = True, *, immutable: bool = False) -> str | None:
    """None when the file is a sound SQLite database; else what is wrong, in words.

    Raises DatabaseBusy rather than call a database that another program holds damaged.
    `immutable`: for a file no one else has open (a snapshot, a copy being checked).
    """
    try:
        con = tolerant(connect_readonly(path, immutable=immutable))
        try:
            rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise DatabaseBusy(str(path)) from None
        return str(exc)
    except UnicodeDecodeError as exc:  # SQLite's message about a damaged schema, not even UTF-8
        return str(exc)
    result = "; ".join(r[0] for r in rows[:5])
    return None if result == "ok" else result


@dataclass
class Snapshot:
    path: Path
    taken: dt.datetime
    reason: str

    @property
    def label(self) -> str:
        return self.taken.strftime("%d/%m/%Y %H:%M")


def _name(when: dt.datetime, reason: str) -> str:
    return f"parapp-{when:%Y%m%d-%H%M%S}-{reason}.db"


def list_snapshots(data_dir: Path) -> list[Snapshot]:
    """Newest first."""
    folder = Path(data_dir) / AUTO_DIR
    out = []
    for p in folder.glob("parapp-*.db") if folder.is_dir() else []:
        parts = p.stem.split("-")
        try:
            taken = dt.datetime.strptime(parts[1] + parts[2], "%Y%m%d%H%M%S")
        except (IndexError, ValueError):
            continue
        out.append(Snapshot(p, taken, "-".join(parts[3:]) or "auto"))
    return sorted(out, key=lambda s: s.taken, reverse=True)


def take_snapshot(con: sqlite3.Connection, data_dir: Path, reason: str, now: dt.datetime | None = None) -> Snapshot:
    now = now or dt.datetime.now()
    path = snapshot(con, Path(data_dir) / AUTO_DIR / _name(now, reason))
    problem = check_file(path, immutable=True)
    if problem:  # never keep a snapshot that would not restore
        path.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(problem)
    prune(data_dir)
    return Snapshot(path, now.replace(microsecond=0), reason)


def prune(data_dir: Path) -> list[Path]:
    """Keep the newest snapshot of each of the last 14 days and of each of the last
    12 months (a snapshot may count for both); delete the rest."""
    snaps = list_snapshots(data_dir)
    keep: set[Path] = set()
    # Safety snapshots (before a restore or an upgrade) are the way back from a
    # mistake made today: kept whole for the daily period, not collapsed.
    recent = sorted({s.taken.date() for s in snaps}, reverse=True)[:KEEP_DAILY]
    keep.update(s.path for s in snaps if s.reason.startswith("truoc-") and s.taken.date() in recent)
    days: dict[dt.date, Path] = {}
    months: dict[tuple[int, int], Path] = {}
    for s in snaps:  # newest first: the first seen per day/month is its newest
        days.setdefault(s.taken.date(), s.path)
        months.setdefault((s.taken.year, s.taken.month), s.path)
    keep.update(p for _, p in sorted(days.items(), reverse=True)[:KEEP_DAILY])
    # The day's first snapshot (taken at the first start, "dau-ngay") is the morning's state: closing
    # after changes adds the evening's beside it, it never replaces it.
    kept_days = {d for d, _ in sorted(days.items(), reverse=True)[:KEEP_DAILY]}
    for s in reversed(snaps):  # oldest first
        if s.reason == "dau-ngay" and s.taken.date() in kept_days:
            keep.add(s.path)
            kept_days.discard(s.taken.date())
    keep.update(p for _, p in sorted(months.items(), reverse=True)[:KEEP_MONTHLY])
    removed = []
    for s in snaps:
        if s.path not in keep:
            s.path.unlink(missing_ok=True)
            removed.append(s.path)
    return removed


def snapshot_due_today(data_dir: Path, today: dt.date) -> bool:
    """The first start of a day takes a snapshot."""
    return not any(s.taken.date() == today for s in list_snapshots(data_dir))


def latest_good(data_dir: Path) -> Snapshot | None:
    for s in list_snapshots(data_dir):
        if check_file(s.path, full=False, immutable=True) is None:
            return s
    return None
