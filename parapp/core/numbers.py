"""Numbers in Vietnamese documents, through babel: 1.234 and 12,5%."""

from __future__ import annotations

import decimal
from decimal import Decimal

from babel.numbers import format_decimal as _babel_decimal
from babel.numbers import format_percent

LOCALE = "vi"


# babel rounds in the current decimal context, 28 digits: from 10^27 up it raised InvalidOperation, and a
# figure an older ParApp stored that large (it read back; the restore gate takes any finite number) ended
# `report draft`, finalisation and the editor in "Lỗi không mong đợi" (round 11). A float has at most 309
# digits before its point.
_DIGITS = 400


def format_decimal(n: "int | float | Decimal", fmt: str | None = None, locale: str = LOCALE) -> str:
    """A number in Vietnamese notation: 1.234; 12,5 (or another locale's, for the window's English)."""
    with decimal.localcontext() as ctx:
        ctx.prec = max(_DIGITS, len(str(n)) + 10)  # ints are unbounded; floats are not
        return _babel_decimal(n, format=fmt, locale=locale)


def vi_number(n: int | float) -> str:
    return format_decimal(n)


def vi_percent(part: int, whole: int) -> str:
    """Whole percent unless that would hide a fraction that matters (99,5% is not 100%)."""
    if whole == 0:
        return format_percent(0, locale=LOCALE)
    ratio = part / whole
    fmt = "#,##0%" if abs(ratio * 100 - round(ratio * 100)) < 0.05 else "#,##0.#%"
    with decimal.localcontext() as ctx:
        ctx.prec = _DIGITS
        return format_percent(ratio, format=fmt, locale=LOCALE)
