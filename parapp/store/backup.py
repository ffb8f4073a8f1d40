"""Consistent snapshots of the live database, checked, kept by a retention rule.

A plain file copy of a WAL database can miss what is still in the WAL; the
online backup API copies a consistent state while the app keeps working.

A snapshot's name says when it was taken by the PC's clock, and a sequence
number says in which order it was written. Retention counts by the order of
writing, never by the clock alone: an old PC whose CMOS battery is flat wakes
up a year in the past, and the snapshot taken before a restore must not then
be pruned at once as "the oldest". Two snapshots never share a name, however
fast they follow each other.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from parapp.store.atomic import fsync_file, give_to_folder_owner, make_folders, rename_no_replace, replace
from parapp.core.messages import os_errno, os_reason
from parapp.store.connect import connect_readonly, is_busy, tolerant
from parapp.store.errors import DatabaseBusy
from parapp.store.snapshot_months import months_untold

AUTO_DIR = Path("backups") / "auto"
KEEP_DAILY, KEEP_MONTHLY = 14, 12
SAFETY_PREFIX = "truoc-"  # before a restore, before an upgrade: the way back from a mistake
_NAME = re.compile(r"parapp-(\d{8})-(\d{6})-(.+?)(?:-(\d{6,}))?")
# Only the names ParApp writes (its reasons are lowercase words joined by "-"): a copy made by hand beside them
# ("… - Copy.db", "… - GIU LAI.db") still restores as a snapshot, but pruning never removes it (round 26A).
_WRITTEN = re.compile(r"parapp-\d{8}-\d{6}-[a-z]+(?:-[a-z]+)*(?:-\d{6,})?\.db")


def snapshot(source: sqlite3.Connection | str | Path, dest: Path, *, keep_existing: bool = False) -> Path:
    """Copy a consistent state of the database to `dest` (written beside, then renamed).

    `keep_existing`: never replace a file already at `dest` (FileExistsError instead).
    """
    dest = Path(dest)
    make_folders(dest.parent)
    # Its own temporary name: two processes snapshotting at once never write into one file.
    tmp = dest.with_name(f"{dest.name}.{secrets.token_hex(4)}.partial")
    src = source if isinstance(source, sqlite3.Connection) else connect_readonly(source)
    if src is source and source.in_transaction:
        # SQLite's backup of a connection inside its own write transaction never returns (Python
        # retries SQLITE_LOCKED for ever): the committed state is read through a connection of its own.
        file = source.execute("PRAGMA database_list").fetchone()[2]
        if file:
            src = connect_readonly(file)
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
        give_to_folder_owner(tmp)
        if keep_existing:
            rename_no_replace(tmp, dest)
        else:
            replace(tmp, dest)
    except BaseException:
        for leftover in (tmp, *(Path(f"{tmp}{side}") for side in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)  # the -wal/-shm of a copy leaving WAL mode on a full disk too (33B)
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
    from parapp.store.text_repair import not_damage

    if not Path(path).is_file():
        return "not a regular file"
    try:
        con = tolerant(connect_readonly(path, immutable=immutable))
        try:
            rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            rows = [(ln,) for ln in not_damage(con, [r[0] for r in rows])]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise DatabaseBusy(str(path)) from None
        return str(exc)
    except UnicodeDecodeError as exc:  # SQLite's message about a damaged schema, not even UTF-8
        return str(exc)
    result = "; ".join(r[0] for r in rows[:5])
    return None if result in ("ok", "") else result


def checked_copy(path: Path) -> str | None:
    """check_file of a copy ParApp has just written (a snapshot, a backup's database): its indexes rebuilt from its
    tables first when they alone fail the check (store.index_rebuild, round 39A)."""
    from parapp.store.index_rebuild import only_indexes, rebuild_copy

    problem = check_file(path, immutable=True)
    if not only_indexes(problem):
        return problem
    # Rebuilt beside, then renamed over: killed half-way, a snapshot under its name was half rebuilt, its -journal
    # beside it ignored by the readers of a snapshot (immutable). The leftover is cleaned as a snapshot's own is.
    import shutil

    tmp = path.with_name(f"{path.name}.{secrets.token_hex(4)}.partial")
    try:
        shutil.copyfile(path, tmp)
        rebuild_copy(tmp)
        problem = check_file(tmp, immutable=True)
        if problem is None:
            fsync_file(tmp)
            replace(tmp, path)
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
    return problem


@dataclass
class Snapshot:
    path: Path
    taken: dt.datetime
    reason: str
    seq: int = 0   # order of writing; 0 for the snapshots of versions that did not number them

    @property
    def label(self) -> str:
        return self.taken.strftime("%d/%m/%Y %H:%M")

    @property
    def is_safety(self) -> bool:
        return self.reason.startswith(SAFETY_PREFIX)


def _name(when: dt.datetime, reason: str, seq: int) -> str:
    return f"parapp-{when:%Y%m%d-%H%M%S}-{reason}-{seq:06d}.db"


def _parse(p: Path) -> Snapshot | None:
    m = _NAME.fullmatch(p.stem)
    if not m:
        return None
    try:
        taken = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return Snapshot(p, taken, m.group(3), int(m.group(4) or 0))


def parse_snapshot_name(p: Path) -> Snapshot | None:
    """The snapshot a file's name describes, or None when ParApp did not name it."""
    return _parse(Path(p)) if Path(p).suffix == ".db" else None


def _in_auto(p: Path) -> bool:
    return parse_snapshot_name(p) is not None and p.parent.name == AUTO_DIR.name \
        and p.parent.parent.name == AUTO_DIR.parent.name


def is_automatic_snapshot(path: Path) -> bool:
    """Whether `path` is one of ParApp's automatic snapshots in a data folder's backups/auto: a file kept as the way
    back, never a database to write into. As given, or where links lead: `backups` a link (a junction to another
    drive) leads to a folder of another name, and its snapshots were written into (round 26A)."""
    return _in_auto(Path(os.path.abspath(path))) or _in_auto(Path(os.path.realpath(path)))


def snapshot_data_dir(path: Path) -> Path | None:
    """The data folder whose backups/auto holds the snapshot `path` (None: not a snapshot), as given first: through a
    linked `backups`, where the link leads is no data folder."""
    given = Path(os.path.abspath(path))
    if _in_auto(given):
        return given.parents[2].resolve()
    real = Path(os.path.realpath(path))
    return real.parents[2] if _in_auto(real) else None


def list_snapshots(data_dir: Path) -> list[Snapshot]:
    """Newest written first (the clock may have gone back: the order of writing decides)."""
    folder = Path(data_dir) / AUTO_DIR
    try:
        # Regular files only: SQLite opening a FIFO someone named like a snapshot would wait for ever.
        found = [_parse(p) for p in folder.glob("parapp-*.db") if p.is_file()] if folder.is_dir() else []
    except PermissionError:
        # `backups` another account's, 0700: none to be seen. Raised, the window's start and its Khôi phục…
        # ended in "Lỗi không mong đợi" (round 16); a snapshot taken there is refused in words.
        found = []
    return sorted((s for s in found if s is not None), key=lambda s: (s.seq, s.taken, s.path.name), reverse=True)


def take_snapshot(con: sqlite3.Connection, data_dir: Path, reason: str, now: dt.datetime | None = None, *,
                  pruned: bool = True) -> Snapshot:
    """The way back, taken before a change; a folder it cannot be written to (locked, read-only,
    `backups` a file, full) is said in words, and the change is then not made. `pruned`: the older
    snapshots pruned now (else the caller prunes, see snapshot_before)."""
    try:
        return _take_snapshot(con, data_dir, reason, now, pruned=pruned)
    except OSError as exc:
        from parapp.store.errors import DiskFull, SnapshotNotMade

        folder = str(Path(data_dir) / AUTO_DIR)
        if os_errno(exc) in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(folder) from None
        if os_errno(exc) in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise SnapshotNotMade(folder, SnapshotNotMade.READ_ONLY) from None
        if os_errno(exc) in (errno.ENOTDIR, errno.EEXIST):
            in_the_way = next((f for f in (Path(data_dir) / AUTO_DIR.parent, Path(data_dir) / AUTO_DIR)
                               if os.path.lexists(f) and not f.is_dir()), folder)
            raise SnapshotNotMade(str(in_the_way), SnapshotNotMade.NOT_A_FOLDER) from None
        raise SnapshotNotMade(folder, "", os_reason(exc)) from None
    except sqlite3.DatabaseError as exc:
        # SQLite's own "database or disk is full" writing the copy (the disk filled while the window was open): raised
        # as it was, the error box's "Sửa chỗ chữ hỏng" said the damaged text again, never the full disk (round 33B).
        from parapp.store import connect
        from parapp.store.errors import DiskFull

        folder = str(Path(data_dir) / AUTO_DIR)
        # Or its "disk I/O error" where the copy's -shm could not be mapped on a full disk (as db.failure reads it)
        io_error = connect.primary_code(exc) == 10 or "disk i/o error" in str(exc).lower()
        if connect.is_disk_full(exc) or (io_error and connect.folder_is_full(data_dir)):
            raise DiskFull(folder) from None
        raise


@contextmanager
def snapshot_before(con: sqlite3.Connection, data_dir: Path, reason: str) -> Iterator[Snapshot]:
    """take_snapshot around a change made in one transaction. When the change fails (rolled back: the data is still
    what the copy holds) the copy is removed, and the older snapshots are pruned only once the change is made, so
    none goes for a copy that is not kept. Round 34B: `parapp repair`, `par remove-set` with room for the copy but not
    the change said the disk full and left the copy, the data's size, the very file that filled the disk; the next
    try could not take its own."""
    snap = take_snapshot(con, data_dir, reason, pruned=False)
    try:
        yield snap
    except BaseException:
        if not con.in_transaction:
            from parapp.store.atomic import remove_made

            remove_made(snap.path)
        raise
    prune(data_dir)


def _take_snapshot(con: sqlite3.Connection, data_dir: Path, reason: str, now: dt.datetime | None = None, *,
                   pruned: bool = True) -> Snapshot:
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder = Path(data_dir) / AUTO_DIR
    make_folders(folder, within=data_dir)  # as root, never through a link out of the data folder (round 19)
    if folder.is_dir() and not os.access(folder, os.W_OK):
        # Said as the folder's own fault: SQLite would fail with its English "unable to open
        # database file", which reached the message as its reason (round 13).
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
    for _ in range(100):
        found = list_snapshots(data_dir)
        seq = (found[0].seq if found else 0) + 1
        try:
            path = snapshot(con, folder / _name(now, reason, seq), keep_existing=True)
            break
        except FileExistsError:  # another process took the same number a moment ago
            if os.path.lexists(folder) and not folder.is_dir():
                raise  # a file (or a dangling link, round 18) at backups/auto: said as one, not "lỗi không rõ"
            continue
    else:
        raise FileExistsError(str(folder))
    try:
        problem = checked_copy(path)
    except BaseException:  # the disk filled as its indexes were rebuilt: no snapshot left that would not restore
        path.unlink(missing_ok=True)
        raise
    if problem:  # never keep a snapshot that would not restore
        path.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(problem)
    if pruned:
        prune(data_dir)
    return Snapshot(path, now, reason, seq)


def try_snapshot(con: sqlite3.Connection, data_dir: Path, reason: str) -> str | None:
    """take_snapshot for the window's own start and close: None when made; else why not, in words.
    A snapshot that cannot be made never keeps the office from its data (the window says it)."""
    from parapp.core.messages import N_, Msg

    try:
        _take_snapshot(con, data_dir, reason)
        return None
    except (OSError, sqlite3.Error) as exc:
        if is_busy(exc):
            return Msg(N_("errors", "Chưa tạo được bản sao lưu tự động: dữ liệu đang được chương trình khác ghi. "
                                    "Dữ liệu vẫn mở bình thường."))
        detail = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        return Msg(N_("errors", "Chưa tạo được bản sao lưu tự động trong “{0}” ({1}). Dữ liệu vẫn mở bình thường; "
                                "hãy kiểm tra thư mục đó (còn chỗ trống, không bị khóa) và sao lưu ra USB."),
                   str(Path(data_dir) / AUTO_DIR), detail)


def prune(data_dir: Path) -> list[Path]:
    """Keep the newest snapshot of each of the last 14 days and of each of the last
    12 months (a snapshot may count for both); delete the rest.

    "Last" in the order of writing: the days and months counted are the first 14
    and 12 met going back from the snapshot written last, whatever dates the
    clock gave them (a clock that tells no month: months_untold). The snapshot
    written last is always kept."""
    snaps = [s for s in list_snapshots(data_dir) if _WRITTEN.fullmatch(s.path.name)]
    keep: set[Path] = {snaps[0].path} if snaps else set()
    day = _days(snaps)
    days: dict[tuple[dt.date, int], Path] = {}
    months: dict[tuple[int, int], Path] = {}
    for s in snaps:  # newest written first: the first seen per day/month is its newest
        days.setdefault(day[s.path], s.path)
        months.setdefault((s.taken.year, s.taken.month), s.path)
    recent_days = list(days)[:KEEP_DAILY]
    keep.update(days[d] for d in recent_days)
    monthly = list(months.values())[:KEEP_MONTHLY]
    keep.update(monthly)
    recent = set(recent_days)
    oldest_recent = next((s for s in reversed(snaps) if day[s.path] in recent), None)
    keep.update(months_untold(snaps, oldest_recent, set(monthly), KEEP_MONTHLY - len(monthly)))
    # The day's first snapshot (taken at the first start, "dau-ngay") is the morning's state: closing
    # after changes adds the evening's beside it, it never replaces it.
    mornings = set(recent)
    for s in reversed(snaps):  # first written first
        if s.reason == "dau-ngay" and day[s.path] in mornings:
            keep.add(s.path)
            mornings.discard(day[s.path])
    # Safety snapshots (before a restore or an upgrade) are the way back from a mistake
    # made lately: kept whole for the recent days, not collapsed to one a day.
    keep.update(s.path for s in snaps if s.is_safety and day[s.path] in recent)
    removed = []
    for s in snaps:
        if s.path not in keep:
            try:
                s.path.unlink(missing_ok=True)
            except OSError:
                # Housekeeping: one it cannot remove (read-only on Windows, as files copied from a CD are) stays.
                # Raised, it failed the snapshot just written: every restore was refused (round 24A).
                continue
            removed.append(s.path)
    return removed


def _days(snaps: list[Snapshot]) -> dict[Path, tuple[dt.date, int]]:
    """The day each snapshot (newest written first) belongs to: its date, and how many times the clock had gone back
    behind the snapshot written before it. A flat CMOS battery sets an offline PC's clock to the same date at every
    start: by date alone every day was one, and a month kept only the first morning and the last close (round 26A)."""
    out: dict[Path, tuple[dt.date, int]] = {}
    back, before = 0, None
    for s in reversed(snaps):  # first written first
        if before is not None and s.taken < before:
            back += 1
        before = s.taken
        out[s.path] = (s.taken.date(), back)
    return out


def snapshot_due_today(data_dir: Path, today: dt.date, now: dt.datetime | None = None) -> bool:
    """The first start of a day takes a snapshot; so does a start whose clock is behind the last snapshot written (a
    clock set back at each start, to the same date: a day of its own, round 26A)."""
    snaps = list_snapshots(data_dir)
    now = now or dt.datetime.now()
    return not any(s.taken.date() == today for s in snaps) or (bool(snaps) and snaps[0].taken > now)


def latest_good(data_dir: Path) -> Snapshot | None:
    for s in list_snapshots(data_dir):
        if check_file(s.path, full=False, immutable=True) is None:
            return s
    return None
