"""The word lists the organisations finder reads, loaded once from ``newskit/data/organizations``."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import attrs
from mypy_extensions import mypyc_attr

from ...resources import cached, data_path, fingerprint, read_lines, read_table

__all__ = ["Known", "Lexicon", "country_code", "describe", "lexicon"]

MIN_SHARE = 0.5
"""A name learned from CoNLL-2003 train is used where at least this share of its occurrences there was an organisation."""


@mypyc_attr(native_class=False)
@attrs.frozen
class Known:
    """What a listed name is: its kind and country where known, and whether only a sports context makes it one."""

    kind: str | None = None
    country: str | None = None
    sports_only: bool = False
    learned: bool = False


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class Lexicon:
    """Head words with their kinds, legal forms, and listed names indexed by their first word."""

    heads: dict[str, str]
    starts: dict[str, str]
    legal: frozenset[str]
    names: dict[tuple[str, ...], Known]
    cues_after: dict[str, str | None]  # cue phrase -> kind
    cues_before: dict[str, str | None]
    by_first: dict[str, tuple[int, ...]]  # first word -> the word counts of the names it starts, longest first

    def match(self, words: list[str], i: int) -> tuple[int, Known] | None:
        """The longest listed name starting at ``words[i]``: (its length in words, what it is), or None."""
        lengths = self.by_first.get(words[i])
        if lengths is None:
            return None
        for n in lengths:
            if i + n <= len(words):
                known = self.names.get(tuple(words[i : i + n]))
                if known is not None:
                    return n, known
        return None


_HOME_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland", "ENGLAND", "SCOTLAND", "WALES"})


@functools.lru_cache(maxsize=16384)
def country_code(phrase: str) -> str | None:
    """The alpha-2 code when ``phrase`` is a country's name, alias or demonym (not a town); home nations are GB."""
    from ..countries import lookup

    if phrase in _HOME_NATIONS:
        return "GB"
    found = lookup(phrase)
    if found is None:
        return None
    place = found.place
    if place is not None and str(place.via) in ("name", "alias", "code", "demonym", "historical"):
        return str(place.code)
    return None


def describe(words: list[str], heads: dict[str, str], starts: dict[str, str], legal: frozenset[str]) -> Known:
    """The kind and country a name's own words tell: "Bank of Japan" is a company of JP, "Daewoo Corp" a company."""
    kind = None
    if words[-1] in legal:
        kind = "company"
    elif words[-1] in heads:
        kind = heads[words[-1]]
    elif of := next((i for i, w in enumerate(words[:-1]) if w in ("of", "for") and words[i - 1] in heads), None):
        kind = heads[words[of - 1]]
    elif len(words) > 1 and words[0] in starts:
        kind = starts[words[0]]
    country = next((code for w in words if w[:1].isupper() and (code := country_code(w))), None)
    return Known(kind=kind, country=country)


def _add(names: dict[tuple[str, ...], Known], name: str, known: Known) -> None:
    words = tuple(name.split())
    names.setdefault(words, known)
    upper = tuple(w.upper() for w in words)
    names.setdefault(upper, known)  # all-capitals headlines and tables


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once.

    Built from the data files and the gazetteer (which tells countries and places), then kept in the user's cache
    folder (:func:`newskit.resources.cached`) under a key made of the bytes of the data files, of this module and of
    the countries package, and the gazetteer's own key: later processes read it back instead of building it.
    """
    tables = cached("organizations", _key(), _build)
    shared = {value: Known(*value) for value in set(tables["names"].values())}  # a few kinds and countries
    return Lexicon(
        cues_after=tables["cues_after"],
        cues_before=tables["cues_before"],
        heads=tables["heads"],
        starts=tables["starts"],
        legal=tables["legal"],
        names={words: shared[value] for words, value in tables["names"].items()},
        by_first=tables["by_first"],
    )


def _key() -> str:
    from ..countries import sources

    folder = Path(__file__).resolve().parent
    files = [
        Path(__file__),
        *sorted(folder.parent.joinpath("countries").glob("*.py")),
        *sorted((f for f in data_path("organizations").iterdir() if f.is_file()), key=lambda f: f.name),
    ]
    return fingerprint(files=files, parts=(sources.gazetteer_key("en"), str(MIN_SHARE)))


def _build() -> dict[str, Any]:
    """The lexicon as plain data (what :mod:`marshal` writes); a listed name's :class:`Known` as a tuple."""
    from ..countries import is_place_word

    heads = {row[0]: row[1] for row in read_table("organizations/heads.tsv")}
    starts = {row[0]: row[1] for row in read_table("organizations/starts.tsv")}
    forms = read_lines("organizations/legal_suffixes.txt")
    legal = frozenset({*forms, *[f + "." for f in forms if not f.endswith(".")]})  # "Inc." as well as "Inc"
    names: dict[tuple[str, ...], Known] = {}
    for row in read_table("organizations/known.tsv"):
        _add(names, row[0], Known(kind=row[1] or None, country=(row[2] if len(row) > 2 else "") or None))
    for name, n_org, n_all in read_table("organizations/conll_train.tsv"):
        if int(n_org) < MIN_SHARE * int(n_all) or len(name) < 2:
            continue
        words = name.split()
        # a one-word place is a club's name only in sports ("Essex beat Kent"), never in the news of the county
        sports = len(words) == 1 and is_place_word(name.title() if name.isupper() else name)
        said = describe(words, heads, starts, legal) if len(words) > 1 else Known()
        _add(names, name, attrs.evolve(said, sports_only=sports, learned=True))
    by_first: dict[str, set[int]] = {}
    for key in names:
        by_first.setdefault(key[0], set()).add(len(key))
    cues: dict[str, dict[str, str | None]] = {"after": {}, "before": {}}
    for row in read_table("organizations/cues.tsv"):
        cues[row[0]][row[1]] = (row[2] if len(row) > 2 else "") or None
    return {
        "cues_after": cues["after"],
        "cues_before": cues["before"],
        "heads": heads,
        "starts": starts,
        "legal": legal,
        "names": {words: (k.kind, k.country, k.sports_only, k.learned) for words, k in names.items()},
        "by_first": {k: tuple(sorted(v, reverse=True)) for k, v in by_first.items()},
    }
