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
  owns ("Merkels Rede"), or when it stands where German puts a person: before or after a finite verb (also in
  reported speech: "wolle", "habe"), after "mit", "dass", "wie"... (``data/people/de/person_context.tsv``), before
  a relative clause ("Roddicks , der ..."), and not after "in" or "nach", nor after an inflected adjective
  ("die letzte Chance") nor, at the start of a sentence, a German word of another kind ("Umgekehrt",
  "Interessant": ``data/people/de/non_nouns.txt.gz``);
- a known German family name that is also a noun ("Bauer", "Müller") is a person only with such a context
  (at the start of a sentence: a finite verb after it, "Bauer ist");
- a run of English words ("Gear Show") or one that opens with an adjective ("Staatlichen Schutz") is no name,
  and a one-word member of a list is weighed by these rules rather than by its neighbours.
"""

from __future__ import annotations

import functools
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from ...resources import read_lines
from .compounds import CompoundWords
from .lexicon import Lexicon, fold, german_words, lexicon

if TYPE_CHECKING:
    from .candidate import Candidate
    from .window import Window as _Window

__all__ = ["after_lists", "is_noun", "one_word", "review"]


@functools.cache
def _set(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines(f"people/de/{name}"))


def _determiners() -> frozenset[str]:
    return _set("determiners.txt")


@functools.cache
def _english() -> AbstractSet[str]:
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
    if cand.last > a and cand.evidence in ("family", "given") and _english_phrase(lex, cand):
        cand.veto, cand.evidence = "common", ""  # "Gear Show", "Solid Gold", "Young Men": English words
        return
    if cand.last > a and w.fw(a) not in lex.given and _adjective_shape(w.words[a]):
        cand.veto, cand.evidence = "common", ""  # "Staatlichen Schutz": an adjective and a noun
        return
    if cand.last == a and cand.evidence == "apposition" and (
        is_noun(lex, w.words[a]) or w.words[a].lower() in _english()
    ):
        cand.evidence = ""  # "Regionalliga Nord , Trainer ..."
    if cand.last == a and not cand.evidence and cand.veto in ("", "common"):
        found = one_word(lex, cand)
        if found:
            cand.evidence, cand.veto = found, ""


def after_lists(lex: Lexicon, cands: list[Candidate]) -> None:
    """A one-word name that only a list made a person is weighed again by :func:`one_word` ("Finch und Sheppard")."""
    for cand in cands:
        if cand.evidence == "list" and cand.first == cand.last:
            cand.evidence = one_word(lex, cand)


def _english_phrase(lex: Lexicon, cand: Candidate) -> bool:
    """Every word of the candidate is an English word, and none a German given name ("Solid Gold")."""
    english = _english()
    names = _german_names()
    return all(word.lower() in english and fold(word) not in names for word in cand.words())


def _adjective_shape(word: str) -> bool:
    """A capitalised German adjective by its ending: "Staatlichen", "Gesellschaftliche", "Bayerischen"."""
    return word.lower().endswith(_ADJECTIVE_ENDINGS)


_ADJECTIVE_ENDINGS = ("liche", "lichen", "licher", "liches", "ische", "ischen", "ischer", "isches")


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
    listed = nouns.listed if isinstance(nouns, CompoundWords) else nouns.__contains__  # no compounds
    if listed(low):
        return True
    if low.endswith(_NOUN_ENDINGS):
        return True
    if "-" in low:
        return False
    for i in range(len(low) - 4, 2, -1):
        head, tail = low[:i], low[i:]
        if listed(tail):
            for link in _LINKS:
                if (not link or head.endswith(link)) and len(head) - len(link) >= 3:
                    stem = head[: len(head) - len(link)] if link else head
                    if listed(stem):
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
    # a past-tense verb right before: "stützte Tiganjs" (not an adjective after an article or another adjective:
    # "die letzte Chance", "die einzige rezente Art")
    before2 = w.word(a - 2)
    verb_before = _finite(before) and before2.lower() not in _determiners() and not _adjective(lex, before2)
    if _adjective(lex, before) and not verb_before:
        return ""  # "die letzte Chance", "im englischen Hatfield"
    low = word.lower()
    if starts and low in german_words():
        return ""  # "Umgekehrt führten ...", "Interessant ist ..."
    english = low in _english()
    known = _known_name(lex, key)
    noun = is_noun(lex, word) or (low in lex.common and not known)  # a compound noun: "Geheimdiensten"
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
    context = (
        verb_before
        or _person_context(lex, before, after, starts)
        # a relative clause: "Roddicks , der auch gewonnen hat"
        or (after == "," and w.word(a + 2) in ("der", "die") and w.word(a + 3).islower())
    )
    if before.lower() in _PLACE_BEFORE:
        return ""  # "in Kreischa", "nach Florenz"
    if known and not noun and not english:
        return "family" if not starts or context else ""
    if noun or english or lex.is_town(word, w.language) or (low.endswith("s") and lex.is_town(word[:-1], w.language)):
        if not known or key not in _german_names():
            return ""
        if starts:  # "Beck ist wieder in Mainz": a German family name, then a finite verb
            return "verb" if after.lower() in _contexts()[1] or _finite(after) else ""
        return "verb" if context else ""
    return "verb" if context else ""


_PLACE_BEFORE = frozenset({"in", "nach", "aus", "bei", "zwischen", "nahe"})
"""Prepositions before a place rather than a person ("in Kreischa", "nach Florenz")."""

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


