"""Round 42B (read-only use, full disks): the window's start."""

from __future__ import annotations

import os


def test_a_lock_file_marked_read_only_in_a_writable_folder_does_not_stop_the_window(qtbot, tmp_path, monkeypatch):
    """F3: the data folder copied while ParApp was open, burnt on a CD and copied back (the copy keeps the read-only
    mark on every file, parapp.lock too; here `chattr +i parapp.lock`, twice): every start exited 0 in 0.4 s showing
    nothing. The dead owner's lock could be neither removed nor taken, no ParApp answered, and the folder takes writes,
    so it was taken for a live start not yet listening (round 41B's rule). A lock file that cannot be written is no
    live start's: the window opens; a second start still finds it by its socket."""
    from PySide6.QtCore import QLockFile

    from parapp.ui import single_instance

    class LeftLock(QLockFile):  # what Qt says of a dead owner's lock file it can neither take nor remove
        def tryLock(self, timeout=0):  # noqa: N802 - Qt's name
            return False

        def error(self):
            return QLockFile.LockError.LockFailedError

        def removeStaleLockFile(self):  # noqa: N802 - Qt's name
            return False

    monkeypatch.setattr(single_instance, "QLockFile", LeftLock)
    lock = tmp_path / "parapp.lock"
    lock.write_text("99999\npython3.11\nvm\n")
    real = os.access

    def marked(path, mode, **kwargs):  # the read-only mark (Windows) or chattr +i, as access() says it even to root
        if mode & os.W_OK and os.path.exists(path) and os.path.samefile(path, lock):
            return False
        return real(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", marked)
    first = single_instance.SingleInstance(tmp_path)
    try:
        assert first.acquire(), "a start beside a lock file marked read-only ended, showing nothing"
        second = single_instance.SingleInstance(tmp_path)
        assert not second.acquire()  # a second start still finds the first, by its socket
        second.release()
    finally:
        first.release()
