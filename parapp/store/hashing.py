"""SHA-256 of files and streams, streamed: never a whole file in memory.

The one place that hashes evidence files, snapshots and backup members.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import IO, Protocol

CHUNK = 1 << 20


class TooLarge(Exception):
    """A stream went past the size it was allowed (a declared size that lied)."""


def file_sha256(path: str | Path) -> str:
    """The hash of a regular file's bytes; "" (no file's hash) for anything else standing at `path`.

    A FIFO or a link to a device in the evidence folder hung `check` and `restore` for ever on
    their open or their read (round 14): opened without blocking and refused unread, it reads as a
    file that is no longer its hash, which `check` names and a restore mends."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return ""
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def stream_sha256(src: IO[bytes], limit: int) -> tuple[str, int]:
    """Hash of a stream read to its end, and its length; TooLarge past `limit` bytes."""
    h, n = hashlib.sha256(), 0
    while block := src.read(CHUNK):
        n += len(block)
        if n > limit:
            raise TooLarge(n)
        h.update(block)
    return h.hexdigest(), n


class Readable(Protocol):
    def read(self, n: int = -1, /) -> bytes: ...


def copy_hashed(src: Readable, out: IO[bytes], limit: int) -> tuple[str, int]:
    """Copy a stream while hashing it; TooLarge past `limit` bytes (nothing more is written)."""
    h, n = hashlib.sha256(), 0
    while block := src.read(CHUNK):
        n += len(block)
        if n > limit:
            raise TooLarge(n)
        h.update(block)
        out.write(block)
    return h.hexdigest(), n
