"""Finding the place phrases of a text: the gazetteer's longest phrases at capitalised tokens.

:func:`scan` walks the capitalised tokens once. What a token alone decides (no name starts here, a name
of one token, or a longer name may start here) depends on its text only and is kept per word, so
that most tokens cost one look-up; only a token that begins longer names is read on into the text
("New South Wales" before "Wales", "Latin America" before "America"). :mod:`.matcher` then
chooses a reading for each phrase from its context.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterator
from typing import Any, Final

import attrs
from mypy_extensions import mypyc_attr

from ...resources import read_lines
from ...tokens import DATELINE_TAIL, at_line_start, starts_sentence
from .sources import TOKEN, Gazetteer, Place, gazetteer

__all__ = ["Candidate", "ordinary_words", "people_words", "prev_tokens", "scan"]

# What may stand between the tokens of one name: "New York", "Guinea-Bissau", "St. Louis", "People's".
_JOINERS: Final = frozenset({" ", "-", ". ", ".", "'", "’", " - "})
_SPACES: Final = re.compile(r"\s+")


class Candidate:
    """A phrase found by :func:`scan`, before disambiguation (the context flags are set by
    :mod:`newskit.extractors.countries.matcher`).

    A plain class, not an attrs one: the compiled build makes it a native class, so that the matcher's
    many reads and writes of its flags are a field's, not a look-up in an instance dictionary.
    """

    start: int
    end: int
    single: bool  # one token
    readings: tuple[Place, ...]
    key: str
    kept: list[Place]
    qualifier: tuple[str, str] | None  # (country, region) written after it: "Paris, Texas"
    locative: bool  # "in X", "near X"
    of: bool  # "of X"
    dateline: bool  # "LONDON, Ky. -", "WINDSOR -"
    resident: bool  # "a Georgia man", "Athens City Council"
    residents: bool  # "Decatur residents", "DeKalb city officials": only a town has them
    placed: bool  # qualified or a dateline: its reading holds for every mention
    person: bool  # part of a person's name here ("John Bolton", "Georgia Stevens")
    team: bool  # a plural demonym after a town: a team ("Cleveland Indians")
    possessive: bool  # "Georgia's"
    municipality: bool  # "the city of X", "Town of X": a town, whatever else the name is
    qualifies: Place | None  # the reading it places the town before it with: Surrey, England, in "Camberley, Surrey"

    def __init__(self, start: int, end: int, single: bool, readings: tuple[Place, ...], key: str = "") -> None:
        self.start = start
        self.end = end
        self.single = single
        self.readings = readings
        self.key = key
        self.kept = []
        self.qualifier = None
        self.locative = self.of = self.dateline = self.resident = self.residents = False
        self.placed = self.person = self.team = self.possessive = self.municipality = False
        self.qualifies = None

    def __repr__(self) -> str:
        return f"Candidate(start={self.start}, end={self.end}, key={self.key!r}, readings={self.readings!r})"


def _title(phrase: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in phrase.split(" "))


# A token that starts with a capital letter (English matching starts only there): an abbreviation
# ("U.S.") or a word. The pattern opens with the capital itself and checks the character before it
# afterwards, so that the regular expression engine skips ahead to capitals instead of trying
# every position.
_CAPITAL: Final = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ\u0386-\u03ab\u0400-\u042f]"
    r"(?<![^\W_].)(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?:[^\W_]+(?:['’](?!s\b)[^\W\d_]+)*)?)"
)
# The same pattern for a text that reads as ASCII (:func:`newskit.tokens.reads_as_ascii`): its classes are tables of bits there.
_CAPITAL_ASCII: Final = re.compile(_CAPITAL.pattern, re.ASCII)
# The same pattern for such a text's :func:`newskit.tokens.capitals_mask` (a capital "A", a digit "0", "’" an apostrophe):
# the engine skips ahead to the one byte "A" instead of testing each character against a class.
_CAPITAL_MASK: Final = re.compile(rb"A(?<![^\W_].)(?:(?<=A)\.(?:A\.)+|(?:[^\W_]+(?:'(?!s\b)[^\W\d_]+)*)?)")


def _capitals(text: str, mask: bytes | None) -> Iterator[re.Match[Any]]:
    """The matches of :data:`_CAPITAL` in an English ``text`` (read in its capitals ``mask``,
    :func:`newskit.tokens.capitals_mask`, where one is given and finds the same: take only their spans)."""
    if mask is None:
        return _CAPITAL.finditer(text)
    for ch in _CAPITALS_NOT_LETTERS:  # in a text of Latin-1 characters each test is immediate
        if ch in text:  # a capital of the class that is no letter: "?" in the mask
            return _CAPITAL_ASCII.finditer(text)
    return _CAPITAL_MASK.finditer(mask)


_CAPITALS_NOT_LETTERS: Final = ("\u0387", "\u038b", "\u038d", "\u03a2")
"""The members of :data:`_CAPITAL`'s first class that are no letters or digits."""


