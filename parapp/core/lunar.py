"""The Vietnamese lunar calendar (âm lịch), for the holidays it fixes: Tết Nguyên đán and Giỗ Tổ Hùng Vương.

Hồ Ngọc Đức's published algorithm (after Jean Meeus, "Astronomical Algorithms"): months begin on the day of the
new moon and the eleventh month holds the winter solstice, both reckoned at Hà Nội's time (UTC+7). The Chinese
calendar reckons at UTC+8, which is why Tết and the Chinese new year differ in some years (2007, for one): a table
of Chinese dates would be wrong here. Correct for 1900–2100, more than ParApp's years.
"""

from __future__ import annotations

import datetime as dt
import math

_TZ = 7.0                       # Hà Nội
_SYNODIC = 29.530588853         # days in a lunation
_EPOCH = 2415021.076998695      # the new moon of 1/1/1900, Julian day
_JDN_ORDINAL = 1721425          # Julian day number of a date = its proleptic ordinal + this


def _jdn(d: dt.date) -> int:
    return d.toordinal() + _JDN_ORDINAL


def _date(jdn: int) -> dt.date:
    return dt.date.fromordinal(jdn - _JDN_ORDINAL)


def _new_moon(k: int) -> float:
    """The Julian day (UT) of the k-th new moon after that of 1/1/1900."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3          # the sun's mean anomaly
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3       # the moon's
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3          # the moon's argument of latitude
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 -= 0.4068 * math.sin(mpr * dr) - 0.0161 * math.sin(dr * 2 * mpr)
    c1 -= 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 -= 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 -= 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


def _new_moon_day(k: int) -> int:
    """The Julian day number, at Hà Nội, of the day the k-th new moon falls on."""
    return math.floor(_new_moon(k) + 0.5 + _TZ / 24)


def _sun_sector(jdn: int) -> int:
    """Which twelfth of the ecliptic (0–11, 30° each from the spring equinox) the sun stands in at the start of
    that day at Hà Nội: the eleventh month is the one whose first day has the sun in sector 9 (the winter solstice)."""
    t = (jdn - 0.5 - _TZ / 24 - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = ((l0 + dl) * dr) % (2 * math.pi)
    return math.floor(longitude / math.pi * 6)


def _month11(year: int) -> int:
    """The first day (JDN) of the eleventh lunar month that begins in the solar `year`."""
    k = math.floor((_jdn(dt.date(year, 12, 31)) - 2415021) / _SYNODIC)
    start = _new_moon_day(k)
    return _new_moon_day(k - 1) if _sun_sector(start) >= 9 else start


def _leap_offset(a11: int) -> int:
    """How many months after the eleventh month the leap month stands, in a year of thirteen months."""
    k = math.floor((a11 - _EPOCH) / _SYNODIC + 0.5)
    i, arc = 1, _sun_sector(_new_moon_day(k + 1))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


def to_solar(day: int, month: int, year: int) -> dt.date:
    """The solar date of lunar `day`/`month` of lunar `year` (the ordinary month, never the leap one)."""
    if month < 11:
        a11, b11 = _month11(year - 1), _month11(year)
    else:
        a11, b11 = _month11(year), _month11(year + 1)
    k = math.floor(0.5 + (a11 - _EPOCH) / _SYNODIC)
    off = (month - 11) % 12
    if b11 - a11 > 365 and off >= _leap_offset(a11):
        off += 1            # a leap month stands before this one: it begins a lunation later
    return _date(_new_moon_day(k + off) + day - 1)


def tet(year: int) -> dt.date:
    """Mùng 1 Tết, the first day of the lunar year that begins in solar `year`."""
    return to_solar(1, 1, year)


def hung_kings_day(year: int) -> dt.date:
    """Giỗ Tổ Hùng Vương, 10/3 âm lịch."""
    return to_solar(10, 3, year)
