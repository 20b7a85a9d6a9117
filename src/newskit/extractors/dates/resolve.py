"""What a rule resolves to, and the context it resolves in (anchor, tense, what came before)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

import attr
import attrs
from mypy_extensions import mypyc_attr

from ...models import DateKind, Granularity, Period
from . import calendar as cal
from .context import TENSE_FUTURE, TENSE_PAST, Tense, past_by, tense_at
from .lexicon import cues
from .members import (
    GRAN_CENTURY,
    GRAN_DAY,
    GRAN_DECADE,
    GRAN_DURATION,
    GRAN_HALF,
    GRAN_MONTH,
    GRAN_QUARTER,
    GRAN_SEASON,
    GRAN_WEEK,
    GRAN_WEEKEND,
    GRAN_YEAR,
    KIND_DATE,
    KIND_DURATION,
)

__all__ = ["Context", "Resolved", "duration", "point", "relative_point"]


_GRANULARITY = {
    "day": GRAN_DAY,
    "night": GRAN_DAY,
    "week": GRAN_WEEK,
    "fortnight": GRAN_WEEK,
    "weekend": GRAN_WEEKEND,
    "month": GRAN_MONTH,
    "quarter": GRAN_QUARTER,
    "half": GRAN_HALF,
    "season": GRAN_SEASON,
    "year": GRAN_YEAR,
    "decade": GRAN_DECADE,
    "century": GRAN_CENTURY,
}


_PAST_PERFECT = re.compile(r"\bhad\s+(\w+)")


def _past_perfect(window: str) -> bool:
    """Whether a "had" in ``window`` makes a past perfect ("had filed", "had to wait"), not "had" the verb of having
    ("had a busy schedule", "had no confirmation"), told by the word after it."""
    after_had = [m[1].lower() for m in _PAST_PERFECT.finditer(window)]
    return not cues("not_verbs").issuperset(after_had)


_DAY_TO_CLOCK = re.compile(r"\s*,?\s*(?:(?:at|from)\s+)?")
# "ahead of Monday's vote", "ahead of the U.S. Labor Day weekend": a coming day
_AHEAD_OF = re.compile(r"\b[Aa]head\s+of\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}\Z")


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class Resolved:
    """The TIMEX3 reading of one matched expression (before it becomes a DateMention)."""

    value: str | None
    kind: DateKind = KIND_DATE
    granularity: Granularity | None = None
    period: Period | None = None
    relative: bool = False
    mod: str | None = None
    description: str | None = None
    amount: bool = False  # built on an amount ("two years ago"): takes "about", "nearly"
    score: float = 1.0


@functools.lru_cache(maxsize=4096)  # the same few thousand points (immutable, so shared)
def point(p: cal.Point, *, relative: bool = False, kind: DateKind = DateKind.DATE, mod: str | None = None) -> Resolved:
    """A resolved calendar point."""
    value, gran, period = p
    return Resolved(value=value, kind=kind, granularity=gran, period=period, relative=relative, mod=mod)


def relative_point(ctx: Context, unit: str, n: int, *, amount: bool = False) -> Resolved:
    """The unit ``n`` steps from the anchor ("last year": year, -1); unresolved without an anchor."""
    desc = f"{n:+d} {unit}" if n else f"this {unit}"
    gran = _GRANULARITY.get(unit)
    if ctx.anchor is None:
        return Resolved(value=None, granularity=gran, relative=True, description=desc, amount=amount)
    p = cal.shift(ctx.anchor, unit, n)
    if p is None:
        return Resolved(value=None, granularity=gran, relative=True, description=desc, amount=amount)
    value, g, period = p
    return Resolved(value=value, granularity=g, period=period, relative=True, description=desc, amount=amount)


def _fmt(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


# A fraction of a unit is written in the next smaller one: 2 1/2 years is P2Y6M.
_SMALLER = {
    "Y": (12, "M", False),
    "W": (7, "D", False),
    "D": (24, "H", True),
    "H": (60, "M", True),
    "M": (60, "S", True),
}


def duration(n: float | None, code: str, *, time: bool = False) -> Resolved:
    """A duration ``P2Y``, ``PT3H``, ``PXD``; decades and centuries are counted in years.

    >>> duration(2.5, "Y").value, duration(5.5, "H", time=True).value, duration(None, "D").value
    ('P2Y6M', 'PT5H30M', 'PXD')
    """
    if code == "DE":
        code, n = ("Y", n * 10) if n is not None else ("DE", None)
    elif code == "CE":
        code, n = ("Y", n * 100) if n is not None else ("CE", None)
    elif code == "2W":
        code, n = "W", (n * 2 if n is not None else None)
    elif code == "3M":  # a season
        code, n = "M", (n * 3 if n is not None else None)
    value = f"PT{_fmt(n)}{code}" if time else f"P{_fmt(n)}{code}"
    if n is not None and n != int(n) and (code in _SMALLER and not (code == "M" and not time)):
        factor, small, small_time = _SMALLER[code]
        rest = round((n - int(n)) * factor, 3)
        if rest == int(rest):
            whole = f"{int(n)}{code}" if int(n) else ""
            if time:
                value = f"PT{whole}{int(rest)}{small}"
            elif small_time:
                value = f"P{whole}T{int(rest)}{small}"
            else:
                value = f"P{whole}{int(rest)}{small}"
    return Resolved(value=value, kind=KIND_DURATION, granularity=GRAN_DURATION)


@mypyc_attr(native_class=False)
@attrs.define
class Context:
    """The article being tagged: anchor, text, sentences, and what earlier mentions set."""

    text: str
    anchor: dt.date | None
    sentence_of: Callable[[int], tuple[int, int]]
    has_quarter: bool = False
    quarter_ref: tuple[int, int] | None = None  # (year, quarter) of the latest quarter mentioned
    last_day: dt.date | None = None  # the latest day (or first day of a point) explicitly mentioned
    last_granularity: Granularity | None = None  # and how precise that point was
    last_at: int = -1  # and where it was named
    day: dt.date | None = None  # the first day of the latest point mentioned, relative or not ("Friday", "last May")
    day_granularity: Granularity | None = None  # how precise it is (a time or part of day counts as its day)
    day_end: int = -1  # and where that mention ends
    start: int = 0
    end: int = 0
    _before: tuple[int, str] = attr.ib(default=(-1, ""), init=False, repr=False)  # word_before at a start
    report_quarter: bool | None = attr.ib(default=None, init=False, repr=False)  # names a financial quarter, once read

    def tense(self, *, ahead_if_present: bool = False) -> Tense | None:
        """Tense of the clause around the expression; a deadline word before it ("until", "by") means future.

        ``ahead_if_present``: see :func:`~newskit.extractors.dates.context.tense_at` (used for weekdays).
        """
        s, e = self.sentence_of(self.start)
        lo = max(s, self.start - 40)
        if self.word_before() in cues("future_cues") or (
            self.text.find("head", lo, self.start) >= 0 and _AHEAD_OF.search(self.text, lo, self.start)
        ):
            # "until Tuesday" points ahead, except in the past perfect ("had filed reports by Wednesday") and after
            # "by" in a clause told in the simple past ("changed her story by Thursday")
            window = self.text[max(s, self.start - 80) : min(e, self.end + 60)]
            return TENSE_PAST if _past_perfect(window) or self.past_by() else TENSE_FUTURE
        return tense_at(self.text, self.start, self.end, s, e, ahead_if_present=ahead_if_present)

    def past_by(self) -> bool:
        """Whether the expression follows "by" in a clause told in the simple past (see :func:`context.past_by`)."""
        if self.word_before() != "by":
            return False
        s, e = self.sentence_of(self.start)
        return past_by(self.text, self.start, s, e)

    def day_just_before(self) -> dt.date | None:
        """The day named by the mention just before this one, when only a comma, "at" or spaces lie between
        ("Monday, June 3, 4:10 p.m.", "Friday at 10 a.m."): a clock time after it is on that day."""
        if self.day is None or self.day_granularity is not GRAN_DAY or self.start - self.day_end > 12:
            return None
        return self.day if _DAY_TO_CLOCK.fullmatch(self.text, self.day_end, self.start) else None

    def word_before(self) -> str:
        """The word just before the expression, lower-cased ("" at the start of a line)."""
        at, word = self._before
        if at == self.start:
            return word  # asked again by the same resolver
        i = self.start
        text = self.text
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        j = i
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "'"):
            j -= 1
        word = text[j:i].lower()
        self._before = (self.start, word)
        return word

    def word_after(self) -> str:
        """The word just after the expression, as written."""
        i = self.end
        text = self.text
        n = len(text)
        while i < n and text[i] in " \t":
            i += 1
        j = i
        while j < n and (text[j].isalnum() or text[j] in "'-"):
            j += 1
        return text[i:j]

    def char_before(self) -> str:
        return self.text[self.start - 1] if self.start > 0 else ""

    def char_after(self) -> str:
        return self.text[self.end] if self.end < len(self.text) else ""
