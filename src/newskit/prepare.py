"""Preparation: mark boilerplate and split sentences, without ever shifting offsets."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .document import Document, Sentence
from .language import decide
from .models import Article, Span
from .resources import read_lines

__all__ = ["prepare", "split_sentences"]

# A sentence ends at . ! or ? (closing quotes and brackets included) before white space and
# what can start a sentence. The word before a full stop tells abbreviations apart.
# A match starts only where a run of punctuation starts and never gives back what it took, so a long
# run of dots or spaces is read once, not once per character.
_BREAK = re.compile(r"(?<![.!?])(?P<punct>[.!?]++)[\"'”’)\]]*+(?P<space>\s++)(?=[\"'“‘(\[]?[A-Z0-9À-Þ])")
_MAX_WORD = 100  # characters looked back for the word before a full stop
_MAX_BOILERPLATE = 160  # longer lines are article text, whatever they start with
_LINE = re.compile(r"[^\n]*\n?")
_JOINS_NEXT_LINE = re.compile(r"[a-zà-ÿ,;:\-–]")  # the last character of a line that goes on on the next


@functools.cache
def _boilerplate() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in read_lines("boilerplate.txt")), re.IGNORECASE)


@functools.cache
def _abbreviations() -> frozenset[str]:
    return frozenset(read_lines("abbreviations.txt"))


def _is_abbreviation(word: str) -> bool:
    if not word:
        return False
    if "." in word:  # U.S, U.N, a.m, e.g
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():  # an initial: George W. Bush
        return True
    return word in _abbreviations() or word.capitalize() in _abbreviations()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Offsets of the sentences in ``text[start:end]``, leading and trailing space trimmed.

    >>> t = "Mr. Smith went to Washington. He met the U.S. envoy."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Mr. Smith went to Washington.', 'He met the U.S. envoy.']
    """
    end = len(text) if end is None else end
    pos = start
    for m in _BREAK.finditer(text, start, end):
        if m.group("punct") == ".":
            stop = m.start()
            lo = max(pos, stop - _MAX_WORD)
            word_start = max(text.rfind(" ", lo, stop), text.rfind("\n", lo, stop)) + 1 or lo
            if _is_abbreviation(text[max(word_start, pos) : stop].lstrip("\"'“‘([")):
                continue
        cut = m.start("space")
        yield from _trimmed(text, pos, cut)
        pos = m.end("space")
    yield from _trimmed(text, pos, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of each line's content (no newline)."""
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        yield m.start(), m.end() - 1 if m.group().endswith("\n") else m.end()


def _joins_next_line(text: str, start: int, end: int) -> bool:
    """Whether the block ``text[start:end]`` goes on on the next line (its last character, spaces aside)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and _JOINS_NEXT_LINE.match(text, end - 1) is not None


def prepare(article: Article) -> Document:
    """Mark boilerplate lines and the title, and split article text into sentences."""
    text = article.analysed_text
    boiler = _boilerplate()
    boilerplate: list[Span] = []
    title: Span | None = None
    blocks: list[tuple[int, int, bool]] = []  # (start, end, is_title)
    block_start: int | None = None
    block_end = 0
    seen_content = False

    def close_block() -> None:
        nonlocal block_start
        if block_start is not None:
            blocks.append((block_start, block_end, False))
            block_start = None

    lines: list[tuple[int, int]] = []
    for ls, le in _lines(text):
        lines.append((ls, le))
        line = text[ls:le]
        stripped = line.strip()
        if not stripped:
            close_block()
            continue
        if len(stripped) <= _MAX_BOILERPLATE and boiler.fullmatch(stripped):
            close_block()
            s = ls + (len(line) - len(line.lstrip()))
            boilerplate.append(Span(text=stripped, start=s, end=s + len(stripped)))
            continue
        if not seen_content and article.title and stripped == article.title.strip():
            s = ls + (len(line) - len(line.lstrip()))
            title = Span(text=stripped, start=s, end=s + len(stripped))
            blocks.append((title.start, title.end, True))
            seen_content = True
            continue
        seen_content = True
        if block_start is not None and not _joins_next_line(text, block_start, block_end):
            close_block()
        if block_start is None:
            block_start = ls
        block_end = le
    close_block()

    sentences: list[Sentence] = []
    for bs, be, is_title in blocks:
        spans = [(bs, be)] if is_title else split_sentences(text, bs, be)
        for s, e in spans:
            sentences.append(Sentence(start=s, end=e, text=text[s:e], index=len(sentences), in_title=is_title))
    language, source = decide(article.language, text)
    return Document(
        article=article,
        text=text,
        sentences=tuple(sentences),
        boilerplate=tuple(boilerplate),
        title=title,
        language=language,
        language_source=source,
        lines=tuple(lines),
    )
