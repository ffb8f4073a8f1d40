"""One ParApp per data folder: a second start brings the first window forward.

A lock file in the data folder says the folder is in use; Qt's QLockFile
notices when the process that took it is gone (a crash, a power cut) and lets
us take it over. A local socket named after the folder carries "show
yourself" from the second start to the first.

Where no lock file can be made at all (a CD, a locked stick, a full disk), a
lock that cannot be taken says nothing about another ParApp: the socket is
asked instead, and with no one answering this start goes on (read-only).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:  # QtNetwork is loaded when the socket is first needed: the start waits for every module
    from PySide6.QtNetwork import QLocalServer


def _server_names(data_dir: Path) -> list[str]:
    """The names a running ParApp's socket may have: after the folder itself (its device and number) where the system
    gives them, then after its path. Reached by another path (a bind mount, a share of it mapped as a drive) a second
    start found the lock held, asked a socket named after its own path, heard nobody, and ended without a word, the
    open window not brought forward (round 28B). The path's name too: a first start makes the folder after naming."""
    try:  # CPython's own SHA-1: hashlib would load OpenSSL first, 3 ms of every start for one short name
        from _sha1 import sha1
    except ImportError:
        from hashlib import sha1
    keys = []
    try:
        st = os.stat(data_dir)
        if st.st_ino:
            keys.append(f"{st.st_dev}:{st.st_ino}")
    except OSError:
        pass
    keys.append(str(Path(data_dir).resolve()))
    return ["parapp-" + sha1(key.encode("utf-8")).hexdigest()[:16] for key in keys]


def _addresses(name: str) -> list[str]:
    """Where a socket of that name is: Qt makes it in TMPDIR as named, a folder that may be gone (a session's,
    removed) where Python's tempfile passes over it and ParApp works; the window's socket was never made, and a second
    start heard nobody and ended silently (round 29B). There, the socket is in the temporary folder ParApp uses."""
    out = [name]
    if os.name == "nt":  # named pipes: no folder
        return out
    import tempfile

    from PySide6.QtCore import QDir

    try:
        folder = tempfile.gettempdir()
    except OSError:
        return out
    if os.path.realpath(folder) != os.path.realpath(QDir.tempPath()):
        out.append(os.path.join(folder, name))
    return out


def instance_for(db_path: Path) -> SingleInstance:
    """One ParApp per data folder; an automatic snapshot (read-only, README) is one window of its own, keyed on the
    snapshot itself and holding no lock on the folder. It belongs to the folder holding its backups/auto (round 24A):
    with ParApp open on the data, a start on a snapshot brought the data's window forward and ended; with a snapshot
    open, a start on the data brought the snapshot forward and ended, so the data could not be worked on (round 29B)."""
    from parapp.datadir import data_dir_for
    from parapp.store.backup import is_automatic_snapshot

    if is_automatic_snapshot(db_path):
        return SingleInstance(Path(os.path.realpath(db_path)), lock=False)
    return SingleInstance(data_dir_for(db_path))


def _writable_or_gone(path: str) -> bool:
    return not os.path.exists(path) or os.access(path, os.W_OK)


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, data_dir: Path, parent=None, *, lock: bool = True):
        super().__init__(parent)
        self.data_dir = Path(data_dir)  # what one ParApp is kept to: the data folder, or a snapshot (instance_for)
        self.name = _server_names(data_dir)[0]
        self.lock: QLockFile | None = None
        if lock:
            self.lock = QLockFile(str(Path(data_dir) / "parapp.lock"))
            self.lock.setStaleLockTime(0)  # only a dead owner makes it stale, never age
        self.server: QLocalServer | None = None
        self.held = False  # this start holds the lock (not so when another account's ParApp does)

    def acquire(self, *, listen_later: bool = False) -> bool:
        """True when this process is the one instance, or when another account's ParApp holds the data
        (`held` False: the writer lock then says who writes); False when another runs (and was told to show itself).
        `listen_later`: with the lock taken, the socket that hears a second start is opened by listen(),
        once the window's first page is up (a second start before that finds the lock and ends)."""
        if self.lock is None:  # a snapshot: the window showing it, if any, answers
            if self._tell_other():
                return False
            self.held = True
            if not listen_later:
                self._listen()
            return True
        if not self.lock.tryLock(100):
            if self.lock.error() != QLockFile.LockError.LockFailedError:
                # No lock file can be made here (read-only media, a full disk): not a sign of another ParApp.
                if self._tell_other():
                    return False
                self.held = True  # nothing to hold: this start is the one that answers
                self._listen()
                return True
            if self._held_by_another_account():
                # Another account's ParApp on a shared data folder: its window cannot come forward on this
                # account's screen (root's start even reached the other's socket and ended), and ending
                # here showed nothing at all (round 15). Go on without it: the writer lock tells who writes.
                return True
            if self._tell_other():
                return False
            self.lock.removeStaleLockFile()  # its owner died without releasing it
            if not self.lock.tryLock(100):
                from parapp.files import can_write_in

                # Round 42B: a lock file marked read-only (a folder copied back from a CD; chattr +i) in a folder that
                # takes writes is no live start's, whose lock file is its own to write: every start ended, showing
                # nothing. Gone on with, as on read-only media; the writer lock still tells who writes.
                if can_write_in(self.data_dir) and _writable_or_gone(self.lock.fileName()):
                    return False  # held by a start that does not answer yet (before its first page is up)
                # Round 41B: a lock a closed ParApp left on media now read-only (a stick turned read-only under the
                # window, a folder copied while ParApp was open) can be neither removed nor taken, and no ParApp
                # answered: every start exited 0 showing nothing. None writes there: go on, as when none can be made.
                self.held = True
                self._listen()
                return True
        self.held = True
        if not listen_later:
            self._listen()
        return True

    def _held_by_another_account(self) -> bool:
        if not hasattr(os, "getuid") or self.lock is None:  # Windows: a data folder is one account's
            return False
        try:
            return os.stat(self.lock.fileName()).st_uid != os.getuid()
        except OSError:
            return False

    def listen(self) -> None:
        if self.server is None and self.held:
            self._listen()

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        self.name = _server_names(self.data_dir)[0]  # the folder made meanwhile (a first start): named after it
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        for address in _addresses(self.name):
            QLocalServer.removeServer(address)  # a socket left by a crashed instance
            if self.server.listen(address):
                return

    def _tell_other(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        for name in (a for n in _server_names(self.data_dir) for a in _addresses(n)):
            sock = QLocalSocket()
            sock.connectToServer(name)
            if sock.waitForConnected(1000):
                sock.write(b"show\n")
                sock.waitForBytesWritten(1000)
                sock.disconnectFromServer()
                return True
        return False

    def _on_connection(self) -> None:
        conn = self.server.nextPendingConnection()
        if conn is not None:
            conn.readyRead.connect(lambda c=conn: (c.readAll(), self.activated.emit()))

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.held and self.lock is not None:
            self.lock.unlock()
