"""Tokens of one sentence, the mentions that cover them, and the triggers found among them."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Container, Sequence
from typing import Final

from ...document import Sentence
from ...models import CountryMention, DateKind, DateMention, Mention, Participant, PersonMention
from ...tokens import is_title_case
from .lexicon import Form, Lexicon, current_language, lexicon

__all__ = [
    "MentionIndex",
    "SentenceView",
    "Trigger",
    "find_triggers",
    "has_trigger_words",
    "letters_only",
    "may_have_triggers",
    "title_case",
    "trigger_bytes",
    "usable_date",
]

# read once, when the event builder is first imported (import newskit does not import it)
_WORDS: Final = lexicon().words


_TOKEN: Final = re.compile(r"[^\W_]++(?:['’.\-][^\W_]++)*+|--|[,;:()\"“”—–]")
"""A token of a sentence as the event rules read it: a word with inner apostrophes, dots and
hyphens ("O'Rourke's", "U.S", "al-Assad"), a double dash or clause punctuation. The quantifiers
are possessive: nothing after them could make a shorter run match, so the engine keeps no
backtracking points."""

_ASCII_TOKEN: Final = re.compile(r"[A-Za-z0-9]++(?:['.\-][A-Za-z0-9]++)*+|--|[,;:()\"]")
""":data:`_TOKEN` for a sentence of ASCII text (most of them): the same tokens, found faster by a
pattern that tests letters against a table rather than Unicode categories."""

_SPLIT: Final = re.compile(
    r"([\w,;:()\"“”—–\-](?:(?<=[^\W_])[^\W_]*+(?:['’.\-][^\W_]++)*+|(?<=-)-|(?<=[,;:()\"“”—–])))"
)
""":data:`_TOKEN` as one group: ``split`` returns the text between tokens and the tokens in turn.

Written to begin with the set of characters a token may begin with (a lone ``_`` or ``-`` is then
refused by the look-behinds): the engine skips to the next such character in one loop rather
than trying the whole pattern at every character (about 7,000 instructions less a sentence)."""

_ASCII_SPLIT: Final = re.compile(
    r"([A-Za-z0-9,;:()\"\-](?:(?<=[A-Za-z0-9])[A-Za-z0-9]*+(?:['.\-][A-Za-z0-9]++)*+|(?<=-)-|(?<=[,;:()\"])))"
)
""":data:`_SPLIT` for a sentence of ASCII text: :data:`_ASCII_TOKEN` as one group, the same way."""


def _trigger_spellings() -> frozenset[str]:
    """First words of triggers in lower case, capitalised and upper case."""
    return _spellings(current_language())


@functools.cache
def _spellings(language: str) -> frozenset[str]:
    words = lexicon(language).trigger_heads
    return words | {w.capitalize() for w in words} | {w.upper() for w in words}


@functools.cache
def _letters_table() -> bytes:
    return bytes([c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256)])


def _trigger_bytes() -> frozenset[bytes]:
    return _bytes(current_language())


def trigger_bytes() -> frozenset[bytes]:
    """The :func:`letters_only` words a trigger of the article's language may start with: a
    stretch of text whose words (``letters.split()``) are disjoint from them holds no trigger."""
    return _bytes(current_language())


@functools.cache
def _bytes(language: str) -> frozenset[bytes]:
    """The :func:`letters_only` words of the triggers' first words: a word with letters beyond
    A-Z ("reunió") stands for its ASCII pieces ("reuni"), which keeps the test a superset."""
    return frozenset(piece for w in _spellings(language) for piece in letters_only(w).split())


def letters_only(text: str) -> bytes:
    """``text`` as bytes, one a character (offsets stay), every character but A-Z and a-z a space.

    Its words are those of the pattern ``[A-Za-z]+``, found many times faster by ``split``.

    >>> letters_only("Xi’s visit, café")
    b'Xi s visit  caf '
    """
    return text.encode("ascii", "replace").translate(_letters_table())


def has_trigger_words(letters: bytes) -> bool:
    """Does a stretch of :func:`letters_only` text hold any word a trigger starts with?"""
    return not _trigger_bytes().isdisjoint(letters.split())


def may_have_triggers(text: str) -> bool:
    """A fast test: does ``text`` hold any word a trigger starts with?

    >>> may_have_triggers("They met."), may_have_triggers("A so-called deal"), may_have_triggers("Nothing here")
    (True, True, False)
    """
    return has_trigger_words(letters_only(text))


_REFERENCES: Final = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
_DAY_KINDS: Final = (DateKind.DATE, DateKind.TIME)
"""The kinds of a date that covers calendar days (a tuple: members are found by identity first)."""


def usable_date(m: DateMention) -> bool:
    """Can a date mention date an event: a date or a time of calendar days, no mere reference ("now")?"""
    return (
        m.kind in _DAY_KINDS
        and m.value is not None
        and m.value not in _REFERENCES
        and m.period is not None
    )


def bisect_left(values: list[int], x: int, lo: int = 0) -> int:
    """:func:`bisect.bisect_left` on a list of ints, as a loop: compiled, it compares unboxed ints in
    place, where a call of the C function costs more than the search of a sentence's few tokens."""
    hi = len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(values: list[int], x: int, lo: int = 0) -> int:
    """:func:`bisect.bisect_right` on a list of ints, as a loop (see :func:`bisect_left`)."""
    hi = len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


