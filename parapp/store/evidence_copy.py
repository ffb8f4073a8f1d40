"""A copy of a stored evidence file (or signed copy) under its original name, to open it.

The name comes from the database, and a database can come from another PC (a restored backup, a
shared folder): it may hold a path ("../../Startup/x.bat", "/home/…", "C:\\…"), characters
Windows refuses (":", "?"), a device name ("CON.pdf") or be too long. The copy is always one plain
file inside its own temporary folder, whatever the name says; a copy that cannot be made is said.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import tempfile
import unicodedata
from pathlib import Path

from parapp.core.messages import N_, ParAppError, os_errno, os_reason

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


def temporary_folder() -> Path:
    """The system's temporary folder. None usable (TMPDIR/TEMP gone, /tmp read-only, the working folder not
    writable): an OSError naming where it was looked for; Python's own error was said as the evidence file being gone,
    and as an unexpected error by the print preview's "open in the PDF viewer" (round 28B)."""
    try:
        return Path(tempfile.gettempdir())
    except OSError as exc:
        named = next((os.environ[v] for v in ("TMPDIR", "TEMP", "TMP") if os.environ.get(v)), "/tmp")
        raise FileNotFoundError(exc.errno, os.strerror(exc.errno or 2), named) from None


def private_temp() -> Path:
    """This account's own temporary folder for ParApp's copies to open.

    Linux's /tmp is shared: a "ParApp" folder there belonged to whichever account opened a file first,
    and the office's other account could then open no evidence and no PDF ("không có quyền"), or, had
    it made the folder itself, plant a link there that the first account's copy wrote through (round 15).
    Per account, owner-only, and used only if it is a real folder of this account."""
    base = temporary_folder()
    if os.name == "nt":  # the temporary folder is the account's own already
        folder = base / "ParApp"
        folder.mkdir(exist_ok=True)
        return folder
    folder = base / f"ParApp-{os.getuid()}"
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    st = os.lstat(folder)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        return Path(tempfile.mkdtemp(prefix="ParApp-"))  # someone else's, or a link: a fresh private one
    return folder


def opening_copy(stored: Path, sha256: str, original_name: str) -> Path:
    """Copy `stored` to <own temp>/<hash>/<plain name> and return that path."""
    try:
        folder = private_temp() / sha256[:12]
        folder.mkdir(exist_ok=True)
    except OSError as exc:  # the temporary folder's, not the stored file's: it is there, untouched
        raise CannotOpen(_TEMP_UNUSABLE, original_name, os.fsdecode(exc.filename or ""), os_reason(exc)) from None
    copy = folder / plain_name(original_name, sha256)
    made = False
    try:
        # Non-blocking, and regular files only: a FIFO at the evidence's name blocked the window, a link
        # to /dev/zero copied for ever and filled the disk (round 15).
        fd = os.open(stored, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as src:
            if not stat.S_ISREG(os.fstat(src.fileno()).st_mode):
                raise CannotOpen(N_("errors", "Không mở được tệp “{0}”: chỗ của nó trong thư mục dữ liệu không còn là "
                                              "một tệp bình thường (đã bị thay bằng thứ khác). Hãy khôi phục từ một "
                                              "bản sao lưu để lấy lại tệp này."), original_name)
            if os.path.lexists(copy):
                try:
                    os.unlink(copy)  # never written through: a copy is always a new file
                except PermissionError:
                    # Windows: the viewer still shows the earlier copy and refuses its removal; opening it again
                    # failed "không có quyền" of a sound file (round 29B). The new copy goes beside it.
                    copy = Path(tempfile.mkdtemp(dir=folder)) / copy.name
            with open(copy, "xb") as out:
                made = True
                shutil.copyfileobj(src, out, 1 << 20)
        shutil.copystat(stored, copy)
    except OSError as exc:
        if made:  # a part of the copy, of no use, on a disk that has no room (round 34B)
            copy.unlink(missing_ok=True)
        if os_errno(exc) in (errno.ENOSPC, errno.EDQUOT):
            # The temporary folder's disk, not the data's: "ổ đĩa đã đầy" alone sent the clerk to the data (34B).
            raise CannotOpen(_TEMP_UNUSABLE, original_name, str(folder.parent.parent), os_reason(exc)) from None
        raise CannotOpen(N_("errors", "Không mở được tệp “{0}”: {1}."), original_name,
                         os_reason(exc)) from None
    return copy


_TEMP_UNUSABLE = N_("errors", "Không mở được tệp “{0}”: ParApp mở một bản chép của tệp trong thư mục tạm “{1}” nhưng "
                              "không dùng được thư mục đó ({2}). Tệp trong dữ liệu vẫn nguyên; hãy kiểm tra thư mục "
                              "tạm đó rồi làm lại.")
