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
# A match starts only where a run of punctuation starts (the character before its first is no . ! or ?)
# and never gives back what it took, so a long run of dots or spaces is read once, not once per
# character. It begins with the stop itself, so that the regex engine skips to the next . ! or ?.
_BREAK = re.compile(r"(?P<punct>[.!?](?<![.!?][.!?])[.!?]*+)[\"'”’)\]]*+(?P<space>\s++)(?=[\"'“‘(\[]?[A-Z0-9À-Þ])")
# What is searched: the same, where every ! and ? was first made a full stop (:func:`_stops_as_full_stops`,
# which keeps every offset). A pattern that begins with one character skips to the next full stop several
# times faster than one that begins with a class of three, and the rest of the pattern reads . ! and ? alike.
_FULL_STOP_BREAK = re.compile(
    r"(?P<punct>\.(?<![.!?][.!?])[.!?]*+)[\"'”’)\]]*+(?P<space>\s++)(?=[\"'“‘(\[]?[A-Z0-9À-Þ])"
)


def _stops_as_full_stops(text: str) -> str:
    """``text`` with each ! and ? written as a full stop: the same offsets, for :data:`_FULL_STOP_BREAK`."""
    return text.replace("!", ".").replace("?", ".")


_MAX_WORD = 100  # characters looked back for the word before a full stop
_MAX_BOILERPLATE = 160  # longer lines are article text, whatever they start with
_JOINS_NEXT_LINE = re.compile(r"[a-zà-ÿ,;:\-–]")  # the last character of a line that goes on on the next


@functools.cache
def _boilerplate() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in read_lines("boilerplate.txt")), re.IGNORECASE)


@functools.cache
def _abbreviations() -> frozenset[str]:
    return frozenset(read_lines("abbreviations.txt"))


_new_tuple = tuple.__new__

_OPENERS = "\"'“‘(["  # stripped from the word before a full stop


@functools.lru_cache(maxsize=4096)  # keyed by a word: news repeats its words
def _goes_on(word: str) -> bool:
    """True when a full stop after ``word`` does not end the sentence: an abbreviation ("Mr", "U.S", "e.g")
    or an initial ("George W. Bush")."""
    word = word.lstrip(_OPENERS)
    abbreviations = _abbreviations()
    return bool(word) and (
        "." in word
        or (len(word) == 1 and word.isalpha() and word.isupper())
        or word in abbreviations
        or word.capitalize() in abbreviations
    )


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Offsets of the sentences in ``text[start:end]``, leading and trailing space trimmed.

    >>> t = "Mr. Smith went to Washington. He met the U.S. envoy."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Mr. Smith went to Washington.', 'He met the U.S. envoy.']
    """
    return iter(_sentences(text, _stops_as_full_stops(text), start, len(text) if end is None else end))


def _sentences(text: str, scan: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, each trimmed of white space; none that is only white space.

    ``scan`` is ``text`` as :func:`_stops_as_full_stops` writes it, where the breaks are looked for.
    Only the first can start with white space and only the last end with it: every other starts where
    a break's white space ends, at what can start a sentence, and ends at its break's stop or closing quote.
    """
    out: list[tuple[int, int]] = []
    pos = start
    for m in _FULL_STOP_BREAK.finditer(scan, start, end):
        stop = m.start()
        cut, after = m.span(2)
        if m.end(1) == stop + 1 and text[stop] == ".":
            # the word before a single full stop: after the last space or newline
            lo = stop - _MAX_WORD if stop - _MAX_WORD > pos else pos
            word = text[text.rfind(" ", lo, stop) + 1 or lo : stop]
            if "\n" in word:
                word = word.rpartition("\n")[2]
            if _goes_on(word):
                continue
        if pos == start:
            _add_trimmed(out, text, pos, cut)
        else:
            out.append((pos, cut))
        pos = after
    _add_trimmed(out, text, pos, end)
    return out


def _add_trimmed(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Add the offsets of ``text[start:end]`` without its leading and trailing white space, unless it is all space."""
    piece = text[start:end]
    kept = piece.strip()
    if kept:
        lead = start + len(piece) - len(piece.lstrip())
        out.append((lead, lead + len(kept)))


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line's start offset and content (no newline); no empty line after a final newline."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    if out and out[-1][0] == len(text):
        out.pop()
    return out


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
    for ls, line in _lines(text):
        le = ls + len(line)
        lines.append((ls, le))
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
    scan = _stops_as_full_stops(text)
    for bs, be, is_title in blocks:
        spans = [(bs, be)] if is_title else _sentences(text, scan, bs, be)
        for s, e in spans:
            # tuple.__new__ builds the named tuple without the Python frame of Sentence.__new__
            sentences.append(_new_tuple(Sentence, (s, e, text[s:e], len(sentences), is_title)))
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
