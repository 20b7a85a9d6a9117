"""Find organisations in a prepared document: listed names, head words, legal forms, acronyms, results tables.

One regular expression finds every run of capitalised words (joined by "of", "for", "&"...) on a line; each
run is read word by word:

1. a listed name (``known.tsv``, names learned from CoNLL-2003 train) is an organisation, the longest first;
2. a run ending in a head word ("Liberal Democratic Party", "Daewoo Corp", "Sindh High Court") or a legal
   form ("Siemens AG"), or starting with a head word before "of" ("Bank of Japan", "University of Texas"),
   is one; a country or demonym before a two-word name is left out ("Japanese Foreign Ministry");
3. a name followed by an acronym in brackets whose letters are its initials ("Singapore Refining Company (SRC)")
   is one, and the acronym names it too;
4. in a sports results line, the name before a score ("Ruch Chorzow 5", "Durham 326") or after "v" is a club,
   unless it is a country (a national side is the country);

then every other occurrence in the article of a name found (and of its acronym, and of a company's name
without its legal form, "Dacom" for "Dacom Corp") is a mention of the same organisation.

Speed: most runs hold no organisation ("The", "He said"), so a run none of whose words is listed, a head, start
or legal word, with no cue or acronym around it, is skipped before it is read (the test per word is kept). What a
run's words say alone (its parts, the listed and head-word names in it, the chunks left) depends on its text only,
so that reading is kept too (:func:`_plan`) and replayed on each occurrence with the checks that read the
context: an acronym or a cue after it, a cue before it, a score in a results line.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import Any, Final

import attrs
from mypy_extensions import mypyc_attr

from ...document import Document
from ...resources import read_lines
from ...tokens import at_line_start, dateline_at, reads_as_ascii
from .lexicon import Lexicon, lexicon
from .lexicon import country_code as _country

__all__ = ["Found", "Hit", "find_organizations", "organization_hits"]

_UPPER: Final = "A-ZÀ-ÖØ-Þ"
_WORD: Final = rf"(?:[{_UPPER}][\w'’.&/-]*|\d+[{_UPPER}][\w]*)"
_JOIN: Final = r"(?:of|for|and|&|de|du|des|del|der|la|van|von|on|the|in)"
# the first word's first character comes before the look-behind, so that the engine skips fast to a capital or a digit
_FIRST: Final = rf"[{_UPPER}\d](?<![\w'’.-].)(?:(?<=[{_UPPER}])[\w'’.&/-]*|(?<=\d)\d*[{_UPPER}]\w*)"
# a run has at most _RUN_WORDS words after its first: no name is longer, and a text of capitals is read in pieces
_RUN_WORDS: Final = 40
_RUN: Final = re.compile(rf"{_FIRST}(?:(?:[ \t]+{_JOIN}){{0,2}}[ \t]+(?:{_WORD}|(?<=of )\d+\b)){{0,{_RUN_WORDS}}}")
# the same pattern for a text that reads as ASCII (no letter or digit outside ASCII: :func:`reads_as_ascii`): its
# classes are looked up in a table of bits instead of Unicode's categories, and the scan for a first character is
# a third cheaper
_RUN_ASCII: Final = re.compile(_RUN.pattern, re.ASCII)
# the same pattern for such a text's capitals mask (:func:`newskit.tokens.capitals_mask`: a capital "A", a digit "0", "’" an
# apostrophe) where no digit comes before a capital there, so that no run starts with a digit: the engine skips
# ahead to the one byte "A" instead of testing each character against a class
_WORD_MASK: Final = r"(?:A[\w'.&/-]*|0+A\w*)"
_RUN_MASK: Final = re.compile(
    rf"A(?<![\w'.-].)[\w'.&/-]*(?:(?:[ \t]+{_JOIN}){{0,2}}[ \t]+(?:{_WORD_MASK}|(?<=of )0+\b)){{0,{_RUN_WORDS}}}".encode()
)


def _runs(text: str, mask: bytes | None) -> Iterator[re.Match[Any]]:
    """The matches of :data:`_RUN` in ``text`` (read in its capitals ``mask``, :attr:`.Document.capitals_mask`, where one
    is given and finds the same: take only their spans)."""
    if mask is None:
        return _RUN.finditer(text)
    if b"0A" in mask:  # a run may start with a digit ("3Com"): the pattern of text that reads as ASCII
        return _RUN_ASCII.finditer(text)
    return _RUN_MASK.finditer(mask)
_ACRONYM_AFTER: Final = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z0-9&.-]{1,9})[ \t]*\)")
_SCORE_AFTER: Final = re.compile(r"[ \t]+(?:\([ \t]*([^()\n]{2,30}?)[ \t]*\)[ \t]+)?\d+(?:[-/]\d+)?(?![\w:/-])")
_VERSUS_BEFORE: Final = re.compile(r"(?<![^ \t\n])(?:v|vs\.?|versus)[ \t]+$")  # searched in a bounded window
_TEAM_BEFORE: Final = re.compile(r"\([ \t]*([^()\n]{2,30}?)[ \t]*\)[ \t]*,?[ \t]*$")
_TEAM_AFTER: Final = re.compile(r"[ \t]*,?[ \t]*\d")
_LETTERS: Final = re.compile(r"[^\W\d_]")
_NUMBER_BEFORE: Final = re.compile(r"[ \t]\d+(?:-\d+)?[ \t]+$")  # "Baltimore 5 | Seattle 3": a score just before
_ASCII_LETTER: Final = re.compile(r"[A-Za-z]")
_NOT_SPACE: Final = re.compile(r"\S")
_LOOK_BACK: Final = 100  # characters of a line read back before a name: a long line costs no more per name
_SPORTS_WORDS = (
    "soccer", "football", "cricket", "rugby", "baseball", "basketball", "hockey", "volleyball", "handball", "tennis",
    "golf", "athletics", "cycling", "boxing", "racing", "motor", "formula", "rally", "olympic", "olympics", "nba",
    "nfl", "nhl", "league", "cup", "championship", "division", "club", "match", "beat", "beats", "draw", "drew",
    "season", "standings", "result", "results", "score", "scores", "goal", "goals", "striker", "coach",
)  # fmt: skip
_SPORTS: Final = re.compile(rf"\b(?:{'|'.join(_SPORTS_WORDS)}|grand prix)\b", re.IGNORECASE)
_SPORTS_SET: Final = frozenset([word.encode("ascii") for word in _SPORTS_WORDS])
# Every ASCII byte that is no word character (``\w``: letters, digits, "_") made a space: the words of ASCII
# text are then what ``bytes.split`` cuts, with no regular expression (which reads each character slowly).
_NOT_WORD_TO_SPACE: Final = bytes([ch if chr(ch).isalnum() or ch == ord("_") else ord(" ") for ch in range(128)]) + b" " * 128


def _is_sports(title: str) -> bool:
    """True when ``title`` has a word of sport ("league", "Grand Prix"): a results table may follow."""
    if reads_as_ascii(title):  # no letter or digit outside ASCII: the other characters end words like a space
        lowered = title.encode("ascii", "replace").lower()
        if b"grand prix" not in lowered:  # one word each: the title's words looked up at once
            return not _SPORTS_SET.isdisjoint(lowered.translate(_NOT_WORD_TO_SPACE).split())
    return _SPORTS.search(title) is not None


def _in_capitals(line: str) -> bool:
    """True for a line written in capitals, with more than eight letters ("ROME 1996-08-22")."""
    # Most lines have a small letter in their first words: upper-casing those decides (upper-casing maps each
    # character on its own, so the line's start is unchanged where the whole line is), without the whole line.
    head = line[:16]
    if head != head.upper():
        return False
    return line == line.upper() and len(_LETTERS.findall(line)) > 8


_CONNECTORS: Final = frozenset({"of", "for", "and", "&", "de", "du", "des", "del", "der", "la", "van", "von", "on", "the", "in"})
_FUNCTION: Final = frozenset(
    {
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "But", "And", "Or", "As", "If", "When",
        "After", "Before", "While", "Since", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our",
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "With", "Under", "Shares", "Both", "All", "Some",
        "Of", "Other", "New", "Former", "Then", "So", "It", "He", "She", "They", "We", "I", "Also",
    }
)  # fmt: skip
_UPPER_FUNCTION: Final = frozenset(w.upper() for w in _FUNCTION)
_ALONE: Final = frozenset({"Parliament", "Senate", "Congress", "Treasury", "Pentagon"})
"""Head words that name one organisation alone; other head words alone ("the Party", "Bank") name none."""

Word = tuple[int, int, str]
Hit = tuple[int, int, str, str | None, str | None, str, float]
"""A :class:`Found` as a plain tuple (start, end, name, kind, country, via, score): what the finder builds and sorts,
several times cheaper than the class; :func:`find_organizations` makes each a :class:`Found`."""


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class Found:
    """An organisation mention: its span, its name and, where known, kind and country; ``via`` tells how."""

    start: int
    end: int
    name: str
    kind: str | None = None
    country: str | None = None
    via: str = "name"
    score: float = 1.0


@functools.cache
def _common() -> AbstractSet[str]:
    from ..people.lexicon import lexicon as people_lexicon

    return people_lexicon().common


@functools.cache
def _before() -> re.Pattern[str]:
    """A cue phrase right before a name ("shares of", "firm"), as a pattern whose group 1 is the phrase."""
    alternation = "|".join(
        r"[ \t]+".join(map(re.escape, p.split())) for p in sorted(lexicon().cues_before, key=len, reverse=True)
    )
    return re.compile(rf"\b({alternation})[ \t]+$", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def _given(word: str) -> bool:
    """True when ``word`` is a known given name."""
    from ..people.lexicon import fold
    from ..people.lexicon import lexicon as people_lexicon

    return fold(word) in people_lexicon().given


@functools.cache
def _cue_end() -> re.Pattern[str]:
    """Matches right after a cue phrase's last word, with the word before it when there is one (``shares of``).

    A quick test before :func:`_before`'s search, which it never rejects: a look-behind for each phrase, and for
    each phrase of two words or more one for two blanks or more before its last word.
    """
    tests = []
    for phrase in sorted(lexicon().cues_before):
        *head, last = map(re.escape, phrase.split())
        if head:
            tests += [f"(?<={head[-1]} {last})", f"(?<={head[-1]}\t{last})", f"(?<=[ \t][ \t]{last})"]
        else:
            tests.append(f"(?<={last})")
    return re.compile("|".join(tests), re.IGNORECASE)


@functools.cache
def _previous_cue() -> re.Pattern[str]:
    """Matches right after a cue phrase's last word and a space, or after another blank and a space.

    A quick test before reading the word before a run, which it never rejects when a space comes before the run.
    """
    tests = [f"(?<={re.escape(w)} )" for w in sorted(_cue_ends())]
    return re.compile("|".join([*tests, r"(?<=[^\S ] )"]), re.IGNORECASE)


def _after_cue_word(text: str, s: int) -> bool:
    """Whether :func:`_previous_cue` matches at ``s`` (after a space), tested without it where the text before is ASCII."""
    words, longest = _cue_words()
    tail = text[max(0, s - 1 - longest) : s - 1]
    if not tail.isascii() or not words:
        return _previous_cue().match(text, s) is not None
    return (tail[-1:] != " " and tail[-1:].isspace()) or tail.lower().endswith(words)


def _may_end_cue(text: str, end: int) -> bool:
    """Whether :func:`_cue_end` matches at ``end``; it is tried only after a cue phrase's last word (or non-ASCII text)."""
    words, longest = _cue_words()
    tail = text[max(0, end - longest) : end]
    if words and tail.isascii() and not tail.lower().endswith(words):
        return False
    return _cue_end().match(text, end) is not None


