"""The prepared text every extractor reads: sentences and boilerplate, computed once."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools

import attrs

from .models import Article, Span

__all__ = ["Document", "Sentence"]


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence of article text, with its offsets in the analysed text."""

    start: int
    end: int
    text: str
    index: int = 0
    in_title: bool = False


@attrs.frozen(kw_only=True)
class Document:
    """An article ready for extraction.

    ``text`` is the analysed text (offsets index it). ``sentences`` cover the article text
    only; ``boilerplate`` marks what is not article text (site furniture), which extractors may
    skip and whose mentions the pipeline drops. ``anchor`` is the publication day.
    ``language`` is the article's language code and ``language_source`` how it was decided
    (``"given"``, ``"detected"`` or ``"default"``).
    """

    article: Article
    text: str
    sentences: tuple[Sentence, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    title: Span | None = None
    language: str = "en"
    language_source: str = "default"
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    # boilerplate starts in order, and the furthest end among the spans up to each
    _boiler_starts: list[int] = attrs.field(init=False, repr=False, eq=False)
    _boiler_reach: list[int] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s.start for s in self.sentences))
        spans = sorted((b.start, b.end) for b in self.boilerplate)
        object.__setattr__(self, "_boiler_starts", [s for s, _ in spans])
        object.__setattr__(self, "_boiler_reach", list(itertools.accumulate((e for _, e in spans), max)))

    @property
    def anchor(self) -> dt.date | None:
        """The publication day relative dates are resolved against, or None."""
        return self.article.anchor

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, or None (boilerplate, blank lines)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def is_boilerplate(self, start: int, end: int) -> bool:
        """True when ``start:end`` overlaps text marked as not article text."""
        i = bisect.bisect_left(self._boiler_starts, end)  # the spans that start before ``end``
        return i > 0 and self._boiler_reach[i - 1] > start
