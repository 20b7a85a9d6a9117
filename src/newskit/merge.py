"""The one place where overlapping mentions are resolved, within and across kinds."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TypeVar

from .models import CountryMention, DateMention, Mention, OrganizationMention, PersonMention, Via
from .stages import MENTION_STAGES, kind_rank_of, stage_for

__all__ = ["by_stage", "resolve", "resolve_overlaps"]

M = TypeVar("M", bound=Mention)

_LANDMARK = Via.REGION  # a place the gazetteer lists as standing for its country: "Kremlin", "White House"

_Key = tuple[int, float, bool, int, int, int]
"""A mention's precedence (lower first): minus its length, minus its score, from a built-in, its kind's rank, start, index."""


def resolve(mentions: Iterable[Mention], *, builtin: Collection[str] = ()) -> list[Mention]:
    """Keep, of any overlapping mentions, the longest; then the higher score; then one from an added plugin;
    then the kind's rank.

    Every kind competes here: dates, countries, organisations and people. Ties are broken in this order:

    1. the longer mention ("Jordan Henderson" over "Jordan");
    2. the higher ``score``;
    3. a mention from an extractor that is not in ``builtin`` (the pipeline passes the names of the
       built-in extractors): a plugin you installed to teach newskit a name ("Blighty" as a country)
       wins over a built-in guess at the same span and score ("Blighty" as a person);
    4. the kind's rank, declared in :data:`newskit.stages.STAGES`: date, organisation, person, country;
    5. the earlier start, then the order the extractors ran in.

    Exact duplicates (same kind and span) from different extractors collapse into the first kept.
    The result is in text order.

    >>> guess = PersonMention(text="Blighty", start=0, end=7, name="Blighty", extractor="people")
    >>> plugin = CountryMention(text="Blighty", start=0, end=7, code="GB", extractor="nicknames")
    >>> [type(m).__name__ for m in resolve([guess, plugin])]
    ['PersonMention']
    >>> [type(m).__name__ for m in resolve([guess, plugin], builtin={"people", "countries"})]
    ['CountryMention']

    Two nestings are kept: a country named inside an organisation's name stays a country mention
    ("Bank of Japan" names Japan; "Gainesville Police Department" names a US town), and so does a landmark
    (``Via.REGION``) read at the very span of an organisation of its own country: a seat of power ("the
    Kremlin" is the Russian government and a place in Russia) names its country for the article. A town named
    like a company of its country ("Toyota") is not kept: the name is the company's.

    >>> from newskit.models import OrganizationMention
    >>> org = OrganizationMention(text="Bank of Japan", start=4, end=17, name="Bank of Japan")
    >>> japan = CountryMention(text="Japan", start=12, end=17, code="JP")
    >>> [m.text for m in resolve([japan, org])]
    ['Bank of Japan', 'Japan']
    >>> seat = OrganizationMention(text="Kremlin", start=4, end=11, name="Kremlin", country="RU")
    >>> place = CountryMention(text="Kremlin", start=4, end=11, code="RU", via=Via.REGION)
    >>> [type(m).__name__ for m in resolve([place, seat])]
    ['OrganizationMention', 'CountryMention']
    """
    everything: list[Mention] = list(mentions)
    if not everything:
        return []
    starts = [m.start for m in everything]
    ends = [m.end for m in everything]
    alone, crowded, ties = _runs(starts, ends)
    if not crowded and not ties:
        return [everything[i] for i in alone]  # nothing to contest, and already in text order
    ranks = {kind: kind_rank_of(kind) for kind in set(map(type, everything))}

    def key(i: int) -> _Key:
        m = everything[i]
        return (m.start - m.end, -m.score, m.extractor in builtin, ranks[type(m)], m.start, i)

    kept = alone + _contest(everything, sorted(map(key, crowded)), starts, ends) if crowded else alone
    order = _in_text_order(kept, starts, ends)
    if ties:
        _order_ties(order, starts, ends, key)
    return [everything[i] for i in order]


def _order_ties(order: list[int], starts: list[int], ends: list[int], key: Callable[[int], _Key]) -> None:
    """Put the mentions at the same offsets (empty ones, or a country inside an organisation's last word) in
    ``order`` (text order) in the order of their keys, in place."""
    k = 0
    while k < len(order):
        s, e = starts[order[k]], ends[order[k]]
        j = k + 1
        while j < len(order) and starts[order[j]] == s and ends[order[j]] == e:
            j += 1
        if j - k > 1:
            order[k:j] = sorted(order[k:j], key=key)
        k = j


def _runs(starts: list[int], ends: list[int]) -> tuple[list[int], list[int], bool]:
    """The mentions that overlap no other (in text order), those that may (in runs of mentions that reach into
    one another), and whether two mentions share their offsets.

    Two mentions s:e and s':e' overlap when s < e' and s' < e (two empty ones never do); in order of
    start, each mention of a run starts before the furthest end of the run so far.
    """
    alone: list[int] = []
    crowded: list[int] = []
    run: list[int] = []
    reach = 0
    ties = False
    last = (-1, -1)
    for i in _in_text_order(range(len(starts)), starts, ends):
        s, e = starts[i], ends[i]
        if s == last[0] and e == last[1]:
            ties = True
        last = (s, e)
        if run and s < reach:
            run.append(i)
            if e > reach:
                reach = e
            continue
        if len(run) == 1:
            alone.append(run[0])
        else:
            crowded.extend(run)
        run = [i]
        reach = e
    if len(run) == 1:
        alone.append(run[0])
    else:
        crowded.extend(run)
    return alone, crowded, ties


def _in_text_order(indices: Iterable[int], starts: list[int], ends: list[int]) -> list[int]:
    """``indices`` in order of start, then end, then index: two stable sorts on plain integers, which cost
    less than one sort on tuples (the mentions come nearly in order, a stage after another)."""
    order = sorted(indices)
    order.sort(key=ends.__getitem__)
    order.sort(key=starts.__getitem__)
    return order


def _contest(everything: list[Mention], keys: list[_Key], starts: list[int], ends: list[int]) -> list[int]:
    """The mentions kept of those whose ``keys`` are given in order of precedence."""
    # Kept mentions never overlap one another, so "does this one overlap a kept one" is a look at the
    # points it covers. Offsets are ranked (only their order matters) and doubled: a mention s:e with
    # s < e covers the odd points 2s+1 .. 2e-1, an empty one s:s the even point 2s. Two mentions
    # overlap (s < e' and s' < e) exactly when their points meet, except that two empty ones never do.
    # bytearray.find scans in C, and a mention covers few points: the merge grows as n log n.
    indices = [k[-1] for k in keys]
    rank = {p: 2 * i for i, p in enumerate(sorted({starts[i] for i in indices} | {ends[i] for i in indices}))}
    size = 2 * len(rank) + 1
    spans = bytearray(size)  # points covered by kept mentions with text
    empties = bytearray(size)  # points of kept empty mentions
    orgs = bytearray(size)  # points covered by kept organisations
    inner = bytearray(size)  # points covered by countries kept inside an organisation
    seats: dict[tuple[int, int], str] = {}  # the span of each kept organisation of a known country -> the country
    kept: list[int] = []
    for i in indices:
        m = everything[i]
        s, e = rank[starts[i]], rank[ends[i]]
        if s == e:
            if spans[s]:
                continue
            empties[s] = 1
        else:
            if empties.find(1, s + 1, e) >= 0:
                continue
            if spans.find(1, s + 1, e) >= 0:
                # a country strictly inside one kept organisation ("Japan" in "Bank of Japan") is kept too
                nested = (
                    isinstance(m, CountryMention)
                    and orgs.find(0, s + 1, e) < 0
                    and (orgs[s] or orgs[e])
                    and inner.find(1, s + 1, e) < 0
                )
                if not nested and not (
                    isinstance(m, CountryMention) and m.via is _LANDMARK and seats.pop((s, e), None) == m.code
                ):
                    continue  # (a landmark at the span of an organisation of its country, "the Kremlin", is kept)
                inner[s + 1 : e] = b"\x01" * (e - s - 1)
            else:
                spans[s + 1 : e] = b"\x01" * (e - s - 1)
                if isinstance(m, OrganizationMention):
                    orgs[s + 1 : e] = b"\x01" * (e - s - 1)
                    if m.country:
                        seats[s, e] = m.country
        kept.append(i)
    return kept


def by_stage(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    """Mentions grouped by the stage they belong to (every mention stage is a key), order kept."""
    grouped: dict[str, list[Mention]] = {stage.name: [] for stage in MENTION_STAGES}
    lists: dict[type, list[Mention] | None] = {}  # a mention class -> the list its mentions go to
    for m in mentions:
        kind = type(m)
        try:
            found = lists[kind]
        except KeyError:
            stage = stage_for(kind)
            found = lists[kind] = None if stage is None else grouped[stage.name]
        if found is not None:
            found.append(m)
    return grouped


def resolve_overlaps(
    dates: Sequence[DateMention], countries: Sequence[CountryMention], people: Sequence[PersonMention]
) -> tuple[list[DateMention], list[CountryMention], list[PersonMention]]:
    """:func:`resolve` for dates, countries and people, each kind returned in its own list.

    >>> a = PersonMention(text="Jordan Henderson", start=0, end=16, name="Jordan Henderson")
    >>> b = CountryMention(text="Jordan", start=0, end=6, code="JO")
    >>> resolve_overlaps([], [b], [a])[1:]
    ([], [PersonMention(text='Jordan Henderson', start=0, end=16, extractor='', score=1.0, name='Jordan Henderson', role=None, country=None)])
    """
    kept = by_stage(resolve([*dates, *countries, *people]))
    return (
        _typed(kept, "dates", DateMention),
        _typed(kept, "countries", CountryMention),
        _typed(kept, "people", PersonMention),
    )


def _typed(grouped: Mapping[str, list[Mention]], name: str, kind: type[M]) -> list[M]:
    return [m for m in grouped[name] if isinstance(m, kind)]
