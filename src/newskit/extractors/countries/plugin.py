"""Built-in countries plugin: countries named, or reached through an alias, code, demonym, capital,
city, subdivision or region, with the gazetteer and matcher of :mod:`newskit.extractors.countries`.
"""

from __future__ import annotations

from ...document import Document
from ...hookspecs import hookimpl
from ...models import CountryMention, Via, maker
from ...protocols import Register
from . import Place, country_name
from .matcher import placed

__all__ = ["find_countries", "mention_score"]

_SCORES = {
    Via.NAME: 1.0,
    Via.ALIAS: 0.95,
    Via.CODE: 0.95,
    Via.HISTORICAL: 0.9,
    Via.CAPITAL: 0.9,
    Via.DEMONYM: 0.8,
    Via.SUBDIVISION: 0.8,
    Via.REGION: 0.75,
}


_make_mention = maker(CountryMention)  # a CountryMention made without the class call, for less work

_CITY = Via.CITY  # read once: an Enum class's attribute costs a call of its metaclass's __getattr__


def mention_score(place: Place) -> float:
    """How sure a mention is: a country's name 1.0, a demonym 0.8, a town by its size (0.5 to 0.85)."""
    if place.via is _CITY:
        if place.population >= 1_000_000:
            return 0.85
        if place.population >= 100_000:
            return 0.7
        return 0.5
    return _SCORES[place.via]


def find_countries(doc: Document) -> list[CountryMention]:
    """Every country the document names, directly or through a place or a demonym.

    >>> from newskit.prepare import prepare
    >>> from newskit.models import Article
    >>> doc = prepare(Article(text="Blinken flew from Washington to Astana; Uzbek officials met him."))
    >>> [(m.text, m.code, str(m.via)) for m in find_countries(doc)]
    [('Washington', 'US', 'capital'), ('Astana', 'KZ', 'capital'), ('Uzbek', 'UZ', 'demonym')]
    """
    text = doc.text
    return [
        _make_mention(
            text=text[start:end],
            start=start,
            end=end,
            code=p.code,
            name=country_name(p.code),
            via=p.via,
            place=p.name,
            historical=p.historical,
            score=mention_score(p),
            extractor="countries",  # the name it is registered under: the pipeline need not copy the mention
        )
        for start, end, p in placed(text, doc.language, doc.capitals_mask)
    ]


@hookimpl
def register_country_extractors(register: Register) -> None:
    register(find_countries, name="countries")
