"""Find people in a prepared document: capitalised runs, titles, cues, then coreference.

The finder works in two passes:

1. every run of capitalised words on one line (one regular expression over the text) is a
   candidate; titles, honorifics, origins ("Russian", "Kazakhstan's"), places and
   sentence-initial common words are taken off its front, and what is left is a person when
   the evidence says so: a known given name, initials, a title or honorific before it, a role
   in apposition, a reporting verb or an age around it, a results-table cue, a byline, a known
   family name, or a neighbour in a list that is a person. Places, organisations, teams and
   common English words veto a candidate. Words around a run are read lazily, only as far as
   a rule needs them, which keeps the finder fast;
2. single words (and ALL-CAPS headline words) that repeat a part of a full name found in
   pass 1 are mentions of that person (:class:`newskit.names.NameIndex`; :mod:`.repeats`).
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from typing import Final

from ...document import Document
from ...models import PersonMention
from ...names import NameIndex
from ...resources import letter_tree, read_lines
from ...tokens import reads_as_ascii
from . import german
from .candidate import Candidate
from .lexicon import Lexicon, fold, lexicon
from .lists import split_names, spread
from .places import demonym_only, place_memo
from .repeats import (
    caps_mentions,
    marked_singles,
    may_resolve,
    opening_particle,
    repeat_full,
    repeat_single,
    scorecard_words,
)
from .window import FOLDED as _FOLDED
from .window import MEMO_SIZE as _MEMO_SIZE
from .window import Token
from .window import Window as _Window
from .window import folded as _fold
from .words import COMMON as _COMMON
from .words import COMMON_AT_START as _COMMON_AT_START
from .words import DROPPED as _DROPPED
from .words import ENDS_TITLE as _ENDS_TITLE
from .words import GIVEN as _GIVEN
from .words import HONORIFIC as _HONORIFIC
from .words import INITIAL as _INITIAL
from .words import LEAD_PARTICLE as _LEAD_PARTICLE
from .words import MODIFIER as _MODIFIER
from .words import NO_START as _NO_START
from .words import PLURAL as _PLURAL
from .words import PLURAL_NOUN as _PLURAL_NOUN
from .words import STOP as _STOP
from .words import TITLE as _TITLE
from .words import TRAILING as _TRAILING
from .words import classes as _classes
from .words import common as _common
from .words import facts as _facts
from .words import is_title_word as _is_title_word
from .words import is_town as _is_town
from .words import title_phrases as _title_phrases

__all__ = ["Candidate", "find_people"]

_DIGIT: Final = re.compile(r"\d")
_FIGURES: Final = re.compile(r"\d+(?:\.\d)?-\d+-\d+-\d+$")  # bowling figures: 9.5-0-44-1
_INITIALS: Final = re.compile(r"(?:[^\W\d_]\.){1,3}$")  # "J.", "J.K.", "A.J.P."
_KOREAN: Final = re.compile(r"[A-Z][a-z]+-[a-z]+$")  # a Korean given name: "Young-hoon", "Jae-in"
_RECORD: Final = re.compile(r"\d{1,3}-\d{1,3}$")  # a win-loss record: "Wall ( 9-4 )"
_SHIRT: Final = re.compile(r"\d{1,2}-$")  # a shirt number in a line-up: "17- Orhan Cikirikci"
_ORDINAL: Final = re.compile(r"\d+(?:st|nd|rd|th)$")
_NEXT_LINE: Final = re.compile(r"[ \t]*\n[ \t]*(\d[^\s,)]*)")  # the figure that opens the next line
_DAY: Final = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")  # a day of the month after "May": "May 26"
_AGED: Final = re.compile(r"\d+-year(?:-old)?$")  # "26-year-old" (one token, or "26-year", "-", "old")
_ARTICLES: Final = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
_TABLE_AFTER: Final = frozenset({"pen", "penalty", "og", "ret", "retired", "b", "c", "lbw", "st", "run"})
_TABLE_BEFORE: Final = frozenset({"b", "c"})
_FUNCTION_WORDS: Final = frozenset(read_lines("people/apposition_ends.txt"))  # they end a role phrase in apposition
_MEDIA: Final = frozenset(read_lines("people/media_nouns.txt"))  # "news agency Petra": the outlet's name
_NAME_JOINS: Final = frozenset(read_lines("people/name_joins.txt"))  # "Inzamam-ul-Haq": one person's name
_LAW_NOUNS: Final = frozenset(read_lines("people/law_nouns.txt"))  # "the Brady Law": a law, not a person
_NAMED_WITH_TITLE: Final = frozenset({"mother", "pope"})  # titles a person is named by: "Mother Teresa", "Pope Francis"
_FACILITIES: Final = frozenset({"airport", "stadium", "airbase", "boulevard"})  # lower case after a name that is a place's
_COMPASS: Final = frozenset("NSEW")  # an initial that abbreviates a point of the compass: "N. Ireland", "S. Korea"
_MINUTE: Final = frozenset({"m", "min", "ms", "mn"})
_OPENERS: Final = frozenset({'"', "“", "‘", "'", "(", "[", "-", "–", "—", ":"})
_CONJUNCTIONS: Final = frozenset({"y", "e", "i", "und", "et", "and"})  # "China y Alemania"
_PARTY_TAG: Final = re.compile(r"[DRI]-[^\W\d_]")  # "R-Marshall", "D-Chicopee": a legislator's party and home
_WEAK: Final = frozenset({"verb", "possessive", "list", "apposition"})  # evidence a place name does not outweigh
_WEAK_SCORE: Final = 0.45
_MAX_RUN: Final = 12  # tokens: a longer run of capitalised words is a title-case line or a list of initials
_MAX_NAME_WORDS: Final = 8  # a person's name is never longer than this (nor than _MAX_NAME_CHARS)
_MAX_NAME_CHARS: Final = 100
"""The score of a one-word mention that is also a place and has only weak evidence of a person
("Police in Sevierville say"): below every country mention's, so that where the countries extractor
places the word, the place wins the merge (:mod:`newskit.merge`)."""


_RUN_STEP = 40  # words the run pattern takes at a time; a longer run is read on in steps of as many


@functools.cache
def _patterns(
    language: str = "en", look_ahead: bool = True, ascii_letters: bool = False
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The run pattern (capitalised words joined by spaces, particles and prefixes) and the pattern that
    reads a run on.

    The first starts with an upper-case letter and has no look-behind, so the regular expression engine
    skips quickly to each capital; what stands before a match is checked in :func:`_runs`. Each takes at
    most :data:`_RUN_STEP` words: the engine keeps a record of every repetition of a match, so a text
    that is one long run ("A. B. C. A. B. ..."), matched whole, cost some 200 bytes a character.
    ``look_ahead=False`` leaves out the look that a run goes on, which matches the same (tests compare them).
    ``ascii_letters=True`` gives the patterns for a text whose letters and digits are all ASCII
    (:func:`~newskit.tokens.reads_as_ascii`): the same matches there, read with ASCII classes
    (tables of bits, cheaper to scan than Unicode's categories).
    """
    lex = lexicon(language)
    upper = "A-Z" if ascii_letters else "".join(re.escape(c) for c in map(chr, range(0x41, 0x530)) if c.isupper())
    # letters and digits, with inner apostrophes and hyphens (runs of letters consumed at once)
    body = r"[^\W_]*(?:(?:['’](?!s\b)(?=[^\W\d_])|[-‐](?=[^\W_]))[^\W_]*)*"
    # particles and prefixes as letter trees: the engine leaves them at the first letter that fits none
    prefixes = letter_tree(lex.prefixes)
    word = rf"[{upper}](?:\.(?:[{upper}]\.)+|{body}\.?)"
    phrases = sorted(lex.particle_phrases, key=len, reverse=True)
    particles = _spaced_tree(phrases)  # "von der"
    # the rest of a phrase whose first word starts the run in capitals: "Von der Leyen", "De la Cruz"
    tails = sorted({tuple(p.split(None, 1)) for p in phrases if " " in p}, key=lambda t: -len(t[1]))
    for head, rest in tails:
        particles += f"|(?<={re.escape(head[0].upper() + head[1:])} ){_spaced(rest)}"
    # the first letters of particles and prefixes, checked before trying each of them
    initials = "".join(sorted({re.escape(p[0]) for p in (*lex.particle_phrases, *lex.prefixes)}))
    sep = rf"[ \t]+(?:(?=[{initials}])(?:(?:{particles})[ \t]+|(?:{prefixes})(?=[{upper}])))*"
    # the step's last repetition in a group: when it matched, the run may go on
    step = rf"(?:{sep}{word}){{0,{_RUN_STEP - 1}}}({sep}{word})?"
    # a run goes on only where a capital, a particle or a prefix follows the spaces: one look, before the engine's
    # costlier bookkeeping of a repetition (most runs are one word before a word in lower case)
    goes_on = rf"(?=[ \t]+(?:[{upper}]|(?:{particles})[ \t]|(?:{prefixes})[{upper}]))"
    flags = re.ASCII if ascii_letters else 0
    run = rf"{word}(?:{goes_on}{step})?" if look_ahead else rf"{word}{step}"
    return re.compile(run, flags), re.compile(step, flags)


