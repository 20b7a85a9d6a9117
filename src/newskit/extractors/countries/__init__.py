"""The gazetteer and place matcher shared by the country and people extractors.

A small, stable API:

- :func:`lookup` tells what a phrase names: ``lookup("Astana")`` is a :class:`PlaceMatch` whose
  ``place`` is the capital of Kazakhstan; a phrase that is not a place gives None.
- :func:`is_place_word` answers "is this capitalised word a country, demonym or place?"
- :func:`find_places` finds and disambiguates every place in a text.

Everything is built lazily on first use and cached (one gazetteer per language).

>>> lookup("Kazakhstan").code
'KZ'
>>> lookup("Russians").place.via
<Via.DEMONYM: 'demonym'>
>>> lookup("Latin America") is None
True
>>> is_place_word("Uzbek"), is_place_word("Blinken")
(True, False)
"""

from __future__ import annotations

import functools

from .matcher import PlaceMatch, find_places
from .sources import Gazetteer, Place, country_names, foreign_country_names, gazetteer, normalise

__all__ = [
    "Gazetteer",
    "Place",
    "PlaceMatch",
    "country_name",
    "find_places",
    "gazetteer",
    "is_place_word",
    "lookup",
]


def lookup(phrase: str, language: str = "en") -> PlaceMatch | None:
    """What ``phrase`` names, out of context, or None when it names no country or place.

    Case matters ("US" is the country, "us" is not). ``place`` is the most likely reading: a
    country's own name before a capital, a capital before a subdivision, then cities by population.
    A country's name in German, French or Spanish is known whatever ``language`` says
    (``lookup("Alemania").code == "DE"``), so that a phrase of a foreign text is not taken for a person.
    """
    key = normalise(phrase)
    found = gazetteer(language).get(key)
    if not found:
        if found is None and (foreign := foreign_country_names().get(key)) is not None:
            found = (foreign,)
        else:
            return None
    return PlaceMatch(text=phrase, start=0, end=len(phrase), places=found, place=found[0])


@functools.lru_cache(maxsize=65536)
def is_place_word(token: str, language: str = "en") -> bool:
    """True when ``token`` alone names a country, a demonym, a region or subdivision, or a city.

    Towns count only from 15,000 inhabitants, so that ordinary surnames stay names.

    >>> is_place_word("Kazakhstan's".removesuffix("'s")), is_place_word("us")
    (True, False)
    """
    key = normalise(token)
    found = gazetteer(language).get(key)
    if not found:
        return found is None and key in foreign_country_names()
    return any(p.via.value != "city" or p.population >= 15_000 for p in found)


def country_name(code: str) -> str:
    """The common English name of an ISO alpha-2 code (historical codes included), or the code."""
    return country_names().get(code, code)
