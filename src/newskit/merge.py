"""The one place where overlapping mentions are resolved, within and across kinds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from .models import CountryMention, DateMention, Mention, PersonMention

__all__ = ["resolve_overlaps"]

M = TypeVar("M", bound=Mention)

# On a tie of length and score: a date over a person ("Thanksgiving Day" is a holiday), a person over
# a country ("Jordan" when it was linked to "Jordan Henderson").
_KIND_RANK = {DateMention: 0, PersonMention: 1, CountryMention: 2}


def resolve_overlaps(
    dates: Sequence[DateMention], countries: Sequence[CountryMention], people: Sequence[PersonMention]
) -> tuple[list[DateMention], list[CountryMention], list[PersonMention]]:
    """Keep, of any overlapping mentions, the longest; then the higher score; then date, person, country.

    Exact duplicates (same kind, span and value) from different extractors collapse into the first.
    The result lists are in text order.

    >>> a = PersonMention(text="Jordan Henderson", start=0, end=16, name="Jordan Henderson")
    >>> b = CountryMention(text="Jordan", start=0, end=6, code="JO")
    >>> resolve_overlaps([], [b], [a])[1:]
    ([], [PersonMention(text='Jordan Henderson', start=0, end=16, extractor='', score=1.0, name='Jordan Henderson', role=None, country=None)])
    """
    everything: list[Mention] = [*dates, *countries, *people]
    order = sorted(
        range(len(everything)),
        key=lambda i: (
            -(everything[i].end - everything[i].start),
            -everything[i].score,
            _KIND_RANK.get(type(everything[i]), 3),
            everything[i].start,
            i,
        ),
    )
    taken: list[tuple[int, int]] = []
    kept: list[Mention] = []
    for i in order:
        m = everything[i]
        if any(s < m.end and m.start < e for s, e in taken):
            continue
        taken.append((m.start, m.end))
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return (
        [m for m in kept if isinstance(m, DateMention)],
        [m for m in kept if isinstance(m, CountryMention)],
        [m for m in kept if isinstance(m, PersonMention)],
    )
