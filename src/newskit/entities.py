"""Entities from mentions: one :class:`~newskit.models.Person` or :class:`~newskit.models.Country` each."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .document import Document
from .models import Country, CountryMention, Entities, Person, PersonMention, Via
from .resources import read_lines

__all__ = ["build_entities", "country_focus", "link_people", "split_name"]


def _suffixes() -> frozenset[str]:
    return frozenset(read_lines("name_suffixes.txt"))


def split_name(name: str) -> tuple[str | None, str | None]:
    """Given and family name of a canonical name (suffixes such as "Jr." skipped).

    The family name keeps its particles ("von der Leyen", "da Silva"); a name written family
    name first keeps that order ("Xi Jinping", "Kim Jong Un").

    >>> split_name("Martin Luther King Jr.")
    ('Martin', 'King')
    >>> split_name("Putin")
    (None, 'Putin')
    >>> split_name("Ursula von der Leyen")
    ('Ursula', 'von der Leyen')
    >>> split_name("Xi Jinping"), split_name("Kim Jong Un")
    (('Jinping', 'Xi'), ('Jong Un', 'Kim'))
    """
    from .extractors.people.lexicon import fold, lexicon

    suffixes = _suffixes()
    parts = [p for p in name.split() if p.rstrip(".,") not in suffixes and p not in suffixes]
    if not parts:
        return None, None
    if len(parts) == 1:
        return None, parts[0]
    lex = lexicon()
    first = fold(parts[0])
    if first in lex.family_first and not parts[1].endswith(".") and (
        len(parts) == 3 or first not in lex.given or "-" in parts[1]
    ):
        return " ".join(parts[1:]), parts[0]
    k = len(parts) - 1
    while k > 1 and parts[k - 1] in lex.particles:
        k -= 1
    return parts[0], " ".join(parts[k:])


def _key(token: str) -> str:
    return token.rstrip(".,").casefold()


def link_people(mentions: Sequence[PersonMention]) -> list[PersonMention]:
    """Give short mentions ("Tokayev", "Mr. Blinken") the full name they stand for.

    A mention whose name is made of the last words of exactly one longer name in the article
    takes that name. Two people sharing a family name stay apart: the short mention is then
    left as it is.
    """
    full = {m.name for m in mentions if len(m.name.split()) > 1}
    tails: dict[str, set[str]] = {}
    for name in full:
        words = name.split()
        for k in range(1, len(words)):
            tails.setdefault(" ".join(_key(w) for w in words[k:]), set()).add(name)
        _, family = split_name(name)
        if family:
            tails.setdefault(_key(family), set()).add(name)
    out = []
    for m in mentions:
        key = " ".join(_key(w) for w in m.name.split())
        candidates = tails.get(key, set()) - {m.name}
        if m.name not in full and len(candidates) == 1:
            m = attrs.evolve(m, name=next(iter(candidates)))
        out.append(m)
    return out


_LOCAL_VIAS = frozenset({Via.CAPITAL, Via.CITY, Via.SUBDIVISION, Via.REGION})


def country_focus(doc: Document, mentions: Sequence[CountryMention], total: int) -> float:
    """How much the article is about a country, from 0 to 1.

    Its share of the article's country mentions, whether it is named in the title and in the lead,
    and whether the article names its towns, states or regions (an article about a country names its
    places; one that only mentions it names the country or a demonym).
    """
    if not mentions or total == 0:
        return 0.0
    share = len(mentions) / total
    in_title = doc.title is not None and any(doc.title.start <= m.start < doc.title.end for m in mentions)
    lead_end = next((s.end for s in doc.sentences if not s.in_title), 0)
    in_lead = any(m.start < lead_end for m in mentions)
    local = any(m.via in _LOCAL_VIAS for m in mentions)
    return round(min(1.0, 0.45 * share + 0.2 * in_title + 0.2 * in_lead + 0.15 * local), 4)


def build_entities(doc: Document, countries: Sequence[CountryMention], people: Sequence[PersonMention]) -> Entities:
    """Group mentions into entities, in order of first mention."""
    by_code: dict[str, list[CountryMention]] = {}
    for c in countries:
        by_code.setdefault(c.code, []).append(c)
    country_entities = [
        Country(
            code=code,
            name=ms[0].name or code,
            mentions=tuple(ms),
            count=len(ms),
            first=ms[0].start,
            focus=country_focus(doc, ms, len(countries)),
            historical=all(m.historical for m in ms),
        )
        for code, ms in by_code.items()
    ]
    by_name: dict[str, list[PersonMention]] = {}
    for p in people:
        by_name.setdefault(p.name, []).append(p)
    person_entities = []
    for name, ms in by_name.items():
        given, family = split_name(name)
        roles = tuple(dict.fromkeys(m.role for m in ms if m.role))
        country = next((m.country for m in ms if m.country), None)
        person_entities.append(
            Person(name=name, given=given, family=family, mentions=tuple(ms), roles=roles, country=country)
        )
    return Entities(countries=tuple(country_entities), people=tuple(person_entities))
