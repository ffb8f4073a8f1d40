"""The data folders the windows of this process have open: never a place a file dialog starts
or remembers. Apart from file_dialogs so that the window can name its folder on the way to the
first page without loading Qt's file dialog classes (a few milliseconds of every start)."""

from __future__ import annotations

from pathlib import Path

DATA_DIRS: set[Path] = set()


def avoid(data_dir: Path) -> None:
    """The data folder of the database the window has open."""
    DATA_DIRS.add(Path(data_dir).resolve())


def inside_data(folder: Path) -> bool:
    try:
        resolved = folder.resolve()
    except OSError:
        return True
    return any(resolved == d or d in resolved.parents for d in DATA_DIRS)
