"""Entities from mentions: one :class:`~newskit.models.Person` or :class:`~newskit.models.Country` each."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

import attrs

from .document import Document
from .models import (
    Country,
    CountryMention,
    Entities,
    Organization,
    OrganizationMention,
    Person,
    PersonMention,
    Via,
    maker,
)
from .names import MAX_NAME_WORDS, NameIndex, split_name

__all__ = [
    "acronym_of",
    "build_entities",
    "country_focus",
    "country_name",
    "link_organizations",
    "link_people",
    "split_name",
]


@functools.cache
def country_name(code: str) -> str:
    """The common English name of an ISO 3166 alpha-2 code, historical codes included; else the code.

    Fills in :attr:`CountryMention.name <newskit.models.CountryMention.name>` when a plugin leaves it empty.

    >>> country_name("BO"), country_name("SU"), country_name("XX")
    ('Bolivia', 'USSR', 'XX')
    """
    import pycountry

    code = code.strip().upper()
    found = pycountry.countries.get(alpha_2=code)
    if found is not None:
        return str(getattr(found, "common_name", None) or found.name)
    historic = pycountry.historic_countries.get(alpha_2=code)
    if historic is not None:
        return str(historic.name).split(",")[0]
    return {"XK": "Kosovo"}.get(code, code)


def link_people(mentions: Sequence[PersonMention]) -> list[PersonMention]:
    """Give short mentions ("Tokayev", "Mr. Blinken") the full name they stand for.

    A mention whose name is a short form of exactly one longer name in the article (its last
    words, or the family name of a name written family name first) takes that name; two people
    sharing a family name stay apart, the short mention left as it is. Uses the same
    :class:`~newskit.names.NameIndex` as the built-in people finder; the time it takes grows with
    the number of words in the names, and names longer than :data:`~newskit.names.MAX_NAME_WORDS`
    words are left as they are.

    >>> ann = PersonMention(text="Ann Lee", start=0, end=7, name="Ann Lee")
    >>> lee = PersonMention(text="Lee", start=12, end=15, name="Lee")
    >>> [m.name for m in link_people([ann, lee])]
    ['Ann Lee', 'Ann Lee']
    """
    index = NameIndex()
    words = [m.name.split() for m in mentions]
    full = sorted((i for i, w in enumerate(words) if 1 < len(w) <= MAX_NAME_WORDS), key=lambda i: -len(words[i]))
    for i in full:
        index.add(words[i], mentions[i].start)
    if not index:
        return list(mentions)
    # Without ``by_given``, a role or a sex, and with ``unique``, what a name resolves to does not depend on where
    # it stands: each distinct name of the article is resolved once.
    resolved: dict[str, str | None] = {}
    out = []
    for m, w in zip(mentions, words, strict=True):
        if w:
            try:
                name = resolved[m.name]
            except KeyError:
                name = resolved[m.name] = index.resolve(w, m.start, by_given=False, unique=True)
            if name is not None and name != m.name:
                m = attrs.evolve(m, name=name)
        out.append(m)
    return out


_MAX_ACRONYM = 10


@functools.lru_cache(maxsize=4096)  # keyed by a name: the same few come back article after article
def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("&", "")
    if not (2 <= len(letters) <= _MAX_ACRONYM and letters.isalpha() and sum(c.isupper() for c in letters) >= 2):
        return False
    return letters.isupper() or (letters[0].isupper() and letters[-1].isupper())


@functools.lru_cache(maxsize=4096)
def acronym_of(name: str) -> str | None:
    """The acronym a name's capitalised words make ("Federal Bureau of Investigation": "FBI"), or None.

    >>> acronym_of("Federal Bureau of Investigation"), acronym_of("Group of 20"), acronym_of("Reuters")
    ('FBI', None, None)
    """
    words = name.split()
    if len(words) < 2 or len(words) > _MAX_ACRONYM:
        return None
    initials = [w[0] for w in words if w[0].isupper()]
    if len(initials) < 2 or not all(w[0].isupper() or w.islower() for w in words):
        return None
    return "".join(initials)


def link_organizations(mentions: Sequence[OrganizationMention]) -> list[OrganizationMention]:
    """Give acronyms ("FBI") the full name they stand for ("Federal Bureau of Investigation").

    An acronym mention named by itself takes the name of the one longer organisation in the
    article whose capitalised words it abbreviates; when two names share the acronym it stays as
    it is.
    """
    by_acronym: dict[str, set[str]] = {}
    for m in mentions:
        acronym = acronym_of(m.name)
        if acronym is not None:
            by_acronym.setdefault(acronym, set()).add(m.name)
    if not by_acronym:
        return list(mentions)
    out = []
    for m in mentions:
        if _is_acronym(m.name):
            names = by_acronym.get(m.name.replace(".", "").upper(), set())
            if len(names) == 1:
                m = attrs.evolve(m, name=next(iter(names)))
        out.append(m)
    return out


# the entities of every article, made without the class call (:func:`newskit.models.maker`)
_country: Final = maker(Country)
_person: Final = maker(Person)
_organization: Final = maker(Organization)
_entities: Final = maker(Entities)

_LOCAL_VIAS = frozenset({Via.CAPITAL, Via.CITY, Via.SUBDIVISION, Via.REGION})


def country_focus(doc: Document, mentions: Sequence[CountryMention], total: int) -> float:
    """How much the article is about a country, from 0 to 1.

    Its share of the article's country mentions, whether it is named in the title and in the lead,
    and whether the article names its towns, states or regions (an article about a country names its
    places; one that only mentions it names the country or a demonym).
    """
    if not mentions or total == 0:
        return 0.0
    return _focus(doc, mentions, total, next((s.end for s in doc.sentences if not s.in_title), 0))


def _focus(doc: Document, mentions: Sequence[CountryMention], total: int, lead_end: int) -> float:
    share = len(mentions) / total
    title = doc.title
    in_title = False
    in_lead = local = False
    for m in mentions:
        if title is not None and title.start <= m.start < title.end:
            in_title = True
        if m.start < lead_end:
            in_lead = True
        if m.via in _LOCAL_VIAS:
            local = True
    return round(min(1.0, 0.45 * share + 0.2 * in_title + 0.2 * in_lead + 0.15 * local), 4)


def build_entities(
    doc: Document,
    countries: Sequence[CountryMention],
    people: Sequence[PersonMention],
    organizations: Sequence[OrganizationMention] = (),
) -> Entities:
    """Group mentions into entities, in order of first mention."""
    by_code: dict[str, list[CountryMention]] = {}
    for c in countries:
        by_code.setdefault(c.code, []).append(c)
    lead_end = next((s.end for s in doc.sentences if not s.in_title), 0)
    country_entities = [
        _country(
            code=code,
            name=ms[0].name or code,
            mentions=tuple(ms),
            count=len(ms),
            first=ms[0].start,
            focus=_focus(doc, ms, len(countries), lead_end),
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
        roles = tuple(dict.fromkeys([m.role for m in ms if m.role]))
        country = next((m.country for m in ms if m.country), None)
        person_entities.append(
            _person(name=name, given=given, family=family, mentions=tuple(ms), roles=roles, country=country)
        )
    return _entities(
        countries=tuple(country_entities),
        organizations=tuple(_organizations(organizations)),
        people=tuple(person_entities),
    )


def _organizations(mentions: Sequence[OrganizationMention]) -> list[Organization]:
    by_name: dict[str, list[OrganizationMention]] = {}
    for m in mentions:
        by_name.setdefault(m.name, []).append(m)
    entities = []
    for name, ms in by_name.items():
        kinds = [m.kind for m in ms if m.kind is not None]
        acronym = next((m.text for m in ms if m.text != name and _is_acronym(m.text)), None)
        entities.append(
            _organization(
                name=name,
                mentions=tuple(ms),
                count=len(ms),
                first=ms[0].start,
                acronym=acronym,
                kind=max(dict.fromkeys(kinds), key=kinds.count) if kinds else None,  # the first most common
                country=next((m.country for m in ms if m.country), None),
            )
        )
    return entities