_GAP: Final = "\x00"  # a space in a phrase, while its letter tree is made


def _spaced_tree(phrases: list[str]) -> str:
    """A letter tree of phrases of words (:func:`newskit.resources.letter_tree`), any run of spaces or tabs between
    their words."""
    return letter_tree([_GAP.join(p.split()) for p in phrases]).replace(re.escape(_GAP), r"[ \t]+")


def _spaced(phrase: str) -> str:
    """A pattern for a phrase of words, any run of spaces or tabs between them."""
    return r"[ \t]+".join(re.escape(w) for w in phrase.split())


def _run_start(text: str, start: int, prefixes: tuple[str, ...]) -> int | None:
    """Where a run matched at ``start`` begins: earlier for a prefix ("al-Assad"), None mid-word."""
    if start == 0:
        return start
    before = text[start - 1]
    if not (before.isalnum() or before in "'’.-‐_"):
        return start
    if before in "'’-‐":
        for p in prefixes:
            s = start - len(p)
            if s >= 0 and text[s:start].lower() == p and (s == 0 or not text[s - 1].isalnum()):
                return s
    return None


_EN_PLACES: Final = place_memo("en")


class _Doc:
    """What the finder knows of one document."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.text = doc.text
        self.lex = lex
        self.language = doc.language
        self.sentence_starts = {s.start for s in doc.sentences}
        self._lower: dict[str, bool] = {}
        self._words: frozenset[str] | None = None

    def used_in_lower_case(self, word: str) -> bool:
        """True when the text also has ``word`` in lower case (a common word, not a name)."""
        low = word.lower()
        known = self._lower.get(low)
        if known is None:
            if low == word:
                known = False
            elif len(self.text) > _LONG_TEXT and _WORD_CHARS.fullmatch(low):  # a whole word: one of the text's words
                if self._words is None:
                    self._words = frozenset(_WORD_CHARS.findall(self.text))
                known = low in self._words
            else:
                known = _has_word(self.text, low)
            self._lower[low] = known
        return known


# What stands around a whole word: not a letter, digit, apostrophe or hyphen.
_WORD_CHARS: Final = re.compile(r"(?:[^\W_]|['’-])+")
# In a longer text the set of its words is made once, instead of reading the text for each word.
_LONG_TEXT: Final = 20_000


def _has_word(text: str, word: str) -> bool:
    """True when ``word`` occurs in ``text`` as a whole word."""
    size = len(word)
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + size] if i + size < len(text) else " "
        if not (before.isalnum() or before in "'’-") and not (after.isalnum() or after in "'’-"):
            return True
        i = text.find(word, i + 1)
    return False


# ---------------------------------------------------------------------------------- runs


_Run = tuple[list[Token], list[str], list[int]]
"""A run of name words: its tokens (offsets from its stretch's start), their words and their :func:`~.words.facts`."""
_Shape = tuple[tuple[_Run, ...], tuple[Token, ...]]
"""What one matched stretch of capitalised words holds: its runs of name words that may be names, and its words
that can only be known names."""

_NO_SHAPE: Final[_Shape] = ((), ())
_MAX_SHAPE_KEY: Final = 200  # characters: longer stretches are not memoised
_MAX_SHAPES: Final = 20_000  # stretches memoised a language (about 0.7 kB each)


def _runs(d: _Doc) -> tuple[list[tuple[list[Token], list[str], list[int], int]], list[Token]]:
    """Runs of name words that may be names (tokens with offsets from where the run's stretch starts, words, their
    facts, and that start), and the words that can only be known names (ALL-CAPS and common words).

    What a matched stretch of capitalised words holds depends on its text alone: it is worked out once
    (:func:`_shape`) and memoised, and only moved to where the stretch stands.
    """
    lex = d.lex
    language = d.language
    text = d.text
    runs: list[tuple[list[Token], list[str], list[int], int]] = []
    caps: list[Token] = []
    prefixes = lex.prefixes
    shapes: dict[str, _Shape] | None = lex.run_shapes.get(language)  # by the matched text
    if shapes is None:
        shapes = lex.run_shapes[language] = {}
    run_pattern, more = _patterns(language, True, reads_as_ascii(text))
    search = run_pattern.search
    on = more.match
    m = search(text)
    while m is not None:
        pos, end = m.span()
        # The rest of a run longer than one step: a repetition that ends the pattern is never given back,
        # so this reads the same words as one unbounded match would.
        going = m.lastindex
        while going:
            step = on(text, end)
            if step is None:
                break
            end = step.end()
            going = step.lastindex
        m = search(text, end)
        if pos:
            c = text[pos - 1]
            if c != " " and (c.isalnum() or c in "'’.-‐_"):
                found = _run_start(text, pos, prefixes)
                if found is None:
                    if c in "'’" and text[pos : pos + 2] == "S " and text[pos - 2 : pos - 1] == " " and pos + 2 < end:
                        found = pos + 2  # a headline's possessive: "PAKISTAN 'S WASIM AKRAM JOINS" reads on after "'S"
                    elif (
                        c == "-"
                        and text[pos - 2 : pos - 1].islower()
                        and (space := text.find(" ", pos, end)) > 0
                        and text[pos:space].lower() not in lex.particles  # "anti-Le Pen": the name is glued
                    ):
                        found = space + 1  # "fellow-American Anne Miller": the name after the glued word
                    else:
                        continue
                pos = found
        group = text[pos:end]
        shape = shapes.get(group)
        if shape is None:
            shape = _shape(lex, language, group)
            if len(group) <= _MAX_SHAPE_KEY and len(shapes) < _MAX_SHAPES:
                shapes[group] = shape
        if shape is _NO_SHAPE:
            continue
        found_runs, found_caps = shape
        for rel, words, fs in found_runs:
            runs.append((rel, words, fs, pos))
        for s, e, w in found_caps:
            caps.append((s + pos, e + pos, w))
    return runs, caps


def _shape(lex: Lexicon, language: str, group: str) -> _Shape:
    """The runs of name words and the known-name-only words of ``group`` (offsets from its start).

    A run that cannot be a name whatever stands around it is left out: a stop word alone, a place
    ("New Zealand"), places joined by a conjunction ("China y Alemania").
    """
    runs: list[list[Token]] = []
    caps: list[Token] = []
    particles = lex.particles
    kinds = lex.word_kinds
    if " " not in group and "\t" not in group:
        low = group.lower()
        if low in lex.stopwords:
            return _NO_SHAPE
        if low in lex.common and low not in lex.given and low not in lex.surnames and group[-1] != ".":
            return (), ((0, len(group), group),)  # a common word: a person only as a known name
        chunks = [group]
    else:
        chunks = group.split()
    pos = 0
    current: list[Token] = []
    for word in chunks:
        s = group.find(word, pos)
        pos = s + len(word)
        kind = kinds.get(word)
        if kind is None:
            kind = _word_kind(lex, word)
            if len(kinds) < _MEMO_SIZE:
                kinds[word] = kind
        if kind[1]:  # a full stop that ends the sentence, not an initial or an abbreviation
            word = word[:-1]
        e = s + len(word)
        if kind[0] == "D" or kind[0] == "U":
            if kind[0] == "U":
                caps.append((s, e, word))
            _close(current, runs, particles)
            current = []
            continue
        current.append((s, e, word))
        if kind[1]:
            _close(current, runs, particles)
            current = []
    _close(current, runs, particles)
    kept = []
    known = lex.word_facts
    stopwords = lex.stopwords
    is_place = lex.is_place
    for run in runs:
        if len(run) == 1:  # a stop word alone is never a name, whatever stands around it
            word = run[0][2]
            if (_FOLDED.get(word) or _fold(word)) in stopwords and not (len(word) == 2 and word[1] == "."):
                continue
        if is_place(group[run[0][0] : run[-1][1]], language):  # a place, whatever stands around it: "New Zealand"
            if len(run) == 1 and _family_place(lex, run[0][2]):
                caps.append(run[0])  # "Norman", "Davenport": a person only as a known name ("Greg Norman")
                caps.sort()
            continue
        if len(run) > 2 and _places_joined(run, is_place, language):  # "China y Alemania"
            continue
        words = [t[2] for t in run]
        kept.append((run, words, [known[x] if x in known else _facts(lex, x) for x in words]))
    if not kept and not caps:
        return _NO_SHAPE
    return tuple(kept), tuple(caps)


def _family_place(lex: Lexicon, word: str) -> bool:
    """A town that is also a family name ("Norman", "Davenport", "Rodriguez"), not a country or a demonym."""
    return (_FOLDED.get(word) or _fold(word)) in lex.surnames and not lex.is_origin(word)


def _word_kind(lex: Lexicon, word: str) -> tuple[str, bool]:
    """What a word of a run is: "D" (digits), "P" (particle), "U" (all capitals) or "C" (a name word),
    and whether its full stop ends the sentence (not an initial, honorific, suffix or short title)."""
    ends_sentence = False
    if word.endswith("."):
        core = word[:-1]
        if not (
            (len(core) == 1 and core.isupper())
            or "." in core
            or core in lex.honorifics
            or core in lex.suffixes
            or (len(core) <= 4 and fold(core) in lex.titles)
        ):
            word, ends_sentence = core, True
    if not word.isalpha() and _DIGIT.search(word):
        kind = "D"
    elif word in lex.particles:
        kind = "P"
    elif len(word) > 1 and word.isupper() and "." not in word and word not in lex.suffixes:
        kind = "U"
    else:
        kind = "C"
    return kind, ends_sentence


def _close(current: list[Token], runs: list[list[Token]], particles: frozenset[str]) -> None:
    if len(current) > _MAX_RUN:  # not a name, and reading it word by word would cost its square
        return
    while current and current[-1][2] in particles:
        current.pop()
    while current and current[0][2] in particles:
        current.pop(0)
    if current:
        runs.append(current)


# ---------------------------------------------------------------------------------- rules


def _title_ending_at(lex: Lexicon, w: _Window, p: int, lowest: int) -> int | None:
    """Start index of the longest title phrase ending at token ``p`` and starting at ``lowest`` or later."""
    word = w.word(p)
    phrases = lex.title_ends.get(word)
    if phrases is None:
        phrases = _title_phrases(lex, word)
    if not phrases:
        return None
    for phrase in phrases:
        s = p - len(phrase) + 1
        if s < lowest:
            continue
        for k in range(len(phrase) - 1):
            if w.fw(s + k) != phrase[k]:
                break
        else:
            return s
    return None


def _origin_before(lex: Lexicon, w: _Window, s: int) -> str | None:
    """The country stated right before token ``s``: "Kazakhstan's", "Russian", "French"."""
    k = s - 1
    if w.word(k) in ("'s", "’s"):
        k -= 1
    elif w.word(k) == "whose" and w.word(k - 1) == ",":  # "Belarus, whose strongman ..."
        k -= 2
    if not w.word(k):
        return None
    for width in (3, 2, 1):
        a = k - width + 1
        if not w.word(a)[:1].isupper():
            continue
        phrase = w.span_text(a, k)
        code = lex.country_of(phrase)
        if code and not (phrase.endswith("s") and lex.country_of(phrase[:-1])):  # not "Indians manager"
            return code
    return None


def _common_word(d: _Doc, w: _Window, i: int, f: int) -> bool:
    """A capitalised word of the run that is a common word: a stop word, or one the text also uses in lower case.
    ``f`` are the word's :func:`~.words.facts`."""
    if f & _INITIAL or (f & _LEAD_PARTICLE and i + 1 < w.n):  # an initial; "Von der Leyen", "Bin Salman"
        return False
    if f & _STOP:
        return True
    if i == 0 and _at_sentence_start(d, w):
        return bool(f & _COMMON_AT_START) or d.used_in_lower_case(w.words[i])
    return False


def _at_sentence_start(d: _Doc, w: _Window) -> bool:
    if w.run[0][0] + w.offset in d.sentence_starts:
        return True
    for k in (-1, -2):
        t = w.word(k)
        if not t:
            return True
        if t not in _OPENERS:
            return t in (".", "!", "?")
    return False


def _strip(d: _Doc, w: _Window, fs: list[int]) -> Candidate | None:
    """The name part of a run (which is not a place as a whole), with the role and country stated before it.
    ``fs`` are the :func:`~.words.facts` of the run's words."""
    lex = d.lex
    words = w.words
    b = len(words) - 1
    role: str | None = None
    country: str | None = None
    first = 0
    honorific = False
    honorific_word = ""
    named = -1  # the title kept as part of the name
    ends = lex.title_ends
    # the last title or honorific inside the run, with only origin or common words before it
    for p in range(b - 1, -1, -1):
        if fs[p] & _HONORIFIC:  # a word of a run ends in one full stop at most
            s = p
            honorific = True
            honorific_word = words[p].rstrip(".")
        else:
            if not fs[p] & _ENDS_TITLE:
                continue
            found = _title_ending_at(lex, w, p, -3)
            if found is None:
                continue
            s = _titles_before(lex, w, found) if found > 0 else found  # most titles open the run
        lead = range(0, max(0, s))
        if (
            not honorific  # "Clinton Lady Gaga", "Darren Mimms Mr Seary": an honorific always starts a name
            and any(w.fw(x) in lex.given and not lex.is_origin(words[x]) for x in lead)  # "Martin Luther King"
            and not (s > 0 and lex.is_place(w.span_text(0, s - 1)))
        ):
            honorific = False
            continue
        if not honorific or s < p:
            role = w.span_text(s, p)
        first = p + 1
        if s == p and b - p <= 3 and w.fw(p) in _NAMED_WITH_TITLE:
            first = named = p  # "Mother Teresa", "Pope John Paul II": the title is part of the name the person goes by
        country = _origin_before(lex, w, min(s, 0)) or next((c for x in lead if (c := lex.country_of(words[x]))), None)
        break
    else:
        # a title just before the run: "strongman Alexander Lukashenko", "striker Phil Simmons"
        prev = w.word(-1)
        if (
            prev in (".", ",")
            and w.word(-2) in lex.honorifics
            and (not w.word(-3) or w.word(-3) in _OPENERS or w.word(-3).islower())
        ):  # "M . Ador", "M , Kellogg": an honorific set apart from the name (typeset or read by OCR)
            honorific, honorific_word = True, w.word(-2)
        elif prev and not prev[:1].isupper() and ends.get(prev) != ():
            s2 = _title_ending_at(lex, w, -1, -4)
            if s2 is not None:
                role = w.span_text(s2, -1)
                country = _origin_before(lex, w, s2)
        if role is None and not honorific and b >= 2:
            department = _department(lex, w, b)
            if department is not None:  # "Minister of Foreign Affairs Ali Alatas": the office and its department
                s2, first = department
                role = w.span_text(s2, first - 1)
    for x in range(b, first - 1, -1):  # a modifier: "Hong Kong-based", "Brazilian-born" (not "Li Song-ho")
        if fs[x] & _MODIFIER:
            if x == b:
                return None
            first = x + 1
            break
    if first + 2 <= b:  # three words or more
        for x in range(b - 2, first - 1, -1):  # "Addiscombe Road Ben Morgan": a name after a street or a firm
            if w.fw(x) in lex.org_cues and w.fw(x + 1) in lex.given:
                first = x + 1
                break
        for width in (3, 2):  # a place of several words before the name: "Hong Kong Financial Secretary ..."
            if first + width <= b and lex.is_place(w.span_text(first, first + width - 1)):
                if country is None:
                    country = lex.country_of(w.span_text(first, first + width - 1))
                first += width
                break
    kept = named >= 0 and b == named + 1 and bool(fs[b] & _GIVEN)  # "Mother Teresa", not "Mother Nature"
    while first < b and not (kept and first == named) and _drops_first(d, w, first, b, fs[first]):
        if country is None:
            country = lex.country_of(words[first])
        first += 1
        if lex.is_place(w.span_text(first, b)):  # "In San Diego"
            return None
    last = b
    while last > first and (
        fs[last] & _TRAILING
        or (lex.capitalised_nouns and _trailing_noun(lex, w, last, first))
        or (last == b and words[last] == "May" and _DAY.match(w.word(b + 1)) is not None)
    ):  # "Jose Miguel Insulza Monday", "Mark Smith They", "Matthew Williams Liebeskummer", "Emnid May 26"
        last -= 1
    common = first == last and _common_word(d, w, first, fs[first])
    if common and (fs[first] & _STOP or (not honorific and role is None and first > 0)):
        return None
    if fs[first] & _NO_START:  # a particle or a suffix
        return None
    run, off = w.run, w.offset
    # made with positional arguments (a type called with keywords costs three times as much)
    return Candidate(
        w,
        first,
        last,
        run[first][0] + off,
        run[last][1] + off,
        role,
        country,
        # a sentence-initial common word is a person only as a known name ("Xi praised Kim")
        "" if common else "honorific" if honorific else "" if role is None else "title",
        honorific_word if honorific else None,
        "common" if common else "",
    )


_OF: Final = frozenset({"of", "for"})
_IN_DEPARTMENT: Final = frozenset({"and", "&", ",", "the"})  # between "of" and a run: "of Trade and Industry"


def _department(lex: Lexicon, w: _Window, b: int) -> tuple[int, int] | None:
    """A title with the department it heads, before a name: "Minister of Foreign Affairs Ali Alatas", "President
    of the Republic Costis Stephanopoulos", "Assistant Secretary for Near Eastern Affairs Robert Pelletreau".

    The run (words 0 to ``b``) follows a title and "of" or "for", with only capitalised words, "and" or "the"
    between; the common words that open the run name the department. Gives where the title starts and the first
    word of the name, which keeps two words or more; None when the run is no such name."""
    k = -1
    while w.word(k) in _IN_DEPARTMENT or w.word(k)[:1].isupper():
        if k < -6:
            return None
        k -= 1
    if w.word(k) not in _OF or not w.word(k - 1):
        return None
    s = _title_ending_at(lex, w, k - 1, k - 4)
    if s is None:
        return None
    first = 0
    while first <= b - 2 and _common(lex, w.words[first]):
        first += 1
    if first == 0 or _common(lex, w.words[first]):  # "candidate for National League Most Valuable Player"
        return None
    return s, first


def _drops_first(d: _Doc, w: _Window, i: int, b: int, f: int) -> bool:
    """True when word ``i`` of a run (which ends at word ``b``) is not the start of the name after it: a common
    word, an origin or a place ("Russian", "In San Diego"), "Ex-", a calendar word, a modifier before a given name.
    ``f`` are the word's :func:`~.words.facts`."""
    if f & _DROPPED or _common_word(d, w, i, f):  # "Ex-", "am Dienstag Ursula von der Leyen"
        return True
    lex = d.lex
    word = w.words[i]
    if not f & _GIVEN and (lex.is_origin(word) or (i + 1 < b and lex.is_place(word))):
        return True
    if i + 2 <= b and _modifier_before_name(lex, w, i):
        return True
    return lex.capitalised_nouns and (
        _leading_noun(lex, w, i)  # "Freund Matthew Williams"
        or (i > 0 and word in lex.particles)  # "Rede von Richard Feynman"
        or _before_given(lex, w, i)  # "Hauptinitiant George Wismer"
    )


def _modifier_before_name(lex: Lexicon, w: _Window, i: int) -> bool:
    """A word before a given name and a family name that says where a person is from or what they are:
    a nationality that is also a given name ("German Tommy Haas"), or a common word that is no name ("Former
    Oriole Jamie Moyer", "Chief Accountant Natalya Sypron")."""
    word, f = w.words[i], w.fw(i)
    if demonym_only(word, w.language):  # a nationality, not a country named like a person ("Jordan")
        return True
    return (
        w.fw(i + 1) in lex.given
        and not _is_title_word(lex, w.words[i + 2])  # not "Holy Roman Emperor Charles"
        and f not in lex.given
        and f not in lex.surnames  # "Yap Kim Hock"
        and (_common(lex, word) or w.fw(i - 1) == "former")  # a team's player: "former Yankee Terry Mulholland"
        and not lex.capitalised_nouns
    )


def _titles_before(lex: Lexicon, w: _Window, s: int) -> int:
    """Where a title starting at token ``s`` of the run starts with the titles glued before it: a class or a rank
    and a position ("Senior Guard", "Redshirt Freshman Quarterback") make one role, when they open the run or
    follow an origin ("National Guard Sgt." keeps "Sgt.")."""
    if s <= 0:  # the title opens the run or stands before it
        return s
    e = s
    while e > 0:
        word = w.words[e - 1]
        if lex.title_ends.get(word) == ():  # known to end no title
            break
        found = _title_ending_at(lex, w, e - 1, 0)
        if found is None:
            break
        e = found
    return e if e == 0 or lex.is_origin(w.words[e - 1]) else s


def _leading_noun(lex: Lexicon, w: _Window, i: int) -> bool:
    """A common noun before a name in a language that capitalises nouns ("Freund Matthew Williams")."""
    word, f = w.words[i], w.fw(i)
    if word[0].isupper() and f in lex.lead_particles:  # "Von der Leyen"; a lower-case "von" after a noun is a preposition
        return False
    return _common(lex, word) and (f not in lex.surnames or w.fw(i + 1) in lex.given)


def _before_given(lex: Lexicon, w: _Window, i: int) -> bool:
    """In German, a word that is no name before a given name and a family name: a role or an adjective."""
    f = w.fw(i)
    return (
        w.fw(i + 1) in lex.given
        and i + 2 < w.n
        and f not in lex.given
        and f not in lex.surnames
        and f not in lex.lead_particles
        and not _INITIALS.match(w.words[i])
    )


def _trailing_noun(lex: Lexicon, w: _Window, i: int, first: int) -> bool:
    """A common noun or stop word after a name in a language that capitalises nouns ("Matthew Williams Liebeskummer")."""
    f = w.fw(i)
    if f in lex.stopwords:
        return True
    if i == first + 1 and w.fw(first) in lex.given:  # a given name and a family name that is a noun: "Hans Eichel"
        return False
    return _common(lex, w.words[i]) and f not in lex.surnames


def _after_role(lex: Lexicon, cand: Candidate) -> None:
    """A role in apposition: "Emmanuel Macron, the French president," / "Its leader, Shavkat Mirziyoyev"."""
    w = cand.window
    k = cand.last + 1
    if w.word(k) == "," and w.word(k + 1):
        k += 1
        if w.fw(k) in _ARTICLES and w.word(k + 1):
            k += 1
        ends = lex.title_ends
        for p in range(k + (5 if "0" <= w.word(k)[:1] <= "9" else 3), k - 1, -1):  # "the 26-year - old singer"
            word = w.word(p)
            if not word or ends.get(word) == ():  # past the line, or known to end no title
                continue
            s = _title_ending_at(lex, w, p, k)
            if s is None:
                continue
            nxt = w.word(p + 1)
            if nxt[:1].isupper() and lex.country_of(nxt) is None:
                continue  # "In Youngstown, Mayor Jay Williams": the title of the name after it
            if s > k and nxt.casefold() in lex.after_cues:
                return  # "inmates in Klongprem , a prison official said": the role of who speaks
            if s > k:
                code = lex.country_of(w.span_text(k, s - 1))
                if code is None:
                    if not _modifiers(lex, w, k, s):
                        continue
                    code = next((c for i in range(k, s) if (c := lex.country_of(w.word(i)))), None)
                cand.country = cand.country or code
            cand.role = cand.role or w.span_text(s, p)
            cand.evidence = cand.evidence or "apposition"
            return
    a = cand.first
    if cand.role is None and w.word(a - 1) == "," and w.word(a - 2).islower():
        s = _title_ending_at(lex, w, a - 2, a - 5)
        if s is not None:
            cand.role = w.span_text(s, a - 2)
            cand.evidence = cand.evidence or "apposition"


def _modifiers(lex: Lexicon, w: _Window, k: int, s: int) -> bool:
    """True when tokens ``k`` to ``s - 1`` only qualify the title after them: lower-case words that are no
    function words, nationalities, ordinals and ages ("a former Israeli envoy", "the 11th seed", "a 26-year-old
    French singer")."""
    for i in range(k, s):
        word = w.word(i)
        if word[:1].isdigit():
            if not (_ORDINAL.match(word) or (len(word) == 4 and word.isdigit()) or _AGED.match(word)):
                return False
        elif word.islower() or word == "-":
            if (not word.replace("-", "").isalpha() and word != "-") or word in _FUNCTION_WORDS:
                return False
            if _title_ending_at(lex, w, i, k) is not None:
                return False  # "chief Turkish economist": the first title is the role
        elif not lex.is_origin(word):
            return False
    return True


def _cue(lex: Lexicon, cand: Candidate) -> str:
    """Context that marks a capitalised stretch as a person: a reporting verb, an age, a table."""
    w = cand.window
    k = cand.last + 1
    word = w.word(k)
    if word:
        f = word.casefold()
        if f in lex.after_cues:
            return "verb"
        if word == ",":
            age = w.word(k + 1)
            if age.isdigit() and w.word(k + 2) == "," and int(age) < 110:
                return "age"
            if age in ("who", "whose"):
                return "verb"
            if _minute(w, k + 1):  # a substitute: "( Carvalho , m.83 )"
                return "table"
        elif word == "of" and cand.last > cand.first:
            phrase = w.word(k + 1)
            if phrase[:1].isupper() and lex.country_of(phrase) is not None:
                return "country"
        elif word == "(":
            inner = w.word(k + 1)
            if _ORDINAL.match(inner) or _fold(inner) in _TABLE_AFTER or (_RECORD.match(inner) and w.word(k + 2) == ")"):
                return "table"
            if _minute(w, k + 1):  # a scorer: "Elber ( m.63 )"
                return "table"
            j = k + 1
            while w.word(j) and w.word(j) != ")" and j - k < 5:
                j += 1
            if w.word(j) == ")" and j > k + 1:
                phrase = w.span_text(k + 1, j - 1)
                if (lex.is_origin(phrase) or lex.is_place(phrase)) and cand.last > cand.first:
                    return "country"
        elif word in ("'s", "’s"):
            # not "Everton 's Duncan Ferguson"; nor "the Dane 's agent", "the Spaniard 's", a noun's
            if not w.word(k + 1)[:1].isupper() and (cand.first < cand.last or w.fw(cand.first - 1) != "the"):
                return "possessive"
        elif f in _AUXILIARIES and _passive_of_person(lex, w, k + 1):
            return "verb"  # "Georges Zicot was arrested"
        elif f in lex.owned_nouns and cand.first == cand.last and w.fw(cand.first - 1) == "the":
            return "possessive"  # "the Clinton administration": Clinton's
        elif (
            f in _TABLE_AFTER
            or (word[0].isdigit() and (_ORDINAL.match(word) or _FIGURES.match(word)))
            or (word == "à" and w.word(k + 1)[:1].isdigit())  # a time behind the winner: "Moser à 2 ' 44"
        ):
            return "table"
    elif (nxt := _NEXT_LINE.match(w.text, cand.end)) and (
        _FIGURES.match(nxt[1]) or _ORDINAL.match(nxt[1].split("-", 1)[0])
    ):
        return "table"  # a table line broken after the name: "( Votava\n68th )", "Croft\n47-10-116-2"
    a = cand.first
    before = w.word(a - 1)
    if cand.last > a and _byline(w, cand):
        return "byline"
    if (_FOLDED.get(before) or _fold(before)) in _TABLE_BEFORE:
        return "table"
    if before.casefold() in lex.before_cues and not (before == "a" and fold(w.word(a - 2)) in lex.after_cues):
        return "verb"  # not an addressee: "dijo a Efe"
    if (before in ("-", "–") and w.word(a - 2).isdigit()) or (before[:1].isdigit() and _SHIRT.match(before)):
        return "table"
    if before == ":" and w.word(a - 2).isdigit() and _minute(w, a - 4):  # a goal: "M.73 : Rivaldo"
        return "table"
    if (  # a rank and a nationality: "4 . Moser ( It )"
        before == "."
        and w.word(a - 2).isdigit()
        and (not w.word(a - 3) or w.word(a - 3) in (".", '"', ":"))
        and word == "("
        and w.word(k + 1)[:1].isupper()
    ):
        return "table"
    return ""


_AUXILIARIES: Final = frozenset({"was", "were", "is", "are", "has", "had", "have"})


def _passive_of_person(lex: Lexicon, w: _Window, k: int) -> bool:
    """True when token ``k`` (after an auxiliary) opens a passive done to a person: "arrested", "been jailed"."""
    word = w.word(k)
    if word == "been":
        word = w.word(k + 1)
    return word.casefold() in lex.passive_verbs


def _minute(w: _Window, k: int) -> bool:
    """A match minute at token ``k``: "m.83", "min.90" (Spanish and Italian match reports)."""
    return _fold(w.word(k)) in _MINUTE and w.word(k + 1) == "." and w.word(k + 2)[:1].isdigit()


def _byline(w: _Window, cand: Candidate) -> bool:
    """A reporter's name: alone on its line above a dateline ("Jane Roe\nBUDAPEST 1996-08-30"),
    after "By" at the start of a line, or signing off ("-- Jane Roe , Budapest newsroom")."""
    first_word = w.word(0)
    starts_line = not w.word(-1) and (cand.first == 0 or first_word in ("By", "BY"))
    if cand.first == 0 and w.word(-1) in _DASHES and _sign_off(w):
        return w.word(cand.last + 1) in (",", "")
    if not starts_line or w.word(cand.last + 1):
        return False
    if first_word in ("By", "BY"):
        return True
    text = w.text
    j = cand.end
    while j < len(text) and text[j] in " \t\r":
        j += 1
    if j >= len(text) or text[j] != "\n":
        return False
    nxt = text[j + 1 : j + 40].split(None, 1)
    return bool(nxt) and len(nxt[0]) > 2 and nxt[0].isupper() and nxt[0].isalpha()


def _given_pair(lex: Lexicon, folded: str) -> bool:
    """Two given names joined by a hyphen: "Jean-Philippe", "Marc-Vivien", "Heinz-Peter"."""
    parts = folded.split("-")
    return len(parts) == 2 and parts[0] in lex.given and parts[1] in lex.given


def _of_origin(lex: Lexicon, cand: Candidate) -> bool:
    """True for a name of unknown words right after a nationality: "Romanian Ruxandra Dragomir", "Finland 's Juha
    Kankkunen" (not "Dinamo Bucharest", whose words name a place)."""
    w = cand.window
    if cand.country is None:
        if cand.first > 0:
            return False
        prev = w.word(-1)
        if not (prev[:1].isupper() or prev in ("'s", "’s")) or _origin_before(lex, w, 0) is None:
            return False
    if lex.capitalised_nouns:
        return False
    return not any(lex.is_town(w.words[i], w.language) for i in range(cand.first, cand.last + 1))


def _sign_off(w: _Window) -> bool:
    """True when the run follows a dash that opens its line: "-- Jane Roe", "— Jane Roe" (the tokenizer reads
    "--" as two tokens)."""
    dash = w.word(-1)
    if dash in ("—", "–"):
        return not w.word(-2)
    return dash == "-" and (not w.word(-2) or (w.word(-2) == "-" and not w.word(-3)))


def _decide(lex: Lexicon, cand: Candidate) -> None:
    """Weigh the evidence: set ``cand.evidence`` (why it is a person) and ``cand.veto`` (why it is not)."""
    if cand.veto:
        return
    w = cand.window
    words = w.words
    a, b = cand.first, cand.last
    size = b - a + 1
    phrase = w.text[cand.start : cand.end]
    first = words[a]
    fa = _FOLDED.get(first) or _fold(first)
    classes = lex.word_classes
    cf = classes.get(first)
    if cf is None:
        cf = _classes(lex, first)
    surnames = lex.surnames
    if (
        size == 1
        and cand.evidence == "title"
        and cand.role is not None
        and fold(cand.role) in lex.weak_roles
        and fa not in surnames
        and fa not in lex.given
    ):
        cand.evidence = ""  # "rival Sony", "partner Minorco"
    if size == 1 and (cf & _TITLE or (cand.evidence and cf & _COMMON and fa not in surnames)):
        cand.veto, cand.evidence = "title", ""  # "Queen", "Sen", "Major League Baseball"
        return
    if size == 1 and a == 0 and w.word(-1) and (_title_ending_at(lex, w, 0, -4) or 0) < 0:
        cand.veto, cand.evidence = "title", ""  # "the Chancellor of the Exchequer said": the last word of a title
        return
    if cand.evidence == "honorific":
        return
    if size == 1 and first[1:2] == "-" and _PARTY_TAG.match(first):  # "Sen. Ray Miller, R-Marshall": a party and a town
        cand.veto, cand.evidence = "place", ""
        return
    place = w.places.get(phrase)
    if place is None:
        place = lex.is_place(phrase, w.language)
    if not place:
        place = lex.origin_answers.get(phrase)
        if place is None:
            place = lex.is_origin(phrase)
    if not place and a == 0 and w.word(-1) == "of":
        place = _after_place_noun(lex, w)  # "the village of Karlova"
    if place:
        cand.veto, cand.evidence = "place", ""
        if size == 1 and _cue(lex, cand) in ("verb", "age", "possessive"):
            cand.veto = "place-cue"  # "Jordan said": a person only if the article names one so
        return
    org_cues = lex.org_cues
    first_org = fa in org_cues
    last = words[b]
    fb = _FOLDED.get(last) or _fold(last)
    after = w.word(b + 1)
    if after in _FACILITIES:  # "at Ben Gurion airport": a place named after a person
        cand.veto, cand.evidence = "place", ""
        return
    if (
        fb in org_cues
        or (size == 1 and first_org)
        or first in lex.organisations
        or first in lex.org_first
        or after == "&"
        or (after.isupper() and w.fw(b + 1) in org_cues)  # "Mostostal Zabrze SA"
        or w.word(a - 1) == "&"
        or w.word(a - 1) in _MEDIA
    ):
        cand.veto, cand.evidence = "organisation", ""
        return
    cl = classes.get(last)
    if cl is None:
        cl = _classes(lex, last)
    if (
        cl & (_PLURAL | _PLURAL_NOUN)
        and (size >= 2 or a > 0)
        and (_is_town(lex, words[0]) or _is_town(lex, first) or lex.is_origin(last))
        and not _given_before_family(lex, w, a, b, cl)
    ):
        cand.veto, cand.evidence = "organisation", ""  # a team: "Florida Marlins", "London Irish"
        return
    if cand.evidence:
        return
    if size >= 2 and fb in _LAW_NOUNS and _after_the(w, a):
        cand.veto = "common"  # "the Brady Law", "the \" Brady Bill \"": a law named after its sponsor
        return
    if size == 1 and first.count("-") == 2 and _joined_name(first):
        cand.evidence = "given"
        return
    given = (fa in lex.given and not first_org) or ("-" in fa and size >= 2 and _given_pair(lex, fa)) or (
        size in (2, 3)
        and fa in lex.family_first
        and ((_FOLDED.get(words[a + 1]) or _fold(words[a + 1])) in lex.given or _KOREAN.match(words[a + 1]) is not None)  # "Xi Jinping", "Kang Young-hoon"
    )
    if size >= 2 and first[-1] == "." and _INITIALS.match(first):
        rest = w.span_text(a + 1, b)
        if lex.is_place(rest) and (first[0] in _COMPASS or size > 2 or not _family_place(lex, rest)):  # "N. Korea"; not "D. Cork"
            cand.veto = "place"
        else:
            cand.evidence = "initial"
        return
    cue = _cue(lex, cand)
    place = _EN_PLACES.get(first)
    if place is None:
        place = lex.is_place(first)
    common = bool(not given or place) and bool(
        cf & _COMMON or _common_after(lex, w, a, b)
    )  # "Red Cross", "China Daily" (a country is a given name too)
    if size >= 2 and not common and not cue and not (given and lex.capitalised_nouns):  # "Rainer Eppelmann"
        low = last.lower()
        common = low in lex.common and low not in surnames
    if size >= 2:
        if common and not (
            cue in ("country", "table", "age") and (fb in surnames or not (cl & _COMMON or lex.is_place(last)))
        ):  # "Dally Randriantefy ( Madagascar )": a common given name before a word no list knows
            cand.veto = "common"
        elif given:
            cand.evidence = "given"
        elif cue:
            cand.evidence = cue
        elif size <= 3 and fb in surnames and not any(lex.is_place(words[i]) for i in range(a, b + 1)):
            cand.evidence = "family"
        elif size <= 3 and _of_origin(lex, cand):
            cand.evidence = "origin"
        if cand.evidence in ("family", "possessive", "verb") and fa not in lex.given and lex.is_town(first, w.language):
            cand.evidence = ""  # a town before a family name or a cue: "Waterford Junior", "DeKalb Lowe's"
    elif (
        cue == "table"
        or (
            cue == "verb"
            and (lex.capitalised_nouns or not cf & _PLURAL)
            and (not common or (fa in surnames and not lex.capitalised_nouns and not _by_person_verb(lex, cand)))
        )
        or (cue == "possessive" and fa in surnames and not cf & _PLURAL)
        or (cue == "age" and not common and w.word(b + 4).islower())  # "Zicot , 45 , is a specialist"
    ):
        cand.evidence = cue
    elif common:
        cand.veto = "common"


_FAMILY_S: Final = ("is", "us", "as", "os")  # family names that end in "s" but read as no plural: "Mitsotakis", "Agius"


def _given_before_family(lex: Lexicon, w: _Window, a: int, b: int, cl: int) -> bool:
    """True for a given name that is also a town before a family name ending in :data:`_FAMILY_S`, no plural noun nor
    nationality, and that the article never puts after "the": "Constantine Mitsotakis", "George Georgiopoulos" (not
    the team "Charlotte Hornets", nor "Houston Astros" where "the Astros" won)."""
    last = w.words[b]
    if b == a or cl & _PLURAL_NOUN or not last.endswith(_FAMILY_S) or w.fw(a) not in lex.given or lex.is_origin(last):
        return False
    if a > 0 and _is_town(lex, w.words[0]):
        return False
    return not _written_after_the(w.text, last)


@functools.lru_cache(maxsize=64)  # a few articles' words: a long text is let go soon after
def _written_after_the(text: str, word: str) -> bool:
    """True when ``text`` writes "the" before ``word`` ("the Astros"); each word is looked for once per article."""
    return f"the {word}" in text or f"The {word}" in text


def _after_the(w: _Window, a: int) -> bool:
    """True when "the" stands before token ``a``, or before the quotation mark that opens it."""
    before = w.fw(a - 1)
    if before in _OPENERS:
        before = w.fw(a - 2)
    return before == "the"


def _joined_name(word: str) -> bool:
    """True for one word of two capitalised names joined by a link of :data:`_NAME_JOINS`: "Inzamam-ul-Haq"."""
    head, link, tail = word.split("-")
    return link in _NAME_JOINS and head[:1].isupper() and tail[:1].isupper() and head.isalpha() and tail.isalpha()


def _common_after(lex: Lexicon, w: _Window, a: int, b: int) -> bool:
    """True when a word after the first of tokens ``a`` to ``b`` is a common word and no family name."""
    for i in range(a + 1, b + 1):  # noqa: SIM110 - a loop costs a third of any() over a generator
        if _common(lex, w.words[i]) and w.fw(i) not in lex.surnames:
            return True
    return False


def _after_place_noun(lex: Lexicon, w: _Window) -> bool:
    """True for a run after a settlement noun and "of": "the village of Karlova", "the port of Linden"."""
    return w.word(-2).casefold() in lex.place_nouns


def _by_person_verb(lex: Lexicon, cand: Candidate) -> bool:
    """True when the verb cue of a one-word name is only a verb that takes a person ("Rain arrived"), not a
    reporting verb: a common word that is also a family name needs the stronger cue."""
    w = cand.window
    after = w.word(cand.last + 1).casefold()
    if after in lex.person_verbs:
        return True
    return after not in lex.after_cues and w.word(cand.first - 1).casefold() in lex.person_verbs


_DASHES: Final = frozenset({"-", "–", "—"})
def candidates(doc: Document) -> tuple[list[Candidate], list[Token]]:
    """The name candidates of ``doc`` with their evidence, and its ALL-CAPS words."""
    lex = lexicon(doc.language)
    d = _Doc(doc, lex)
    runs, caps = _runs(d)
    out = []
    text = d.text
    language = doc.language
    places = place_memo(language)
    german_rules = lex.capitalised_nouns
    for run, words, fs, pos in runs:
        cand = _strip(d, _Window(text, run, words, language, places, pos), fs)
        if cand is None or cand.last - cand.first >= _MAX_NAME_WORDS or cand.end - cand.start > _MAX_NAME_CHARS:
            continue
        _after_role(lex, cand)
        _decide(lex, cand)
        if german_rules:
            german.review(lex, cand)
        out.append(cand)
    split_names(lex, d.text, out)
    spread(lex, d.text, out)
    if german_rules:
        german.after_lists(lex, out)
    return out, caps


def _places_joined(run: list[Token], is_place: Callable[[str, str], bool], language: str) -> bool:
    """True for places joined by a conjunction that the run took for a particle ("China y Alemania")."""
    parts: list[list[Token]] = [[]]
    for t in run:
        if t[2] in _CONJUNCTIONS:
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) < 2:
        return False
    return all(p and is_place(" ".join(t[2] for t in p), language) for p in parts)