def scan(text: str, language: str = "en", mask: bytes | None = None) -> list[Candidate]:
    """The longest known phrases of ``text`` starting at capitalised tokens (any token in German,
    French and Spanish, whose demonyms are written in lower case).

    ``mask`` is the text's capitals mask where the caller has it (:attr:`newskit.document.Document.capitals_mask`,
    :func:`newskit.tokens.capitals_mask`): the same phrases, found faster.
    """
    g = gazetteer(language)
    exact, prefixes, lower_prefixes = g.exact, g.prefixes, g.lower_prefixes
    steps = _first_steps(g)
    if len(steps) > _STEPS_KEPT:
        steps.clear()
    found: list[Candidate] = []
    search = TOKEN.search
    consumed = 0
    for m in _capitals(text, mask) if g.language == "en" else TOKEN.finditer(text):
        s, e = m.span()
        key = text[s:e]
        step = steps.get(key, _UNSEEN)
        if step is _UNSEEN:
            step = steps[key] = _first_step(g, key)
        if step is None:
            continue
        if s < consumed:
            continue
        if step.__class__ is _Prefix:
            if text[e : e + 1] != " " or not text[e + 1 : e + 2].islower():
                step = _LONGER
            elif step.readings is None:
                continue  # "The company"
            else:
                step = step.readings
        if step is not _LONGER:  # one token: the common case, decided once per word
            found.append(Candidate(start=s, end=e, single=True, readings=step, key=key))
            continue
        best: tuple[int, tuple[Place, ...], str] | None = None
        single = True
        end = e
        shouting: bool | None = None  # an all-capitals headline or dateline: "NEW YORK 1996-08-22"
        headline = False  # else a line in capitals, where a phrase that is no ordinary word is read
        wrapped = False  # a name broken over a line ("New\n    York") or by a no-break space
        while True:
            key = text[s:end]
            if "’" in key:
                key = key.replace("’", "'")
            if wrapped:
                key = _SPACES.sub(" ", key)
            readings = exact(key)
            if readings is None and len(key) > 2 and key.isupper():
                if shouting is None:
                    shouting = _upper_context(text, s, end)
                    headline = not shouting and _headline_line(text, s, end)
                if shouting or (headline and key.lower() not in ordinary_words()):
                    key = _title(key)
                    readings = exact(key)
            if readings is not None:
                best = (end, readings, key)
                single = end == e
            if key not in prefixes:
                break
            if key not in lower_prefixes and text[end : end + 1] == " " and text[end + 1 : end + 2].islower():
                break  # "The company": no name goes on with a word in lower case after this
            nxt = search(text, end)
            if nxt is None:
                break
            gap = text[end : nxt.start()]
            if gap not in _JOINERS:
                if not (gap.isspace() and len(gap) < 40 and gap.count("\n") < 2):
                    break
                wrapped = True
            end = nxt.end()
        if best is None:
            continue
        end, readings, key = best
        found.append(Candidate(start=s, end=end, single=single, readings=readings, key=key))
        consumed = end
    return found


_UNSEEN: Final[Any] = object()
_LONGER: Final[Any] = object()  # a token that may begin a longer name, or be read in capitals: :func:`scan` reads on
_STEPS_KEPT: Final = 100_000  # words remembered at most per language; the table starts again beyond


@mypyc_attr(native_class=False)
@attrs.frozen
class _Prefix:
    """A token that begins longer names, none of which goes on with a word in lower case ("The" of "The
    Gambia"): before such a word it names what it names alone, ``readings`` (None: nothing)."""

    readings: tuple[Place, ...] | None


@functools.cache
def _first_steps(g: Gazetteer) -> dict[str, Any]:
    """What :func:`scan` does with each token it meets first (see :func:`_first_step`), by token, for ``g``."""
    return {}