_START_END: Final = operator.attrgetter("start", "end")
_START: Final = operator.attrgetter("start")


class MentionIndex:
    """Mentions of one article, sorted by start, for fast per-sentence look-ups."""

    def __init__(self, mentions: Sequence[Mention], *, ordered: bool = False) -> None:
        """``ordered``: the mentions are sorted by start and end already."""
        # by start alone (an int key, no tuple made and compared for each), by start and end where two share a start
        self.mentions = list(mentions) if ordered else sorted(mentions, key=_START)
        self.starts = starts = list(map(_START, self.mentions))
        if not ordered:
            for k in range(1, len(starts)):
                if starts[k] == starts[k - 1]:
                    self.mentions = sorted(mentions, key=_START_END)
                    break

    def of_kinds(self, kinds: tuple[type[Mention], ...]) -> MentionIndex:
        """The index of the mentions of ``kinds`` only, read off this one's order (no sort): the
        index of the mentions of the first kind, then those of the next... (what sorting them
        would give; where two of different kinds share their offsets, it is sorted so).
        """
        kept = [m for m in self.mentions if isinstance(m, kinds)]
        for k in range(1, len(kept)):
            a, b = kept[k - 1], kept[k]
            if a.start == b.start and a.end == b.end and type(a) is not type(b):
                return MentionIndex(sorted(kept, key=lambda m: _kind_rank(m, kinds)))
        return MentionIndex(kept, ordered=True)

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions that begin in ``start:end``."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return self.mentions[lo:hi]

    def before(self, offset: int) -> list[Mention]:
        """Mentions that begin before ``offset``, in text order."""
        return self.mentions[: bisect_left(self.starts, offset)]


def _kind_rank(m: Mention, kinds: tuple[type[Mention], ...]) -> int:
    """The position in ``kinds`` of the first kind ``m`` is an instance of."""
    for rank, kind in enumerate(kinds):
        if isinstance(m, kind):
            return rank
    return len(kinds)


class Trigger:
    """A trigger found in a sentence: token positions, kind, and grammatical reading.

    A plain class (no attrs): the compiled build reads its fields as struct members, and the
    event rules read them at every step."""

    __slots__ = ("first", "form", "kind", "last", "perfect", "tense", "verb")

    def __init__(
        self, *, first: int, last: int, form: Form, kind: str, verb: bool, tense: str | None, perfect: bool = False
    ) -> None:
        self.first = first
        self.last = last  # inclusive token index
        self.form = form
        self.kind = kind
        self.verb = verb
        self.tense = tense  # past, present, future or None (nouns, participles)
        self.perfect = perfect  # present perfect ("has met"): an unspecified past time

    def __repr__(self) -> str:
        return (
            f"Trigger(first={self.first}, last={self.last}, kind={self.kind!r}, verb={self.verb}, "
            f"tense={self.tense!r}, perfect={self.perfect})"
        )


