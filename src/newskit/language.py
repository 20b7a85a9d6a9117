"""The language of an article: given by the caller, else detected, else English.

newskit reads English, German, French and Spanish (:data:`LANGUAGES`). When the caller does not
say which language an article is in, :func:`detect` counts function words ("the", "der", "les",
"los"...) in its first ~1,000 characters, where Italian, Portuguese and Dutch compete too. A text
too short or too mixed for the count to decide goes to `py3langid <https://pypi.org/project/py3langid/>`_
when it is installed (its model ships in its wheel; it is loaded once, on first need), whose answer is
taken only when it is confident: first among all its languages, then among :data:`LANGUAGES`. What
cannot be decided is taken as English, the default: "Obama met Putin in Geneva." is too little to
tell English from Dutch ("met") or Estonian.

>>> detect("El gobierno anunció ayer que las elecciones se celebrarán el próximo martes.")
'es'
>>> decide(None, "Die Regierung hat am Dienstag mitgeteilt, dass die Wahl im Mai stattfindet.")
('de', 'detected')
>>> decide("fr", "any text")
('fr', 'given')
"""

from __future__ import annotations

import collections
import copy
import functools
import itertools
import re
from typing import Any

from .resources import read_table

__all__ = ["DEFAULT", "LANGUAGES", "SAMPLE", "decide", "detect"]

LANGUAGES = ("en", "de", "fr", "es")
"""The languages newskit's built-in extractors read."""

DEFAULT = "en"
"""The language of an article whose language is neither given nor detected."""

SAMPLE = 1000
"""Characters of the article the detector reads."""

# Plainly English: many of its commonest words between spaces, none of the other languages' commonest. Found
# by a few substring counts in C before the function words are counted one by one; a text that is not plainly
# English (any marker of another language, few English ones) is counted in full.
_ENGLISH = (" the ", " of ", " and ", " to ", " was ", " that ", " for ")
_NOT_ENGLISH = (
    " der ", " und ", " das ", " les ", " des ", " et ", " el ", " los ", " las ", " del ", " y ",
    " di ", " che ", " het ", " een ", " van ", " os ", " não ", " em ",
)
_PLAINLY = 8  # English markers needed

_MIN_HITS = 4  # function words needed to decide by counting
_MARGIN = 2.0  # and the winner must have this many times the runner-up's
_WORD = re.compile(r"[^\W\d_]+")
_CONFIDENT = 0.9  # py3langid's probability needed to take its answer


@functools.cache
def _function_words() -> dict[str, str]:
    table: dict[str, str] = {}
    for language, words in read_table("languages/function_words.tsv"):
        for word in words.split():
            table.setdefault(word, language)
    return table


def _count(text: str) -> list[tuple[int, str]]:
    words = _function_words()
    counts = collections.Counter(filter(None, map(words.get, _WORD.findall(text.lower()))))  # in C, not word by word
    return sorted(((n, lang) for lang, n in counts.items()), reverse=True)


# A marker of another language between two spaces: one regex search over the sample (it skips from space
# to space in C) instead of splitting the sample into words. The markers are grouped by their first letter
# (" d(?:as|el|er|es|i)"), so that at most spaces the search tries one branch, not one per marker.
def _marker_pattern(markers: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({marker.strip(" ") for marker in markers})
    branches = []
    for first, group in itertools.groupby(words, key=lambda word: word[0]):
        rests = [re.escape(word[1:]) for word in group]
        branches.append(re.escape(first) + (f"(?:{'|'.join(rests)})" if rests != [""] else ""))
    return re.compile(f" (?:{'|'.join(branches)})(?= )")


_NOT_ENGLISH_MARKER = _marker_pattern(_NOT_ENGLISH)


def _plainly_english(sample: str) -> bool:
    """True when ``sample`` is plainly English: counting its function words would find English, far ahead."""
    lower = sample.lower()
    hits = 0
    for marker in _ENGLISH:
        hits += lower.count(marker)
        if hits >= _PLAINLY:
            break
    else:
        return False
    return _NOT_ENGLISH_MARKER.search(lower) is None


@functools.cache
def _identifier(among: tuple[str, ...] | None) -> Any:
    """py3langid's identifier, choosing among all its languages or ``among`` (None when it is not installed).

    The model is read once (decompressing it takes about half a second); the identifier choosing
    among ``among`` is a copy of the full one, restricted.
    """
    if among:
        full = _identifier(None)
        if full is None:
            return None
        restricted = copy.copy(full)
        restricted.set_languages(list(among))
        return restricted
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return None
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _identified(sample: str) -> str | None:
    """py3langid's language for ``sample`` when it is confident, among all languages, then among ours."""
    for among in (None, LANGUAGES):
        code, probability = _identifier(among).classify(sample)
        if probability >= _CONFIDENT:
            return str(code)
    return None


def detect(text: str) -> str | None:
    """The language code of ``text`` (read from its first :data:`SAMPLE` characters), or None.

    Codes other than :data:`LANGUAGES` are given when the text is surely in another language.
    """
    if not isinstance(text, str):
        return None
    sample = text[:SAMPLE]
    if _plainly_english(sample):
        return "en"
    ranked = _count(sample)
    if ranked:
        best, language = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0
        if best >= _MIN_HITS and best >= _MARGIN * runner_up:
            return language
    if not any(c.isalpha() for c in sample):
        return None
    identifier = _identifier(None)
    if identifier is None:
        return ranked[0][1] if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]) else None
    return _identified(sample)


def decide(given: str | None, text: str) -> tuple[str, str]:
    """The article's language and how it was decided: ``"given"``, ``"detected"`` or ``"default"``."""
    if given:
        return given, "given"
    found = detect(text)
    if found:
        return found, "detected"
    return DEFAULT, "default"
