"""The words a rule's match can begin with, read off its regex, so the tagger tries only those rules.

A match's *key* is its first two words: the run of ASCII letters it starts with, lower-cased ("" when
it starts with a digit or another non-letter), then the next run of letters, if any ("the 1990s"
gives ``("the", "s")``, "5 years" gives ``("", "years")``, "2005" gives ``("",)``). :func:`keys`
gives every key a match of a pattern can have, or None when it cannot tell (a pattern starting with
``\\w``), in which case the rule is always tried. It errs only on the side of trying a rule too often:
case is ignored and lookarounds are taken as always true.

The pattern is read by a small parser of its own (:func:`parse`) for the regex syntax the rules use
(literals, escapes, classes, groups of every kind, alternation, repeats); anything else (``.``, a
back-reference, a conditional) makes the key unknown, so the rule is tried everywhere.

>>> sorted(keys(r"(?:(?i:the)\\s+)?(?:\\d+|twenty[\\s-]one)\\s+years"))
[('', 'years'), ('the', 'twenty'), ('the', 'years'), ('twenty', 'one')]
>>> keys(r"\\w+ ago") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
from mypy_extensions import mypyc_attr

__all__ = ["Node", "keys", "parse"]

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_RUNS = 2  # words in a key
_MAX_CLASS_LETTERS = 6  # a class with more letters than this ("[A-Za-z]") makes the key unknown
_MAX_REPEATS = 8  # a repeat that still adds keys after this many rounds makes the key unknown
_INFINITE = -1

Key = tuple[str, ...]
# While walking, a partial key is the runs read so far and whether the last one is still open.
_Partial = tuple[Key, bool]


class _Unknown(Exception):
    """The key cannot be told from the pattern."""


# --------------------------------------------------------------------------- parsing


@mypyc_attr(native_class=False)
@attrs.frozen
class Node:
    """One item of a parsed pattern.

    ``kind`` is ``char`` (one character: ``letters`` it can be, lower-cased, and whether it can be
    ``other`` than a letter), ``zero`` (an anchor or lookaround, taken as true), ``alt`` (a group:
    ``alts``, each a sequence of nodes) or ``repeat`` (``alts[0]`` repeated ``low`` to ``high`` times,
    ``high`` -1 for no limit).
    """

    kind: str
    letters: frozenset[str] = frozenset()
    other: bool = False
    alts: tuple[tuple[Node, ...], ...] = ()
    low: int = 0
    high: int = 0


_ANY_LETTER = frozenset(_LETTERS)
_ESCAPES = {  # escape letter -> (letters, other); None: a zero-width assertion
    "d": (frozenset(), True),
    "D": (_ANY_LETTER, True),
    "s": (frozenset(), True),
    "S": (_ANY_LETTER, True),
    "w": (_ANY_LETTER, True),
    "W": (frozenset(), True),
}
_ZERO_ESCAPES = frozenset("bBAZ")


def _char_node(ch: str) -> Node:
    low = ch.lower()
    return Node("char", letters=frozenset({low}), other=False) if low in _LETTERS else Node("char", other=True)


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0

    def peek(self, n: int = 1) -> str:
        return self.p[self.i : self.i + n]

    def alternation(self) -> Node:
        alts = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            alts.append(self.sequence())
        return Node("alt", alts=tuple(alts))

    def sequence(self) -> tuple[Node, ...]:
        items: list[Node] = []
        while self.i < len(self.p) and self.peek() not in ("|", ")"):
            atom = self.atom()
            items.append(self.quantified(atom))
        return tuple(items)

    def quantified(self, atom: Node) -> Node:
        ch = self.peek()
        if ch in ("?", "*", "+"):
            self.i += 1
            low, high = {"?": (0, 1), "*": (0, _INFINITE), "+": (1, _INFINITE)}[ch]
        elif ch == "{" and (bounds := self._bounds()) is not None:
            low, high = bounds
        else:
            return atom
        if self.peek() in ("?", "+"):  # lazy or possessive: the same words
            self.i += 1
        return Node("repeat", alts=((atom,),), low=low, high=high)

    def _bounds(self) -> tuple[int, int] | None:
        end = self.p.find("}", self.i)
        inner = self.p[self.i + 1 : end] if end > 0 else ""
        lo, sep, hi = inner.partition(",")
        if not lo.isdigit() and not (sep and lo == ""):
            return None  # a literal "{"
        if hi and not hi.isdigit():
            return None
        self.i = end + 1
        low = int(lo or 0)
        return low, (int(hi) if hi else _INFINITE) if sep else low

    def atom(self) -> Node:
        ch = self.p[self.i]
        self.i += 1
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.klass()
        if ch == "\\":
            return self.escape(in_class=False)
        if ch == ".":
            raise _Unknown
        if ch in "^$":
            return Node("zero")
        return _char_node(ch)

    def group(self) -> Node:
        zero = False
        if self.peek() == "?":
            self.i += 1
            ch = self.peek()
            if ch == ":":
                self.i += 1
            elif ch == "P" and self.peek(2) == "P<":
                self.i = self.p.index(">", self.i) + 1
            elif ch in ("=", "!"):
                self.i += 1
                zero = True
            elif self.peek(2) in ("<=", "<!"):
                self.i += 2
                zero = True
            elif ch == "#":
                self.i = self.p.index(")", self.i) + 1
                return Node("zero")
            elif ch.isalpha() or ch == "-":  # flags: "(?i:...)", or "(?i)" for the whole pattern
                while self.peek() not in (":", ")"):
                    self.i += 1
                if self.peek() == ")":
                    self.i += 1
                    return Node("zero")
                self.i += 1
            else:
                raise _Unknown  # a back-reference or a conditional
        node = self.alternation()
        if self.peek() != ")":
            raise _Unknown
        self.i += 1
        return Node("zero") if zero else node

    def escape(self, *, in_class: bool) -> Node:
        ch = self.p[self.i]
        self.i += 1
        if ch in _ESCAPES:
            letters, other = _ESCAPES[ch]
            return Node("char", letters=letters, other=other)
        if ch in _ZERO_ESCAPES and not in_class:
            return Node("zero")
        if ch.isdigit() and not in_class:
            raise _Unknown  # a back-reference
        if ch in "ntrfv":
            return Node("char", other=True)
        return _char_node(ch)

    def klass(self) -> Node:
        negate = self.peek() == "^"
        if negate:
            self.i += 1
        letters: set[str] = set()
        other = False
        first = True
        while first or self.peek() != "]":
            first = False
            if self.i >= len(self.p):
                raise _Unknown
            ch = self.p[self.i]
            self.i += 1
            if ch == "\\":
                item = self.escape(in_class=True)
                letters |= item.letters
                other = other or item.other
                continue
            if self.peek() == "-" and self.peek(2)[1:] not in ("]", ""):
                hi = self.p[self.i + 1]
                self.i += 2
                if hi == "\\":
                    hi = self.p[self.i]
                    self.i += 1
                span = {chr(c).lower() for c in range(ord(ch), ord(hi) + 1)}
                letters |= span & _LETTERS
                other = other or bool(span - _LETTERS)
                continue
            node = _char_node(ch)
            letters |= node.letters
            other = other or node.other
        self.i += 1
        if negate:  # "[^\\S\\n]": the letters the class leaves out, and surely something else
            letters, other = set(_LETTERS - letters), True
        return Node("char", letters=frozenset(letters), other=other)


def parse(pattern: str) -> Node:
    """The pattern as a tree of :class:`Node` (raises ValueError where the syntax is not understood)."""
    parser = _Parser(pattern)
    try:
        node = parser.alternation()
    except (_Unknown, IndexError) as exc:
        raise ValueError(f"cannot read {pattern!r}") from exc
    if parser.i != len(pattern):
        raise ValueError(f"unbalanced parenthesis in {pattern!r}")
    return node


# --------------------------------------------------------------------------- keys


def keys(pattern: str) -> frozenset[Key] | None:
    """Every key (first two runs of letters, lower-cased) a match of ``pattern`` can have."""
    try:
        tree = parse(pattern)
        done, open_ = _walk((tree,), {((), False)})
    except (ValueError, _Unknown):
        return None
    return frozenset(done | {runs for runs, _ in open_})


def _walk(items: Iterable[Node], partial: set[_Partial]) -> tuple[set[Key], set[_Partial]]:
    done: set[Key] = set()
    word = ""  # letters read one after the other, added to the partial keys at once
    for node in items:
        if not partial:
            break
        if node.kind == "char" and not node.other and len(node.letters) == 1:
            word += next(iter(node.letters))
            continue
        if word:
            partial, word = _letters(partial, word), ""
        d, partial = _item(node, partial)
        done |= d
    if word and partial:
        partial = _letters(partial, word)
    return done, partial


def _letters(partial: set[_Partial], word: str) -> set[_Partial]:
    """Read a run of letters: it extends an open run or starts one (a closed key has fewer than _RUNS runs)."""
    return {((*runs[:-1], runs[-1] + word) if is_open else (*runs, word), True) for runs, is_open in partial}


def _item(node: Node, partial: set[_Partial]) -> tuple[set[Key], set[_Partial]]:
    if node.kind == "zero":
        return set(), partial  # zero width: taken as true
    if node.kind == "alt":
        done: set[Key] = set()
        open_: set[_Partial] = set()
        for alt in node.alts:
            d, o = _walk(alt, partial)
            done |= d
            open_ |= o
        return done, open_
    if node.kind == "repeat":
        return _repeat(node.low, node.high, node.alts[0], partial)
    if len(node.letters) > _MAX_CLASS_LETTERS:
        raise _Unknown
    return _step(partial, set(node.letters), node.other)


def _repeat(lo: int, hi: int, sub: tuple[Node, ...], partial: set[_Partial]) -> tuple[set[Key], set[_Partial]]:
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
