"""Tense of the clause around a temporal expression, which decides "Friday" (past or coming)."""

from __future__ import annotations

import enum
import functools
import itertools
import re
from typing import Final

from ...resources import read_lines
from .lexicon import cues, lexicon

__all__ = ["Tense", "past_by", "tense_at"]


class Tense(str, enum.Enum):
    """The tense a bare weekday, month or holiday is resolved with."""

    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"


# Enum members as module constants, for the reason members.py gives.
TENSE_FUTURE: Final = Tense.FUTURE
TENSE_PAST: Final = Tense.PAST
TENSE_PRESENT: Final = Tense.PRESENT

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
_LEFT_WINDOW = 12
_RIGHT_WINDOW = 6


@functools.lru_cache(maxsize=8192)  # the same few hundred words, article after article
def _marker(word: str) -> Tense | None:
    lex = lexicon()
    w = word.lower()
    if w.endswith("'ll"):
        return TENSE_FUTURE
    t = lex.tense.get(w)
    if t is not None:
        return Tense(t)
    if w in _schedule_verbs():  # "the summit opens Monday": a coming day
        return TENSE_FUTURE
    if len(w) > 4 and w.endswith("ed") and w not in lex.not_past:
        return TENSE_PAST
    return None


@functools.cache
def _schedule_verbs() -> frozenset[str]:
    return frozenset(read_lines("dates/schedule_verbs.txt"))


@functools.cache
def _not_before_verb() -> frozenset[str]:
    return frozenset(cues("before_adjective")) | frozenset(cues("not_before_verb"))


@functools.cache
def _infinitive_cues() -> frozenset[str]:
    return frozenset(read_lines("dates/infinitive_cues.txt"))


def _is_infinitive(word: str) -> bool:
    """Whether the word after "to" looks like a verb ("to visit", not "to Paris" or "to the")."""
    return word.islower() and word not in cues("not_verbs") and not word.endswith(("ing", "ed"))


# The left side reads at most _LEFT_WINDOW words and the three before them; they are looked for in a
# stretch before the expression that doubles until it holds enough whole words (or the sentence
# start), never further back than _MAX_LOOKBACK characters: the cost does not grow with the sentence.
_LEFT_NEEDED = _LEFT_WINDOW + 4
_MAX_LOOKBACK = 4096


def _words_before(text: str, start: int, sent_start: int) -> tuple[list[str], int, int]:
    """The words of ``text[sent_start:start]``, or at least the last ``_LEFT_NEEDED`` of them.

    Also where they were read from and how many words read there were left out (the first may be cut).
    """
    size = 128
    while True:
        lo = max(sent_start, start - size)
        found = _WORD.findall(text, lo, start)
        if lo == sent_start:
            return found, lo, 0
        if len(found) > _LEFT_NEEDED or size >= _MAX_LOOKBACK:
            return found[1:], lo, 1
        size *= 2


def _spaced(text: str, lo: int, end: int, i: int) -> bool:
    """Whether only spaces part the ``i``-th word of ``text[lo:end]`` from the next one."""
    first, second = itertools.islice(_WORD.finditer(text, lo, end), i, i + 2)
    return text[first.end() : second.start()].isspace()


