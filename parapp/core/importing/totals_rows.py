"""A plan table's totals and subtotal rows: not tasks, whatever budget they state (counted once, on the tasks)."""

from __future__ import annotations

import re

from parapp.core.vntext import fold

# A table's totals row: "Tổng cộng", "TỔNG CỘNG (2 nhiệm vụ)", "Tổng số: 12 nhiệm vụ", "Cộng:" (not "Cộng đồng …")
# (round 27C: "Tổng", "Tổng số", "Tổng kinh phí", "Cộng (I+II)" too; they became tasks holding the whole budget again)
# (round 28C: "Cộng I", "Cộng mục I", "Tổng (I+II+III)", "Tổng kinh phí thực hiện|dự kiến" too)
_TOTAL = re.compile(r"^(?:tong\s+cong\b|tong\s+so\s*(?::|\(|\d|nhiem\s+vu|$)|tong\s*(?::|\(|$)|cong\s*(?::|\(|$)"
                    r"|cong\s+(?:(?:muc|phan)\s+)?(?:[ivx]+|\d{1,2})\s*:?\s*$"
                    r"|tong\s+kinh\s+phi(?:\s+(?:thuc\s+hien|du\s+kien|du\s+toan))?\s*:?"
                    r"\s*(?:\d[\d.,]*\s*(?:trieu|nghin|ty)?\s*(?:dong)?\s*\.?)?$)")  # "…: 15 triệu đồng" (28C)
# Round 29C: a subtotal of several areas, "Cộng I + II", "Tổng I + II + III", "Cộng mục I, II", "Cộng phần A", "Cộng A".
_PART = r"(?:[ivx]+|[a-dđ]|\d{1,2})"
_SUM = re.compile(rf"^(?:tong(?:\s+cong)?|cong)\s*(?:(?:muc|phan)\s+)?\(?\s*{_PART}(?:\s*(?:[+,]|va\s)\s*{_PART})*"
                  r"\s*\)?\s*:?\s*$")
# Round 29C: the budget's total worded otherwise, "Tổng số kinh phí", "Tổng kinh phí (triệu đồng)", "Tổng nhu cầu kinh
# phí", "Tổng kinh phí thực hiện kế hoạch", "Tổng dự toán": a total where its budget cell states an amount; with none it
# may be the task above's text going on.
_BUDGET_TOTAL = re.compile(r"^tong\s+(?:so\s+|nhu\s+cau\s+|cong\s+)?(?:kinh\s+phi|du\s+toan)\b")
_COUNT = re.compile(r"^\d[\d.,\s]*(?:nhiem\s+vu|trieu(?:\s+dong)?|dong|nghin(?:\s+dong)?|ty(?:\s+dong)?)?\.?$")


def _total_words(text: str, budget: bool) -> bool:
    folded = fold(text)
    return bool(_TOTAL.match(folded) or _SUM.match(folded)
                or (budget and _BUDGET_TOTAL.match(folded)))


def names_total(text: str) -> bool:
    """Whether a cell's words name the table's totals or a part's ("Tổng cộng", "Tổng số nhiệm vụ", "Cộng I")."""
    return _total_words(text, False)


def is_totals_row(stt: str, content: str, others: dict[str, str]) -> bool:
    """Whether a row is the table's totals or an area's subtotal ("Tổng cộng | | 15 triệu", "Cộng I"): its words say so
    and it names nothing but an amount or a count (round 26C: stored as a task, or glued onto the last)."""
    budget = bool(others.get("budget"))
    return (_total_words(content or stt, budget) and (not stt or _total_words(stt, budget))
            and all(f == "budget" or _COUNT.match(fold(v)) for f, v in others.items()))
