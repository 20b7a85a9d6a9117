"""What a capitalised word is on its own, read off the lexicon: a title, a common word, a plural, a town.

The answers depend on the word alone, so the costlier ones are memoised per word on the :class:`Lexicon`.
"""

from __future__ import annotations

from typing import Final

from .lexicon import Lexicon
from .window import FOLDED, MEMO_SIZE, folded

__all__ = [
    "COMMON",
    "PLURAL",
    "PLURAL_NOUN",
    "TITLE",
    "classes",
    "common",
    "facts",
    "is_title_word",
    "is_town",
    "plural",
    "plural_noun",
    "title_phrases",
]


def is_town(lex: Lexicon, word: str) -> bool:
    """A place that is not a country or a demonym: a team's home ("Florida Marlins")."""
    return lex.is_place(word) and lex.country_of(word) is None


# the bits of classes()
TITLE: Final = 1
COMMON: Final = 2
PLURAL: Final = 4
PLURAL_NOUN: Final = 8


def classes(lex: Lexicon, word: str) -> int:
    """What a word is, as bits: a title on its own, a common word, a plural, a common noun's plural (memoised)."""
    low = word.lower()  # common(), plural() and plural_noun() written out: a word is new to the memo often
    s = low.endswith("s")
    found = (
        TITLE * is_title_word(lex, word)
        | COMMON * (low in lex.common and low not in lex.given and low not in lex.family_first)
        | PLURAL * (s and not low.endswith("ss") and low not in lex.surnames)
        | PLURAL_NOUN * (s and (low[:-1] in lex.common or (low.endswith("es") and low[:-2] in lex.common)))
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
        key = FOLDED.get(bare) or folded(bare)
        found = bare in lex.honorifics or (key,) in lex.titles.get(key, ())
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


_GERMAN_ENDINGS: Final = ("n", "en", "s", "es", "in", "innen")  # "Kollegen", "Präsidenten", "Ministers", "Trainerin"


def title_phrases(lex: Lexicon, word: str) -> tuple[tuple[str, ...], ...]:
    """The title phrases (folded words) that ``word`` can end, longest first; () for none (memoised)."""
    ends = lex.title_ends
    phrases = ends.get(word)
    if phrases is None:
        key = (FOLDED.get(word) or folded(word)).rstrip(".")
        phrases = lex.titles.get(key, ())  # "Gov.", "Sen."
        if not phrases and lex.capitalised_nouns and len(key) > 3:  # "Bildungsminister", "FDP-Chef", "Teamkollegen"
            tail = key.rsplit("-", 1)[1] if "-" in key else key
            stems = {tail, *[tail[: -len(e)] for e in _GERMAN_ENDINGS if tail.endswith(e) and len(tail) > len(e) + 3]}
            if any((stem[i:],) in lex.titles.get(stem[i:], ()) for stem in stems for i in range(len(stem) - 3)):
                phrases = ((key,),)
        if len(ends) < MEMO_SIZE:
            ends[word] = phrases
    return phrases


# The bits of facts(): what a word of a run is, as the finder takes titles and leading words off a run's front.
HONORIFIC: Final = 1  # an honorific, less one full stop ("Mr", "Dr.")
ENDS_TITLE: Final = 2  # the last word of a title phrase ("President", "minister")
GIVEN: Final = 4  # a given name (folded)
STOP: Final = 8  # a stop word (folded)
INITIAL: Final = 16  # one letter and a full stop ("J.")
LEAD_PARTICLE: Final = 32  # a particle that may start a name ("Von", "Bin")
COMMON_AT_START: Final = 64  # a common word that is no given name nor family name: not a name at a sentence's start
MODIFIER: Final = 128  # ends in a hyphen and a lower-case common word: "Hong Kong-based", "Brazilian-born"
DROPPED: Final = 256  # an "Ex-" word, or a calendar word that is no given name: never the start of a name
TRAILING: Final = 512  # a calendar word or a pronoun: never the end of a name ("Jose Miguel Insulza Monday")
NO_START: Final = 1024  # a particle or a suffix: a name never starts with it
_PRONOUNS: Final = frozenset({"He", "She", "They", "We", "You", "It", "His", "Her", "Their", "Its", "The"})


def facts(lex: Lexicon, word: str) -> int:
    """What ``word`` is on its own, as the bits above (memoised): the finder's rules read them before the
    costlier look-ups that depend on the words around it."""
    found = lex.word_facts.get(word)
    if found is not None:
        return found
    f = FOLDED.get(word) or folded(word)
    low = word.lower()
    found = (
        HONORIFIC * ((word[:-1] if word[-1] == "." else word) in lex.honorifics)
        | ENDS_TITLE * bool(title_phrases(lex, word))
        | GIVEN * (f in lex.given)
        | STOP * (f in lex.stopwords)
        | INITIAL * (word[1:] == ".")
        | LEAD_PARTICLE * (low in lex.lead_particles)
        | COMMON_AT_START
        * (low in lex.common and low not in lex.given and low not in lex.surnames and low not in lex.family_first)
        | MODIFIER * _modifier(lex, word)
        | DROPPED * (word.startswith(("Ex-", "ex-")) or (word in lex.calendar and f not in lex.given))
        | TRAILING * (word in lex.calendar or word in _PRONOUNS)
        | NO_START * (word in lex.particles or word.rstrip(".") in lex.suffixes)
    )
    if len(lex.word_facts) < MEMO_SIZE:
        lex.word_facts[word] = found
    return found


def _modifier(lex: Lexicon, word: str) -> bool:
    """A word that ends in a hyphen and a lower-case common word: "Hong Kong-based", "Brazilian-born"."""
    if "-" not in word:
        return False
    tail = word.rsplit("-", 1)[1]
    return tail.islower() and len(tail) > 2 and tail in lex.common