class SentenceView:
    """A sentence as tokens, each with the mention (person, country or date) covering it."""

    __slots__ = (
        "article_words",
        "bounds",
        "country_tokens",
        "dates",
        "ends",
        "entity_marks",
        "lows",
        "mentions",
        "owner",
        "participants",
        "place_marks",
        "sentence",
        "starts",
        "text",
        "title_case",
        "words",
    )

    def __init__(self, text: str, sentence: Sentence, index: MentionIndex) -> None:
        self.sentence = sentence
        self.text = text
        self.title_case: bool | None = None
        self.article_words: Container[bytes] = ()  # the article's words as written (see letters_only)
        # the participant each mention stands for, made once an article (events.roles; keyed by id: the
        # mentions live as long as the article is read)
        self.participants: dict[int, Participant] = {}
        self.place_marks: list[int] | None = None  # tokens where a place can begin (events.roles)
        self.bounds: list[bool] | None = None  # the tokens that open a clause (events.roles)
        start, end = sentence.start, sentence.end
        # split() by the token pattern gives the gaps and the tokens in turn, and their lengths add up
        # to the offsets (one loop of the compiled build; the sentence loop is the extractor's hot path)
        chunk = text[start:end]
        pieces = (_ASCII_SPLIT if chunk.isascii() else _SPLIT).split(chunk)
        words: list[str] = pieces[1::2]
        starts: list[int] = []
        ends: list[int] = []
        at = start
        for k in range(0, len(pieces) - 1, 2):
            at += len(pieces[k])
            starts.append(at)
            at += len(pieces[k + 1])
            ends.append(at)
        self.words = words
        self.starts = starts
        self.ends = ends
        self.lows: list[str] = [w.lower() for w in words]
        lo = bisect_left(index.starts, start)
        hi = bisect_left(index.starts, end, lo)
        self.mentions = mentions = index.mentions[lo:hi]
        n = len(self.words)
        owner: list[Mention | None] = [None] * n
        self.owner = owner
        self.entity_marks: list[int] = []  # the first token of each person, organisation or country mention
        self.country_tokens: list[int] = []  # every token of a country mention
        self.dates: list[tuple[int, DateMention]] = []  # usable dates and the token each begins in (events.when)
        if mentions:
            ends, starts = self.ends, self.starts
            marks, countries, dates = self.entity_marks, self.country_tokens, self.dates
            for m in mentions:
                i = bisect_left(ends, m.start + 1)  # the first token that ends after its start
                if i == n:
                    continue
                j = bisect_left(starts, m.end, i)  # past its last token
                if isinstance(m, DateMention):
                    if usable_date(m):
                        dates.append((i, m))
                elif j > i:
                    marks.append(i)
                    if isinstance(m, CountryMention):
                        countries.extend(range(i, j))
                if j > i:
                    owner[i:j] = [m] * (j - i)

    def __len__(self) -> int:
        return len(self.words)

    def span_text(self, first: int, last: int) -> tuple[str, int, int]:
        """Text and offsets of tokens ``first..last`` (inclusive)."""
        s, e = self.starts[first], self.ends[last]
        return self.text[s:e], s, e

    def is_person(self, i: int) -> bool:
        return isinstance(self.owner[i], PersonMention)

    def is_country(self, i: int) -> bool:
        return isinstance(self.owner[i], CountryMention)

    def is_date(self, i: int) -> bool:
        return isinstance(self.owner[i], DateMention)

    def is_capitalised(self, i: int) -> bool:
        w = self.words[i]
        return w[:1].isupper() or (w[:1].isdigit() and any(c.isupper() for c in w))


def title_case(view: SentenceView) -> bool:
    """A headline in title case ("Trump Meets Obama At White House"): :func:`newskit.tokens.is_title_case`."""
    if view.title_case is None:
        view.title_case = is_title_case(view.text[view.sentence.start : view.sentence.end])
    return view.title_case


def _before_someone(view: SentenceView, i: int) -> bool:
    """Is someone named in the three tokens from ``i`` ("met Putin", "met with", "met officials")?"""
    named = _WORDS["named_objects"]
    for j in range(i, min(i + 3, len(view.words))):
        if view.owner[j] is not None or view.lows[j] in named or (view.words[j][:1].isupper() and view.words[j][:1].isalpha()):
            return True
    return False