@functools.cache
def _cue_words() -> tuple[tuple[str, ...], int]:
    """The last words of the cue phrases in lower case and the longest's length; none if one is not ASCII."""
    words = tuple(sorted(w.lower() for w in _cue_ends()))
    if not all(w.isascii() for w in words):
        return (), 0
    return words, max(map(len, words), default=0)


@functools.cache
def _cue_ends() -> frozenset[str]:
    """The last words of the cue phrases before a name ("of" in "shares of", "firm")."""
    return frozenset(p.split()[-1] for p in lexicon().cues_before)


@functools.cache
def _calendar() -> frozenset[str]:
    from ..people.lexicon import lexicon as people_lexicon

    return frozenset(w.capitalize() for w in people_lexicon().calendar) | people_lexicon().calendar


@functools.cache
def _venue_words() -> frozenset[str]:
    return frozenset(read_lines("organizations/venue_words.txt"))


def _at_venue(text: str, start: int, end: int, cues: AbstractSet[str]) -> bool:
    """True when ``text[start:end]`` is a place after a venue word, not a possessor ("in Metz's win" is the club's)."""
    return not text.startswith(_POSSESSIVES, end) and _after_venue_word(text, start, cues)


_POSSESSIVES: Final = ("'s", "’s", " 's", " ’s")