def find_people(doc: Document, *, extractor: str = "people") -> list[PersonMention]:
    """Every person mention in ``doc``, each named by the person's canonical full name.

    >>> from newskit import Article
    >>> from newskit.prepare import prepare
    >>> doc = prepare(Article(text="Russian President Vladimir Putin met Blinken. Putin said no."))
    >>> [(m.text, m.name, m.role, m.country) for m in find_people(doc)][:1]
    [('Vladimir Putin', 'Vladimir Putin', 'President', 'RU')]
    """
    lex = lexicon(doc.language)
    text = doc.text
    cands, caps = candidates(doc)
    marked = marked_singles(lex, cands) if doc.language == "en" else set()
    if marked:
        repeat_full(cands, marked)
    index = NameIndex(lex)
    for c in sorted([c for c in cands if c.evidence and c.last > c.first], key=lambda c: c.first - c.last):
        index.add(c.words(), c.start, c.role)
    for c in cands:
        if c.name is not None:  # a name the text breaks over two lines
            index.add(c.name.split(), c.start, c.role)
    # a relative or namesake: "Naina Yeltsin" beside "Boris Yeltsin"
    for c in cands:
        if not c.evidence and not c.veto and c.last > c.first and index.known_family(c.words()):
            c.evidence = "family"
            index.add(c.words(), c.start)
    if marked:
        repeat_single(cands, marked)
    out: list[PersonMention] = []
    for c in cands:
        if not c.evidence and c.veto in ("place", "organisation", "determiner"):
            continue  # not a person, even where the index knows the name
        words = c.window.words[c.first : c.last + 1]
        if len(words) == 1 and not may_resolve(index, words[0], by_given=not c.veto):
            canonical = None  # most one-word mentions repeat no name: three look-ups tell
        else:
            sex = lex.honorific_sex.get(c.honorific) if c.honorific else None
            canonical = index.resolve(words, c.start, by_given=not c.veto, role=c.role, sex=sex)
        if canonical is None and not c.evidence:
            continue
        s, e = c.start, c.end
        name = canonical or " ".join(words)
        if doc.language == "en" and c.first == 0 and text[s - 1 : s] == " ":
            particle = opening_particle(lex, text, s)
            if particle:  # "lobbed van der Sar": the particle opens the family name
                s -= len(particle) + 1
                if canonical is None or canonical == " ".join(words):
                    name = f"{particle} {name}"
        score = 1.0
        if c.first == c.last and c.evidence in _WEAK and canonical is None and lex.is_town(words[0], doc.language):
            score = _WEAK_SCORE  # "Police in Sevierville say": the place, where the article places it
        out.append(
            PersonMention(
                text=text[s:e],
                start=s,
                end=e,
                name=name,
                role=c.role,
                country=c.country,
                extractor=extractor,
                score=score,
            )
        )
    if index and caps:  # ALL-CAPS headline words that repeat a known name: "BLINKEN TO VISIT ..."
        out.extend(caps_mentions(text, caps, index, extractor, doc.language))
        out.sort(key=operator.attrgetter("start"))
    if caps and doc.language == "en":
        cricket = scorecard_words(text, caps, index, extractor, {m.start for m in out})
        if cricket:
            out.extend(cricket)
            out.sort(key=operator.attrgetter("start"))
    return out
