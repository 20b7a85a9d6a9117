"""The newskit plugin: registers a people extractor that finds the people of a watch list.

newskit loads this module through the ``newskit`` entry point declared in ``pyproject.toml``
and calls its ``register_people_extractors`` hook.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import newskit
from newskit.document import Document
from newskit.models import PersonMention

from .watchlist import WatchList, watchlist_from_env

__all__ = ["WatchListExtractor", "register_people_extractors"]


class WatchListExtractor:
    """A people extractor: every mention of a watched person, under their canonical name.

    >>> from newskit_example.watchlist import WatchList
    >>> extractor = WatchListExtractor(WatchList.parse("Mark Rutte | NATO Secretary General | NL | Rutte"))
    >>> extractor.name
    'watchlist'
    """

    name = "watchlist"
    """The name newskit records on each mention this extractor makes."""

    default_score = 2.0
    """A watch list is curated: where another extractor finds the same span, this one's mention
    (with its canonical name, role and country) wins the tie on score."""

    def __init__(self, watchlist: WatchList, *, score: float | None = None) -> None:
        self.watchlist = watchlist
        self.score = self.default_score if score is None else score

    def __repr__(self) -> str:
        return f"<WatchListExtractor: {len(self.watchlist)} people>"

    def __call__(self, doc: Document) -> Iterator[PersonMention]:
        for start, end, person in self.watchlist.find(doc.text):
            if doc.is_boilerplate(start, end):
                continue
            yield PersonMention(
                text=doc.text[start:end],
                start=start,
                end=end,
                name=person.name,
                role=person.role,
                country=person.country,
                extractor=self.name,
                score=self.score,
            )


@newskit.hookimpl
def register_people_extractors(register: Callable[..., Any]) -> None:
    """Register a :class:`WatchListExtractor` for the watch list named by ``NEWSKIT_WATCHLIST``."""
    register(WatchListExtractor(watchlist_from_env()))
