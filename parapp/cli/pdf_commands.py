"""Headless export: the ND30 PDF, and the same document as an editable Word file."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from parapp.files import write_atomically
from parapp.core.messages import N_, ValidationError
from parapp.cli.waiting import say_waiting
from parapp.services.printing import plan_docx, plan_pdf, report_docx, report_pdf
from parapp.store.access import reading

_SOURCES = {"final": "báo cáo đã chốt", "draft": "bản nháp đã lưu", "fresh": "bản nháp vừa tạo từ sổ nhiệm vụ"}


def save_output(out: Path, data: bytes, warnings=()) -> None:
    """The file written whole or not at all, then what the reader should know, on stderr."""
    write_atomically(out, data)
    for w in warnings:
        print(f"Lưu ý: {w}", file=sys.stderr)


def cmd_report_pdf(db_path: Path, kind: str, year: int, out: Path, *, today: dt.date) -> int:
    with reading(db_path, on_wait=say_waiting) as db:
        printed = report_pdf(db, kind, year, today)  # printing reads; the font was fixed when it was finalised
    save_output(out, printed.pdf, printed.warnings)
    print(f"Đã xuất {_SOURCES[printed.source]} ra {out} (phông {printed.font}).")
    return 0


def cmd_plan_pdf(db_path: Path, plan_id: int, out: Path) -> int:
    with reading(db_path, on_wait=say_waiting) as db:
        printed = plan_pdf(db, plan_id)
    save_output(out, printed.pdf)
    print(f"Đã xuất bảng phân công nhiệm vụ ra {out} (phông {printed.font}).")
    return 0


def docx_target(out: Path) -> Path:
    if out.suffix.lower() != ".docx":
        raise ValidationError(N_("errors", "Tệp Word phải có đuôi .docx (ví dụ: {0}). Chưa ghi gì."),
                              out.with_suffix(".docx").name)
    return out


def cmd_report_docx(db_path: Path, kind: str, year: int, out: Path, *, today: dt.date) -> int:
    out = docx_target(out)
    with reading(db_path, on_wait=say_waiting) as db:
        word = report_docx(db, kind, year, today)
    save_output(out, word.docx, word.warnings)
    print(f"Đã xuất {_SOURCES[word.source]} ra {out} (bản Word để sửa).")
    return 0


def cmd_plan_docx(db_path: Path, plan_id: int, out: Path) -> int:
    out = docx_target(out)
    with reading(db_path, on_wait=say_waiting) as db:
        word = plan_docx(db, plan_id)
    save_output(out, word.docx)
    print(f"Đã xuất bảng phân công nhiệm vụ ra {out} (bản Word để sửa).")
    return 0