def _town_here(text: str, start: int, end: int, cues: AbstractSet[str]) -> bool:
    """True when a one-word place listed as a club is the town at ``text[start:end]``: after a venue word
    (:func:`_at_venue`) or as a dateline's place (:func:`_dated`)."""
    return _at_venue(text, start, end, cues) or _dated(text, start, end)


def _dated(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a dateline's place in capitals, which says where the story was written
    ("TORONTO (AP) -", "LISBON, Aug 23 (Reuters) -", a line "LISBON 1996-08-23"), not a club; a scorers' line
    "Milan - Savicevic" is the club's."""
    if not text[start:end].isupper():
        return False
    return dateline_at(text, start, end) or (at_line_start(text, start) and _DATED.match(text, end) is not None)


_DATED: Final = re.compile(
    r"(?:[ \t]*,[ \t]*[A-Z][a-z.][\w.]*(?: [A-Z][\w.]*)?[ \t]*\.?(?=[ \t]*(?:\n|$))"  # a line "KANSAS CITY , Mo ."
    r"|(?:[ \t]*,[ \t]*[A-Z][a-z.][\w.]*(?: [A-Z][\w.]*)?[ \t]*\.?)?(?:,\s*|\s+)"
    r"(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?)"
    r"[ \t]*(?:\([\w ]+\)[ \t]*)?(?:\n|$|[-–—]\s))"
)
"""What follows a dateline's place on its line: a state or country (not in capitals: "NEW YORK, BOSTON" lists
clubs) ending the line, or a date (after an optional state or country), then the end of the line or a dash (", Aug 23 (Reuters) -", " 1996-08-23", ", England 1996-08-30",
" , Mo .")."""


def _after_venue_word(text: str, start: int, cues: AbstractSet[str]) -> bool:
    """True when the word before ``start`` (one space between) is a venue word ("at", "In") that ends no cue
    phrase of an organisation (``cues``: "stake in Sunderland" is the club)."""
    if start < 3 or text[start - 1] != " ":
        return False
    cut = start - 1
    begin = cut
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:cut].lower()
    if word not in _venue_words():
        return False
    first = begin - 1
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    return first < 0 or text[first:cut].lower() not in cues


