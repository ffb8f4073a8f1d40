"""A copy of a stored evidence file (or signed copy) under its original name, to open it.

The name comes from the database, and a database can come from another PC (a restored backup, a
shared folder): it may hold a path ("../../Startup/x.bat", "/home/…", "C:\\…"), characters
Windows refuses (":", "?"), a device name ("CON.pdf") or be too long. The copy is always one plain
file inside its own temporary folder, whatever the name says; a copy that cannot be made is said.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from parapp.core.messages import N_, ParAppError, os_reason

_NOT_IN_A_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Microsoft's "Naming Files": COM0/LPT0 and the superscript digits count too, and CONIN$/CONOUT$.
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            *(f"{p}{d}" for p in ("COM", "LPT") for d in "0123456789¹²³")}
_MAX_CHARS = 120  # well inside Windows' 260-character paths once the temporary folder is in front


def plain_name(original_name: str, sha256: str) -> str:
    """The last part of `original_name` (either separator), as a name every filesystem takes."""
    name = re.split(r"[/\\]", unicodedata.normalize("NFC", original_name or ""))[-1]
    name = _NOT_IN_A_NAME.sub("_", name).strip().rstrip(". ")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    # Windows reads a device name before the first dot with spaces after it ("NUL .pdf") as the device.
    if stem.split(".")[0].rstrip(" ").upper() in _DEVICES:
        stem = "_" + stem
    ext = ext[:16]
    stem = stem[: max(1, _MAX_CHARS - len(ext) - 1)]
    name = f"{stem}.{ext}" if ext else stem
    return name if name.strip("._ ") else f"tai-lieu-{sha256[:12]}"


class CannotOpen(ParAppError):
    pass


def opening_copy(stored: Path, sha256: str, original_name: str) -> Path:
    """Copy `stored` to <temp>/ParApp/<hash>/<plain name> and return that path."""
    folder = Path(tempfile.gettempdir()) / "ParApp" / sha256[:12]
    copy = folder / plain_name(original_name, sha256)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(stored, copy)
    except OSError as exc:
        raise CannotOpen(N_("errors", "Không mở được tệp “{0}”: {1}."), original_name,
                         os_reason(exc)) from None
    return copy