def _first_step(g: Gazetteer, key: str) -> Any:
    """What a token alone decides, from its text only: None (no name starts here), its readings (a
    name of one token), a :class:`_Prefix`, or ``_LONGER`` (a longer name may start here, or a word in
    capitals may be a name written in capitals: read on in the text)."""
    readings = g.exact(key)
    if key in g.prefixes or "’" in key:
        if "’" in key or key in g.lower_prefixes or (readings is None and len(key) > 2 and key.isupper()):
            return _LONGER
        return _Prefix(readings)
    if readings is not None:
        return readings
    if len(key) <= 2 or not key.isupper():
        return None
    title = _title(key)
    if g.exact(title) is None and title not in g.prefixes:
        return None  # "MCI", "BBC": not a name in title case either
    return _LONGER


def prev_tokens(text: str, pos: int) -> list[tuple[int, int]]:
    """The (up to) two tokens before ``pos``, nearest first (within 40 characters)."""
    short = max(0, pos - 20)
    found = _words_before(text, short, pos)
    if found is not None:
        return found
    # A short look back: its last two tokens are those of the long one when a space before them separates
    # them from any word cut by the window's start.
    spans = [m.span() for m in TOKEN.finditer(text, short, pos)]
    if len(spans) >= 3 and " " in text[short : spans[-2][0]]:
        return [spans[-1], spans[-2]]
    base = max(0, pos - 40)
    if base != short:  # near the start of the text both look-backs are the same
        spans = [m.span() for m in TOKEN.finditer(text, base, pos)]
    if base > 0 and spans and spans[0][0] == base and text[base - 1].isalnum():
        spans = spans[1:]  # cut in the middle of a word
    return [spans[k] for k in range(len(spans) - 1, max(len(spans) - 3, -1), -1)]


# Characters that are no part of a token, nor start one: punctuation that may stand before or after a word.
_EDGES: Final = "".join(ch for ch in string.punctuation if ch != "_") + "“”‘’«»–—…£€"


def _words_before(text: str, short: int, pos: int) -> list[tuple[int, int]] | None:
    """:func:`prev_tokens` without a regular expression, from the words between the spaces of ``text[short:pos]``
    where each is a token with punctuation around it ("said,", "(the", "1%"); None where one is not.

    A word after a space inside the window is whole, and the tokens after any white space are the same
    whichever window the tokenizer started from.
    """
    words = text[short:pos].split(" ")
    found: list[tuple[int, int]] = []
    end = pos
    first = 0 if short == 0 else 1  # the first word of a window that starts in the text may be cut
    for i in range(len(words) - 1, first - 1, -1):
        word = words[i]
        if word.isalpha():  # the common case: a word with no punctuation around it is its own token
            found.append((end - len(word), end))
            if len(found) == 2:
                return found
            end -= len(word) + 1
            continue
        core = word.strip(_EDGES)
        if core:
            if core.isalpha():
                start = end - len(word.lstrip(_EDGES))
                found.append((start, start + len(core)))
                if len(found) == 2:
                    return found
            elif not core.isdecimal():  # digits are no token; anything else is read by the tokenizer
                return None
        end -= len(word) + 1
    return found if first == 0 else None


def _upper_context(text: str, start: int, end: int) -> bool:
    """True where an all-capitals word is a headline's or a dateline's, not an acronym ("MENA")."""
    if at_line_start(text, start):  # a dateline: "WINDSOR - ...", "LONDON, Ky. -"
        return True
    if DATELINE_TAIL.match(text, end) and starts_sentence(text, start):
        return True
    around = text[max(0, start - 25) : end + 25]
    return not any(ch.islower() for ch in around)


def _headline_line(text: str, start: int, end: int) -> bool:
    """True where an all-capitals word stands in a line with no lower-case letter near it: a headline above its
    story ("SOCCER - BRAZIL WIN ."), which :func:`_upper_context` does not see past the line's end. Only a phrase
    that is no ordinary word is read there ("FRONT PAGE", "WORKS HARD" name no town)."""
    lo, hi = max(0, start - 25), end + 25
    cut = text.rfind("\n", lo, start)
    if cut >= 0:
        lo = cut + 1
    cut = text.find("\n", end, hi)
    if cut >= 0:
        hi = cut
    return not any(ch.islower() for ch in text[lo:hi])


@functools.cache
def people_words(name: str) -> frozenset[str]:
    """A word list of the people extractor's data (``people/<name>``), or none where it is absent."""
    try:
        return frozenset(read_lines(f"people/{name}"))
    except (OSError, ValueError):  # pragma: no cover - a newskit without the people data
        return frozenset()


def ordinary_words() -> frozenset[str]:
    """Ordinary English words in lower case (the people extractor's SCOWL list)."""
    return people_words("common_words.txt")
