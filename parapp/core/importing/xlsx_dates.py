"""A date cell Excel shows without its day: "06/2026", "Tháng 9/2026", "2026".

A deadline column is often typed as dates and formatted to show the month ("mm/yyyy", "Tháng "m/yyyy) or the year
alone: Excel stores the first day of that month or year. Round 14: such a cell came in as that first day, so a task
Excel shows as due "06/2026" was due on 01/06/2026, a month early, and one shown "2026" on 01/01/2026, overdue the day
it was imported. Here it is read as what Excel shows it means: "Tháng 6/2026" (due the month's last day), "Năm 2026".
"""

from __future__ import annotations

import datetime as dt
import re

_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


def _shows(fmt: str) -> str | None:
    """'month' for a date format that shows a month and its year but no day, 'bare month' for a month alone, 'year'
    for one that shows a year alone, 'day' for a day and month with no year; else None."""
    section = _LITERALS.sub("", fmt.split(";")[0]).lower()  # quoted text, [$-42A] locales and colours, escapes
    if any(c in section for c in "hs") or "general" in section or "0" in section or "#" in section:
        return None  # a time is shown, or it is not a date format
    if "d" in section:  # "dd/mm", "d-mmm": a day and month with no year ("15/3" typed, Excel adding the year typed in)
        return "day" if "m" in section and not any(c in section for c in "ye") else None
    if "m" in section:  # a month with no year ('"Tháng "m', "mmmm"): the year Excel added is not what it shows (30C)
        return "month" if any(c in section for c in "ye") else "bare month"
    return "year" if "y" in section or "e" in section else None


def partial_date_styles(workbook) -> dict[int, str]:
    """The workbook's cell styles whose number format shows a date without its day (usually none)."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

    out: dict[int, str] = {}
    custom = getattr(workbook, "_number_formats", [])
    for style_id, style in enumerate(getattr(workbook, "_cell_styles", [])):
        n = style.numFmtId
        fmt = BUILTIN_FORMATS.get(n, "") if n < BUILTIN_FORMATS_MAX_SIZE else (
            custom[n - BUILTIN_FORMATS_MAX_SIZE] if 0 <= n - BUILTIN_FORMATS_MAX_SIZE < len(custom) else "")
        kind = _shows(fmt) if fmt else None
        if kind:
            out[style_id] = kind
    return out


def shown(value, kind: str | None) -> str | None:
    """A date read as the month or the year its format shows; None when the whole date is what is shown."""
    if kind is None or not isinstance(value, (dt.date, dt.datetime)):
        return None
    from parapp.core.importing.legacy_text import Written

    if kind == "day":
        # Round 26C: a 2027 plan typed in 2026 with "15/3" in its deadline column, Excel showing "15/03" and storing
        # 15/03/2026, came in due 15/03/2026, overdue on import: what is shown has no year, so the plan's is taken.
        return Written(f"{value.day}/{value.month}")
    if kind == "bare month":
        return Written(f"Tháng {value.month}")
    return Written(f"Tháng {value.month}/{value.year}" if kind == "month" else f"Năm {value.year}")
