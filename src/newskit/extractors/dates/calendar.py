"""Calendar arithmetic and TIMEX3 value formatting: one place for every unit newskit resolves to."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import functools

from ...models import Granularity, Period
from .members import (
    GRAN_CENTURY,
    GRAN_DAY,
    GRAN_DECADE,
    GRAN_HALF,
    GRAN_MONTH,
    GRAN_QUARTER,
    GRAN_SEASON,
    GRAN_WEEK,
    GRAN_WEEKEND,
    GRAN_YEAR,
)

__all__ = [
    "Point",
    "add_months",
    "century",
    "day",
    "decade",
    "easter",
    "half",
    "month",
    "nth_weekday",
    "quarter",
    "season",
    "shift",
    "week",
    "weekend",
    "year",
]


Point = tuple[str, Granularity, Period]
"""A resolved calendar point: TIMEX3 value, granularity and the days it covers."""

_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# The points are kept for the few thousand days, months and years news names (immutable, so shared).
_points = functools.lru_cache(maxsize=4096)


def _last_day(y: int, m: int) -> dt.date:
    return dt.date(y, m, _cal.monthrange(y, m)[1])


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, the day clipped to the month's length."""
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return dt.date(y, m + 1, min(d.day, _cal.monthrange(y, m + 1)[1]))


@_points
def day(d: dt.date) -> Point:
    """A calendar day: ``2023-02-23``."""
    return d.isoformat(), GRAN_DAY, Period(first=d, last=d)


@_points
def month(y: int, m: int) -> Point:
    """A month: ``2022-11``."""
    return f"{y:04d}-{m:02d}", GRAN_MONTH, Period(first=dt.date(y, m, 1), last=_last_day(y, m))


@_points
def year(y: int) -> Point:
    """A year: ``2022``."""
    return f"{y:04d}", GRAN_YEAR, Period(first=dt.date(y, 1, 1), last=dt.date(y, 12, 31))


@_points
def decade(start: int) -> Point:
    """A decade from its first year: ``199`` for 1990-1999."""
    return f"{start // 10:03d}", GRAN_DECADE, Period(first=dt.date(start, 1, 1), last=dt.date(start + 9, 12, 31))


@_points
def century(index: int) -> Point:
    """A century from its TIMEX3 index (``19`` is 1900-1999, the 20th century)."""
    first = max(index * 100, 1)
    return (
        f"{index:02d}",
        GRAN_CENTURY,
        Period(first=dt.date(first, 1, 1), last=dt.date(index * 100 + 99, 12, 31)),
    )


@_points
def week(d: dt.date) -> Point:
    """The ISO week holding ``d``: ``2023-W08``."""
    iy, iw, wd = d.isocalendar()
    monday = d - dt.timedelta(days=wd - 1)
    return f"{iy:04d}-W{iw:02d}", GRAN_WEEK, Period(first=monday, last=monday + dt.timedelta(days=6))


@_points
def weekend(d: dt.date) -> Point:
    """The weekend of the ISO week holding ``d``: ``2023-W08-WE``."""
    iy, iw, wd = d.isocalendar()
    saturday = d + dt.timedelta(days=6 - wd)
    return f"{iy:04d}-W{iw:02d}-WE", GRAN_WEEKEND, Period(first=saturday, last=saturday + dt.timedelta(days=1))


@_points
def quarter(y: int, q: int) -> Point:
    """A quarter: ``2023-Q3``."""
    first = dt.date(y, 3 * q - 2, 1)
    return f"{y:04d}-Q{q}", GRAN_QUARTER, Period(first=first, last=_last_day(y, 3 * q))


@_points
def half(y: int, h: int) -> Point:
    """A half year: ``2023-H1``."""
    first = dt.date(y, 6 * h - 5, 1)
    return f"{y:04d}-H{h}", GRAN_HALF, Period(first=first, last=_last_day(y, 6 * h))


@_points
def season(y: int, code: str) -> Point:
    """A season: ``2022-SU``; winter runs from December into the next year's February."""
    m = _SEASON_MONTH[code]
    first = dt.date(y, m, 1)
    last = _last_day(y + 1, 2) if code == "WI" else _last_day(y, m + 2)
    return f"{y:04d}-{code}", GRAN_SEASON, Period(first=first, last=last)


def season_of(d: dt.date) -> tuple[int, str]:
    """The season (year, code) a day falls in."""
    if d.month == 12:
        return d.year, "WI"
    if d.month <= 2:
        return d.year - 1, "WI"
    return d.year, ("SP", "SU", "FA")[(d.month - 3) // 3]


@_points
def shift(anchor: dt.date, unit: str, n: int) -> Point | None:
    """The point ``n`` units away from ``anchor`` at that unit's granularity (``year``, -1: last year)."""
    if unit == "day":
        return day(anchor + dt.timedelta(days=n))
    if unit == "week":
        return week(anchor + dt.timedelta(weeks=n))
    if unit == "weekend":
        return weekend(anchor + dt.timedelta(weeks=n))
    if unit == "fortnight":
        return week(anchor + dt.timedelta(weeks=2 * n))
    if unit == "month":
        d = add_months(anchor, n)
        return month(d.year, d.month)
    if unit == "quarter":
        idx = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return quarter(idx // 4, idx % 4 + 1)
    if unit == "half":
        idx = anchor.year * 2 + (anchor.month - 1) // 6 + n
        return half(idx // 2, idx % 2 + 1)
    if unit == "season":
        y, code = season_of(anchor)
        codes = ["SP", "SU", "FA", "WI"]
        idx = y * 4 + codes.index(code) + n
        return season(idx // 4, codes[idx % 4])
    if unit == "year":
        return year(anchor.year + n)
    if unit == "decade":
        return decade((anchor.year // 10 + n) * 10)
    if unit == "century":
        return century(anchor.year // 100 + n)
    return None


def nth_weekday(y: int, m: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` (Monday 1) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = dt.date(y, m, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (n - 1))
    last = _last_day(y, m)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(y: int) -> dt.date:
    """Easter Sunday (Gregorian, anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    mo = (h + ell - 7 * m + 114) // 31
    return dt.date(y, mo, (h + ell - 7 * m + 114) % 31 + 1)
