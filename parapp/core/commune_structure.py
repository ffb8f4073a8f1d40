"""The commune's apparatus as data: its offices and the unit that receives dossiers.

Since 1 July 2025 (Nghị định 150/2025/NĐ-CP, 118/2025/NĐ-CP) a commune works
through offices (Văn phòng HĐND và UBND; Phòng Kinh tế, or Phòng Kinh tế – Hạ
tầng và Đô thị in a ward; Phòng Văn hóa – Xã hội) and receives dossiers at its
Trung tâm Phục vụ hành chính công. The province decides their number and
names, so these are presets the commune edits, and the older ones stay for a
commune that still works through civil-servant posts. Report sentences take
the names from here, never from code.
"""

from __future__ import annotations

from typing import NamedTuple

from parapp.core.messages import N_
from parapp.core.vntext import fold

CENTRE = "Trung tâm Phục vụ hành chính công"
ONE_STOP_NAMES = [CENTRE, "Bộ phận Một cửa", "Bộ phận tiếp nhận và trả kết quả"]


class Structure(NamedTuple):  # not a dataclass: the settings read it on the way to the first page
    key: str
    label: str                   # N_("settings", …): shown in the settings dialog
    offices: tuple[str, ...]
    one_stop: str


PRESETS = [
    Structure("2025-xa", N_("settings", "Xã, từ ngày 01/7/2025 (Nghị định 150/2025/NĐ-CP)"),
              ("Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa – Xã hội"), CENTRE),
    Structure("2025-phuong", N_("settings", "Phường, từ ngày 01/7/2025 (Nghị định 150/2025/NĐ-CP)"),
              ("Văn phòng HĐND và UBND", "Phòng Kinh tế – Hạ tầng và Đô thị", "Phòng Văn hóa – Xã hội"), CENTRE),
    Structure("truoc-2025", N_("settings", "Trước ngày 01/7/2025 (công chức chuyên môn, Bộ phận Một cửa)"),
              ("Văn phòng – Thống kê", "Tư pháp – Hộ tịch", "Địa chính – Xây dựng", "Tài chính – Kế toán",
               "Văn hóa – Xã hội"), "Bộ phận Một cửa"),
]
DEFAULT = PRESETS[0]


def preset_of(offices: list[str] | tuple[str, ...], one_stop: str) -> Structure | None:
    """The preset these names are, or None when the commune has its own."""
    return next((p for p in PRESETS if list(p.offices) == list(offices) and p.one_stop == one_stop), None)


def level_of(commune_name: str) -> str:
    """'Ủy ban nhân dân phường Phù Liễn' → 'phường'; a commune ('xã') when the name does not say."""
    f = fold(commune_name)
    for word, level in (("phuong", "phường"), ("dac khu", "đặc khu"), ("thi tran", "thị trấn")):
        if f"nhan dan {word} " in f or f.startswith(f"ubnd {word} ") or f.startswith(f"{word} "):
            return level
    return "xã"


def committee(level: str) -> str:
    """'Ủy ban nhân dân xã', 'Ủy ban nhân dân phường': the subject of the report's sentences."""
    return f"Ủy ban nhân dân {level}"


def one_stop_subject(one_stop: str, level: str) -> str:
    """'Trung tâm Phục vụ hành chính công xã': the unit with its level, unless its name already says it."""
    name = " ".join(one_stop.split()) or CENTRE
    if fold(name).endswith(" " + fold(level)) or f" {fold(level)} " in f" {fold(name)} ":
        return name
    return f"{name} {level}"
