"""Points as the documents write them ("2,5", "0,25 điểm", "10đ") and as they
are kept: whole thousandths of a point.

Thousandths, not floats: totals must add up exactly (0,1 + 0,2 is 0,3, and a
sum of maxima must equal the stated 100), and a score equal to its maximum
must compare equal. Three decimals hold every step the provinces' sets use
(0,125 is half of 0,25); a fourth decimal is refused rather than rounded away.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from parapp.core.vntext import fold

SCALE = 1000
MAX_POINTS = 1000  # no criterion is worth more (a whole PAR INDEX is out of 100): past it a value is a slip
_UNIT = re.compile(r"\s*(diem|d)\.?$")  # "2,5 điểm", "10đ", folded
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


class PointsError(ValueError):
    """Not a usable number of points; `kind` says why: "nan", "negative", "precision", "too_large"."""

    def __init__(self, kind: str, text: str):
        super().__init__(f"{kind}: {text}")
        self.kind, self.text = kind, text


def parse_points(value: object) -> int:
    """Thousandths of a point from what a user typed or a cell held."""
    if isinstance(value, bool):
        raise PointsError("nan", str(value))
    if isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, float):
        d = Decimal(repr(value))  # a spreadsheet's 2.5, not its binary expansion
    else:
        text = " ".join(str(value or "").split())
        t = _UNIT.sub("", fold(text)).replace(" ", "")
        if not _NUMBER.match(t):
            raise PointsError("nan", text)
        try:
            d = Decimal(t.replace(",", "."))
        except InvalidOperation:
            raise PointsError("nan", text) from None
    if not d.is_finite():
        raise PointsError("nan", str(value))
    if d < 0:
        raise PointsError("negative", str(value))
    if d > MAX_POINTS:
        raise PointsError("too_large", str(value))
    scaled = d * SCALE
    whole = scaled.to_integral_value()
    if abs(scaled - whole) > Decimal("0.000001"):  # more than float noise in the fourth decimal
        raise PointsError("precision", str(value))
    return int(whole)


def try_points(value: object) -> int | None:
    """Points if the text is a plain number of points, else None (no exception)."""
    if value in (None, ""):
        return None
    try:
        return parse_points(value)
    except PointsError:
        return None


def format_points(milli: int | None, decimal: str = ",") -> str:
    """2500 → "2,5"; 10000 → "10"; None → ""."""
    if milli is None:
        return ""
    sign = "-" if milli < 0 else ""
    whole, frac = divmod(abs(milli), SCALE)
    if not frac:
        return f"{sign}{whole}"
    return f"{sign}{whole}{decimal}{f'{frac:03d}'.rstrip('0')}"


def to_number(milli: int | None) -> float | int | None:
    """For JSON and spreadsheets: 10 stays an integer, 2,5 becomes 2.5."""
    if milli is None:
        return None
    return milli // SCALE if milli % SCALE == 0 else milli / SCALE
