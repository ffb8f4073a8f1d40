"""What `--db` names that is a ParApp file but not a data file: a backup, which only a restore opens."""

from __future__ import annotations

import zipfile
from pathlib import Path

from parapp.core.messages import N_
from parapp.core.shell_words import shell_arg
from parapp.store import errors
from parapp.store.archive_format import SUFFIX

ZIP_HEADER = b"PK\x03\x04"


def is_backup(path: Path, first: bytes) -> bool:
    """A backup (named `.parapp-backup`, or a zip holding one or a backup's manifest); its first bytes are not
    SQLite's. A Word or Excel file is a zip too, and stays "not a ParApp database"."""
    if path.name.lower().endswith(SUFFIX):  # cut short or zeroed too: restore says what is wrong with it
        return True
    if not first.startswith(ZIP_HEADER):
        return False
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n.lower() for n in zf.namelist()]
    except (OSError, zipfile.BadZipFile, ValueError):
        return False
    return "manifest.json" in names or any(n.endswith(SUFFIX) for n in names)


class DatabaseIsBackup(errors.NotParAppDatabase):
    """`--db` given the backup the user means to look into: "không phải là cơ sở dữ liệu ParApp … một tên tệp mới
    để tạo dữ liệu mới" was said of ParApp's own file, and nothing said that restore opens it (left by round 29)."""

    def __init__(self, path):
        errors.StoreError.__init__(
            self,
            N_("errors", "“{0}” là một tệp sao lưu ParApp, không phải tệp dữ liệu: dữ liệu trong đó chỉ dùng được "
                         "sau khi khôi phục, bằng lệnh parapp restore {1} hoặc trong cửa sổ chọn Tệp → Khôi phục… "
                         "(dữ liệu đang dùng được giữ lại trong một bản sao lưu tự động). Chưa làm gì."),
            str(path), shell_arg(path))
