"""The one overlap resolver: the same mentions kept, in the same order, as the plain one-pass version."""

from __future__ import annotations

import random

import pytest

from newskit.merge import resolve
from newskit.models import CountryMention, DateMention, Mention, OrganizationMention, PersonMention
from newskit.stages import kind_rank


def plain(mentions: list[Mention], builtin: frozenset[str]) -> list[Mention]:
    """Every mention in order of precedence, kept when it overlaps no kept one (a country inside one kept
    organisation excepted): the rule :func:`resolve` documents, without its shortcuts."""
    order = sorted(
        range(len(mentions)),
        key=lambda i: (
            -(mentions[i].end - mentions[i].start),
            -mentions[i].score,
            mentions[i].extractor in builtin,
            kind_rank(mentions[i]),
            mentions[i].start,
            i,
        ),
    )
    kept: list[Mention] = []
    inner: list[Mention] = []
    for i in order:
        m = mentions[i]
        clash = [k for k in kept if k.start < m.end and m.start < k.end]
        if any(k.start == k.end or m.start == m.end for k in clash) and clash:
            continue
        if clash:
            orgs = [k for k in clash if isinstance(k, OrganizationMention)]
            nested = (
                isinstance(m, CountryMention)
                and len(clash) == len(orgs) == 1
                and orgs[0].start <= m.start
                and m.end <= orgs[0].end
                and (orgs[0].start < m.start or m.end < orgs[0].end)
                and not any(c.start < m.end and m.start < c.end for c in inner)
            )
            if not nested:
                continue
            inner.append(m)
            kept.append(m)
            continue
        kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


def _random_mentions(rng: random.Random, n: int) -> list[Mention]:
    out: list[Mention] = []
    for _ in range(n):
        start = rng.randrange(0, 40)
        end = start + rng.choice([0, 1, 1, 2, 3, 5, 8])
        common = {
            "text": "x" * (end - start),
            "start": start,
            "end": end,
            "score": rng.choice([0.5, 1.0]),
            "extractor": rng.choice(["dates", "people", "plugin"]),
        }
        kind = rng.randrange(4)
        if kind == 0:
            out.append(DateMention(**common))
        elif kind == 1:
            out.append(CountryMention(code="FR", **common))
        elif kind == 2:
            out.append(OrganizationMention(name="Org", **common))
        else:
            out.append(PersonMention(name="Ann", **common))
    return out


@pytest.mark.parametrize("seed", range(300))
def test_resolve_keeps_what_the_plain_rule_keeps(seed: int) -> None:
    rng = random.Random(seed)
    mentions = _random_mentions(rng, rng.randrange(0, 30))
    builtin = frozenset({"dates", "people"})
    assert [id(m) for m in resolve(mentions, builtin=builtin)] == [id(m) for m in plain(mentions, builtin)]


def test_mentions_at_the_same_offsets_come_in_the_order_of_their_precedence() -> None:
    # Empty mentions are never contested: every one is kept, and those at the same offsets are ordered by
    # length, score, built-in or not, kind's rank, then the order they came in.
    rng = random.Random(7)
    for _ in range(200):
        found: list[Mention] = []
        for _ in range(rng.randint(2, 8)):
            at = rng.choice([3, 3, 9])
            score = rng.choice([0.5, 1.0])
            extractor = rng.choice(["dates", "plugin"])
            if rng.random() < 0.5:
                found.append(DateMention(text="", start=at, end=at, score=score, extractor=extractor))
            else:
                found.append(PersonMention(text="", start=at, end=at, name="X", score=score, extractor=extractor))
        kept = resolve(found, builtin={"dates"})
        expected = sorted(
            range(len(found)),
            key=lambda i: (found[i].start, -found[i].score, found[i].extractor == "dates", kind_rank(found[i]), i),
        )
        assert [id(m) for m in kept] == [id(found[i]) for i in expected]
