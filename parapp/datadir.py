"""Where ParApp keeps its database, backups and evidence files.

Order: the folder of an explicit --db file; a portable `ParApp-data` folder
next to the executable (the USB-stick install); the platform's per-user data
folder (%APPDATA%\\ParApp on Windows, $XDG_DATA_HOME/parapp elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

DB_FILENAME = "parapp.db"
PORTABLE_DIRNAME = "ParApp-data"


def _executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def user_data_dir() -> Path:
    portable = _executable_dir() / PORTABLE_DIRNAME
    if portable.is_dir():
        return portable
    # platformdirs knows each system's rule (%APPDATA%, XDG_DATA_HOME …) without Qt, so the
    # command line finds the same folder as the window. Roaming on Windows: %APPDATA%\ParApp.
    from platformdirs import user_data_dir as platform_data_dir

    name = "parapp" if sys.platform.startswith("linux") else "ParApp"
    return Path(platform_data_dir(name, appauthor=False, roaming=True))


def portable_program(db_path: Path) -> Path | None:
    """The portable ParApp's folder when `db_path` is in its own ParApp-data (the USB-stick install), else None: the
    window opens no other folder, so a copy of such data opens only as a copy of the whole ParApp folder (round 25A)."""
    try:
        program = _executable_dir()
        if Path(db_path).resolve().parent == (program / PORTABLE_DIRNAME).resolve():
            return program
    except OSError:
        pass
    return None


def default_db_path() -> Path:
    return user_data_dir() / DB_FILENAME


def data_dir_for(db_path: Path) -> Path:
    """Backups and evidence live beside the database they belong to. An automatic snapshot
    (backups/auto/parapp-….db, read as it stands) belongs to the data folder that holds its backups/auto:
    `check` of a snapshot said every evidence file it records was missing, looking in backups/auto (round 24A)."""
    from parapp.store.backup import snapshot_data_dir

    return snapshot_data_dir(Path(db_path)) or Path(db_path).resolve().parent
