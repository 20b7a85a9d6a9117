"""The one tokenizer, the one title-case test, the one dateline detector and the one capitals mask every
extractor shares.

:func:`newskit.prepare.prepare` uses them to fill the :class:`~newskit.document.Document`
(``tokens``, ``title_case``, ``dateline``, ``capitals_mask``); extractors that cut text themselves (the people
finder reads only the tokens near capitals) use the same :data:`TOKEN` pattern.

>>> t = "Beto O'Rourke's plan: 3.5% by the 2030s!"
>>> [t[s:e] for s, e in tokenize(t)]
['Beto', "O'Rourke", "'s", 'plan', ':', '3.5', '%', 'by', 'the', '2030s', '!']
"""

from __future__ import annotations

import operator
import re
from typing import Final

__all__ = [
    "DATELINE_TAIL",
    "TITLE_CASE_SHARE",
    "TOKEN",
    "WORD",
    "at_line_start",
    "capitals_mask",
    "dateline_at",
    "find_dateline",
    "is_title_case",
    "reads_as_ascii",
    "starts_sentence",
    "tokenize",
]

TOKEN = re.compile(
    r"[^\W\d_][^\W_]*(?:(?:['’](?!s\b)(?=[^\W\d_])|[-‐](?=[^\W_]))[^\W_]*)*"
    r"|['’]s\b"
    r"|\d[\d.,:/-]*(?:st|nd|rd|th|[a-z]+)?"
    r"|\S"
)
"""A token: a word of letters and digits, with inner apostrophes (O'Rourke, not the possessive 's)
and inner hyphens (Kassym-Jomart, al-Assad); a possessive 's on its own; a number with its inner
punctuation and ordinal or unit suffix (1990s, 3:30, 21st); or any other single character."""

WORD = re.compile(r"[^\W\d_]+")
"""A run of letters."""

_LONG_WORD = re.compile(r"[^\W\d_]{4,}")  # a run of four letters or more (a run of WORD longer than three)
_FIRST_LETTER = operator.itemgetter(0)

TITLE_CASE_SHARE = 0.8
"""The share of a line's longer words (four letters or more) that must be capitalised for it to be
in title case ("Floods Hit Paris Suburbs"); sentence case capitalises far fewer."""

DATELINE_TAIL = re.compile(r"(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*(?:\([\w ]+\)\s*)?(?:[-–—]|--)\s")
"""What follows a dateline's place: an optional state or country, an optional agency in brackets, then a
dash (", Ky. -", " (Reuters) --", ", Ohio (AP) —")."""

_PLACE_WORDS = re.compile(r"(?<![\w-])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")
_SENTENCE_END = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Start and end offsets of the tokens of ``text[start:end]`` (offsets index ``text``).

    >>> t = "Kassym-Jomart Tokayev's visit"
    >>> [t[s:e] for s, e in tokenize(t)]
    ['Kassym-Jomart', 'Tokayev', "'s", 'visit']
    """
    return [m.span() for m in TOKEN.finditer(text, start, len(text) if end is None else end)]


def is_title_case(text: str, *, min_words: int = 2) -> bool:
    """True when ``text`` (a headline or a line) is written in title case.

    Counts the words of four letters or more: at least ``min_words`` of them, and at least
    :data:`TITLE_CASE_SHARE` of them capitalised.

    >>> is_title_case("Floods Hit Paris Suburbs After Storm"), is_title_case("Floods hit Paris suburbs after storm")
    (True, False)
    """
    words = _LONG_WORD.findall(text)
    n = len(words)
    return n >= min_words and sum(map(str.isupper, map(_FIRST_LETTER, words))) >= TITLE_CASE_SHARE * n


def at_line_start(text: str, start: int) -> bool:
    """True when only spaces or tabs stand between ``start`` and the start of its line."""
    return start == 0 or bool(_LINE_START.search(text, max(0, start - 40), start))


def starts_sentence(text: str, start: int) -> bool:
    """True when ``start`` begins the text, a line or a sentence (after . ! or ? and white space)."""
    return bool(_SENTENCE_END.search(text, max(0, start - 10), start))


def dateline_at(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is the place of a dateline ("MIDDLETOWN —", "LONDON, Ky. (WKYT) -").

    The place is followed by :data:`DATELINE_TAIL`. It starts a line or a sentence, in capitals
    unless it starts a line; or, in capitals before a long dash, it follows a photo credit
    ("(Photo: AP) SAO PAULO (AP) --").

    >>> t = "Storm\\n\\nCLEVELAND, Ohio (AP) -- Roads closed. Officials met in Paris - again."
    >>> dateline_at(t, 7, 16), dateline_at(t, t.index("Paris"), t.index("Paris") + 5)
    (True, False)
    """
    tail = DATELINE_TAIL.match(text, end)
    if tail is None:
        return False
    words = text[start:end].split()
    if not words or (any(w.isupper() for w in words) and not all(w.isupper() for w in words)):
        return False  # "Photo LONDON": a caption word, then the place
    if starts_sentence(text, start):
        return words[0].isupper() or at_line_start(text, start)
    dash = tail.group()
    return all(w.isupper() for w in words) and ("--" in dash or "—" in dash or "–" in dash)


