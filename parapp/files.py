"""Writing files the user keeps (PDFs, exports) without ever leaving half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from parapp.core.messages import N_, ParAppError
from parapp.store.atomic import replace


class CannotWrite(ParAppError):
    def __init__(self, path, detail):
        super().__init__(N_("errors", "Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống."),
                         path, detail)


_FORBIDDEN = str.maketrans({c: "-" for c in '<>:"/\\|?*'})


def safe_file_name(name: str) -> str:
    """A file name Windows accepts, accents kept ("Bảng phân công 65-KH-UBND.pdf")."""
    cleaned = "".join(ch for ch in name.translate(_FORBIDDEN) if ord(ch) >= 32)
    return " ".join(cleaned.split()).strip(" .") or "ParApp"


def _normal_mode(path: Path) -> int:
    """The mode a file the user saves should have: what it had, else what any new file gets
    (mkstemp's owner-only mode would hide a saved PDF from the other users of the PC)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, then rename: never a half-written PDF under the final name."""
    path = path.expanduser()
    if not path.parent.is_dir():
        raise CannotWrite(str(path), "thư mục không tồn tại")
    try:
        mode = _normal_mode(path)
        fd, tmp = tempfile.mkstemp(prefix=".parapp-", suffix=path.suffix or ".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        replace(Path(tmp), path)  # the same durable rename the store uses for its files
    except OSError as exc:
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
        raise CannotWrite(str(path), exc.strerror or str(exc)) from None
