"""Writing files the user keeps (PDFs, exports) without ever leaving half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from parapp.core.messages import N_, ParAppError


class CannotWrite(ParAppError):
    def __init__(self, path, detail):
        super().__init__(N_("errors", "Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống."),
                         path, detail)


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, then rename: never a half-written PDF under the final name."""
    path = path.expanduser()
    if not path.parent.is_dir():
        raise CannotWrite(str(path), "thư mục không tồn tại")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".parapp-", suffix=".pdf", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
        raise CannotWrite(str(path), exc.strerror or str(exc)) from None
