"""Finding places in text: one pass over tokens with dictionary look-ups, then disambiguation.

1. :func:`scan` cuts the text into tokens once and takes, from each capitalised token, the longest
   phrase the gazetteer knows ("New South Wales" before "Wales", "Latin America" before "America").
2. :func:`resolve` drops readings the context rules out (a city before a surname is a person's
   name: "Paris Hilton"; a state before a capitalised word is a team: "Indiana Pacers"; a small town
   needs "in X" or "X, Texas"), then picks, for each phrase, the reading that fits best the
   unambiguous places the article names (their countries and neighbours) and the place written right
   after it ("Paris, Texas").
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from ..models import Via
from .gazetteer import TOKEN, Gazetteer, Place, gazetteer, word_set

__all__ = ["Candidate", "PlaceMatch", "find_places", "resolve", "scan"]

# What may stand between the tokens of one name: "New York", "Guinea-Bissau", "St. Louis", "People's".
_JOINERS = frozenset({" ", "-", ". ", ".", "'", "’", " - "})
_BIG_CITY = 200_000
_TOWN = 15_000
_SENTENCE_GAP = re.compile(r"[.!?:;\n\"“”]|^\s*$")


@attrs.frozen(kw_only=True)
class PlaceMatch:
    """A phrase of the text and the place (country, city, state...) it names.

    ``places`` holds every reading the gazetteer has, best first after disambiguation; ``place``
    is the reading chosen (None when the context ruled every reading out).
    """

    text: str
    start: int
    end: int
    places: tuple[Place, ...]
    place: Place | None = None

    @property
    def code(self) -> str | None:
        """ISO alpha-2 code of the country named, or None."""
        return self.place.code if self.place is not None else None


@attrs.define
class Candidate:
    """A phrase found by :func:`scan`, before disambiguation (token indexes ``first``..``last``)."""

    start: int
    end: int
    first: int
    last: int
    readings: tuple[Place, ...]
    kept: list[Place] = attrs.field(factory=list)
    qualifier: tuple[str, str] | None = None  # (country, region) written after it: "Paris, Texas"


@functools.cache
def _lists() -> tuple[frozenset[str], ...]:
    return (
        word_set("given_names.txt"),
        word_set("place_heads.txt"),
        word_set("place_modifiers.txt"),
        word_set("org_heads.txt"),
        word_set("locatives.txt"),
        word_set("function_words.txt"),
        word_set("titles.txt"),
        word_set("common_words.txt"),
    )


def scan(text: str, language: str = "en") -> tuple[list[tuple[int, int]], list[Candidate]]:
    """Tokens of ``text`` and the longest known phrases starting at capitalised tokens."""
    g = gazetteer(language)
    exact, prefixes = g.exact, g.prefixes
    toks = [m.span() for m in TOKEN.finditer(text)]
    n = len(toks)
    found: list[Candidate] = []
    english = g.language == "en"
    i = 0
    while i < n:
        s = toks[i][0]
        if english and not text[s].isupper():
            i += 1
            continue
        best: tuple[int, tuple[Place, ...]] | None = None
        j = i
        while True:
            key = text[s : toks[j][1]]
            if "’" in key:
                key = key.replace("’", "'")
            readings = exact(key)
            upper = len(key) > 3 and key.isupper()
            if readings is None and upper:
                key = " ".join(w[:1] + w[1:].lower() for w in key.split(" "))
                readings = exact(key)
            if readings is not None:
                best = (j, readings)
            if j + 1 >= n or key not in prefixes or text[toks[j][1] : toks[j + 1][0]] not in _JOINERS:
                break
            j += 1
        if best is None:
            i += 1
            continue
        last, readings = best
        found.append(Candidate(start=s, end=toks[last][1], first=i, last=last, readings=readings))
        i = last + 1
    return toks, found


def resolve(
    text: str, toks: Sequence[tuple[int, int]], cands: Sequence[Candidate], language: str = "en"
) -> list[PlaceMatch]:
    """Choose a reading for each candidate from its context and the rest of the article."""
    g = gazetteer(language)
    given, heads, modifiers, org_heads, locatives, function, titles, common = _lists()
    n = len(toks)
    by_first = {c.first: c for c in cands}
    by_last = {c.last: c for c in cands}
    for c in cands:
        c.kept = _local_filter(
            text,
            toks,
            n,
            c,
            by_first,
            by_last,
            g,
            given,
            heads,
            modifiers,
            org_heads,
            locatives,
            function,
            titles,
            common,
        )

    # Evidence: what the unambiguous phrases say.
    named: Counter[str] = Counter()
    local: Counter[str] = Counter()
    for c in cands:
        codes = {p.code for p in c.kept}
        if len(codes) == 1 and _strong(c.kept[0]):
            code = next(iter(codes))
            named[code] += 1
            if not c.kept[0].is_country:
                local[code] += 1

    out = []
    for c in cands:
        kept = [p for p in c.kept if _allowed(p, c, text, toks, locatives, named, local)]
        place = None
        if kept:
            place = max(kept, key=lambda p: _score(p, c, g, named, local))
        out.append(
            PlaceMatch(
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                places=c.readings,
                place=place,
            )
        )
    return out


def _strong(p: Place) -> bool:
    return p.via is not Via.CITY or p.population >= _BIG_CITY


def _word(text: str, toks: Sequence[tuple[int, int]], k: int) -> str:
    s, e = toks[k]
    return text[s:e]


def _local_filter(
    text: str,
    toks: Sequence[tuple[int, int]],
    n: int,
    c: Candidate,
    by_first: dict[int, Candidate],
    by_last: dict[int, Candidate],
    g: Gazetteer,
    given: frozenset[str],
    heads: frozenset[str],
    modifiers: frozenset[str],
    org_heads: frozenset[str],
    locatives: frozenset[str],
    function: frozenset[str],
    titles: frozenset[str],
    common: frozenset[str],
) -> list[Place]:
    """The readings of ``c`` that its immediate context allows."""
    if not c.readings:
        return []
    phrase = text[c.start : c.end]
    key = phrase if not (len(phrase) > 3 and phrase.isupper()) else phrase.title()
    is_given = key in given

    # The word after: a capitalised word that is not a place makes the phrase part of a name.
    after_name = after_word = False
    if c.last + 1 < n:
        gap = text[toks[c.last][1] : toks[c.last + 1][0]]
        nxt = _word(text, toks, c.last + 1)
        if gap == " " and nxt[:1].isupper() and not nxt.isupper() and nxt not in heads and nxt not in function:
            q = by_first.get(c.last + 1)
            after_word = q is None or not any(p.is_country or p.via is Via.SUBDIVISION for p in q.readings)
            after_name = q is None or not any(_strong(p) for p in q.readings)
        if gap in (", ", ",") and c.last + 1 in by_first:
            q = by_first[c.last + 1]
            region = next((p for p in q.readings if p.via is Via.SUBDIVISION or p.is_country), None)
            if region is not None:
                c.qualifier = (region.code, region.region if region.via is Via.SUBDIVISION else "")
        elif gap in (", ", ","):
            m = _STATE_AFTER.match(text, toks[c.last][1])
            if m and m.group(1) in g.state_abbreviations:
                c.qualifier = ("US", g.state_abbreviations[m.group(1)])

    # The word before.
    before_name = before_title = locative = org = False
    if c.first > 0:
        gap = text[toks[c.first - 1][1] : toks[c.first][0]]
        prev = _word(text, toks, c.first - 1)
        prev_key = prev.rstrip(".")
        if gap.strip() == "" and "\n" not in gap:
            if prev in locatives:
                locative = True
                if prev == "of" and c.first > 1:
                    head = _word(text, toks, c.first - 2)
                    org = head in org_heads
            elif prev_key in titles or prev in titles:
                before_title = True
            elif (
                prev[:1].isupper()
                and prev not in function
                and prev not in modifiers
                and not _is_place_end(c.first - 1, by_last, text, given)
            ):
                before_name = True
        elif gap.strip() == "." and prev_key in titles:
            before_title = True

    kept = []
    for p in c.readings:
        if org:
            continue
        local_kind = p.via in (Via.CITY, Via.CAPITAL, Via.SUBDIVISION)
        if is_given and (after_word or before_name or before_title):
            continue
        if local_kind and (before_name or before_title):
            continue
        if local_kind and after_name and (p.population < 100_000 or is_given):
            continue
        if local_kind and key in common and not (locative or c.qualifier):
            continue
        kept.append(p)
    if locative:
        c.qualifier = c.qualifier or ("", "in")
    return kept


_STATE_AFTER = re.compile(r",\s*((?:[A-Z]\.\s?){2,}|[A-Z][a-z]{1,4}\.|[A-Z]{2}\b)")


def _is_place_end(k: int, by_last: dict[int, Candidate], text: str, given: frozenset[str]) -> bool:
    # A place before ("Texas Houston") does not make the next word a surname; a given name does.
    c = by_last.get(k)
    return c is not None and bool(c.readings) and text[c.start : c.end] not in given


def _allowed(
    p: Place,
    c: Candidate,
    text: str,
    toks: Sequence[tuple[int, int]],
    locatives: frozenset[str],
    named: Counter[str],
    local: Counter[str],
) -> bool:
    """Whether a town is safe to report: large, or placed by its context."""
    if p.via is not Via.CITY or p.population >= _BIG_CITY:
        return True
    q = c.qualifier
    if q is not None and q[0] == p.code:
        return True
    evidence = named[p.code] > 0
    if q is not None and q[1] == "in":  # "in X"
        return p.population >= _TOWN or evidence
    return evidence and (p.population >= _TOWN or local[p.code] > 0)


def _score(p: Place, c: Candidate, g: Gazetteer, named: Counter[str], local: Counter[str]) -> float:
    if p.is_country:
        base = 4.0
    elif p.via is Via.CAPITAL:
        base = 2.5 + math.log10(max(p.population, 10)) / 3
    elif p.via in (Via.SUBDIVISION, Via.REGION):
        base = 2.5
    else:
        base = math.log10(max(p.population, 10)) / 3
    ctx = (named[p.code] > 0) + (local[p.code] > 0) * 1.0
    if any(named[nb] for nb in g.neighbours.get(p.code, ())):
        ctx += 0.5
    q = c.qualifier
    if q is not None and q[0] == p.code:
        ctx += 5.0 if not q[1] or q[1] == p.region or p.via is not Via.CITY else 3.0
    return base + ctx


def find_places(text: str, language: str = "en") -> list[PlaceMatch]:
    """Every place phrase of ``text`` with the reading chosen for it (None when ruled out).

    >>> [(m.text, m.code) for m in find_places("Talks in Paris, Texas, and Astana.")]
    [('Paris', 'US'), ('Texas', 'US'), ('Astana', 'KZ')]
    """
    toks, cands = scan(text, language)
    return resolve(text, toks, cands, language)
