"""Pass 2 of the people finder: mentions read off the names pass 1 found.

A one-word name the article marks once by a title, an honorific or an age stands for a person elsewhere; ALL-CAPS
headline words and common words that repeat a known name are its mentions; players named by a common word in a
scorecard or a results line; a lower-case particle that opens a family name ("van der Sar").
"""

from __future__ import annotations

import re
from typing import Final

from ...models import PersonMention
from ...names import NameIndex
from ...tokens import at_line_start
from .candidate import Candidate
from .lexicon import Lexicon, fold
from .places import place_memo
from .window import FOLDED as _FOLDED
from .window import Token
from .window import folded as _fold

__all__ = [
    "caps_mentions",
    "marked_singles",
    "may_resolve",
    "opening_particle",
    "repeat_full",
    "repeat_single",
    "scorecard_words",
]

_CAUGHT_BOWLED: Final = re.compile(r"(?:^|\s)[cb] $")  # "c Cork", "b Cork": the fielder's or the bowler's name next
_AFTER_FIELDER: Final = re.compile(r" (?:b |\d)")  # "c Cork b Croft", "b Cork 176"
_FIGURES_AFTER: Final = re.compile(r"\s+\d+(?:\.\d)?-\d+-\d+-\d+")  # "Cork 14.3-4-45-1"
_SCORER_BEFORE: Final = re.compile(r"[(,] $")  # "( Foe", ", Foe": a scorer in a results line
_MINUTE_AFTER: Final = re.compile(r" \d{1,3}(?:st|nd|rd|th)\b")  # "Foe 85th": the minute of the goal


def scorecard_words(
    text: str, caps: list[Token], index: NameIndex, extractor: str, taken: set[int]
) -> list[PersonMention]:
    """Players named by a common word in a cricket scorecard ("c Cork b Croft", "b Cork 176", "Cork 14.3-4-45-1"):
    the caught-and-bowled letters and the bowling figures say a player stands there; and the scorers of a
    football results line ("( Vairelles 8th , Foe 85th )"), where the minute of the goal does."""
    out = []
    for s, e, word in caps:
        if s in taken or word.isupper() or not word[:1].isupper():
            continue
        if (
            (_CAUGHT_BOWLED.search(text, max(0, s - 3), s) and _AFTER_FIELDER.match(text, e))
            or _FIGURES_AFTER.match(text, e)
            or (_SCORER_BEFORE.search(text, max(0, s - 2), s) and _MINUTE_AFTER.match(text, e))
        ):
            name = index.resolve([word], s, by_given=False) or word
            out.append(PersonMention(text=word, start=s, end=e, name=name, extractor=extractor))
    return out


_BEFORE_PARTICLE: Final = frozenset(' \t\n("“‘')  # "A.de Silva" is an initial's, left as it is


def opening_particle(lex: Lexicon, text: str, start: int) -> str:
    """The lower-case particle that opens the name at ``start`` ("van der" before "Sar"), or ""."""
    for particle in lex.opening_particles:
        s = start - 1 - len(particle)
        if s >= 0 and text.startswith(particle, s) and (s == 0 or text[s - 1] in _BEFORE_PARTICLE):
            return particle
    return ""


_REPEATED: Final = frozenset({"title", "honorific", "age"})


def marked_singles(lex: Lexicon, cands: list[Candidate]) -> set[str]:
    """The one-word names the article marks as a person by a title, an honorific or an age ("Jordanian PM
    Kabariti", "Mrs Hasina", "Lupu , 28 ,"). A role that firms take too ("analyst Datamonitor", "rival Sony") marks
    no one."""
    marked = set()
    for c in cands:
        if (
            c.first == c.last
            and c.evidence in _REPEATED
            and not c.veto
            and len(c.window.words[c.first]) > 1
            and (c.evidence != "title" or (c.role is not None and fold(c.role) not in lex.weak_roles))
        ):
            marked.add(c.window.words[c.first])
    return marked


def repeat_full(cands: list[Candidate], marked: set[str]) -> None:
    """In English, a full name with no evidence of its own whose family name the article marks alone
    (:func:`marked_singles`) is a person: "Tommi Makinen took a step ... Mitsubishi driver Makinen"."""
    for c in cands:
        if c.last > c.first and not c.evidence and not c.veto and c.window.words[c.last] in marked:
            c.evidence = "repeat"


def repeat_single(cands: list[Candidate], marked: set[str]) -> None:
    """In English, a one-word name the article marks as a person once (:func:`marked_singles`) is a person wherever
    else it stands alone with no evidence against it ("Kabariti flew to Ramallah")."""
    for c in cands:
        if c.first == c.last and not c.evidence and not c.veto and c.window.words[c.first] in marked:
            c.evidence = "repeat"


def may_resolve(index: NameIndex, word: str, *, by_given: bool) -> bool:
    """False when :meth:`NameIndex.resolve` of the one word ``word`` gives None for certain: no full name, short
    form or (``by_given``) given name of the index is that word."""
    key = _FOLDED.get(word) or _fold(word)
    return key in index.full or key in index.short or (by_given and key in index.given)


_AT_PLACE: Final = frozenset({"in", "at", "from", "near", "outside", "into"})
_DATELINE_DATE: Final = re.compile(r"(?:[ \t]*,[^\n,]{1,30})?[ \t]+\d{4}-\d\d-\d\d")  # "BUCHAREST 1996-08-25"
_WORD_BEFORE: Final = re.compile(r"(\S+)[ \t]*$")


def _word_before(text: str, start: int) -> str:
    """The word (or stretch without spaces) before ``start`` on its line, lower case; "" at a line start."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m[1].lower() if m else ""


def caps_mentions(
    text: str, caps: list[Token], index: NameIndex, extractor: str, language: str = "en"
) -> list[PersonMention]:
    """Mentions among ALL-CAPS words, common words and towns that are family names ("Norman"): the longest stretch
    of adjacent words that names a known person."""
    out = []
    places = place_memo(language)  # the run reader asked about every town it kept here
    full, short = index.full, index.short
    i = 0
    while i < len(caps):
        j = i + 1
        while j < len(caps) and j - i < 4 and text[caps[j - 1][1] : caps[j][0]] == " ":
            j += 1
        for k in range(j, i, -1):
            if k == i + 1:  # one word: most name nobody, which two look-ups tell
                word = caps[i][2]
                key = _FOLDED.get(word) or _fold(word)
                if key not in full and key not in short:
                    continue
                words = [word]
            else:
                words = [t[2] for t in caps[i:k]]
            canonical = index.resolve(words, caps[i][0], by_given=False)
            if (
                canonical is not None
                and k == i + 1
                and places.get(words[0])
                and _word_before(text, caps[i][0]) in _AT_PLACE
            ):
                continue  # "in Norman", "at Preston": the town, even where a person has its name
            if canonical is not None and _DATELINE_DATE.match(text, caps[k - 1][1]) and at_line_start(text, caps[i][0]):
                continue  # "BUCHAREST 1996-08-25": a dateline's place, even where a club has the town's name
            if canonical is not None:
                s, e = caps[i][0], caps[k - 1][1]
                out.append(PersonMention(text=text[s:e], start=s, end=e, name=canonical, extractor=extractor))
                i = k
                break
        else:
            i += 1
    return out