def tense_at(
    text: str, start: int, end: int, sent_start: int, sent_end: int, *, ahead_if_present: bool = False
) -> Tense | None:
    """The tense of the verb nearest to ``text[start:end]`` in its sentence, left side first.

    With ``ahead_if_present`` (a weekday), a present tense before the expression ("the summit is on
    Friday") is returned as future and one after it as past: only the verb that governs the day counts.

    >>> s = "Officials said Thursday that he will visit on Tuesday."
    >>> tense_at(s, 15, 23, 0, len(s)), tense_at(s, 45, 52, 0, len(s))
    (<Tense.PAST: 'PAST'>, <Tense.FUTURE: 'FUTURE'>)
    """
    left, lo, skipped = _words_before(text, start, sent_start)
    for i in range(len(left) - 1, max(-1, len(left) - 1 - _LEFT_WINDOW), -1):
        word = left[i]
        if (
            word == "to"
            and 0 < i < len(left) - 1
            and _is_infinitive(left[i + 1])
            and left[i - 1].lower() in _infinitive_cues()
            and _spaced(text, lo, start, i + skipped)
        ):
            before_cue = [w.lower() for w in left[max(0, i - 3) : i - 1]]  # the two words before the cue
            if before_cue[-1:] == ["had"] or before_cue == ["had", "been"]:
                return None  # "had been scheduled to expire Friday": a plan made before a past time, for either side
            return TENSE_FUTURE  # "plans to visit ... on Tuesday"
        t = _marker(word)
        if t is None:
            continue
        lowered = word.lower()
        if i > 0 and lowered in _schedule_verbs() and left[i - 1].lower() in _not_before_verb():
            continue  # "the vote on Sunday", "did not meet Monday", "failed to meet": no coming event
        if (
            t is TENSE_PAST
            and lowered not in lexicon().tense
            and i > 0
            and left[i - 1].lower() in cues("before_adjective")
        ):
            continue  # "a still unspecified date": an adjective in -ed, not a verb
        if t is TENSE_PAST and lowered not in cues("auxiliaries"):
            # a participle after a modal: "will be held"
            for aux in left[max(0, i - 3) : i]:
                if lexicon().tense.get(aux.lower()) == "FUTURE" or aux.endswith("'ll"):
                    return TENSE_FUTURE
            if not ahead_if_present and i > 0 and left[i - 1].lower() in cues("present_passive"):
                # a participle after "is", "are" before a month: "when the case is heard in May" (the nearer May);
                # not before a weekday, which a present would put ahead ("is suspected in the robbery Friday")
                t = TENSE_PRESENT
        if t is TENSE_PRESENT and ahead_if_present:
            return TENSE_FUTURE
        return t
    # a loop, not islice() over a generator expression, which the compiled build reads whole (quadratic)
    for read, match in enumerate(_WORD.finditer(text, end, sent_end)):
        if read == _RIGHT_WINDOW:
            break
        word = match.group()
        t = _marker(word)
        if t is None or word.lower() in _schedule_verbs():
            continue  # "Friday's close", "..., which holds": a verb after the day does not schedule it
        return TENSE_PAST if t is TENSE_PRESENT and ahead_if_present else t
    return None


def past_by(text: str, start: int, sent_start: int, sent_end: int) -> bool:
    """Whether "by" before the expression at ``start`` ends a clause told in the simple past, so that the day it
    names has come rather than lying ahead as a deadline: "the mother changed her story by Thursday", "her pay
    issues were resolved by September", "By Saturday the cygnets ventured out".

    Not after an infinitive, a modal or a passive infinitive before the verb ("asked it to respond by Oct. 31",
    "should be completed by Friday", "is expected to be done by June"), nor when the nearest verb is not past.

    >>> s = "The mother changed her story by Thursday."
    >>> past_by(s, s.index("Thursday"), 0, len(s)), past_by("It must be done by Thursday.", 19, 0, 28)
    (True, False)
    """
    left, _, _ = _words_before(text, start, sent_start)
    if left and left[-1].lower() == "by":
        left = left[:-1]
    blockers = cues("deadline_after_verb")
    for i in range(len(left) - 1, max(-1, len(left) - 1 - 8), -1):
        word = left[i].lower()
        if word in blockers:
            return False
        t = _marker(word)
        if t is None:
            continue
        if t is not TENSE_PAST:
            return False
        return blockers.isdisjoint([w.lower() for w in left[max(0, i - 2) : i]])  # not "be done", "to be done"
    if left:
        return False
    # "By Saturday, they ventured out": the clause's verb after the day
    for read, match in enumerate(_WORD.finditer(text, start, sent_end)):
        if read == _RIGHT_WINDOW:
            break
        t = _marker(match.group())
        if t is not None:
            return t is TENSE_PAST and match.group().lower() not in blockers
    return False
