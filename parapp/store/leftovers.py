"""Temporary files a kill or a power cut left behind, removed on the next start.

Every temporary file ParApp writes lives beside its target, under a name that
says it is temporary, so that it is found again:

- `<database>.restoring` (a restore's incoming database; -wal/-shm/-journal too),
- `evidence/xx/<hash>.partial` and `evidence/xx/.incoming-*` (a file being added),
- `backups/auto/*.partial` (a snapshot being written) and SQLite's `*.partial-journal` beside it,
- `<database stem>-hong-….db.partial` (and its -wal/-shm's): a damaged database being copied aside where the
  disk has no hard links (round 17; a kill during the copy left it for ever, round 18),
- `<database>.restoring-added`: the evidence files a restore put in place, listed
  before the first was written; those the database (old or new) does not record
  are removed with it,
- `<backup file>.partial` and `<backup file>.db.partial` in a backup's folder.

The data folder's are removed by whoever takes the writer lock (the window at
start, a writing command), so never from under a writer at work. A backup's
are removed by the next backup into the same folder once they are an hour
old: a backup at work rewrites its files continuously.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
import time
from glob import escape as glob_escape
from pathlib import Path

from parapp.store.atomic import led_out

RESTORING = ".restoring"
ADDED = RESTORING + "-added"
PARTIAL = ".partial"
_SQLITE_SIDES = ("-journal", "-wal", "-shm")
INCOMING_PREFIX = ".incoming-"
STALE_AFTER_S = 3600


def _unlink(paths) -> list[Path]:
    removed = []
    for p in paths:
        try:
            if p.is_file():
                p.unlink()
                removed.append(p)
        except OSError:
            pass  # in use on Windows, or no right to remove: next time
    return removed


def clean_data_folder(db_path: Path) -> list[Path]:
    """Call with the writer lock held."""
    db_path = Path(db_path).resolve()
    folder = db_path.parent
    incoming = db_path.with_name(db_path.name + RESTORING)
    found = [incoming] + [Path(str(incoming) + s) for s in ("-wal", "-shm", "-journal")]
    found += folder.glob(f"{glob_escape(db_path.stem)}-hong-*{PARTIAL}")
    evidence = folder / "evidence"
    try:
        for sub in evidence.iterdir() if evidence.is_dir() else []:
            # As root, never removed through a link the account put there leading out (root's *.partial, 20A).
            if sub.is_dir() and not led_out(sub, folder):
                found += sub.glob("*" + PARTIAL)
                found += sub.glob(INCOMING_PREFIX + "*")
    except PermissionError:  # another account's evidence folder (0700): the window's start ended in an error
        pass
    auto = folder / "backups" / "auto"
    try:
        if auto.is_dir() and not led_out(auto, folder):
            for pattern in [PARTIAL, *(PARTIAL + side for side in _SQLITE_SIDES)]:
                found += auto.glob("*" + pattern)
    except PermissionError:  # `backups` another account's (0700), round 16
        pass
    # Backups before this version worked in the system's temporary folder.
    for old in Path(tempfile.gettempdir()).glob("parapp-backup-*"):
        try:
            if old.is_dir() and time.time() - old.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    return _unlink(p for p in found if p.exists()) + _undo_killed_restore(db_path)


def _undo_killed_restore(db_path: Path) -> list[Path]:
    """Evidence files a killed restore put in place for a database that never took over.

    Only the files it listed, and only those the database now in place does not
    record (killed after its swap, they are the new database's). When the database
    cannot be read, nothing is removed: the list waits for a start that can tell."""
    journal = db_path.with_name(db_path.name + ADDED)
    if not journal.is_file():
        return []
    try:
        hashes = [h for h in journal.read_text(encoding="ascii", errors="replace").split()
                  if re.fullmatch(r"[0-9a-f]{64}", h)]
        recorded = _recorded(db_path) if db_path.exists() else set()
    except (OSError, sqlite3.Error):
        return []
    folder = db_path.parent / "evidence"
    removed = _unlink(folder / h[:2] / h for h in hashes
                      if h not in recorded and not led_out(folder / h[:2], db_path.parent))
    return removed + _unlink([journal])


def _recorded(db_path: Path) -> set[str]:
    from parapp.store.archive_format import recorded_files
    from parapp.store.connect import connect_readonly

    con = connect_readonly(db_path)
    try:
        return set(recorded_files(con))
    finally:
        con.close()


# What a backup names its temporary files, after "ParApp-….parapp-backup.": "<token>.partial" (the zip being
# written), "<token>.db" (the database's copy) and that copy's own "<token>.db.<token>.partial[-journal]"; before
# tokens, ".partial" alone. Nothing else: "….parapp-backup.zip", ".bak", ".old" are backups an office kept by hand
# (round 24A: removed an hour after as a killed backup's leftover).
_BACKUP_LEFTOVER = re.compile(r"ParApp-.+\.parapp-backup\.(?:partial|[0-9a-f]{8}\.(?:partial|db(?:-journal|\.partial"
                              r"|\.[0-9a-f]{8}\.partial(?:-journal)?)?))")


def is_backup_leftover(name: str) -> bool:
    """Whether a file's name is one a backup gives its temporary files (a killed one's leftover)."""
    return _BACKUP_LEFTOVER.fullmatch(name) is not None


def backup_leftovers(folder: Path) -> list[Path]:
    """The temporary files of backups in `folder`, whoever wrote them (this one, a killed one, another PC's)."""
    return [p for p in Path(folder).glob("ParApp-*.parapp-backup.*") if is_backup_leftover(p.name)]


def clean_backup_folder(folder: Path) -> list[Path]:
    """Partial backup files in `folder` that nobody has written to for an hour."""
    now = time.time()
    stale = []
    for p in backup_leftovers(folder):
        try:
            if now - p.stat().st_mtime > STALE_AFTER_S:
                stale.append(p)
        except OSError:
            pass
    return _unlink(stale)
