"""The words a rule's match can begin with, read off its regex, so the tagger tries only those rules.

A match's *key* is its first two words: the run of ASCII letters it starts with, lower-cased ("" when
it starts with a digit or another non-letter), then the next run of letters, if any ("the 1990s"
gives ``("the", "s")``, "5 years" gives ``("", "years")``, "2005" gives ``("",)``). :func:`keys`
gives every key a match of a pattern can have, or None when it cannot tell (a pattern starting with
``\\w``), in which case the rule is always tried. It errs only on the side of trying a rule too often:
case is ignored and lookarounds are taken as always true.

>>> sorted(keys(r"(?:(?i:the)\\s+)?(?:\\d+|twenty[\\s-]one)\\s+years"))
[('', 'years'), ('the', 'twenty'), ('the', 'years'), ('twenty', 'one')]
>>> keys(r"\\w+ ago") is None
True
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as C
    from re import _parser as P
else:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P

__all__ = ["keys"]

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_RUNS = 2  # words in a key
_MAX_CLASS_LETTERS = 6  # a class with more letters than this ("[A-Za-z]") makes the key unknown
_MAX_REPEATS = 8  # a repeat that still adds keys after this many rounds makes the key unknown
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, *((C.POSSESSIVE_REPEAT,) if hasattr(C, "POSSESSIVE_REPEAT") else ()))
_GROUPS = (C.SUBPATTERN, *((C.ATOMIC_GROUP,) if hasattr(C, "ATOMIC_GROUP") else ()))
_NO_LETTERS = (C.CATEGORY_DIGIT, C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD, C.CATEGORY_LINEBREAK)  # classes without letters

Key = tuple[str, ...]
# While walking, a partial key is the runs read so far and whether the last one is still open.
_Partial = tuple[Key, bool]


class _Unknown(Exception):
    """The key cannot be told from the pattern."""


def keys(pattern: str) -> frozenset[Key] | None:
    """Every key (first two runs of letters, lower-cased) a match of ``pattern`` can have."""
    try:
        done, open_ = _walk(P.parse(pattern).data, {((), False)})
    except _Unknown:
        return None
    return frozenset(done | {runs for runs, _ in open_})


def _walk(items: Iterable[tuple[Any, Any]], partial: set[_Partial]) -> tuple[set[Key], set[_Partial]]:
    done: set[Key] = set()
    word = ""  # letters read one after the other, added to the partial keys at once
    for op, av in items:
        if not partial:
            break
        if op is C.LITERAL and chr(av).lower() in _LETTERS:
            word += chr(av).lower()
            continue
        if word:
            partial, word = _letters(partial, word), ""
        d, partial = _item(op, av, partial)
        done |= d
    if word and partial:
        partial = _letters(partial, word)
    return done, partial


def _letters(partial: set[_Partial], word: str) -> set[_Partial]:
    """Read a run of letters: it extends an open run or starts one (a closed key has fewer than _RUNS runs)."""
    return {((*runs[:-1], runs[-1] + word) if is_open else (*runs, word), True) for runs, is_open in partial}


def _item(op: Any, av: Any, partial: set[_Partial]) -> tuple[set[Key], set[_Partial]]:
    if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
        return set(), partial  # zero width: taken as true
    if op in _GROUPS:
        return _walk(av[-1], partial)
    if op is C.BRANCH:
        done: set[Key] = set()
        open_: set[_Partial] = set()
        for alt in av[1]:
            d, o = _walk(alt, partial)
            done |= d
            open_ |= o
        return done, open_
    if op in _REPEATS:
        lo, hi, sub = av
        return _repeat(lo, hi, sub, partial)
    letters, other = _chars(op, av)
    return _step(partial, letters, other)


def _repeat(lo: int, hi: int, sub: Any, partial: set[_Partial]) -> tuple[set[Key], set[_Partial]]:
    done: set[Key] = set()
    current = partial
    for _ in range(lo):
        d, current = _walk(sub, current)
        done |= d
    open_ = set(current)
    frontier, count = current, lo
    while frontier and count != hi:
        if count - lo >= _MAX_REPEATS:
            raise _Unknown  # letters repeated: any number of them
        d, reached = _walk(sub, frontier)
        done |= d
        frontier = reached - open_
        open_ |= frontier
        count += 1
    return done, open_


def _step(partial: set[_Partial], letters: set[str], other: bool) -> tuple[set[Key], set[_Partial]]:
    """Read one character: one of ``letters``, or (``other``) something that is not a letter."""
    done: set[Key] = set()
    out: set[_Partial] = set()
    for runs, is_open in partial:
        for ch in letters:  # a closed partial has fewer than _RUNS runs (see below)
            out.add(((*runs[:-1], runs[-1] + ch) if is_open else (*runs, ch), True))
        if other:
            if not runs:
                out.add((("",), False))  # a start on a digit or a sign: head ""
            elif is_open and len(runs) == _RUNS:
                done.add(runs)
            else:
                out.add((runs, False))
    return done, out


def _chars(op: Any, av: Any) -> tuple[set[str], bool]:
    """The ASCII letters one character item can be (lower-cased), and whether it can be anything else."""
    if op is C.LITERAL:
        ch = chr(av).lower()
        return ({ch}, False) if ch in _LETTERS else (set(), True)
    if op is not C.IN:
        raise _Unknown  # ANY, NOT_LITERAL, a back-reference...
    letters: set[str] = set()
    other = False
    negate = False
    for sub, val in av:
        if sub is C.NEGATE:
            negate = True
        elif sub is C.LITERAL:
            ch = chr(val).lower()
            if ch in _LETTERS:
                letters.add(ch)
            else:
                other = True
        elif sub is C.RANGE:
            span = {chr(c).lower() for c in range(val[0], val[1] + 1)}
            letters |= span & _LETTERS
            other = other or bool(span - _LETTERS)
        elif sub is C.CATEGORY:
            other = True
            if val not in _NO_LETTERS:
                letters |= _LETTERS  # \w, \S, \D: any letter
        else:
            raise _Unknown
    if negate:  # "[^\S\n]": the letters the class leaves out, and surely something else
        letters, other = set(_LETTERS - letters), True
    if len(letters) > _MAX_CLASS_LETTERS:
        raise _Unknown
    return letters, other
