"""A run of capitalised words and the tokens of its line around it, read lazily: what the finder's rules look at.

In a :class:`Window` the run's words are indexes 0..n-1, the tokens before it negative indexes (-1 the
nearest), the tokens after it indexes from n on. Tokens around the run are read on the first look, only
as far as the rules need.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon import fold
from .places import place_memo
from .tokens import TOKEN

__all__ = ["FOLDED", "MEMO_SIZE", "Token", "Window", "folded"]

Token = tuple[int, int, str]

# The next token on the line: spaces and tabs, then a token (none at a line break).
_NEXT_TOKEN: Final = re.compile(r"[ \t]*(" + TOKEN.pattern + ")")
_MAX_BACK: Final = 256  # characters read back for the tokens before a run

MEMO_SIZE = 100_000
"""How many words (or stretches) a process-wide memo of the finder keeps at most."""

FOLDED: Final[dict[str, str]] = {}
"""Folded words (:func:`newskit.names.fold`), memoised: the finder folds the same words in every run."""


def folded(word: str) -> str:
    """``fold(word)``, memoised in :data:`FOLDED`."""
    f = FOLDED.get(word)
    if f is None:
        f = fold(word)
        if len(FOLDED) < MEMO_SIZE:
            FOLDED[word] = f
    return f


def _single(c: str) -> bool:
    """True when the character ``c`` is a token on its own (:data:`TOKEN`'s last branch): not white space, and
    no letter, digit or apostrophe, which start a longer token."""
    return not c.isalnum() and c != "'" and c != "’" and not c.isspace()


def _stretch_before(text: str, j: int) -> list[Token] | None:
    """The tokens of the stretch between spaces that ends before ``j`` (spaces and tabs skipped), when it is a word
    of letters, one mark, or a word and a mark ("year.", "Putin,"); [] at the start of a line. What
    :meth:`Window._read_before` reads then with a regular expression; None where it is left to it."""
    i = j
    while i > 0 and (text[i - 1] == " " or text[i - 1] == "\t"):
        i -= 1
    if i == 0 or text[i - 1] == "\n" or text[i - 1] == "\r":
        return []
    lo = max(0, i - 63)  # a short stretch: a longer one is left to Window._back
    c = text.rfind(" ", lo, i) + 1
    if c == 0 and lo > 0:
        return None
    chunk = text[c:i]
    if chunk.isalpha() or (len(chunk) == 1 and _single(chunk)):
        return [(c, i, chunk)]
    if len(chunk) > 1 and chunk[:-1].isalpha() and _single(chunk[-1]):  # a word and a mark: "year.", "Putin,"
        return [(c, i - 1, chunk[:-1]), (i - 1, i, chunk[-1])]
    return None


_LINE_END: Final[Token] = (-1, -1, "")  # compare by value: the compiled build boxes a Final tuple anew at each use


def _token_after(text: str, j: int) -> Token | None:
    """The token after ``j`` (spaces and tabs skipped) when it is one mark, a possessive "'s", or a word of letters
    before a space or a mark; :data:`_LINE_END` at the end of a line. What :meth:`Window._read_after` reads then
    with a regular expression; None where it is left to it."""
    size = len(text)
    while j < size and (text[j] == " " or text[j] == "\t"):
        j += 1
    if j == size:
        return _LINE_END
    c = text[j]
    if _single(c):
        return (j, j + 1, c)
    if c.isspace():
        return _LINE_END
    if c == "'" or c == "’":  # a possessive: "'s" before a character that is no letter, digit or "_"
        if text[j + 1 : j + 2] == "s" and (j + 2 == size or not (text[j + 2].isalnum() or text[j + 2] == "_")):
            return (j, j + 2, c + "s")
        return None
    e = text.find(" ", j, j + 64)
    if e < 0:
        return None
    chunk = text[j:e]
    if chunk.isalpha():
        return (j, e, chunk)
    if len(chunk) > 1 and chunk[:-1].isalpha() and not chunk[-1].isalnum():  # "said,", "year."
        return (j, e - 1, chunk[:-1])
    return None


class Window:
    """A run of name tokens (indexes 0..n-1) and the tokens of its line around it, read lazily.

    Negative indexes are tokens before the run (-1 the nearest), indexes from n on the ones
    after it; :meth:`word` returns "" past the line, :meth:`tok` None.
    """

    __slots__ = ("_after", "_apos", "_before", "_bpos", "_na", "_nb", "_pending", "language", "n", "offset", "places", "run", "text", "words")

    def __init__(
        self,
        text: str,
        run: list[Token],
        words: list[str] | None = None,
        language: str = "en",
        places: dict[str, bool] | None = None,
        offset: int = 0,
    ) -> None:
        self.text = text
        self.language = language
        self.places = place_memo(language) if places is None else places  # is_place's answers in ``language``
        self.run = run  # offsets from ``offset``
        self.offset = offset
        self.n = len(run)
        self.words = [t[2] for t in run] if words is None else words
        self._before: list[Token] = []  # the tokens read before the run, nearest first
        self._after: list[Token] = []  # and after it
        self._pending: list[Token] | None = None  # tokens of a stretch without spaces, read back but not taken yet
        self._bpos = run[0][0] + offset  # where to read on, -1 past the line
        self._apos = run[-1][1] + offset
        self._nb = self._na = 0  # how many tokens were read before the run and after it

    def tok(self, i: int) -> Token | None:
        if 0 <= i < self.n:
            s, e, w = self.run[i]
            return (s + self.offset, e + self.offset, w)
        if self.word(i):
            return self._before[-1 - i] if i < 0 else self._after[i - self.n]
        return None

    def word(self, i: int) -> str:
        if i < 0:
            if -i <= self._nb:
                return self._before[-1 - i][2]
            return self._read_before(-i)
        k = i - self.n
        if k < 0:
            return self.words[i]
        if k < self._na:
            return self._after[k][2]
        return self._read_after(k)

    def fw(self, i: int) -> str:
        """The folded word of token ``i`` (:func:`newskit.names.fold`), memoised."""
        w = self.words[i] if 0 <= i < self.n else self.word(i)
        return FOLDED.get(w) or folded(w)

    def span_text(self, a: int, b: int) -> str:
        n, off = self.n, self.offset
        if 0 <= a < n:
            start = self.run[a][0] + off
        else:
            self.word(a)
            start = self._before[-1 - a][0] if a < 0 else self._after[a - n][0]
        if 0 <= b < n:
            return self.text[start : self.run[b][1] + off]
        self.word(b)
        return self.text[start : self._before[-1 - b][1] if b < 0 else self._after[b - n][1]]

    def _read_before(self, count: int) -> str:
        """Read back through the line until ``count`` tokens stand before the run: the last one's word, or ""."""
        before = self._before
        while self._nb < count:
            pending = self._pending
            if pending:
                before.append(pending.pop())
                self._nb += 1
                continue
            j = self._bpos
            if j < 0:
                return ""
            stretch = _stretch_before(self.text, j)
            if stretch is not None:  # most often a word or a mark after a space: no regular expression needed
                if not stretch:  # the start of the line
                    self._bpos = -1
                    return ""
                self._bpos = stretch[0][0]
                if len(stretch) > 1:
                    self._pending = stretch[:-1]
                before.append(stretch[-1])
                self._nb += 1
                continue
            t = self._back(self.text, j)  # a stretch of several tokens, or an unusual one
            if t is None:
                self._bpos = -1
                return ""
            before.append(t)
            self._nb += 1
        return before[count - 1][2]

    def _read_after(self, k: int) -> str:
        """Read on through the line until the token ``k`` after the run: its word, or ""."""
        after, text, match = self._after, self.text, _NEXT_TOKEN.match
        apos = self._apos
        while self._na <= k:
            t = None if apos < 0 else _token_after(text, apos)
            if t is not None:  # most often a word or a mark: no regular expression needed
                if t[0] < 0:  # _LINE_END
                    self._apos = -1
                    return ""
                apos = t[1]
                after.append(t)
                self._na += 1
                continue
            m = None if apos < 0 else match(text, apos)
            if m is None:  # the end of the line or of the text
                self._apos = -1
                return ""
            s, apos = m.span(1)
            after.append((s, apos, text[s:apos]))
            self._na += 1
        self._apos = apos
        return after[k][2]

    def _back(self, text: str, j: int) -> Token | None:
        """The token before ``j`` on its line (from the stretch between spaces it ends), or None."""
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == 0 or text[j - 1] in "\n\r":
            return None
        # the last white space before ``j``: looked for near ``j`` first (a search back to the
        # start of the text for a tab that is not there would cost as much as the whole run)
        lo = max(0, j - 64)
        c = text.rfind(" ", lo, j)
        tail = text[c + 1 if c >= 0 else lo : j]
        if "\t" in tail or "\n" in tail:  # else no tab or line break stands after that space
            c = max(c, text.rfind("\t", lo, j), text.rfind("\n", lo, j))
        if c < 0 < lo:  # and then no further than _MAX_BACK: a text without spaces is not read back to its start
            floor = max(0, j - _MAX_BACK)
            c = max(text.rfind(" ", floor, lo), text.rfind("\t", floor, lo), text.rfind("\n", floor, lo), floor - 1)
        c += 1
        self._bpos = c
        m = TOKEN.match(text, c, j)
        if m is not None and m.end() == j:  # one token between the spaces
            return (c, j, m.group())
        self._pending = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, c, j)]
        return self._pending.pop() if self._pending else None
