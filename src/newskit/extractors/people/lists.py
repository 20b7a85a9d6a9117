"""Names in lists and tables: a name takes the evidence of its neighbours in a list, and a name a results table
breaks over two lines is put together again. The people finder (:mod:`newskit.extractors.people.finder`) runs both
over all its candidates, once their own evidence is weighed."""

from __future__ import annotations

import itertools
import re
from typing import Final

from .candidate import Candidate
from .lexicon import Lexicon
from .words import plural

__all__ = ["LIST_GAP", "split_names", "spread"]

LIST_GAP: Final = re.compile(r"\s*(\([^()\n]{1,40}\)\s*)?(?:,|;|and|, and|y|, y|e|et|und)\s*$")
"""Between two names of a list: a separator, after a parenthesis on the first where the second has one too
("Varela ( Eibar ) , Biscay ( Compostela )")."""
_OF: Final = frozenset({"of", "de", "del", "du", "des", "von", "vom"})  # a name after it heads no list of people


def spread(lex: Lexicon, text: str, cands: list[Candidate]) -> None:
    """Names in a list take the evidence of their neighbours: "Given , Breen , Staunton , Irwin".

    A neighbour with evidence passes it on; in a list of three names or more, family names
    known from the name data count as evidence where they make two thirds of the list.
    """
    chains: list[list[Candidate]] = []
    # a name alone in brackets is a note on its neighbour ("Urrutia ( Eibar ) y Montoya"), not a member
    listed = [
        c
        for c in cands
        if not (")" in text[c.end : c.end + 3] and text[c.end : c.end + 3].strip()[:1] == ")" and _before(text, c.start) == "(")
    ]
    for x, y in itertools.pairwise(listed):
        if not _may_separate(text, x.end, y.start):
            continue  # most neighbours: a word after the first name ("Jane Roe said ... Ann Lee")
        gap = text[x.end : y.start]
        if "\n" not in gap and (m := LIST_GAP.match(gap)) and (not m[1] or text[y.end : y.end + 2].strip() == "("):
            if chains and chains[-1][-1] is x:
                chains[-1].append(y)
            else:
                chains.append([x, y])
    for chain in chains:
        if chain[0].window.word(chain[0].first - 1) in _OF:  # "el presidente de Telefónica , Fernando ..."
            chain = chain[1:]
        open_ = [z for z in chain if z.veto in ("", "common") and not (z.first == z.last and plural(lex, z.words()[0]))]
        seeds = [z for z in chain if z.evidence]
        known = [z for z in chain if not z.evidence and not z.veto and z.window.fw(z.last) in lex.surnames]
        if seeds or (len(chain) >= 3 and 3 * (len(seeds) + len(known)) >= 2 * len(chain)):
            for z in open_:
                if not z.evidence:
                    z.evidence = "list"


_SEPARATOR_STARTS: Final = frozenset("(,;ayeu")  # the first characters of what LIST_GAP reads after white space


def _may_separate(text: str, start: int, end: int) -> bool:
    """False when :data:`LIST_GAP` cannot match ``text[start:end]``: the first character after its spaces starts
    no separator (nor a parenthesis). A test that reads a character or two instead of the whole gap."""
    k = start
    while k < end and text[k] == " ":
        k += 1
    return k == end or text[k] in _SEPARATOR_STARTS or text[k].isspace()


_SPLIT_BEFORE: Final = frozenset({",", "/", "(", "-", ";", "beat"})
_NEXT_LINE: Final = re.compile(r"[ \t]*\n[ \t]*(\d)")


def split_names(lex: Lexicon, text: str, cands: list[Candidate]) -> None:
    """A name broken over two lines of a results table: "... , Wayne\nRiley ( Australia ) 64 71 , ...". A given
    name that ends a line after a separator, and the name word that opens the next line before a table cue,
    are each a person (the text no longer says they are one)."""
    for x, y in itertools.pairwise(cands):
        if x.window.n != 1 or y.first != 0 or x.veto not in ("", "common") or y.veto not in ("", "common"):
            continue  # the first is a run of one word: "Wayne" after a comma
        if text[x.end : y.start].strip(" \t\r") != "\n" or x.window.word(x.first - 1) not in _SPLIT_BEFORE:
            continue
        after = y.window.word(y.last + 1)
        if not after:  # the second line holds only the family name: "Derrick\nCooper\n67 Jeff Hawksworth"
            nxt = _NEXT_LINE.match(text, y.end)
            after = nxt[1] if nxt else ""
        if x.window.fw(x.first) not in lex.given and not (after == "(" and _country_after(lex, y)):
            continue  # a given name no list knows, before a country in brackets: "Des\nSmyth ( Ireland )"
        if after in ("(", ",") or after[:1].isdigit():
            full = " ".join((*x.words(), *y.words()))
            for z in (x, y):
                z.evidence = z.evidence or "table"
                z.veto = ""
                z.name = full


def _before(text: str, start: int) -> str:
    """The character before ``start``, spaces and tabs skipped."""
    return text[max(0, start - 3) : start].rstrip(" \t")[-1:]


def _country_after(lex: Lexicon, y: Candidate) -> bool:
    """True when a country in brackets follows ``y``: "Smyth ( Ireland )", "Goosen ( South Africa )"."""
    w = y.window
    k = y.last + 2
    j = k
    while w.word(j) and w.word(j) != ")" and j - k < 4:
        j += 1
    return w.word(j) == ")" and j > k and lex.country_of(w.span_text(k, j - 1)) is not None
