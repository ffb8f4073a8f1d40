"""A criterion code as plans write it in their code column: "TCTP 2.1.1", "TC 2.1", "Tiêu chí 2.1", "Chỉ số thành
phần 6.3" (round 30C: the word before the code was kept, the code called unknown, "Mã tiêu chí “TCTP 2.1.1” không có
trong bộ Chỉ số CCHC", and the task's area left unread). The word is dropped; what follows the code stays."""

from __future__ import annotations

import re

from parapp.core.vntext import nfc

_WORD = re.compile(r"(?:^|(?<=[;,]\s)|(?<=[;,\n])|(?<=\svà\s))(?:mã\s+(?:số\s+)?)?"
                   r"(?:tctp|tc|tiêu\s+chí(?:\s+thành\s+phần)?|chỉ\s+số(?:\s+thành\s+phần)?)"
                   r"(?:\s+số)?\s*[:.]?\s*(?=\d)", re.I)  # "Tiêu chí số 1.2" (round 33D: no code, its points lost)


# A raised footnote mark after the code ("2.1⁴", "3.1⁽²⁾", kept raised since 30D): the note's, not the code's (round
# 31C: the code was unknown and the import stopped, "Lỗi không mong đợi").
_RAISED_MARK = re.compile(r"(?<=\d)[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻⁼*]+(?=$|\s*[;,\n]|\s+và\s)")  # "và", lines: 32C


def code_of(cell: str) -> str:
    """The code(s) with the word before each ("TCTP 2.1.1; TCTP 2.1.2": round 31C, the second kept its word) and a
    footnote's raised mark after each dropped."""
    return _RAISED_MARK.sub("", _WORD.sub("", nfc(cell).strip()))


def codes_in(cell: str) -> list[str]:
    """The codes of a cell citing several ("2.1, 2.2", "2.1.1; 2.1.2", "2.1 và 2.2"); "2.1.1 (0,5 điểm)" is one."""
    return [c for c in re.split(r"\s*(?:[;,]|\svà\s)\s*(?=\d+\.\d)", cell) if c.strip()] or [cell]
