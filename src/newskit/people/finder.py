"""Find people in a prepared document: capitalised runs, titles, cues, then coreference.

The finder works in two passes over one tokenisation of the text:

1. every run of capitalised words on one line is a candidate; titles, honorifics, origins
   ("Russian", "Kazakhstan's") and sentence-initial common words are taken off its front,
   and what is left is a person when the evidence says so (a known given name, a title or
   honorific before it, a reporting verb after it, a known family name, a results-table cue);
2. single words (and ALL-CAPS headline words) that repeat a part of a full name found in
   pass 1 are mentions of that person (:mod:`newskit.people.coref`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..document import Document
from ..models import PersonMention
from .coref import NameIndex
from .lexicon import Lexicon, fold, lexicon
from .tokens import tokenize

__all__ = ["Candidate", "find_people"]

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")
_NUMBER = re.compile(r"\d+$")
_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
_TABLE_AFTER = frozenset({"pen", "penalty", "og", "own-goal", "ret", "retired", "not", "b", "c", "lbw", "st", "run"})
_TABLE_BEFORE = frozenset({"beat", "beats", "vs", "v", "b", "c", "bt"})


@attrs.define(kw_only=True)
class Candidate:
    """A stretch of name tokens with what was found around it."""

    first: int  # token index of the first name token
    last: int  # token index of the last name token (inclusive)
    role: str | None = None
    country: str | None = None
    evidence: str = ""  # why it is a person; empty when only coreference can make it one


class _Scan:
    """One document's tokens and the state of the scan."""

    def __init__(self, text: str, line_starts: set[int], lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        spans = tokenize(text)
        words = [text[s:e] for s, e in spans]
        starts = [s for s, _ in spans]
        ends = [e for _, e in spans]
        # merge the full stop of initials, honorifics and suffixes into their token: "W.", "Mr.", "Jr."
        n = len(words)
        merged = [False] * n
        for i in range(n - 1):
            w = words[i]
            if (
                words[i + 1] == "."
                and ends[i] == starts[i + 1]
                and not merged[i]
                and ((len(w) == 1 and w.isupper()) or w in lex.honorifics or w in lex.suffixes or fold(w) in lex.titles)
            ):
                ends[i] += 1
                merged[i + 1] = True
        keep = [i for i in range(n) if not merged[i]]
        self.words = [words[i] for i in keep]
        self.starts = [starts[i] for i in keep]
        self.ends = [ends[i] for i in keep]
        self.dotted = [ends[i] - starts[i] > len(words[i]) for i in keep]
        self.n = len(self.words)
        self.line_start = [False] * self.n
        prev_end = -1
        for i in range(self.n):
            s = self.starts[i]
            if s in line_starts or prev_end < 0 or "\n" in text[prev_end:s]:
                self.line_start[i] = True
            prev_end = self.ends[i]
        self.lower_words = {w for w in self.words if w.islower()}
        self.kinds = [self._kind(i) for i in range(self.n)]

    # ------------------------------------------------------------------ token classes

    def _kind(self, i: int) -> str:
        """C: capitalised word; P: particle; S: suffix; U: ALL-CAPS word; O: anything else."""
        w = self.words[i]
        c = w[0]
        if c.isupper():
            if w in self.lex.suffixes:
                return "S"
            if len(w) > 1 and w.isupper() and not self.dotted[i]:
                return "U"
            return "C"
        if c.isalpha():
            f = w.casefold()
            if f in self.lex.particles:
                return "P"
            for p in self.lex.prefixes:
                if f.startswith(p) and len(w) > len(p) and w[len(p)].isupper():
                    return "C"
        return "O"

    def joined(self, i: int) -> bool:
        """True when token ``i`` follows token ``i - 1`` on the same line with only spaces between."""
        gap = self.text[self.ends[i - 1] : self.starts[i]]
        return not gap or (gap.isspace() and "\n" not in gap)

    def fw(self, i: int) -> str:
        return fold(self.words[i])

    # ------------------------------------------------------------------ runs

    def runs(self) -> list[tuple[int, int]]:
        """Maximal runs of name-like tokens on one line, as (first, last) token indexes."""
        out: list[tuple[int, int]] = []
        kinds = self.kinds
        i = 0
        n = self.n
        while i < n:
            if kinds[i] != "C":
                i += 1
                continue
            j = i
            while j + 1 < n and kinds[j + 1] in "CPS" and self.joined(j + 1):
                if kinds[j] == "S":
                    break
                j += 1
            while j > i and kinds[j] == "P":
                j -= 1
            out.append((i, j))
            i = j + 1
        return out

    def title_ending_at(self, p: int, lowest: int) -> int | None:
        """Start index of the longest title phrase ending at token ``p`` and starting at ``lowest`` or later."""
        phrases = self.lex.titles.get(self.fw(p))
        if not phrases:
            return None
        for phrase in phrases:
            s = p - len(phrase) + 1
            if s < lowest or s < 0:
                continue
            if all(self.fw(s + k) == phrase[k] for k in range(len(phrase) - 1)) and all(
                self.joined(k) for k in range(s + 1, p + 1)
            ):
                return s
        return None

    def origin_before(self, s: int) -> str | None:
        """The country stated right before token ``s``: "Kazakhstan's", "Russian", "French"."""
        if s <= 0 or not self.joined(s):
            return None
        k = s - 1
        if self.words[k] in ("'s", "’s") and k > 0:
            k -= 1
        for width in (3, 2, 1):
            a = k - width + 1
            if a < 0 or not all(self.joined(x) for x in range(a + 1, k + 1)):
                continue
            if not self.words[a][0].isupper():
                continue
            code = self.lex.country_of(self.text[self.starts[a] : self.ends[k]])
            if code:
                return code
        return None


def _is_common(scan: _Scan, i: int) -> bool:
    """A capitalised word that is a common word: a stop word, or one the text also uses in lower case."""
    if scan.dotted[i] and len(scan.words[i]) == 1:
        return False
    f = scan.fw(i)
    return f in scan.lex.stopwords or (scan.line_start[i] and f in scan.lower_words)


def _strip(scan: _Scan, a: int, b: int) -> Candidate | None:
    """The name part of run ``a..b``, with the role and country stated before it."""
    lex = scan.lex
    role: str | None = None
    country: str | None = None
    first = a
    honorific = False
    # the last title or honorific inside the run, with only origin or common words before it
    for p in range(b - 1, a - 1, -1):
        w = scan.words[p]
        if w.rstrip(".") in lex.honorifics:
            s = p
            honorific = True
        else:
            found = scan.title_ending_at(p, a - 3)
            if found is None:
                continue
            s = found
        lead = range(a, max(a, s))
        if any(fold(scan.words[x]) in lex.given and not lex.is_origin(scan.words[x]) for x in lead):
            continue
        if not honorific or s < p:
            role = scan.text[scan.starts[s] : scan.ends[p]]
        first = p + 1
        country = scan.origin_before(min(s, a)) or next(
            (c for x in lead if (c := lex.country_of(scan.words[x]))), None
        )
        break
    else:
        # a title just before the run: "strongman Alexander Lukashenko", "striker Phil Simmons"
        if a > 0 and scan.joined(a) and scan.kinds[a - 1] == "O":
            s2 = scan.title_ending_at(a - 1, a - 4)
            if s2 is not None:
                role = scan.text[scan.starts[s2] : scan.ends[a - 1]]
                country = scan.origin_before(s2)
    while first <= b and (_is_common(scan, first) or lex.is_origin(scan.words[first])) and first < b:
        if country is None:
            country = lex.country_of(scan.words[first])
        first += 1
    last = b
    while last >= first and scan.kinds[last] != "S" and scan.fw(last) in lex.stopwords:
        last -= 1
    if last < first or (first == last and _is_common(scan, first)):
        return None
    if scan.kinds[first] != "C":
        return None
    cand = Candidate(first=first, last=last, role=role, country=country)
    if honorific or role is not None:
        cand.evidence = "title"
    return cand


def _after_role(scan: _Scan, cand: Candidate) -> None:
    """A role in apposition: "Emmanuel Macron, the French president," / "Its leader, Shavkat Mirziyoyev"."""
    k = cand.last + 1
    n = scan.n
    if k + 1 < n and scan.words[k] == ",":
        k += 1
        if scan.fw(k) in _ARTICLES and k + 1 < n:
            k += 1
        start = k
        # longest title phrase starting at k, possibly after an origin word or two
        for p in range(min(n - 1, k + 4), k - 1, -1):
            s = scan.title_ending_at(p, k)
            if s is None:
                continue
            if s > k:
                origin = scan.text[scan.starts[k] : scan.ends[s - 1]]
                code = scan.lex.country_of(origin)
                if code is None:
                    continue
                cand.country = cand.country or code
            cand.role = cand.role or scan.text[scan.starts[s] : scan.ends[p]]
            cand.evidence = cand.evidence or "apposition"
            return
        del start
    a = cand.first
    if a >= 2 and scan.words[a - 1] == "," and cand.role is None:
        s = scan.title_ending_at(a - 2, a - 5)
        if s is not None:
            cand.role = scan.text[scan.starts[s] : scan.ends[a - 2]]
            cand.evidence = cand.evidence or "apposition"


def _cue(scan: _Scan, cand: Candidate) -> str:
    """Context that marks a capitalised stretch as a person: a reporting verb, an age, a table."""
    lex = scan.lex
    k = cand.last + 1
    n = scan.n
    words = scan.words
    if k < n and scan.joined(k):
        w = words[k]
        f = w.casefold()
        if f in lex.after_cues:
            return "verb"
        if w == "," and k + 2 < n and _NUMBER.match(words[k + 1]) and words[k + 2] == "," and int(words[k + 1]) < 110:
            return "age"
        if w == "(" and k + 1 < n:
            inner = words[k + 1]
            if _ORDINAL.match(inner) or fold(inner) in _TABLE_AFTER:
                return "table"
            j = k + 1
            while j < n and words[j] != ")" and j - k < 5:
                j += 1
            if j < n and words[j] == ")" and j > k + 1:
                phrase = scan.text[scan.starts[k + 1] : scan.ends[j - 1]]
                if lex.is_origin(phrase) or lex.is_place(phrase):
                    return "table"
        if _ORDINAL.match(w) or f in _TABLE_AFTER:
            return "table"
    a = cand.first
    if a > 0 and scan.joined(a) and fold(words[a - 1]) in _TABLE_BEFORE:
        return "table"
    return ""


def _decide(scan: _Scan, cand: Candidate) -> None:
    """Set ``cand.evidence`` where the name itself says it is a person; clear it where it is not."""
    lex = scan.lex
    words = scan.words
    a, b = cand.first, cand.last
    size = b - a + 1
    phrase = scan.text[scan.starts[a] : scan.ends[b]]
    strong = cand.evidence == "title"
    if lex.is_place(phrase) or lex.is_origin(phrase):
        if not strong:
            cand.evidence = ""
        return
    last_org = fold(words[b]) in lex.org_cues
    first_org = fold(words[a]) in lex.org_cues
    if (last_org or (size == 1 and first_org)) and not strong:
        cand.evidence = ""
        return
    if cand.evidence:
        return
    cue = _cue(scan, cand)
    if size >= 2:
        if fold(words[a]) in lex.given and not first_org:
            cand.evidence = "given"
        elif cue:
            cand.evidence = cue
        elif size <= 3 and fold(words[b]) in lex.surnames:
            cand.evidence = "family"
    elif cue in ("verb", "table", "age"):
        cand.evidence = cue


def _candidates(scan: _Scan) -> list[Candidate]:
    out = []
    for a, b in scan.runs():
        cand = _strip(scan, a, b)
        if cand is None:
            continue
        _after_role(scan, cand)
        _decide(scan, cand)
        out.append(cand)
    return out


def _mention(scan: _Scan, cand: Candidate, name: str, extractor: str) -> PersonMention:
    s, e = scan.starts[cand.first], scan.ends[cand.last]
    return PersonMention(
        text=scan.text[s:e], start=s, end=e, name=name, role=cand.role, country=cand.country, extractor=extractor
    )


def find_people(doc: Document, *, extractor: str = "people") -> list[PersonMention]:
    """Every person mention in ``doc``, each named by the person's canonical full name.

    >>> from newskit import Article
    >>> from newskit.prepare import prepare
    >>> doc = prepare(Article(text="Russian President Vladimir Putin met Blinken. Putin said no."))
    >>> [(m.text, m.name, m.role, m.country) for m in find_people(doc)][:1]
    [('Vladimir Putin', 'Vladimir Putin', 'President', 'RU')]
    """
    lex = lexicon()
    text = doc.text
    line_starts = {s.start for s in doc.sentences}
    scan = _Scan(text, line_starts, lex)
    cands = _candidates(scan)
    index = NameIndex(lex)
    for c in cands:
        if c.evidence and c.last > c.first:
            index.add(_name_words(scan, c), scan.starts[c.first])
    out: list[PersonMention] = []
    taken: set[int] = set()
    for c in cands:
        words = _name_words(scan, c)
        canonical = index.resolve(words, scan.starts[c.first])
        if canonical is None and not c.evidence:
            continue
        out.append(_mention(scan, c, canonical or " ".join(words), extractor))
        taken.update(range(c.first, c.last + 1))
    # ALL-CAPS headline words and stray capitalised words that repeat a known name
    if index:
        for i in range(scan.n):
            if i in taken or scan.kinds[i] not in "UC":
                continue
            canonical = index.resolve([scan.words[i]], scan.starts[i])
            if canonical is not None:
                out.append(_mention(scan, Candidate(first=i, last=i), canonical, extractor))
    out.sort(key=lambda m: m.start)
    return out


def _name_words(scan: _Scan, cand: Candidate) -> Sequence[str]:
    return [scan.text[scan.starts[i] : scan.ends[i]] for i in range(cand.first, cand.last + 1)]
