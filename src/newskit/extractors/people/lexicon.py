"""The word lists the people finder reads: loaded once from ``newskit/data/people`` on first use."""

from __future__ import annotations

import functools

import attrs

from ...names import fold, name_data
from ...resources import read_lines, read_table
from . import places

__all__ = ["Lexicon", "fold", "lexicon"]


def _lower_set(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in read_lines(f"people/{name}"))


def _phrases(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases of a data file, indexed by their last word (folded)."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for line in read_lines(f"people/{name}"):
        words = tuple(fold(w) for w in line.split())
        by_last.setdefault(words[-1], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_last.items()}


@attrs.frozen(kw_only=True)
class Lexicon:
    """Name parts, titles, cue words and stop words, as folded sets."""

    given: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    surnames: frozenset[str]
    honorifics: frozenset[str]
    honorific_sex: dict[str, str]
    titles: dict[str, tuple[tuple[str, ...], ...]]
    particles: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: frozenset[str]
    org_cues: frozenset[str]
    after_cues: frozenset[str]
    before_cues: frozenset[str]
    stopwords: frozenset[str]
    family_first: frozenset[str]
    common: frozenset[str]
    organisations: frozenset[str]
    org_first: frozenset[str]
    calendar: frozenset[str]
    weak_roles: frozenset[str]
    origins: dict[str, str | None]
    max_origin_words: int
    _countries: dict[str, str | None] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    # Memos of word properties the finder asks for every run (see newskit.extractors.people.finder): its verdict
    # on one-word runs, the kind of each word of a run, the title phrases each word can end.
    run_verdicts: dict[str, str] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    word_kinds: dict[str, tuple[str, bool]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    title_ends: dict[str, tuple[tuple[str, ...], ...]] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def sex_of(self, given: str) -> str | None:
        """"m" or "f" where a given name is on one census list only, else None."""
        key = fold(given)
        return "m" if key in self.male else "f" if key in self.female else None

    def country_of(self, phrase: str) -> str | None:
        """The alpha-2 code a country name, demonym or origin phrase stands for, if any."""
        try:
            return self._countries[phrase]
        except KeyError:
            pass
        key = fold(phrase)
        code = self.origins[key] if key in self.origins else places.country_code(phrase)
        if len(self._countries) < 100_000:
            self._countries[phrase] = code
        return code

    def is_origin(self, phrase: str) -> bool:
        """True when ``phrase`` is a country, demonym or origin word ("West Indian", "Russian")."""
        code = self.country_of(phrase)
        return code is not None or fold(phrase) in self.origins

    is_place = staticmethod(places.is_place)
    """True when ``phrase`` names a place (country, region, city) in the gazetteer."""

    is_town = staticmethod(places.is_town)
    """True when ``phrase`` names any place of the gazetteer, small towns included."""


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once."""
    origins: dict[str, str | None] = {}
    for line in read_lines("people/demonyms_extra.txt"):
        word, _, code = line.partition("\t")
        origins[fold(word.strip())] = code.strip() or None
    names = name_data()
    stop = _lower_set("stopwords.txt")
    honorifics = read_table("people/honorifics.txt")
    return Lexicon(
        given=names.given - stop,
        male=names.male,
        female=names.female,
        surnames=_lower_set("surnames_census.txt"),
        honorifics=frozenset(row[0].rstrip(".") for row in honorifics),
        honorific_sex={row[0].rstrip("."): row[1] for row in honorifics if len(row) > 1},
        titles=_phrases("titles.txt"),
        particles=names.particles,
        prefixes=tuple(fold(w) for w in read_lines("people/prefixes.txt")),
        suffixes=names.suffixes,
        org_cues=_lower_set("org_cues.txt"),
        after_cues=_lower_set("after_cues.txt"),
        before_cues=_lower_set("before_cues.txt"),
        stopwords=stop,
        family_first=names.family_first,
        common=frozenset(read_lines("people/common_words.txt")),
        organisations=frozenset(read_lines("people/organisations.txt")),
        org_first=frozenset(read_lines("people/org_first.txt")),
        calendar=frozenset(read_lines("people/calendar.txt")),
        weak_roles=_lower_set("weak_roles.txt"),
        origins=origins,
        max_origin_words=max((len(k.split()) for k in origins), default=1),
    )
