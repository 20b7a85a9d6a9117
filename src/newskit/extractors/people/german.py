"""German rules of the people finder: one capitalised word in a language that capitalises every noun.

German capitalises every noun, so a capital alone does not mark a name, and a German article
names its people by their family name alone after the first mention ("Merkel", "Merkels Rede"),
or only so. The finder (:mod:`newskit.extractors.people.finder`) asks this module about a
one-word candidate that has no other evidence, and about any candidate right after an article:

- a word right after an article or a determiner ("der Wald", "ein Mann", "im Song") is a noun,
  not a person (a German name takes no article unless a title or an adjective stands between);
- "St. Peter", "Sankt Martin" is a church or a place named after a saint;
- a word that is neither a German noun (by the Wiktionary and Wikidata lists, shaped like one, "-ung",
  "-lichen", or a compound whose parts are nouns), nor an English word or a place, is a proper noun; it
  is a person's name when it is a known given or family name, when it is a genitive followed by the noun it
  owns ("Merkels Rede"), or when it stands where German puts a person: before or after a finite verb, after
  "mit", "dass", "wie"... (``data/people/de/person_context.tsv``), and not after an inflected adjective
  ("die letzte Chance") nor, at the start of a sentence, a German word of another kind ("Umgekehrt",
  "Interessant": ``data/people/de/non_nouns.txt.gz``);
- a known German family name that is also a noun ("Bauer", "Müller") is a person only with such a context.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ...resources import read_lines
from .lexicon import Lexicon, german_words, lexicon

if TYPE_CHECKING:
    from .finder import Candidate, _Window

__all__ = ["is_noun", "one_word", "review"]


@functools.cache
def _set(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines(f"people/de/{name}"))


def _determiners() -> frozenset[str]:
    return _set("determiners.txt")


@functools.cache
def _english() -> frozenset[str]:
    return lexicon("en").common


_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ismus", "ität", "itäten", "tion",
    "tionen", "nis", "nisse", "tum", "tümer", "lich", "liche", "lichen", "licher", "liches", "isch", "ische",
    "ischen", "ischer", "isches", "ige", "igen", "iger", "iges", "bare", "baren", "barer", "ende", "enden", "ender",
)  # fmt: skip
"""Endings of German nouns and adjectives that no family name has ("Kündigungen", "Kaiserlichen")."""

_LINKS = ("", "s", "es", "n", "en", "er", "e")  # the joint of a compound: "Bildung-s-minister"


def review(lex: Lexicon, cand: Candidate) -> None:
    """The German rules, after the shared ones have weighed ``cand``: a noun after an article is no one, and a
    one-word candidate without evidence gets what :func:`one_word` finds."""
    w = cand.window
    a = cand.first
    if _saint(w, a):
        cand.veto, cand.evidence = "determiner", ""  # "St. Peter", "Sankt Martin": a church or a place
        return
    if cand.evidence in ("honorific", "title"):
        return
    if w.word(a - 1).lower() in _determiners() and (cand.last == a or w.fw(a) not in lex.given):
        cand.veto, cand.evidence = "determiner", ""  # "der Wald", "im Song", "der Kaiserlichen Marine"
        return
    if cand.last == a and not cand.evidence and cand.veto in ("", "common"):
        found = one_word(lex, cand)
        if found:
            cand.evidence, cand.veto = found, ""


def _saint(w: _Window, a: int) -> bool:
    """A church or a place named after a saint: "St. Peter", "Sankt Martin"."""
    before = w.word(a - 1)
    return before in ("St.", "Sankt", "Hl.") or (before == "." and w.word(a - 2) in ("St", "Hl"))


def is_noun(lex: Lexicon, word: str) -> bool:
    """A German common noun or adjective: listed, shaped like one, or a compound of listed nouns.

    A compound counts only where its first part is a noun too ("Bildungsminister"), so that a
    family name that ends in a noun ("Grissmann", "Schönberg") stays a name.
    """
    low = word.lower()
    nouns = lex.common
    if frozenset.__contains__(nouns, low):
        return True
    if low.endswith(_NOUN_ENDINGS):
        return True
    if "-" in low:
        return False
    for i in range(len(low) - 4, 2, -1):
        head, tail = low[:i], low[i:]
        if frozenset.__contains__(nouns, tail):
            for link in _LINKS:
                if (not link or head.endswith(link)) and len(head) - len(link) >= 3:
                    stem = head[: len(head) - len(link)] if link else head
                    if frozenset.__contains__(nouns, stem):
                        return True
    return False


def _known_name(lex: Lexicon, key: str) -> bool:
    return key in lex.surnames or key in lex.given


def one_word(lex: Lexicon, cand: Candidate) -> str:
    """The evidence that a one-word candidate of a German text is a person ("" for none)."""
    w = cand.window
    a = cand.first
    word = w.words[a]
    key = w.fw(a)
    if len(word) < 2 or not word[0].isupper() or word.isupper():
        return ""
    before = w.word(a - 1)
    after = w.word(a + 1)
    starts = w.tok(a - 1) is None or before in _OPENERS
    verb_before = _finite(before) and w.word(a - 2).lower() not in _determiners()  # "stützte Tiganjs"
    if _adjective(lex, before) and not verb_before:
        return ""  # "die letzte Chance", "im englischen Hatfield"
    low = word.lower()
    if starts and low in german_words():
        return ""  # "Umgekehrt führten ...", "Interessant ist ..."
    english = low in _english()
    known = _known_name(lex, key)
    noun = is_noun(lex, word)
    genitive = (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and after[:1].isupper()
        and not lex.is_place(word[:-1])
        and (_known_name(lex, key[:-1]) or not (is_noun(lex, word[:-1]) or word[:-1].lower() in _english()))
    )
    if genitive and not starts:
        return "possessive"
    context = verb_before or _person_context(lex, before, after, starts)
    if known and not noun and not english:
        return "family" if not starts or context else ""
    if noun or english or lex.is_town(word, w.language) or (low.endswith("s") and lex.is_town(word[:-1], w.language)):
        return "verb" if known and context and not starts and key in _german_names() else ""
    return "verb" if context else ""


_OPENERS = frozenset({".", "!", "?", ":", '"', "„", "“", "«", "»", "(", "–", "-", "*"})


def _adjective(lex: Lexicon, word: str) -> bool:
    """A lower-case word with the ending of an inflected adjective ("letzte", "englischen", "britischer")."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.islower()
        and word.endswith(("e", "en", "er", "es", "em"))
        and word not in _determiners()
        and word not in _contexts()[0]
        and word not in lex.stopwords
    )


@functools.cache
def _german_names() -> frozenset[str]:
    from .lexicon import _language_set

    return _language_set("de", "surnames.txt") | _language_set("de", "given_names.txt")


@functools.cache
def _contexts() -> tuple[frozenset[str], frozenset[str]]:
    before: set[str] = set()
    after: set[str] = set()
    for line in read_lines("people/de/person_context.tsv"):
        side, _, word = line.partition("\t")
        (before if side == "before" else after).add(word.strip().lower())
    return frozenset(before), frozenset(after)


def _person_context(lex: Lexicon, before: str, after: str, starts: bool) -> bool:
    """A word around the candidate where German puts a person: a finite verb, "mit", "dass"..."""
    words_before, words_after = _contexts()
    lb, la = before.lower(), after.lower()
    if not starts and lb in words_before:
        return True
    return la in words_after or _finite(after)


def _finite(word: str) -> bool:
    """A lower-case word that looks like a finite verb in the past tense: "erklärte", "plädierte", "lebten"."""
    return len(word) > 4 and word.endswith(("te", "ten")) and word.isalpha() and word.islower()


