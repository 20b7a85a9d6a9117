"""Dates in the other languages dateparser reads: day-granularity values, clearly marked.

For an article in a language without newskit's own vocabulary (Italian, Portuguese, Dutch...), the
dates extractor asks `dateparser <https://dateparser.readthedocs.io/>`_ (already a dependency) to find
dates in the text. Its answers are calendar days (or times), without TIMEX3 durations or sets; each
mention says where it came from: ``description`` starts with :data:`MARK` and its score is
:data:`SCORE`. dateparser is imported on first use only.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from typing import Any

from ...models import DateKind, DateMention, Granularity, Period

__all__ = ["MARK", "SCORE", "knows", "tag"]

MARK = "dateparser fallback"
"""The start of the ``description`` of every mention found this way."""

SCORE = 0.5
"""The score of every mention found this way (newskit's own tagger gives 1.0)."""

log = logging.getLogger("newskit")


@functools.cache
def knows(language: str) -> bool:
    """True when dateparser reads ``language``."""
    from dateparser.languages import default_loader

    try:
        return bool(list(default_loader.get_locales(languages=[language])))
    except ValueError:
        return False


def _search(text: str, language: str, anchor: dt.date | None) -> list[tuple[str, dt.datetime]]:
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    try:
        found = search_dates(text, languages=[language], settings=settings)
    except (ValueError, KeyError, OverflowError) as exc:  # a language dateparser does not know, an odd date
        log.debug("dateparser could not read %s text: %r", language, exc)
        return []
    return list(found or [])


def tag(text: str, anchor: dt.date | None, language: str, *, extractor: str = "dates") -> list[DateMention]:
    """Dates dateparser finds in ``text`` written in ``language``, in text order, at day granularity.

    >>> [(m.text, m.value) for m in tag("Il vertice si terrà il 3 marzo 2023 a Roma.", None, "it")]
    [('3 marzo 2023', '2023-03-03')]
    """
    found: list[DateMention] = []
    pos = 0
    for phrase, when in _search(text, language, anchor):
        start = text.find(phrase, pos)
        if start < 0 or not phrase.strip() or (anchor is None and not any(c.isdigit() for c in phrase)):
            continue  # not found in order, or a relative word with nothing to resolve it against
        end = start + len(phrase)
        pos = end
        day = when.date()
        has_time = (when.hour, when.minute) != (0, 0)
        found.append(
            DateMention(
                text=phrase,
                start=start,
                end=end,
                extractor=extractor,
                score=SCORE,
                value=f"{day.isoformat()}T{when:%H:%M}" if has_time else day.isoformat(),
                kind=DateKind.TIME if has_time else DateKind.DATE,
                granularity=Granularity.TIME if has_time else Granularity.DAY,
                period=Period(first=day, last=day),
                anchor=anchor,
                relative=not any(c.isdigit() for c in phrase),
                description=f"{MARK} ({language})",
            )
        )
    return found
