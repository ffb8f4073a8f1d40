"""A prose plan's line naming the fields of the task above it: "+ Chủ trì: Văn hóa - Xã hội", "Thời gian hoàn thành:
Quý III", "Đơn vị chủ trì: Tư pháp; phối hợp: Văn phòng. Thời gian: Quý II/2027." Round 30C: each such line was
stored as a task of its own (asking a deadline), the task above it left with no lead and no deadline."""

from __future__ import annotations

import re

from parapp.core.importing.model import ImportedTask
from parapp.core.vntext import fold

_LABELS = (
    ("lead", re.compile(r"^(?:(?:don vi|co quan|bo phan|cong chuc|can bo)\s+)?(?:chu tri|thuc hien|phu trach)$")),
    ("coordinators", re.compile(r"^(?:(?:don vi|co quan)\s+)?phoi hop(?:\s+thuc hien)?$")),
    ("deadline_text", re.compile(r"^(?:thoi gian|thoi han|tien do)(?:\s+(?:thuc hien|hoan thanh))?$")),
    ("product", re.compile(r"^(?:san pham|ket qua)(?:\s+dau ra)?$")),
    ("budget", re.compile(r"^(?:du kien\s+)?kinh phi(?:\s+thuc hien)?$")),
)
_SEGMENT = re.compile(r"^([^:]{2,40}):\s*(\S.*)$", re.S)


def field_line(text: str) -> dict[str, str] | None:
    """The fields a line names, when every part of it is one ("Chủ trì: …; phối hợp: …"), else None."""
    out: dict[str, str] = {}
    for part in re.split(r";\s*|\.\s+|\n", text.strip()):
        part = part.strip().rstrip(".;").strip()
        if not part:
            continue
        seg = _SEGMENT.match(part)
        if seg is None:
            return None
        label = " ".join(fold(seg.group(1)).split())
        field = next((f for f, pat in _LABELS if pat.match(label)), None)
        if field is None or field in out:
            return None  # "Thời gian giải quyết hồ sơ: rút ngắn 30%" is a task's words
        out[field] = seg.group(2).strip()
    return out or None


def give_fields(task: ImportedTask, fields: dict[str, str]) -> None:
    for f, v in fields.items():
        setattr(task, f, v)
