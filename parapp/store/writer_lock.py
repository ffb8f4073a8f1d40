"""One writer at a time on a database, across the window and the command line.

A lock file beside the database (`parapp.db.lock`) is locked with the
operating system's own file lock (fcntl.flock on Linux and macOS,
msvcrt.locking on Windows). Why not Qt's QLockFile, which the window uses to
stay single: the command line must run without Qt. Why not the `filelock`
package: the lock must also say who holds it and what for ("nhập kế hoạch"),
for the message of whoever waits, and the file must never be deleted (deleting
a lock file while another process opens it is how two writers end up holding
"the" lock); both are a few lines here, against one more dependency in the
USB bundle.

An OS lock dies with its process: a ParApp killed in the middle of an import
never leaves a lock that needs clearing by hand.

The window holds the lock for its whole life; every command that writes takes
it before it opens the database, and restore takes it for its whole run.
Readers never take it: SQLite's WAL lets them read the last committed state
while a writer works. The lock is re-entrant within a process (the window
restoring a backup already holds it).
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
import threading
import time
from pathlib import Path
from typing import Callable

from parapp.core.messages import N_
from parapp.store import errors
from parapp.store.errors import WriterBusy

LOCK_SUFFIX = ".lock"
DEFAULT_WAIT_S = 30.0
_POLL_S = 0.2
_INFO_AT = 1  # the OS lock covers byte 0; who holds it is written after it, readable by all
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

# What a holder is doing, as the waiting side prints it.
WINDOW = N_("lock", "cửa sổ ParApp đang mở")
IMPORT = N_("lock", "nhập kế hoạch")
RESTORE = N_("lock", "khôi phục dữ liệu")
FINALIZE = N_("lock", "chốt báo cáo")
SAVE_DRAFT = N_("lock", "lưu bản nháp báo cáo")
SIGNED_COPY = N_("lock", "gắn bản báo cáo đã ký")
SENT = N_("lock", "ghi nhận gửi báo cáo")
DEMO = N_("lock", "tạo xã mẫu")
UPGRADE = N_("lock", "nâng cấp dữ liệu")
FIGURES = N_("lock", "ghi số liệu báo cáo")
PAR_SET = N_("lock", "nhập bộ tiêu chí Chỉ số CCHC")
PAR_SCORE = N_("lock", "chấm điểm Chỉ số CCHC")
PAR_REMEDY = N_("lock", "lập kế hoạch khắc phục")
WRITE = N_("lock", "ghi dữ liệu")
REPAIR = N_("lock", "sửa chữ hỏng trong dữ liệu")
CARRY = N_("lock", "chuyển việc chưa xong sang năm sau")

if sys.platform == "win32":
    import msvcrt

    def _os_lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _os_unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    # flock, not lockf: flock locks belong to the open file, so a second open in
    # the same process conflicts too, and closing another descriptor of the same
    # file does not silently drop the lock.
    def _os_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _os_unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(db_path: str | os.PathLike) -> Path:
    p = Path(db_path).expanduser().resolve()
    return p.with_name(p.name + LOCK_SUFFIX)


def default_wait() -> float:
    """How long a command waits for the writer before giving up (PARAPP_LOCK_WAIT seconds)."""
    try:
        return max(0.0, float(os.environ.get("PARAPP_LOCK_WAIT", DEFAULT_WAIT_S)))
    except ValueError:
        return DEFAULT_WAIT_S


class _Hold:  # a plain class: a dataclass costs time at every start to build
    __slots__ = ("fd", "depth")

    def __init__(self, fd: int, depth: int) -> None:
        self.fd, self.depth = fd, depth


_registry_guard = threading.Lock()
_held: dict[str, _Hold] = {}  # lock path → this process's hold on it


class WriterLock:
    def __init__(self, db_path: str | os.PathLike):
        self.path = lock_path_for(db_path)
        self._key = os.path.normcase(str(self.path))
        self._mine = False  # this object counts one of the process's holds

    # -- who holds it ---------------------------------------------------------------
    def holder(self) -> str:
        """What the current holder said it is doing; a generic phrase if it said nothing."""
        try:
            with open(self.path, "rb") as fh:
                fh.seek(_INFO_AT)
                info = fh.read(2048).decode("utf-8", "replace")
        except OSError:
            info = ""
        return info.split("\t", 1)[0].strip() or WRITE

    # -- taking and giving back -----------------------------------------------------
    def try_acquire(self, activity: str = WRITE) -> bool:
        if self._mine:
            return True
        with _registry_guard:
            hold = _held.get(self._key)
            if hold is not None:  # this process holds it already (the window restoring)
                hold.depth += 1
                self._mine = True
                return True
            for _ in range(10):
                fd = self._open()
                try:
                    _os_lock(fd)
                except OSError:
                    os.close(fd)
                    return False
                if self._still_at_path(fd):
                    break
                _unlock_and_close(fd)  # the holder we waited for removed it: lock the new one
            else:
                return False
            _held[self._key] = _Hold(fd, 1)
            self._mine = True
            _write_info(fd, activity)
            return True

    def acquire(self, activity: str = WRITE, *, wait: float | None = None,
                on_wait: Callable[[str], None] | None = None) -> "WriterLock":
        """Take the lock, waiting up to `wait` seconds; WriterBusy if it stays held.
        `on_wait(holder_activity)` is called once, when the wait begins."""
        wait = default_wait() if wait is None else wait
        deadline = time.monotonic() + wait
        told = False
        while not self.try_acquire(activity):
            if time.monotonic() >= deadline:
                raise WriterBusy(self.holder())
            if not told and on_wait is not None:
                on_wait(self.holder())
                told = True
            time.sleep(_POLL_S)
        return self

    def release(self) -> None:
        if not self._mine:
            return
        self._mine = False
        with _registry_guard:
            hold = _held.get(self._key)
            if hold is None:
                return
            hold.depth -= 1
            if hold.depth > 0:
                return
            del _held[self._key]
            if os.name != "nt":
                _remove(self.path)  # while still held: no one can have locked it meanwhile
            _unlock_and_close(hold.fd)
            if os.name == "nt":
                _remove(self.path)  # Windows removes only a file no one has open: safe after closing

    @property
    def held(self) -> bool:
        return self._mine

    def __enter__(self) -> "WriterLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    # -- the file -------------------------------------------------------------------
    def _still_at_path(self, fd: int) -> bool:
        try:
            return os.path.samestat(os.fstat(fd), os.stat(self.path))
        except OSError:
            return False

    def _open(self) -> int:
        folder = self.path.parent
        if not errors.is_folder(folder):
            raise errors.FolderMissing(str(folder))
        if os.path.islink(self.path):
            # ParApp's lock file is never a link: one planted there had the file it named truncated and
            # overwritten with who holds the lock (the database itself, were it linked to it; round 16).
            # A HARD link is not removed: it may be the lock a window holds, given a second name by a backup
            # tool that links (cp -al, rsync --link-dest); removed, a restore took a second lock and swapped
            # the database under that window (round 18). It is locked as it is and never written
            # (_write_info: the database hard-linked here was cut to 46 bytes, round 17).
            try:
                os.unlink(self.path)
            except OSError:
                raise errors.LockFileForeign(str(self.path)) from None
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o666)
        except PermissionError:
            pass
        except IsADirectoryError:
            raise errors.LockNotAFile(str(self.path)) from None
        except OSError:
            raise errors.folder_read_only(str(folder), str(self.path)[:-len(LOCK_SUFFIX)]) from None
        # A lock file another account left (a ParApp of that account was killed, so
        # nothing removed it) is readable but not writable here. The OS lock needs no
        # write access (flock, msvcrt.locking): lock it read-only; only who holds it
        # goes unsaid. Taken for "folder read-only", the window opened writable
        # without the lock, beside a command line that could take it (round 13).
        try:
            return os.open(self.path, os.O_RDONLY | _NOFOLLOW)
        except OSError:
            if os.path.exists(self.path) and os.access(folder, os.W_OK):
                raise errors.LockFileForeign(str(self.path)) from None  # not the folder: said "read-only"
            raise errors.folder_read_only(str(folder), str(self.path)[:-len(LOCK_SUFFIX)]) from None


def _write_info(fd: int, activity: str) -> None:
    info = f"{activity}\t{os.getpid()}\t{dt.datetime.now():%Y-%m-%d %H:%M:%S}\n".encode("utf-8")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
            return  # a file linked here meanwhile is another's: locked, never rewritten (round 17)
        os.ftruncate(fd, _INFO_AT)
        os.lseek(fd, _INFO_AT, os.SEEK_SET)
        os.write(fd, info)
    except OSError:
        pass  # only the waiting side's message is the poorer for it


def _unlock_and_close(fd: int) -> None:
    try:
        _os_unlock(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass  # another process has it open (Windows): it stays, and is reused
