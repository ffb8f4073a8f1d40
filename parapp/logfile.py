"""ParApp's log file: one rotating file in the data folder, no Qt.

A bundled Windows app has no console, so what went wrong must be written
somewhere a helper can find it: `logs/parapp.log` beside the database
(the path is shown in Trợ giúp → Giới thiệu). Three older files of 1 MB
are kept; nothing is ever sent anywhere.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

LOGGER = "parapp"
MAX_BYTES = 1_000_000
BACKUPS = 3
_installed: Path | None = None


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / "logs" / "parapp.log"


def setup_logging(data_dir: Path, *, make: bool = True) -> Path | None:
    """Send the `parapp` logger to the data folder's rotating file; returns its path,
    or None when the folder cannot be written (a read-only stick: log nothing, run anyway).

    `make` False (a window that only reads): lines go to the data's log only when it is there and this account may
    write it; no folder or file is made, nothing rotated. Another account's window on data it may only read made
    `logs/parapp.log` its own, and the lines of the account whose data it is were lost from then on (round 26B)."""
    global _installed
    from logging.handlers import RotatingFileHandler

    path = log_path(data_dir)
    if _installed == path:
        return path
    if not make and not (path.is_file() and not path.is_symlink() and os.access(path, os.W_OK)
                         and os.path.realpath(path.parent) == os.path.join(os.path.realpath(data_dir), "logs")):
        return None  # never through a link at `logs` leading out of the data folder (round 20A)
    from parapp.store.atomic import give_to_folder_owner, make_folders

    class QuietFileHandler(RotatingFileHandler):
        def handleError(self, record):  # noqa: N802 - logging's name
            """A log line that cannot be written (a full disk) is lost quietly: never a traceback
            on the console, never a stop of the window."""

        def _open(self):
            # Never appended through a link planted at the log's name (an evidence file it named was then
            # "changed"); made as root, the data folder's owner keeps it writable (round 16).
            # A hard link there too (another name of an evidence file): removed, the file keeps its own (round 17).
            # A FIFO there too: opened to write, it waited for a reader for ever, the window's first log line
            # hung it (round 18); removed, and one put there after the look is not waited on (O_NONBLOCK).
            st = os.lstat(self.baseFilename) if os.path.lexists(self.baseFilename) else None
            if st is not None and (stat.S_ISLNK(st.st_mode) or stat.S_ISFIFO(st.st_mode) or st.st_nlink > 1):
                os.unlink(self.baseFilename)
            # Opened without following a link put there after that look (as root: the account whose folder it
            # is could have root append to any file; round 17).
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
            fd = os.open(self.baseFilename, flags, 0o666)
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                raise OSError(f"not a file: {self.baseFilename}")  # the line is lost quietly (handleError)
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            stream = open(fd, "a", encoding=self.encoding, errors=self.errors)
            give_to_folder_owner(Path(self.baseFilename))
            return stream

    from parapp.store.link_errors import LinkedOutOfDataFolder

    try:
        # As root, never through a link at `logs` leading out of the data folder: root's window appended lines
        # the account can word (a file's name) to parapp.log in any folder of root's, /etc/logrotate.d (round 20A).
        if make:
            make_folders(path.parent, within=data_dir)
        handler = QuietFileHandler(path, maxBytes=MAX_BYTES if make else 0, backupCount=BACKUPS, encoding="utf-8",
                                   delay=True)
    except (OSError, LinkedOutOfDataFolder):
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log = logging.getLogger(LOGGER)
    for old in list(log.handlers):
        if isinstance(old, RotatingFileHandler):
            log.removeHandler(old)
            old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _installed = path
    return path


def current_log() -> Path | None:
    return _installed


def get_logger() -> logging.Logger:
    return logging.getLogger(LOGGER)
