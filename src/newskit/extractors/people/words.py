"""What a capitalised word is on its own, read off the lexicon: a title, a common word, a plural, a town.

The answers depend on the word alone, so the costlier ones are memoised per word on the :class:`Lexicon`.
"""

from __future__ import annotations

from .lexicon import Lexicon, fold
from .window import MEMO_SIZE

__all__ = ["COMMON", "PLURAL", "PLURAL_NOUN", "TITLE", "classes", "common", "is_title_word", "is_town", "plural", "plural_noun"]


def is_town(lex: Lexicon, word: str) -> bool:
    """A place that is not a country or a demonym: a team's home ("Florida Marlins")."""
    return lex.is_place(word) and lex.country_of(word) is None


TITLE, COMMON, PLURAL, PLURAL_NOUN = 1, 2, 4, 8  # the bits of classes()


def classes(lex: Lexicon, word: str) -> int:
    """What a word is, as bits: a title on its own, a common word, a plural, a common noun's plural (memoised)."""
    found = (
        TITLE * is_title_word(lex, word)
        | COMMON * common(lex, word)
        | PLURAL * plural(lex, word)
        | PLURAL_NOUN * plural_noun(lex, word)
    )
    if len(lex.word_classes) < MEMO_SIZE:
        lex.word_classes[word] = found
    return found


def is_title_word(lex: Lexicon, word: str) -> bool:
    """A word that is a title or honorific on its own ("Queen", "Sen", "Mr")."""
    memo = lex.title_words
    found = memo.get(word)
    if found is None:
        bare = word.rstrip(".")
        found = bare in lex.honorifics or (fold(bare),) in lex.titles.get(fold(bare), ())
        if len(memo) < MEMO_SIZE:
            memo[word] = found
    return found


def common(lex: Lexicon, word: str) -> bool:
    """A capitalised common English word that is not also a given name."""
    low = word.lower()
    return low in lex.common and low not in lex.given and low not in lex.family_first


def plural(lex: Lexicon, word: str) -> bool:
    """A word that looks like a plural noun or a team name ("Officials", "Royals"), not a family name."""
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and low not in lex.surnames


def plural_noun(lex: Lexicon, word: str) -> bool:
    """The plural of a common noun ("Bulls", "Rangers"), even where it is also a family name."""
    low = word.lower()
    return low.endswith("s") and (low[:-1] in lex.common or (low.endswith("es") and low[:-2] in lex.common))
