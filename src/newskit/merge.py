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
    # Kept mentions never overlap one another, so "does this one overlap a kept one" is a look at the
    # points it covers. Offsets are ranked (only their order matters) and doubled: a mention s:e with
    # s < e covers the odd points 2s+1 .. 2e-1, an empty one s:s the even point 2s. Two mentions
    # overlap (s < e' and s' < e) exactly when their points meet, except that two empty ones never do.
    # bytearray.find scans in C, and a mention covers few points: the merge grows as n log n.
    rank = {p: i for i, p in enumerate(sorted({p for m in everything for p in (m.start, m.end)}))}
    spans = bytearray(2 * len(rank) + 1)  # points covered by kept mentions with text
    empties = bytearray(2 * len(rank) + 1)  # points of kept empty mentions
    kept: list[Mention] = []
    for i in order:
        m = everything[i]
        s, e = 2 * rank[m.start], 2 * rank[m.end]
        if s == e:
            if spans[s]:
                continue
            empties[s] = 1
        else:
            if spans.find(1, s + 1, e) >= 0 or empties.find(1, s + 1, e) >= 0:
                continue
            spans[s + 1 : e] = b"\x01" * (e - s - 1)
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return (
        [m for m in kept if isinstance(m, DateMention)],
        [m for m in kept if isinstance(m, CountryMention)],
        [m for m in kept if isinstance(m, PersonMention)],
    )