@functools.lru_cache(maxsize=16384)
def _place(phrase: str) -> bool:
    """True when ``phrase`` names a place of any kind in the gazetteer ("West Bank")."""
    from ..countries import lookup

    return lookup(phrase) is not None


_NON_SPACE: Final = re.compile(r"\S+")


def _words(run: str) -> tuple[Word, ...]:
    """The words of a run with offsets in it, a possessive or a sentence's full stop taken off ("Japan's", "Corp." kept)."""
    out: list[Word] = []
    abbrev = _abbrev_ok()
    for m in _NON_SPACE.finditer(run):
        s, e = m.span()
        w = run[s:e]
        last = w[-1]
        if last == "s" and len(w) > 2 and w[-2] in "'’":
            e -= 2
            w = w[:-2]
            out.append((s, e, w))
            out.append((e, e, "'s"))  # a possessive ends a name
            continue
        stop = last == "." and len(w) > 1 and w.count(".") == 1 and w[:-1] not in abbrev
        if stop:
            w, e = w[:-1], e - 1
        if w[-1] in "'’-/":
            w, e = w[:-1], e - 1
        if w:
            out.append((s, e, w))
        if stop:
            out.append((e, e, "."))  # a sentence's full stop ends a name: "last February. The Maariv newspaper"
    return tuple(out)


@functools.cache
def _abbrev_ok() -> frozenset[str]:
    lex = lexicon()
    return frozenset({s.rstrip(".") for s in lex.legal} | {"Co", "Corp", "Inc", "Ltd", "Bros", "St", "Cos"})


@functools.cache
def _after() -> re.Pattern[str]:
    """A cue phrase (group ``cue``) or an acronym in brackets (group ``acronym``) right after a name."""
    alternation = "|".join(
        r"[ \t]+".join(map(re.escape, p.split())) for p in sorted(lexicon().cues_after, key=len, reverse=True)
    )
    return re.compile(
        rf"[ \t]*(?:\([ \t]*(?P<acronym>[A-Z][A-Za-z0-9&.-]{{1,9}})[ \t]*\)|(?:['’]s?[ \t]*)?(?P<cue>{alternation})\b)"
    )


@functools.cache
def _patterns() -> re.Pattern[str]:
    """Compile every pattern made from the lexicon's cue phrases at once, on the finder's first use, so that no
    later article pays for a compile it happens to be the first to need; returns :func:`_after`'s."""
    _before()
    _cue_end()
    _previous_cue()
    return _after()


@mypyc_attr(native_class=False)
@attrs.frozen
class _Chunk:
    """Words with no listed name and no head word: what :meth:`_Finder.bare` weighs against their context."""

    start: int  # offsets in the run
    end: int
    first: str
    name: str
    several: bool  # two words or more
    initials: str  # upper-cased initials of the words that are no connectors


_ADD: Final = 0
_BARE: Final = 1
Action = tuple[Any, ...]  # (_ADD, start, end, first word, kind, country, via) or (_BARE, chunk)
Part = tuple[int, int, tuple[Action, ...]]  # a part's offsets in the run (for a results table's team) and its actions


_TRIGGERS: Final[dict[str, bool]] = {}
"""Per word and per run: whether it is or holds a listed, head, start or legal word or a cue's last word."""
_TRIGGERS_KEPT: Final = 100_000  # words and runs remembered at most; the dictionary starts again beyond


def _run_triggers(run: str) -> bool:
    """True when a word of ``run`` is listed, a head, start or legal word, or ends a cue phrase (see :func:`_triggers`)."""
    triggers = _TRIGGERS
    found = False
    for word in run.split():
        if word in triggers:
            found = triggers[word]
        else:
            found = triggers[word] = _triggers(word)
        if found:
            break
    return found


def _triggers(word: str) -> bool:
    """True when ``word`` is listed, a head, start or legal word, or ends a cue phrase: its run may hold a name."""
    lex = lexicon()
    if word in _cue_ends():
        return True  # "Shares of Quorvex": the cue is inside the run
    if word[-2:] in ("'s", "’s"):
        word = word[:-2]
    for form in (word, word.rstrip(".'’-/")):
        if form in lex.by_first or form.upper() in lex.by_first or form in lex.heads or form in lex.legal:
            return True
        if form in lex.starts:
            return True
    return False