_CAPITAL = re.compile(r"[A-Z](?<![\w-][A-Z])")
"""A capital letter that begins a word (no letter, digit or hyphen before it): written to begin with
the capital, so the engine skips to the next one in one loop (a pattern that begins with a look-behind
is tried at every character)."""
_DASH = re.compile(r"[-–—](?:(?<=-)-)?\s")
"""A dash before white space: "-", "--", "–" or "—", written to begin with the dash (see :data:`_CAPITAL`)."""
_MAX_DATELINE_HEAD = 80  # characters from a dateline's place to its dash: "SAO PAULO, Brazil (Reuters) --"


def find_dateline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the first dateline's place (:func:`dateline_at`) in ``text[start:end]``, or None.

    >>> t = "Storm hits\\n\\nCLEVELAND, Ohio (AP) -- Flooding closed roads."
    >>> s, e = find_dateline(t, 12, len(t))
    >>> t[s:e]
    'CLEVELAND'
    """
    done = start
    for dash in _DASH.finditer(text, start, end):  # a dash before white space: rare, so looked for first
        lo = max(done, dash.start() - _MAX_DATELINE_HEAD)
        for c in _CAPITAL.finditer(text, lo, dash.start()):
            s = c.start()
            run = _PLACE_WORDS.match(text, s, dash.start())
            if run is None:
                continue
            for e in _word_ends(text, s, run.end()):
                if dateline_at(text, s, e):
                    return s, e
        done = dash.end()
    return None


def _word_ends(text: str, start: int, end: int) -> list[int]:
    """Where each run of one, two or three words from ``start`` ends, shortest first."""
    ends = [i for i in range(start, end) if text[i] == " "]
    return [*ends, end]


_ASCII_BYTES: Final = bytes(range(128))


def reads_as_ascii(text: str) -> bool:
    """True when a pattern compiled with :data:`re.ASCII` finds in ``text`` what it finds without the flag.

    That holds when no character outside ASCII is a letter or a digit (``\\w``, ``\\d`` and the word
    boundaries then agree): a text whose only such characters are "£", curly quotes or dashes. The ASCII
    classes are tables of bits, several times cheaper to scan than Unicode's categories.

    >>> reads_as_ascii("Talks in Paris — “again” for £5"), reads_as_ascii("Talks in Zürich")
    (True, False)
    """
    global _last_read
    if text.isascii():
        return True
    last = _last_read  # the Document's capitals mask and the people finder both ask about each article's text
    if last[0] is text:
        return last[1]
    # the characters outside ASCII, found in C: the UTF-8 bytes of the text without the ASCII ones
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    found = not any(map(str.isalnum, rest))
    _last_read = (text, found)  # one tuple, replaced whole: a thread reads the old answer or the new one
    return found


_last_read: tuple[str | None, bool] = (None, False)
""":func:`reads_as_ascii`'s last text outside ASCII and its answer (the text kept by identity, one at a time)."""


# Capitals made "A" and digits "0", the other ASCII bytes kept: what :func:`capitals_mask` writes.
_MASK_TABLE: Final = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"A" * 26 + b"0" * 10)


def capitals_mask(text: str) -> bytes | None:
    r"""``text`` one byte per character, for a pattern that opens with a capital: each capital "A", each digit "0",
    "’" an apostrophe, any other character outside ASCII "?" (None where :func:`reads_as_ascii` is false).

    A pattern over ASCII classes that treats "’" as "'" and no capital or digit apart from the others finds the same
    spans in the mask, written with "A" for ``[A-Z]`` and "0" for ``\d``; there its first character is one byte, which
    the regular expression engine skips ahead to several times faster than to a member of a class of characters.
    The :class:`~newskit.document.Document` keeps its text's mask (``doc.capitals_mask``), made once for every
    extractor that reads it.

    >>> capitals_mask("Nato’s 2nd talks — in Paris")
    b"Aato's 0nd talks ? in Aaris"
    >>> capitals_mask("Talks in Zürich") is None
    True
    """
    if not reads_as_ascii(text):
        return None
    return text.replace("’", "'").encode("ascii", "replace").translate(_MASK_TABLE)
