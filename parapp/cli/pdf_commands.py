"""Headless export: the ND30 PDF, and the same document as an editable Word file."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from parapp.datadir import data_dir_for
from parapp.files import check_output, write_atomically
from parapp.core.messages import N_, ValidationError
from parapp.cli.waiting import say_waiting
from parapp.services.printing import plan_docx, plan_pdf, plan_rows_with_no_time, report_docx, report_pdf
from parapp.store.access import reading
from parapp.store.periods import find_period
from parapp.services.stale_drafts import changed_figures
from parapp.cli.report_commands import say_behind

_SOURCES = {"final": "báo cáo đã chốt", "draft": "bản nháp đã lưu", "fresh": "bản nháp vừa tạo từ sổ nhiệm vụ"}


_OTHER_DOCUMENTS = frozenset({".docx", ".doc", ".docm", ".xlsx", ".xls", ".xlsm", ".odt", ".ods", ".rtf"})


class Output:
    """Where a command writes its document: checked before anything is made (check_output), and
    again as it is written."""

    def __init__(self, out: Path, kind: str, db_path: Path):
        self.kind, self.db_path = kind, Path(db_path)
        self.data_dir = data_dir_for(self.db_path)
        # Beside the file as given and where a link leads: SQLite follows a `--db` link, its WAL is the real file's
        # (an empty one, replaced with "Đã xuất", round 38A).
        real = Path(os.path.realpath(self.db_path))
        sides = [Path(f"{p}{s}") for p in dict.fromkeys([self.db_path, real]) for s in ("-wal", "-shm", ".lock")]
        self.protect = [self.db_path, *sides]
        self.path = check_output(Path(out), kind, data_dir=self.data_dir, protect=self.protect)
        # A PDF under a Word or Excel name (`letter pdf --out công văn.docx`) was written, and Word refused it as
        # damaged (round 21C); a name with no such ending is still taken as it is.
        other = kind == "pdf" and self.path.suffix.lower() in _OTHER_DOCUMENTS
        if other or (kind in ("docx", "xlsx") and self.path.suffix.lower() != f".{kind}"):
            raise ValidationError(N_("errors", "Tệp phải có đuôi .{0} (ví dụ: {1}). Chưa ghi gì."),
                                  kind, self.path.with_suffix(f".{kind}").name)

    def save(self, data: bytes, warnings=()) -> None:
        """The file written whole or not at all, then what the reader should know, on stderr."""
        write_atomically(self.path, data, kind=self.kind, data_dir=self.data_dir, protect=self.protect)
        for w in warnings:
            print(f"Lưu ý: {w}", file=sys.stderr)

    def __str__(self) -> str:
        return str(self.path)


def _behind(db, printed, kind: str, year: int, today: dt.date) -> list:
    if printed.source != "draft" or printed.report_id is None:
        return []
    return changed_figures(db, printed.report_id, find_period(db, kind, year), today)


def cmd_report_pdf(db_path: Path, kind: str, year: int, out: Path, *, today: dt.date) -> int:
    target = Output(out, "pdf", db_path)
    with reading(db_path, on_wait=say_waiting) as db:
        printed = report_pdf(db, kind, year, today)
        behind = _behind(db, printed, kind, year, today)  # printing reads; the font was fixed when it was finalised
    target.save(printed.pdf, printed.warnings)
    if behind:
        say_behind(printed.report_id, behind)
    print(f"Đã xuất {_SOURCES[printed.source]} ra {out} (phông {printed.font}).")
    return 0


def cmd_plan_pdf(db_path: Path, plan_id: int, out: Path) -> int:
    target = Output(out, "pdf", db_path)
    with reading(db_path, on_wait=say_waiting) as db:
        printed = plan_pdf(db, plan_id)
        bare = plan_rows_with_no_time(db, plan_id)
    target.save(printed.pdf)
    print(f"Đã xuất bảng phân công nhiệm vụ ra {out} (phông {printed.font}).")
    if bare:  # printed for signature with a blank "Thời gian thực hiện" (the chairman's re-read, round 41)
        print(f"Lưu ý: {len(bare)} dòng chưa có thời gian thực hiện ({'; '.join(bare[:8])}"
              f"{'; …' if len(bare) > 8 else ''}): hãy ghi thời hạn trong sổ nhiệm vụ rồi in lại.", file=sys.stderr)
    return 0




def cmd_report_docx(db_path: Path, kind: str, year: int, out: Path, *, today: dt.date) -> int:
    target = Output(out, "docx", db_path)
    with reading(db_path, on_wait=say_waiting) as db:
        word = report_docx(db, kind, year, today)
        behind = _behind(db, word, kind, year, today)
    target.save(word.docx, word.warnings)
    if behind:
        say_behind(word.report_id, behind)
    print(f"Đã xuất {_SOURCES[word.source]} ra {out} (bản Word để sửa).")
    return 0


def cmd_plan_docx(db_path: Path, plan_id: int, out: Path) -> int:
    target = Output(out, "docx", db_path)
    with reading(db_path, on_wait=say_waiting) as db:
        word = plan_docx(db, plan_id)
    target.save(word.docx)
    print(f"Đã xuất bảng phân công nhiệm vụ ra {out} (bản Word để sửa).")
    return 0