def _before_day(texts: list[str], first: int, end: int) -> int:
    """The last word of a name that a connector and a day may follow: the day is no part of it."""
    while end - 1 > first and texts[end] in _calendar() and texts[end - 1] in _CONNECTORS:
        end -= 2
    return end


@functools.lru_cache(maxsize=8192)
def _plan(run: str, caps: bool) -> tuple[Part, ...]:
    """What the words of a run say alone, on an all-capitals line or not; it depends on its text only, so it is kept."""
    return _Reader(caps).segment(_words(run))


class _Reader:
    """Reads a run's words into parts and actions: listed names and head-word names to add, bare chunks to weigh."""

    def __init__(self, caps: bool) -> None:
        self.caps = caps
        self.lex = lexicon()
        self.parts: list[Part] = []
        self.actions: list[Action] = []

    def segment(self, words: tuple[Word, ...]) -> tuple[Part, ...]:
        """Split a run at possessives and at "and" (unless after "of"), then find names in each part."""
        part: list[Word] = []
        linked = False  # an "of" or "for" seen: "Organisation for Security and Cooperation"
        for w in words:
            t = w[2]
            if t in ("'s", ".") or (t == "and" and not linked):
                self.part(part)
                part, linked = [], False
            else:
                part.append(w)
                linked = linked or t in ("of", "for")
        self.part(part)
        return tuple(self.parts)

    def add(self, first: Word, last: Word, kind: str | None, country: str | None, via: str) -> None:
        self.actions.append((_ADD, first[0], last[1], first[2], kind, country, via))

    def part(self, words: list[Word]) -> None:
        while words and words[0][2] in _CONNECTORS:
            words = words[1:]
        if not words:
            return
        self.actions = []
        caps = self.caps
        lex = self.lex
        texts = [w[2] for w in words]
        n = len(words)
        i = 0
        pending = 0  # first word not yet part of a name
        by_first = lex.by_first
        while i < n:
            hit = lex.match(texts, i) if texts[i] in by_first else None
            if hit is not None:
                size, known = hit
                w = texts[i]
                if (size == 1 and caps and (w.lower() in _common() or len(w) < 3)) or (size == 1 and not caps and known.learned and w.isupper() and len(w) < 3):
                    hit = None
                elif (
                    size == 1
                    and not caps
                    and i + 1 < n
                    and texts[i + 1] not in lex.heads
                    and texts[i + 1] not in lex.legal
                    and texts[i + 1] not in _CONNECTORS
                ):
                    hit = None  # "Labour Day", "Fed Cup": the word names something else here
            if hit is not None:
                size, known = hit
                if i > pending and not caps:
                    self.heads(words[pending:i])
                country = known.country
                if i > 0 and country is None and (code := _country(texts[i - 1])):
                    country = code  # "the Japanese Foreign Ministry"
                end = i + size
                # a listed name followed by a head word is a longer name ("Daewoo Corp", "Reuters Television")
                while end < n and (texts[end] in lex.heads or texts[end] in lex.legal) and not caps:
                    end += 1
                self.add(words[i], words[end - 1], known.kind, country, "sports-only" if known.sports_only else "name")
                i = pending = end
                continue
            i += 1
        if pending < n and not caps:
            self.heads(words[pending:])
        self.parts.append((words[0][0], words[-1][1], tuple(self.actions)))

    def heads(self, words: list[Word]) -> None:
        """Names made by a head word, a start word or a legal form, and the bare chunks left between them."""
        lex = self.lex
        texts = [w[2] for w in words]
        n = len(texts)
        while n and (texts[0] in _FUNCTION or texts[0] in _CONNECTORS):
            words, texts, n = words[1:], texts[1:], n - 1
        while n and texts[-1] in _CONNECTORS:
            words, texts, n = words[:-1], texts[:-1], n - 1
        if not n:
            return
        if n >= 2 and texts[0] in lex.starts and texts[1] not in _CONNECTORS:
            self.add(words[0], words[n - 1], lex.starts[texts[0]], None, "head")  # "Air France", "Dynamo Kiev"
            return
        start = 0
        i = 0
        while i < n:
            w = texts[i]
            legal = w in lex.legal
            kind = lex.heads.get(w) or ("company" if legal else None)
            if kind is None:
                i += 1
                continue
            end = i
            # a chain of heads and legal forms: "Motor Co Ltd"
            while end + 1 < n and (texts[end + 1] in lex.heads or texts[end + 1] in lex.legal):
                end += 1
                if texts[end] in lex.legal:
                    legal = True
                else:
                    kind = lex.heads[texts[end]]
            # "Bank of Japan", "University of Texas at Austin": a head before "of" takes the rest of the run
            if end + 1 < n and texts[end + 1] in ("of", "for") and end + 2 < n and not legal:
                end = n - 1
            elif end + 1 < n and not legal:
                i = end + 1  # a head word inside a name of something else: "United States", "Police Chief"
                continue
            first = start
            while first < i and texts[first] in _calendar():
                first += 1  # "August National Association of Purchasing Management"
            end = _before_day(texts, first, end)  # "the University of Rochester for Saturday"
            for x in range(i - 1, first - 1, -1):  # "Palestinians in the West Bank", "Casesa of Schroder & Co"
                if texts[x] in ("in", "of", "the", "for", "on"):
                    first = x + 1
                    break
            if end == first and w not in _ALONE:
                i = start = end + 1
                continue  # a head word alone names no one ("Bank", "Party")
            name = " ".join(texts[first : end + 1])
            if _place(name):
                i = start = end + 1
                continue  # "West Bank", "Gold Coast"
            # a country or demonym before a name of two words or more is not part of it: "U.S. State Department"
            country = None
            lead = _country(texts[first]) if end - first >= 2 else None
            if lead is not None:
                country = lead
                first += 1
            if country is None:
                for x in range(first, end + 1):
                    if texts[x] not in _CONNECTORS and texts[x] not in lex.heads and (code := _country(texts[x])):
                        country = code
                        break
            if first > start:
                self.bare(words[start:first])
            self.add(words[first], words[end], kind, country, "head")
            i = start = end + 1
        if start < n:
            self.bare(words[start:])

    def bare(self, words: list[Word]) -> None:
        texts = [w[2] for w in words]
        end = _before_day(texts, 0, len(texts) - 1)  # "shares of Brennholt Vale on Monday"
        words, texts = words[: end + 1], texts[: end + 1]
        chunk = _Chunk(
            start=words[0][0],
            end=words[-1][1],
            first=texts[0],
            name=" ".join(texts),
            several=len(words) >= 2,
            initials="".join(t[0] for t in texts if t not in _CONNECTORS).upper(),
        )
        self.actions.append((_BARE, chunk))


