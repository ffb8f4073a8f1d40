"""Putting a file in place so that a kill or a power cut leaves either the old
file or the new one, never half of one: write beside the target, fsync,
rename, fsync the folder."""

from __future__ import annotations

import errno
import os
import shutil
import stat
from pathlib import Path


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def keep_mode(new: Path, old: Path) -> None:
    """Give `new` the permissions (and, where allowed, the owner and group) of the file `old` it is
    about to replace: a database other accounts of the office could read and write stays so after a
    restore renames a new file over it (round 14), and one the administrator restores (as root) for an
    account stays that account's (round 15: it became root's, read-only to its owner). Best effort:
    the file is sound either way."""
    try:
        st = os.stat(old)
    except OSError:
        # Nothing replaced (a restore to a new name): as root, the folder's owner gets it, or the account
        # whose folder it is could not write its own restored database (round 16).
        give_to_folder_owner(new)
        return
    if not hasattr(os, "O_NOFOLLOW"):  # Windows: only the read-only bit, and no links to fear here
        try:
            os.chmod(new, st.st_mode & 0o777)
        except OSError:
            pass
        return
    with _no_link(new) as fd:
        if fd is None:
            return
        try:
            os.fchmod(fd, st.st_mode & 0o777)
        except OSError:
            pass
        for uid in (st.st_uid, -1):  # the owner: root alone may give a file away; the group: a member may
            try:
                os.fchown(fd, uid, st.st_gid)
                break
            except OSError:
                continue


class _no_link:  # noqa: N801 - a context manager read as a phrase
    """The file ParApp made at `path`, opened without following a link: the permissions and owner it sets go
    to that file, never through a link (nor to a file hard-linked) the folder's owner put at its name meanwhile;
    as root, a file of root's it named became that account's (round 17). None when there is no such file."""

    def __init__(self, path: Path):
        self.path: Path = path
        self.fd: int | None = None

    def __enter__(self) -> int | None:
        try:
            fd = self.fd = os.open(self.path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
            st = os.fstat(fd)
        except OSError:
            return None
        return fd if stat.S_ISREG(st.st_mode) and st.st_nlink < 2 else None

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.close(self.fd)


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def give_to_folder_owner(path: Path) -> None:
    """As root, a file ParApp makes in an account's data folder (a restored database under a new name,
    evidence, a snapshot) is given to the owner of the folder it is in, as make_folders does for folders:
    root's, it was read-only to that account (round 16). Best effort."""
    if not _as_root():
        return
    try:
        st = os.stat(Path(path).parent)
        with _no_link(path) as fd:
            if fd is not None:
                os.fchown(fd, st.st_uid, st.st_gid)
    except OSError:
        pass


def make_folders(folder: Path, within: Path | None = None) -> None:
    """mkdir -p. As root, each folder made belongs to the owner of the folder it is made in: the
    administrator's restore (or any command run as root) on an account's data made `backups/auto` and
    `evidence/xx` root's, and that account could then take no snapshot nor keep evidence there (round 15).

    `within`: the data folder the new folder belongs in. As root, a folder there that leads out of it (a link
    the account put at `evidence/xx`) is refused: root's restore wrote the backup's files, which that account
    can craft, through it into any folder of root's, /etc/cron.d included (round 19)."""
    folder = Path(folder)
    if not _as_root():
        folder.mkdir(parents=True, exist_ok=True)
        return
    made, parent = [], folder
    while not parent.exists():
        made.append(parent)
        parent = parent.parent
    if within is not None and os.path.isdir(within):
        # The folder it is made in, before: a link at `evidence` (or `backups`) got evidence/xx made out there (20A).
        _refuse_out(parent, folder, within)
    folder.mkdir(parents=True, exist_ok=True)  # a link to nothing there is refused here, as for every account
    if within is not None:
        _refuse_out(folder, folder, within)
    st = os.stat(parent)
    for d in made:
        try:
            os.chown(d, st.st_uid, st.st_gid, follow_symlinks=False)  # never a link put there meanwhile (round 17)
        except OSError:
            pass


def led_out(there: Path, within: Path) -> bool:
    """As root, is `there` (in the data folder `within`) reached through a link leading out of it? Nothing is
    then written or removed there (round 19; removed, round 20A)."""
    if not _as_root():
        return False
    real, base = os.path.realpath(there), os.path.realpath(within)
    return os.path.commonpath([real, base]) != base


def _refuse_out(there: Path, folder: Path, within: Path) -> None:
    if led_out(there, within):
        from parapp.store.link_errors import LinkedOutOfDataFolder

        raise LinkedOutOfDataFolder(str(_the_link(Path(folder), Path(within))), str(within))


def _the_link(folder: Path, within: Path) -> Path:
    """The link on the way from the data folder to `folder`: `evidence` a link to another disk made the message name
    `evidence/18`, a real folder of evidence files out there, as the link to delete (round 27A)."""
    try:
        parts = folder.relative_to(within).parts
    except ValueError:
        return folder
    step = within
    for part in parts:
        step = step / part
        if os.path.islink(step):
            return step
    return folder


def replace(src: Path, dst: Path) -> None:
    """Rename `src` over `dst` (same folder), durably."""
    os.replace(src, dst)
    fsync_dir(Path(dst).parent)


def open_new(path: Path, mode: str = "wb", **kw):
    """Open a file written beside the data as a new file: whatever stands at its name (a link another
    account planted, or a kill left) is removed first, never written through. A link at
    `parapp.db.restoring` sent the restored database into the file it named, and the data folder's
    database became that link (round 16)."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    return open(path, mode.replace("w", "x"), **kw)


def copy_beside(src: Path, dst: Path, suffix: str) -> Path:
    """A synced copy of `src` beside `dst`, named dst + suffix, ready to be renamed over it."""
    tmp = Path(dst).with_name(Path(dst).name + suffix)
    try:
        with open(src, "rb") as inp, open_new(tmp) as out:
            shutil.copyfileobj(inp, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def rename_no_replace(src: Path, dst: Path) -> None:
    """Rename, failing with FileExistsError rather than replace an existing `dst`.

    Windows' rename never replaces. On POSIX a hard link refuses an existing
    name atomically; file systems without hard links (FAT USB sticks) fall
    back to look-then-rename, which is good enough for one person's backups.
    """
    if os.name == "nt":
        os.rename(src, dst)
        return
    try:
        os.link(src, dst)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
        if os.path.lexists(dst):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(dst)) from None
        os.rename(src, dst)
        fsync_dir(Path(dst).parent)
        return
    os.unlink(src)
    fsync_dir(Path(dst).parent)


def remove_made(path: Path) -> None:
    """What making a new database left when it failed (a full disk): a 0-byte file, which the window then opened
    read-only and said "không phải là cơ sở dữ liệu ParApp … chọn đúng tệp" (round 33B). Nothing else was in it."""
    for leftover in (Path(path), *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))):
        try:
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink()
        except OSError:
            pass
