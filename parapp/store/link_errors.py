"""Paths given as links that lead nowhere ParApp should go: a loop, or out of the data folder when run as root."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from parapp.core.messages import N_
from parapp.store.errors import StoreError


class LinkLoop(StoreError):
    """The `--db` given is a symbolic link that leads back to itself (a.db -> b.db -> a.db): no database is there
    to open. `check` said "Lỗi không mong đợi: Symlink loop" and exited 1, 'not sound', of data it never read; a
    restore said the same, every other command "not a ParApp database" (round 18)."""

    def __init__(self, path):
        super().__init__(
            N_("errors", "“{0}” là một liên kết (lối tắt) trỏ vòng về chính nó, không dẫn tới tệp dữ liệu nào, nên "
                         "chưa làm gì; dữ liệu không bị thay đổi. Hãy ghi đường dẫn của tệp parapp.db thật, hoặc sửa "
                         "liên kết đó."),
            path,
        )


class LinkedOutOfDataFolder(StoreError):
    """Run as root, a folder in the data folder that is a link leading out of it is not written through."""

    def __init__(self, folder, data_dir):
        super().__init__(
            N_("errors", "Thư mục “{0}” là một liên kết trỏ ra ngoài thư mục dữ liệu “{1}”. Khi chạy với quyền quản "
                         "trị (root), ParApp không ghi qua liên kết như vậy nên chưa làm gì; dữ liệu không bị thay "
                         "đổi. Hãy xóa liên kết đó (ParApp tự tạo lại thư mục), hoặc chạy lệnh bằng tài khoản của "
                         "người dùng."),
            folder, data_dir,
        )


def no_link_loop(path: Path) -> Path:
    """`path`, unless it is a link leading back to itself (LinkLoop): said so, never an unexpected error."""
    try:
        os.path.realpath(Path(path).expanduser(), strict=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LinkLoop(str(path)) from None
    return path
