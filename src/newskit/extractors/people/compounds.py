"""German compound nouns: a set that also holds the compounds ending in one of its words.

Kept in a module of its own: it subclasses ``frozenset``, which the compiled build (mypyc) cannot do.
"""

__all__ = ["CompoundWords"]


class CompoundWords(frozenset[str]):
    """Lower-case words, and the compounds that end in one of them ("bildungsminister" by "minister").

    German writes compounds as one word; a word whose last part (four letters or more, after at
    least three) is a known noun is a noun too, and so is a hyphenated word whose last part is one.
    """

    def listed(self, word: str) -> bool:
        """True when ``word`` itself is in the set (compounds of its words left out)."""
        return frozenset.__contains__(self, word)

    def __contains__(self, word: object) -> bool:
        has = frozenset.__contains__
        if has(self, word):
            return True
        if not isinstance(word, str) or len(word) < 7:
            return False
        if "-" in word:
            return word.rsplit("-", 1)[1] in self
        return any(has(self, word[i:]) for i in range(3, len(word) - 3))
