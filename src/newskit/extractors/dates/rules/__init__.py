"""The rule table: one named rule per expression form, a regex and a resolver, grouped by family.

Each family module (:mod:`.times`, :mod:`.calendar_dates`, :mod:`.periods`, :mod:`.holidays`,
:mod:`.relative`, :mod:`.durations`, :mod:`.sets`) keeps its rules beside their resolvers; :mod:`.base`
holds the :class:`Rule` record, the pattern placeholders and the calendar helpers they share.

A rule's pattern is a regex with placeholders (``<MONTH>``, ``<NUM>``, ``<UNIT>``...) filled from
the word tables in ``newskit/data/dates/``. Its resolver turns the match into a
:class:`~newskit.extractors.dates.resolve.Resolved` (or None to reject it). At each candidate start the tagger
tries, in table order, the rules whose pattern can begin with the words there (read off the pattern
by :mod:`newskit.extractors.dates.heads`); the first that matches and resolves wins: longer forms come first.

To add a form: add a :class:`Rule` to its family's ``RULES``, its name to :data:`ORDER` (and a case to
``tests/test_dates_table.py``). The tagger only looks where a trigger word occurs (a month, weekday, unit,
number...): a form whose words are all new needs one of them in ``extra_triggers`` (``data/dates/cues.tsv``),
and a word it may start with in ``extra_starters``.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable

from . import calendar_dates, durations, holidays, periods, relative, sets, times
from .base import DayRange, Rule, macros

__all__ = ["ORDER", "RULES", "DayRange", "LazyPattern", "Rule", "compiled_rules", "macros"]

ORDER: tuple[str, ...] = (
    "clock_month_day",
    "clock_weekday",
    "clock_in_the",
    "clock_day_word",
    "clock",
    "clock_range_start",
    "weekday_month_day",
    "weekday_day_month",
    "nth_weekday_of_month",
    "month_day",
    "day_month",
    "day_of_month",
    "iso_date",
    "slash_date",
    "month_year",
    "season_year",
    "two_quarters_of",
    "quarter_year_ago",
    "quarter",
    "decade",
    "century",
    "year_words",
    "fiscal_year",
    "new_year",
    "holiday",
    "weekday_part",
    "day_part",
    "bare_part",
    "day_edge",
    "every_weekday",
    "weekday",
    "ago",
    "qualified_amount",
    "anaphoric",
    "unit_before",
    "edge_of",
    "year_ago_adjective",
    "year_end",
    "the_year",
    "weekend",
    "duration",
    "vague_span",
    "recent_plural",
    "plural_unit",
    "every",
    "set_word",
    "reference",
    "relative_day",
    "season",
    "month",
    "year",
)
"""The table order, across families: at one start, the first rule that matches and resolves wins."""


def _table() -> tuple[Rule, ...]:
    by_name = {
        rule.name: rule
        for family in (times, calendar_dates, periods, holidays, relative, durations, sets)
        for rule in family.RULES
    }
    if set(by_name) != set(ORDER):
        raise RuntimeError(f"rules and ORDER differ: {sorted(set(by_name) ^ set(ORDER))}")
    return tuple(by_name[name] for name in ORDER)


RULES: tuple[Rule, ...] = _table()


def _expand(pattern: str) -> str:
    table = macros()
    for key, value in table.items():
        pattern = pattern.replace(key, value)
    return pattern


class LazyPattern:
    """A rule's regex, compiled when it is first matched: a new process compiles only the rules its
    first texts call for (compiling the whole table is most of a first extract's date finding).

    ``pattern`` is the regex's source; ``match`` is :meth:`re.Pattern.match`.
    """

    __slots__ = ("match", "pattern")

    match: Callable[..., re.Match[str] | None]

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.match = self._compile_and_match

    def _compile_and_match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.match = re.compile(self.pattern).match  # from now on, the compiled pattern's own method
        return self.match(string, pos, endpos)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


@functools.cache
def compiled_rules() -> tuple[tuple[Rule, LazyPattern], ...]:
    """Each rule with its pattern (compiled at its first match), in table order."""
    return tuple((rule, LazyPattern(_expand(rule.pattern))) for rule in RULES)
