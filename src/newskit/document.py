"""The prepared text every extractor reads: sentences, lines, tokens, title, dateline and language, computed once."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
from typing import Any, NamedTuple

import attrs

from .models import Article, Span
from .tokens import capitals_mask, find_dateline, is_title_case, tokenize

DATELINE_SENTENCES = 5
"""How many body sentences may hold a dateline."""

__all__ = ["Document", "Sentence"]


class Sentence(NamedTuple):
    """A sentence of article text, with its offsets in the analysed text.

    A named tuple, not an attrs class: one is made for every sentence of every article, and a tuple is
    made in a third of the time of a frozen attrs instance. Read it by field name.
    """

    start: int
    end: int
    text: str
    index: int = 0  # type: ignore[assignment]  # the sentence's position; a sentence needs no tuple.index()
    in_title: bool = False


_START = operator.attrgetter("start")  # a sentence's start, read in C


@attrs.frozen(kw_only=True)
class Document:
    """An article ready for extraction.

    ``text`` is the analysed text (offsets index it). ``sentences`` cover the article text
    only; ``boilerplate`` marks what is not article text (site furniture), which extractors may
    skip and whose mentions the pipeline drops. ``anchor`` is the publication day.
    ``language`` is the article's language code and ``language_source`` how it was decided
    (``"given"``, ``"detected"`` or ``"default"``).

    What every extractor shares, so that none reads the text again its own way: ``lines`` (the
    offsets of each line's content), ``tokens`` (offsets of every token, from the one tokenizer
    :data:`newskit.tokens.TOKEN`, made on first use and kept), ``title_case`` (whether the title
    is written in title case), ``dateline`` (the place of a dateline in the first body sentences,
    "LONDON" of "LONDON (Reuters) --"), ``capitals_mask`` (the text one byte per character, capitals "A" and
    digits "0", which patterns that open with a capital scan fast: :func:`newskit.tokens.capitals_mask`) and
    :meth:`line_is_title_case`.
    """

    article: Article
    text: str
    sentences: tuple[Sentence, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    title: Span | None = None
    language: str = "en"
    language_source: str = "default"
    lines: tuple[tuple[int, int], ...] = ()
    _memo: dict[str, Any] = attrs.field(init=False, repr=False, eq=False, factory=dict)  # what is worked out once

    @property
    def tokens(self) -> tuple[tuple[int, int], ...]:
        """Start and end offsets of every token of the text (:func:`newskit.tokens.tokenize`), made once."""
        found = self._memo.get("tokens")
        if found is None:
            found = self._memo["tokens"] = tuple(tokenize(self.text))
        return found

    @property
    def title_case(self) -> bool:
        """True when the title is written in title case (:func:`newskit.tokens.is_title_case`)."""
        found = self._memo.get("title_case")
        if found is None:
            found = self._memo["title_case"] = self.title is not None and is_title_case(self.title.text)
        return found

    @property
    def capitals_mask(self) -> bytes | None:
        """The text's capitals mask (:func:`newskit.tokens.capitals_mask`), made once; None where it does not apply
        (a letter or digit outside ASCII)."""
        memo = self._memo
        if "capitals_mask" not in memo:
            memo["capitals_mask"] = capitals_mask(self.text)
        return memo["capitals_mask"]  # type: ignore[no-any-return]

    @property
    def dateline(self) -> Span | None:
        """The place of the story's dateline ("LONDON" of "LONDON (Reuters) --") in the first body sentences.

        Found once, by :func:`newskit.tokens.find_dateline`, the detector every extractor shares.
        """
        if "dateline" not in self._memo:
            body = list(itertools.islice((s for s in self.sentences if not s.in_title), DATELINE_SENTENCES))
            found = find_dateline(self.text, body[0].start, body[-1].end) if body else None
            self._memo["dateline"] = None if found is None else Span(
                text=self.text[found[0] : found[1]], start=found[0], end=found[1]
            )
        return self._memo["dateline"]  # type: ignore[no-any-return]

    def line_at(self, offset: int) -> tuple[int, int] | None:
        """The offsets of the line holding ``offset`` (its content, without the newline), or None."""
        starts = self._memo.get("line_starts")
        if starts is None:
            starts = self._memo["line_starts"] = [s for s, _ in self.lines]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset <= self.lines[i][1]:
            return self.lines[i]
        return None

    def line_is_title_case(self, offset: int) -> bool:
        """True when the line holding ``offset`` is written in title case (:func:`newskit.tokens.is_title_case`).

        Only a short line (a headline, at most 300 characters) can be.
        """
        line = self.line_at(offset)
        if line is None or line[1] - line[0] > 300:
            return False
        known: dict[int, bool] = self._memo.setdefault("title_lines", {})
        if line[0] not in known:
            known[line[0]] = is_title_case(self.text[line[0] : line[1]])
        return known[line[0]]

    @property
    def anchor(self) -> dt.date | None:
        """The publication day relative dates are resolved against, or None."""
        return self.article.anchor

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, or None (boilerplate, blank lines)."""
        starts = self._memo.get("sentence_starts")
        if starts is None:
            starts = self._memo["sentence_starts"] = list(map(_START, self.sentences))
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def is_boilerplate(self, start: int, end: int) -> bool:
        """True when ``start:end`` overlaps text marked as not article text."""
        if not self.boilerplate:  # the common case
            return False
        found = self._memo.get("boilerplate")
        if found is None:
            # the boilerplate spans' starts in order, and the furthest end among the spans up to each
            spans = sorted((b.start, b.end) for b in self.boilerplate)
            found = self._memo["boilerplate"] = ([s for s, _ in spans], list(itertools.accumulate((e for _, e in spans), max)))
        starts, reach = found
        i = bisect.bisect_left(starts, end)  # the spans that start before ``end``
        return i > 0 and reach[i - 1] > start
