"""Dates written month first ("6/30/2027"): a table pasted from Excel on a computer set to the United States' formats
writes its date cells so. Round 41C: "3/6/2027", meant 6 March, was read as 3 June without a word, where "6/30/2027"
beside it was not understood. The file's own dates decide: some can only be month first, none only day first."""

from __future__ import annotations

import re
from collections.abc import Iterable

from parapp.core.messages import N_

# Four-digit years and Excel's short "m/d/yy" ("6/30/27": round 42C F1, "3/6/27" stored as 3 June without a word).
_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4}|\d{2})(?![\d/])")

MONTH_FIRST = N_("import", "Các ngày trong tệp viết theo kiểu tháng/ngày/năm (như {0}, thường do Excel đặt định dạng "
                           "Mỹ): đã đọc theo kiểu đó. Hãy kiểm tra lại hạn hoàn thành trong bản xem trước.")


def month_first(texts: Iterable[str]) -> str:
    """A date of the texts that can only be month first ("6/30/2027"), when none can only be day first; else ""."""
    shown = ""
    for text in texts:
        for m in _DATE.finditer(text or ""):
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                return ""
            if b > 12 >= a and b <= 31:
                shown = shown or m.group(0)
    return shown


def day_first(text: str) -> str:
    """The text with its month-first dates written day first, for reading only (the deadline stays as written)."""
    return _DATE.sub(lambda m: f"{m.group(2)}/{m.group(1)}/{m.group(3)}", text)