def _is_noun_context(view: SentenceView, i: int, words: dict[str, frozenset[str]]) -> bool:
    """A form read as a noun: after a determiner, a possessive or a number ("Xi's visit", "the attack")."""
    if i == 0:
        return False
    prev = view.lows[i - 1]
    return (
        prev in words["determiners"]
        or prev in words["noun_before"]
        or prev[-2:] in ("'s", "’s", "s'")
        or prev[:1].isdigit()
    )


def _perfect(view: SentenceView, i: int) -> bool:
    """A present perfect ("has met", "have also visited"): a past of no definite time."""
    words = _WORDS
    j = i - 1
    while j >= 0 and i - j <= 4:
        low = view.lows[j]
        if low in words["perfect_auxiliaries"]:
            return True
        if low in words["skip_before_trigger"] or low[-2:] == "ly":
            j -= 1
            continue
        break
    return False


def _tense(view: SentenceView, i: int, form: Form, words: dict[str, frozenset[str]]) -> str | None:
    """Past, present or future from the auxiliaries before a verb trigger, else its own form."""
    if form.tense == "base" and i > 0 and view.lows[i - 1] in words["bare_infinitive_after"]:
        return None  # "to help fight": an infinitive has no time of its own
    j = i - 1
    while j >= 0 and i - j <= 4:
        low = view.lows[j]
        if low in words["future_auxiliaries"]:
            return "future"
        if low in words["past_auxiliaries"]:
            return "past"
        if low in words["present_auxiliaries"]:
            return "present"
        if low in words["skip_before_trigger"] or low[-2:] == "ly":
            j -= 1
            continue
        break
    if form.tense == "past":  # in a headline (no full stop), "Seven killed" is a passive present
        headline = view.sentence.in_title and not view.sentence.text.endswith(".")
        return "present" if headline else "past"
    if form.tense in ("present", "base"):
        return "present"
    return None


def find_triggers(view: SentenceView, lex: Lexicon | None = None) -> list[Trigger]:
    """Event triggers of a sentence, longest phrase first, outside any mention (``lex``: the
    lexicon of the article's language, looked up when not given)."""
    if lex is None:
        lex = lexicon()
    lows = view.lows
    heads = lex.trigger_heads
    if heads.isdisjoint(lows):
        return []
    found: list[Trigger] = []
    n = len(lows)
    taken = -1
    words, owner, tokens = lex.words, view.owner, view.words
    phrase_heads, forms_of = lex.phrase_heads, lex.forms.get
    for i, low in enumerate(lows):  # a plain loop: the compiled build tests membership inline
        if low not in heads or i <= taken or owner[i] is not None:
            continue
        forms: tuple[Form, ...] | None = None
        width = 1
        if low in phrase_heads and i + 1 < n:
            forms = forms_of(f"{low} {lows[i + 1]}")
            width = 2
        if not forms:
            forms = forms_of(low)
            width = 1
        if not forms:
            continue
        form = forms[0]
        word = tokens[i]
        if form.lower_only and not word.islower():
            continue
        if form.named_object and not _before_someone(view, i + width):
            continue
        if (
            i > 0
            and word[:1].isupper()
            and lows[i - 1] not in (":", '"', "“", "'")
            and not (view.sentence.in_title and title_case(view))
        ):
            continue  # a capitalised word inside a sentence names something ("Star Wars")
        verb = form.verb
        tense: str | None = None
        if verb:
            if (form.tense in ("base", "present", "ing") and _is_noun_context(view, i, words)) or (
                form.tense == "base" and i > 1 and lows[i - 1] == "to" and lows[i - 2] in ("trip", "visit")
            ):
                verb = False  # "the attack", "a trip to visit"
            elif lex.kinds[form.kind].intransitive and i + width < n and (
                lows[i + width] in _WORDS["determiners"] or lows[i + width][:1].isdigit()
            ):
                continue  # "overturned a 3-1 deficit", "crashed the market": no accident
            else:
                tense = _tense(view, i, form, words)
        perfect = tense == "past" and form.tense == "past" and _perfect(view, i)
        found.append(
            Trigger(first=i, last=i + width - 1, form=form, kind=form.kind, verb=verb, tense=tense, perfect=perfect)
        )
        taken = i + width - 1
    return found
