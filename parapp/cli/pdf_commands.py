"""Headless PDF export."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from parapp.core.messages import N_, ParAppError
from parapp.printing import plan_pdf, report_pdf
from parapp.store import open_database

_SOURCES = {"final": "báo cáo đã chốt", "draft": "bản nháp đã lưu", "fresh": "bản nháp vừa tạo từ sổ nhiệm vụ"}


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


def cmd_report_pdf(db_path: Path, kind: str, year: int, out: Path, *, today: dt.date) -> int:
    db = open_database(db_path)
    try:
        printed = report_pdf(db, kind, year, today)
    finally:
        db.close()
    write_atomically(out, printed.pdf)
    for w in printed.warnings:
        print(f"Lưu ý: {w}", file=sys.stderr)
    print(f"Đã xuất {_SOURCES[printed.source]} ra {out} (phông {printed.font}).")
    return 0


def cmd_plan_pdf(db_path: Path, plan_id: int, out: Path) -> int:
    db = open_database(db_path)
    try:
        printed = plan_pdf(db, plan_id)
    finally:
        db.close()
    write_atomically(out, printed.pdf)
    print(f"Đã xuất bảng phân công nhiệm vụ ra {out} (phông {printed.font}).")
    return 0
