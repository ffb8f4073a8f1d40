"""Numbers in Vietnamese documents, through babel: 1.234 and 12,5%."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal as _babel_decimal
from babel.numbers import format_percent

LOCALE = "vi"


def format_decimal(n: "int | float | Decimal", fmt: str | None = None) -> str:
    """A number in Vietnamese notation: 1.234; 12,5."""
    return _babel_decimal(n, format=fmt, locale=LOCALE)


def vi_number(n: int | float) -> str:
    return _babel_decimal(n, locale=LOCALE)


def vi_percent(part: int, whole: int) -> str:
    """Whole percent unless that would hide a fraction that matters (99,5% is not 100%)."""
    if whole == 0:
        return format_percent(0, locale=LOCALE)
    ratio = part / whole
    fmt = "#,##0%" if abs(ratio * 100 - round(ratio * 100)) < 0.05 else "#,##0.#%"
    return format_percent(ratio, format=fmt, locale=LOCALE)