_AFTER_GIVEN: Final = re.compile(r"([A-Z][a-z]+) (?=([A-Z][^\W_]*(?:[-'’][A-Z][^\W_]*)*))")
"""A capitalised word and the name after it ("Roy Keane", "Ann O'Neill-Smith"); the lookahead lets the name open
the next pair."""
_NAME_PARTS: Final = re.compile(r"[-'’]")


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex: Lexicon = lexicon()
        self.found: list[Hit] = []
        self.aliases: dict[str, Hit] = {}
        self.place_clubs: set[str] = set()  # one-word places found as clubs ("Portsmouth" in a sports article)
        self.after_given: set[str] | None = None  # words written after a given name ("Keane" of "Roy Keane"), read once
        title = doc.text[doc.title.start : doc.title.end] if doc.title else doc.text[: doc.text.find("\n") + 1 or 200]
        self.sports = _is_sports(title)
        self.after = _patterns()

    def run(self) -> list[Hit]:
        """Read every run of capitalised words, line by line, then find every other occurrence of the names found."""
        text = self.text
        sports = self.sports
        size = len(text)
        after = self.after
        ends = _cue_ends()
        triggers = _TRIGGERS
        if len(triggers) > _TRIGGERS_KEPT:
            triggers.clear()
        ls = le = -1
        short = True
        caps: bool | None = None
        for m in _runs(text, self.doc.capitals_mask):  # a run never crosses a line
            s, e = m.span()
            if s > le:  # the first run of a line
                ls = text.rfind("\n", 0, s) + 1
                le = text.find("\n", e)
                if le < 0:
                    le = size
                short = le - ls < 2
                caps = None
            if short:
                continue
            run = text[s:e]
            if not sports:
                if run in triggers:
                    held = triggers[run]
                else:
                    held = triggers[run] = _run_triggers(run)
                # most runs hold no organisation: skip them fast, unless a cue or an acronym follows or a cue
                # phrase ends right before
                if not held and after.match(text, e) is None:
                    if text[s - 1 : s] == " " and not _after_cue_word(text, s):
                        continue
                    cut = text.rfind(" ", ls, s - 1)
                    if text[cut + 1 if cut >= 0 else ls : s].strip().lower() not in ends:
                        continue
            if caps is None:
                line = text[ls:le]
                caps = _in_capitals(line)
            for ps, pe, actions in _plan(run, caps):
                if sports and self.team(s + ps, s + pe, ls):
                    continue
                for act in actions:
                    if act[0] == _ADD:
                        self.add(s + act[1], s + act[2], act[3], act[4], act[5], act[6])
                    else:
                        self.bare(act[1], s, ls, le)
        return self.propagate()

    def bare(self, c: _Chunk, base: int, ls: int, le: int) -> None:
        """A name with no head word: an organisation when an acronym of its initials, a cue or a score goes with it."""
        text = self.text
        s, e = base + c.start, base + c.end
        name = c.name
        cue = self.after.match(text, e)  # a cue phrase or an acronym in brackets
        if cue is not None and cue.lastgroup == "acronym":
            if c.several and cue.group("acronym").replace(".", "").upper() == c.initials and not _place(name):
                self.add(s, e, c.first, None, None, "acronym")
                return
            cue = None
        owned = False
        kinds = self.lex.cues_after
        if cue is None:
            kinds = self.lex.cues_before
            lo = s - 40 if s - 40 > ls else ls
            # a cue phrase before a name ends in blanks right before it, its last word before them: test that first
            if s - 2 >= lo and text[s - 1] in " \t" and (text[s - 2] in " \t" or _may_end_cue(text, s - 1)):
                cue = _before().search(text, lo, s)
        elif cue.group().lstrip()[:1] in "'’":
            owned = True
        if cue is not None and len(_LETTERS.findall(name)) > 1 and not _place(name) and name not in _calendar():
            kind = kinds[" ".join(cue.group(cue.lastindex or 1).lower().split())]
            # "Comelf 's shares" is the firm's; "Hen Vipheak 's newspaper" is a person's
            owned = owned and kind in (None, "media")
            # a common word is a name only inside a sentence: "the Eagles organisation", not "Officials said"
            common = name.lower() in _common() and (s == ls or not text[s - 2 : s - 1].isalpha())
            if not common and not owned:
                self.add(s, e, c.first, kind, None, "cue")
                return
        if not self.sports:
            return
        if not c.several and (name.lower() in _common() or name in _calendar()):
            return
        window = s - _LOOK_BACK if s - _LOOK_BACK > ls else ls
        versus = _VERSUS_BEFORE.search(text, window, s) is not None
        blank = _NOT_SPACE.search(text, ls, s) is None
        score = _NUMBER_BEFORE.search(text, window, s)
        scored_before = score is not None and _ASCII_LETTER.search(text, ls, score.start()) is not None
        if versus or blank or text[window:s].rstrip().endswith(":") or scored_before:
            m = _SCORE_AFTER.match(text, e)
            scored = m is not None and m.end() <= le and (m.group(1) is None or _country(m.group(1)) is not None)
            if (scored or versus) and _country(name) is None and not (name.isupper() and len(name) < 3):
                self.add(s, e, c.first, "sports_club", None, "club" if scored_before and scored else "results")

    def person_named(self, word: str) -> bool:
        """True when the article writes the one-word name ``word`` after a given name: "Roy Keane" for "KEANE"."""
        if self.after_given is None:  # one pass over the text, however many such names it has
            after_given = set()
            for m in _AFTER_GIVEN.finditer(self.text):
                if _given(m.group(1)):
                    name = m.group(2)
                    after_given.add(name)
                    for cut in _NAME_PARTS.finditer(name):  # "O'Neill-Smith" writes "O'Neill" and "O" too
                        after_given.add(name[: cut.start()])
            self.after_given = after_given
        return word.title() in self.after_given

    def team(self, s: int, e: int, ls: int) -> bool:
        """A team or make after a competitor's country ("Alex Zanardi ( Italy ) , Reynard Honda , 53.980")."""
        text = self.text
        team = _TEAM_BEFORE.search(text, s - 40 if s - 40 > ls else ls, s)
        if team is None or _country(team.group(1)) is None or not _TEAM_AFTER.match(text, e):
            return False
        self.add(s, e, "", "sports_club", None, "team")
        return True

    def add(self, start: int, end: int, first: str, kind: str | None, country: str | None, via: str) -> None:
        text = self.text
        name = text[start:end]
        score = 1.0
        if via == "sports-only":
            via = "name"  # a one-word place names a club only in a sports article, not after "at" or "in"
            keep = self.sports and not _town_here(text, start, end, self.lex.cues_before.keys())
            self.place_clubs.add(name)
        else:
            # a listed name that is also a place ("SAN FRANCISCO") is the place as a dateline's
            keep = not (via == "name" and _dated(text, start, end) and _place(name))
            if via == "results" or ((via == "cue" or via == "club") and _given(first)):
                # "Pete Sampras ( U.S. ) 6-3", "Caddick 57.2 10 165": where the people finder sees a person, it wins
                # the merge; a name between two scores ("Dunvant 21 Ebbw Vale 10") is a club
                score = 0.9
            elif via == "name" and name.isupper() and " " not in name and self.person_named(name):
                score = 0.9  # "KEANE SIGNS" over "Roy Keane has signed": where the people finder sees him, he wins
        found = (start, end, name, kind, country, via, score)
        if keep:
            self.found.append(found)
        elif dateline_at(text, start, end):
            return  # nor its bracket after: "BALTIMORE (AP) -" is a dateline, not Baltimore's acronym
        m = _ACRONYM_AFTER.match(text, end)
        if m is not None and via != "results" and via != "club":
            acro = m.group(1)
            if acro.isupper():
                self.found.append((m.start(1), m.end(1), name, kind, country, "acronym", score))
                self.aliases.setdefault(acro, found)

    def propagate(self) -> list[Hit]:
        """Every occurrence of a found name, of its acronym and of a company's name without its legal form."""
        text = self.text
        found = self.found
        legal = self.lex.legal
        names: dict[str, Hit] = {}
        for f in found:
            name, via = f[2], f[5]
            if name not in names:
                names[name] = f
            if via == "head" or via == "name":
                parts = name.split()
                if len(parts) >= 2 and parts[-1].rstrip(".") in legal:
                    core = " ".join(parts[:-1])
                    if core not in names and len(core) > 2 and core.lower() not in _common() and _country(core) is None:
                        names[core] = f
        aliases = self.aliases
        for acro, f in aliases.items():
            if acro not in names:
                names[acro] = f
        out = list(found)
        # What is taken, as marks on the text: a span s:e (s < e) marks its characters, an empty one its
        # offset; "overlaps a taken span" is then one scan in C of the few characters of an occurrence,
        # not a look at every span taken so far.
        covered = bytearray(len(text) + 1)
        points = bytearray(len(text) + 1)
        for s, e, *_ in found:
            if s < e:
                covered[s:e] = b"\x01" * (e - s)
            else:
                points[s] = 1
        starts = _word_starts(text) if len(text) > _INDEXED else None
        for name, f in names.items():
            canonical = f[2] if name not in aliases else aliases[name][2]
            venue_matters = name in self.place_clubs
            for variant in {name, name.upper()}:
                for pos in _occurrences(text, variant, starts):
                    end = pos + len(variant)
                    if venue_matters and _town_here(text, pos, end, self.lex.cues_before.keys()):
                        continue  # "a match in Portsmouth": the town, where "Portsmouth" is a club elsewhere
                    if _dated(text, pos, end) and _place(name):
                        continue  # "NEW YORK 1996-08-22" above a table where "New York" is a club
                    if (
                        (pos == 0 or not text[pos - 1].isalnum())
                        and (end == len(text) or not text[end].isalnum())
                        and covered.find(1, pos, end) < 0
                        and points.find(1, pos + 1, end) < 0
                    ):
                        out.append((pos, end, canonical, f[3], f[4], "repeat", f[6]))
                        covered[pos:end] = b"\x01" * (end - pos)
        out.sort(key=_END, reverse=True)  # a stable sort: by start, the longest first, else in the order found
        out.sort(key=_START)
        kept: list[Hit] = []
        last_end = -1
        for f in out:
            if f[0] >= last_end:
                kept.append(f)
                last_end = f[1]
        return kept


