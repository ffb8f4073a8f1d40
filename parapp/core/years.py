"""The years ParApp works with: 2000 to 2100.

A commune's plans, reports, figures and PAR INDEX sets belong to a year; one typed as 0, -5,
99999 or 3000000000 is a slip of the keyboard that would be stored and then break every page
and command that reads the year (no calendar has it, no spin box holds it). It is refused
where it comes in, with what to type.
"""

from __future__ import annotations

from parapp.core.messages import N_, ValidationError

YEAR_MIN, YEAR_MAX = 2000, 2100


def year_ok(year: object) -> bool:
    return isinstance(year, int) and not isinstance(year, bool) and YEAR_MIN <= year <= YEAR_MAX


def check_year(year: object) -> int:
    """The year, or a ValidationError that says which years ParApp takes."""
    if not year_ok(year):
        raise ValidationError(N_("errors", "Năm {0} không hợp lệ: ParApp làm việc với các năm từ {1} đến {2}. Hãy nhập "
                                           "năm có 4 chữ số, ví dụ 2026."), year, YEAR_MIN, YEAR_MAX, field="year")
    return int(year)  # type: ignore[call-overload]  # year_ok saw it is an int
