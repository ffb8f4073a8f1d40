"""Round 24B of issue 21: read-only use (read-only media, another ParApp's writer lock, a medium gone or turned
read-only in the middle of a session), through the command line and the window. Each test failed before its fix."""

from __future__ import annotations

import sqlite3

import pytest


def test_a_storage_error_in_short_work_leaves_no_wait_cursor_behind(qapp):
    # The data's medium turned read-only or went away while the window was open (a USB stick pulled out; an
    # ext4 stick remounted read-only after an error): "Lưu" on the task editor raised SQLite's "disk I/O error"
    # through operation.attempt, which set the wait cursor and only took it back for a ParAppError. The error was
    # said, and the whole application kept the wait cursor for the rest of the session, as if it hung. Real on
    # an ext4 loop device shut down under the open window (EXT4_IOC_SHUTDOWN), twice, on main e7de691.
    from PySide6.QtWidgets import QApplication

    from parapp.ui.widgets.operation import attempt

    def work():
        raise sqlite3.OperationalError("disk I/O error")

    try:
        with pytest.raises(sqlite3.OperationalError):
            attempt(None, work)
        assert QApplication.overrideCursor() is None
    finally:
        while QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()

