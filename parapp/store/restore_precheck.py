"""The restore gate's meaning check, run on the copy a person chose before anything is closed.

The window restores with its database closed (store.restore needs it so), then opens again.
A backup refused only by the gate (a schema not ParApp's, a finalised report altered, a date
ParApp cannot read …) was refused after the window had closed and reopened its data: the
window flashed and the refusal came from nowhere (round 12a, 14c). The same check, asked
here first, refuses it while the dialog is still open. It writes nothing beside the data: a
backup's database is read from a private temporary copy, a snapshot in place, read-only.

The restore itself still checks everything again (the file may change in between); a
precheck that cannot be made (no room for the temporary copy) is skipped, never a refusal.
`parapp check` of a backup has no restore after it: there, it is said (CheckNotFinished, exit 2).
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from parapp.core.messages import os_reason
from parapp.store.archive_format import Manifest, recorded_files
from parapp.store.archive_verify import inspect, open_archive, verify_members
from parapp.store.backup import AUTO_DIR, snapshot_data_dir
from parapp.store.atomic import led_out
from parapp.store.errors import SnapshotNotMade
from parapp.store.link_errors import LinkedOutOfDataFolder
from parapp.store.evidence import is_stored, stored_path
from parapp.store.leftovers import ADDED, PARTIAL, RESTORING
from parapp.store.connect import CHECK_PREFIX, connect_readonly, remove_left_copies
from parapp.store.restore import (_check_meaning, _extract, _left_out, _real, check_room, check_snapshot,
                                  check_target)
from parapp.store.restore_errors import CheckNotFinished, explain_os_error
from parapp.store.schema_check import text_problems


def precheck_backup(path: Path, db_path: Path | None = None, data_dir: Path | None = None) -> Manifest:
    """verify_backup, and the gate's meaning check on the backup's database; with `db_path` (the data
    restored over) and `data_dir`, its room check too: a disk too full was said only after the window
    had closed (round 15)."""
    path = Path(path)
    with open_archive(path) as z:
        ins = verify_members(z, inspect(z))
        if db_path is not None and data_dir is not None:
            real = _real(Path(db_path))
            check_target(real, given=Path(db_path))  # the data folder takes writes, and the file there is a database
            check_room(ins, real, Path(data_dir))
            _check_folders(ins.evidence, real, Path(data_dir))
        try:
            remove_left_copies()
            with tempfile.TemporaryDirectory(prefix=CHECK_PREFIX, ignore_cleanup_errors=True) as tmp:
                copy = Path(tmp) / "parapp.db"
                _extract(z, ins.db, ins.manifest.members[ins.db.filename], copy, sync=False)
                _check_meaning(copy, ins.manifest.schema_version, path)
                # What the restore will name or refuse once it reads the database (a damaged copy an older ParApp
                # backed up; a member no file of the data is): `check` said "khôi phục được" and nothing of them,
                # said only on the new PC, the old one wiped (round 28A).
                con = connect_readonly(copy, immutable=True)
                try:
                    recorded = recorded_files(con)
                    gone_bad = text_problems(con)
                finally:
                    con.close()
                # Against no folder: nothing hashed here (the window asks this before its question, the office waiting;
                # the restore itself leaves out what the data folder holds sound).
                left = _left_out(ins, recorded, copy, Path(tmp) / "evidence-none")
                if data_dir is None:
                    ins.manifest.left_out = [x.as_json() for x in left]
                    ins.manifest.text_gone_bad = str(gone_bad[0]) if gone_bad else ""
        except OSError as exc:
            # No room in the temporary folder. Before a restore: it checks the data anyway, beside the data. For
            # `check`, nothing read is nothing to vouch for: "khôi phục được" was said of data the restore refused.
            if data_dir is None:
                raise CheckNotFinished(path, _temp_folder(exc), os_reason(exc)) from None
    return ins.manifest


def _temp_folder(exc: OSError) -> str:
    try:
        return tempfile.gettempdir()
    except OSError:  # no usable temporary folder at all: the one this PC names (round 29B), else where it looked
        named = next((os.environ[v] for v in ("TMPDIR", "TEMP", "TMP") if os.environ.get(v)), "")
        return named or (os.fsdecode(exc.filename) if exc.filename else "/tmp")


def _refuses_writes(path: Path) -> bool:
    """The folder `path` is (or would be made in) takes no writes from this account."""
    folder = path
    try:
        while not os.path.exists(folder) and folder != folder.parent:  # False too where this account may not look
            folder = folder.parent
        return folder.is_dir() and not os.access(folder, os.W_OK)
    except PermissionError:  # inside a folder this account may not enter (`backups` another account's)
        return True


def _in_the_way(path: Path) -> Path | None:
    """A file standing where `path` or a folder above it must be (`backups/auto`, `evidence/18` a file, or a
    link to nothing: round 18)."""
    try:
        while not os.path.lexists(path) and path != path.parent:
            path = path.parent
        return None if path.is_dir() else path
    except PermissionError:
        return None  # said by _refuses_writes


def _nearest(folder: Path) -> Path:
    """The folder, or the nearest above it that is there, as make_folders judges it: a link to nothing is then
    said as what is in the way, by the dialog as by the restore."""
    while not os.path.exists(folder) and folder != folder.parent:  # False too where this account may not look
        folder = folder.parent
    return folder


def _check_folders(evidence: dict, db_path: Path, data_dir: Path) -> None:
    """The folders the restore writes in take writes: the safety snapshot's (backups/auto) when there is
    data to keep, and those of the evidence files not here yet. One another account made (root's
    evidence/18 or backups/auto) refused the restore only after the window had closed (round 16); so did a
    file standing where one of them must be, and a folder at a name the restore writes (round 17)."""
    auto = data_dir / AUTO_DIR
    if db_path.exists() and db_path.stat().st_size > 0:
        if led_out(_nearest(auto), data_dir):  # as root, said before the window closes, as the restore would
            raise LinkedOutOfDataFolder(str(auto), str(data_dir))
        if _in_the_way(auto) is not None:
            raise SnapshotNotMade(str(_in_the_way(auto)), SnapshotNotMade.NOT_A_FOLDER)
        if _refuses_writes(auto):
            raise SnapshotNotMade(str(auto), SnapshotNotMade.READ_ONLY)
    written = [db_path.with_name(db_path.name + RESTORING), db_path.with_name(db_path.name + ADDED)]
    for h in sorted(evidence):
        target = stored_path(data_dir, h)
        if is_stored(data_dir, h):
            continue
        if led_out(_nearest(target.parent), data_dir):
            raise LinkedOutOfDataFolder(str(target.parent), str(data_dir))
        if _in_the_way(target.parent) is not None:
            raise explain_os_error(NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(target)),
                                   db_path.parent)
        if _refuses_writes(target.parent):
            raise explain_os_error(PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target)),
                                   db_path.parent)
        written.append(target.with_name(target.name + PARTIAL))
    for path in written:
        if path.is_dir() and not path.is_symlink():  # a file there is cleared; a folder stops the restore
            raise explain_os_error(IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path)),
                                   db_path.parent)


def precheck_snapshot(path: Path, db_path: Path | None = None, data_dir: Path | None = None) -> None:
    """The gate's meaning check on an automatic snapshot, read where it lies; with `db_path` and
    `data_dir`, the room its restore needs beside the data (round 16)."""
    path = Path(path)
    check_snapshot(path)  # gone, or another account's: said as the restore says it
    if db_path is not None and data_dir is not None:
        check_target(_real(Path(db_path)), given=Path(db_path))
        check_room(path, _real(Path(db_path)), Path(data_dir))
        _check_folders({}, _real(Path(db_path)), Path(data_dir))
    own = data_dir is not None and snapshot_data_dir(path) == Path(data_dir).resolve()  # as the restore (31A)
    _check_meaning(path, None, path, own=own)
