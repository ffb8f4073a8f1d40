"""A file's first bytes, read without costing this process's SQLite locks on it.

On POSIX systems, closing any descriptor of a file drops every fcntl lock the process holds on that file. A fresh-eyes
re-walk (round 43) picked a backup in the window's restore dialog and answered "Không": the dialog's checks had read
the open database's first bytes with open()/close(), the window's SQLite locks on parapp.db were gone, another program
reading the data then removed its -wal and -shm while the window wrote on, and a draft saved with "Lưu" was lost at a
power cut (`check` still said the data was sound). SQLite keeps such descriptors open until its own connection closes;
so does this module, for a file this process holds open as a database (store.workspace registers them; the
importers, the delivery of signed copies and the export rules read through it too). Windows locks
belong to a handle: nothing is kept there.
"""

from __future__ import annotations

import os
import shutil
import threading

_LOCK = threading.Lock()
_HELD: dict[tuple[int, int], int] = {}  # a database file's identity → how many connections of this process hold it
_KEPT: dict[tuple[int, int], int] = {}  # its identity → a descriptor kept open for reading it


def _identity(path: str | os.PathLike) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def held(path: str | os.PathLike) -> tuple[int, int] | None:
    """A connection of this process holds the database at `path`: its identity (for released), or None."""
    if os.name == "nt":
        return None
    key = _identity(path)
    if key is not None:
        with _LOCK:
            _HELD[key] = _HELD.get(key, 0) + 1
    return key


def released(key: tuple[int, int] | None) -> None:
    """That connection closed: the last one's close lets the kept descriptor go too (its locks went with it)."""
    if key is None:
        return
    with _LOCK:
        left = _HELD.get(key, 0) - 1
        if left > 0:
            _HELD[key] = left
            return
        _HELD.pop(key, None)
        fd = _KEPT.pop(key, None)
    if fd is not None:
        os.close(fd)


def _kept_fd(path: str | os.PathLike) -> int | None:
    key = _identity(path) if _HELD else None
    if key is None or key not in _HELD:
        return None
    with _LOCK:
        fd = _KEPT.get(key)
        if fd is None:
            fd = _KEPT[key] = os.open(path, os.O_RDONLY)
    return fd


def head(path: str | os.PathLike, n: int) -> bytes:
    """The first `n` bytes of the file at `path` (OSError as open() raises it)."""
    fd = _kept_fd(path)
    if fd is not None:
        return os.pread(fd, n, 0)
    with open(path, "rb") as fh:
        return fh.read(n)


def copy_file(src: str | os.PathLike, dst: str | os.PathLike) -> None:
    """shutil.copyfile, reading a database this process holds through the kept descriptor."""
    fd = _kept_fd(src)
    if fd is None:
        shutil.copyfile(src, dst)
        return
    with open(dst, "wb") as out:
        offset = 0
        while chunk := os.pread(fd, 1 << 20, offset):
            out.write(chunk)
            offset += len(chunk)