_START: Final = operator.itemgetter(0)
_END: Final = operator.itemgetter(1)


def find_organizations(doc: Document) -> list[Found]:
    """Every organisation mention in ``doc``, in text order."""
    return [
        Found(start=s, end=e, name=name, kind=kind, country=country, via=via, score=score)
        for s, e, name, kind, country, via, score in organization_hits(doc)
    ]


def organization_hits(doc: Document) -> list[Hit]:
    """:func:`find_organizations` as plain tuples (:data:`Hit`), for a caller that builds its own objects from them."""
    if not doc.text:
        return []
    return _Finder(doc).run()


_INDEXED = 50_000  # characters from which the occurrences of a name are looked up in an index of word starts
# not Final: a compiled Final is inlined, and the tests set a small bound to exercise it
_ALNUM_RUN: Final = re.compile(r"[^\W_]+")


def _word_starts(text: str) -> dict[str, list[int]]:
    """Where each run of letters and digits of ``text`` starts (each run whole), in order."""
    starts: dict[str, list[int]] = {}
    for m in _ALNUM_RUN.finditer(text):
        starts.setdefault(m.group(), []).append(m.start())
    return starts


def _occurrences(text: str, variant: str, starts: dict[str, list[int]] | None) -> list[int]:
    """Where ``text.find`` finds ``variant``, each search going on after the last one found.

    On a long text (``starts`` given), a name that begins with a letter or digit and can overlap no
    other occurrence of itself is looked up by its first word, among the words of the text, instead
    of searched for through the whole text: every occurrence that starts a word, which is all a
    caller that wants whole words needs. Otherwise every occurrence.
    """
    first = _ALNUM_RUN.match(variant)
    if starts is None or first is None or any(variant.endswith(variant[:k]) for k in range(1, len(variant))):
        found = []
        pos = text.find(variant)
        while pos >= 0:
            found.append(pos)
            pos = text.find(variant, pos + len(variant))
        return found
    return [pos for pos in starts.get(first.group(), ()) if text.startswith(variant, pos)]
