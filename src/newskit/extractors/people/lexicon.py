"""The word lists the people finder reads: loaded once from ``newskit/data/people`` on first use."""

from __future__ import annotations

import functools
import gzip
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

import attr
import attrs
from mypy_extensions import mypyc_attr

from ...names import fold, name_data
from ...resources import cached, data_path, fingerprint, read_lines, read_table
from . import places
from .compounds import CompoundWords

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


@mypyc_attr(native_class=False)
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
    particle_phrases: tuple[str, ...]  # what may join name words in a run: "von", "von der", "de la"
    lead_particles: frozenset[str]  # particles that may start a name ("Von der Leyen"; not an article such as "der")
    prefixes: tuple[str, ...]
    suffixes: frozenset[str]
    org_cues: frozenset[str]
    after_cues: frozenset[str]
    before_cues: frozenset[str]
    stopwords: frozenset[str]
    family_first: frozenset[str]
    common: AbstractSet[str]  # a CompoundWords for German: read it with ``in``, never as a frozenset
    organisations: frozenset[str]
    org_first: frozenset[str]
    calendar: frozenset[str]
    weak_roles: frozenset[str]
    origins: dict[str, str | None]
    max_origin_words: int
    # verbs that take a person as subject or object ("met", "beat"), beyond the reporting verbs of after_cues
    # and before_cues: weaker evidence, which a common word ("Rain arrived") does not take
    person_verbs: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()  # "village", "port": a name after "the village of" is a place
    owned_nouns: frozenset[str] = frozenset()  # "administration": "the Clinton administration" is Clinton's
    passive_verbs: frozenset[str] = frozenset()  # "arrested": "Georges Zicot was arrested" is a person
    opening_particles: tuple[str, ...] = ()  # "van der", "de": in English, lower-case particles that open a name
    capitalised_nouns: bool = False  # German: every noun is capitalised, so a capital does not mark a name
    _countries: dict[str, str | None] = attr.ib(factory=dict, init=False, repr=False, eq=False)
    origin_answers: dict[str, bool] = attr.ib(factory=dict, init=False, repr=False, eq=False)
    # Memos of word properties the finder asks for every run (see newskit.extractors.people.finder): the kind
    # of each word of a run, the title phrases each word can end, whether a word is a title on its own, and the
    # finder's word classes (title, common word, plural).
    word_kinds: dict[str, tuple[str, bool]] = attr.ib(factory=dict, init=False, repr=False, eq=False)
    title_ends: dict[str, tuple[tuple[str, ...], ...]] = attr.ib(factory=dict, init=False, repr=False, eq=False)
    title_words: dict[str, bool] = attr.ib(factory=dict, init=False, repr=False, eq=False)
    word_classes: dict[str, int] = attr.ib(factory=dict, init=False, repr=False, eq=False)
    word_facts: dict[str, int] = attr.ib(factory=dict, init=False, repr=False, eq=False)
    # the finder's runs in each stretch of capitalised words, by the article's language (places depend on it)
    run_shapes: dict[str, dict[str, Any]] = attr.ib(factory=dict, init=False, repr=False, eq=False)

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
        found = self.origin_answers.get(phrase)
        if found is None:
            found = self.country_of(phrase) is not None or fold(phrase) in self.origins
            if len(self.origin_answers) < 100_000:
                self.origin_answers[phrase] = found
        return found

    def is_place(self, phrase: str, language: str = "en") -> bool:
        """True when ``phrase`` names a place (country, region, city) in the gazetteer."""
        return places.is_place(phrase, language)

    def is_town(self, phrase: str, language: str = "en") -> bool:
        """True when ``phrase`` names any place of the gazetteer, small towns included."""
        return places.is_town(phrase, language)


LANGUAGES = ("de", "es", "fr")
"""Languages with their own word lists under ``newskit/data/people/<language>/``."""


def _language_set(language: str, name: str) -> frozenset[str]:
    """A folded word list of ``data/people/<language>/``, empty where the language has none."""
    try:
        return _lower_set(f"{language}/{name}")
    except FileNotFoundError:
        return frozenset()


def _language_lines(language: str, name: str) -> tuple[str, ...]:
    try:
        return read_lines(f"people/{language}/{name}")
    except FileNotFoundError:
        return ()


def _language_words(language: str, name: str) -> AbstractSet[str]:
    """Lower-case common words of ``language``; for German, the Wikidata nouns and compounds of them count too."""
    words = frozenset(w.lower() for w in _language_lines(language, name))
    return CompoundWords(words | _packed_lines("people/de/nouns_wikidata.txt.gz")) if language == "de" else words


def _packed_lines(name: str) -> frozenset[str]:
    """The lines of a gzip-compressed data file (comments left out)."""
    raw = gzip.decompress(data_path(name).read_bytes()).decode("utf-8")
    return frozenset(line for line in raw.splitlines() if line and not line.startswith("#"))


@functools.cache
def german_words() -> frozenset[str]:
    """German words that are not nouns (verbs, adjectives, adverbs and their forms), lower case.

    ``data/people/de/non_nouns.txt.gz``: from Wikidata Lexemes (CC0), loaded on first use.
    """
    return _packed_lines("people/de/non_nouns.txt.gz")


def _language_phrases(language: str, name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    try:
        return _phrases(f"{language}/{name}")
    except FileNotFoundError:
        return {}


@functools.cache
def lexicon(language: str = "en") -> Lexicon:
    """The lexicon for an article in ``language``, loaded once per language.

    English and every language without its own folder get the shared lists. German, French and
    Spanish add their own (``data/people/<language>/``): given and family names, titles, forms of
    address, reporting verbs, stop words, particles, organisation words and, for German (where
    every noun is capitalised), common nouns.
    """
    base = _base()
    if language not in LANGUAGES:
        return base
    return _for_language(base, language)


def _for_language(base: Lexicon, language: str) -> Lexicon:
    """``base`` with the word lists of ``language`` added (and its own particles and common words)."""
    stop = base.stopwords | _language_set(language, "stopwords.txt")
    titles = dict(base.titles)
    for last, found in _language_phrases(language, "titles.txt").items():
        titles[last] = tuple(sorted({*titles.get(last, ()), *found}, key=len, reverse=True))
    honorifics = read_table(f"people/{language}/honorifics.txt")
    common = _language_words(language, "common_words.txt")
    phrases = _language_lines(language, "particles.txt")
    # the Faker list was sifted against English words only: the language's own list stands in for it
    given = ((base.given - _faker_given()) | _language_set(language, "given_names.txt")) - stop
    return attrs.evolve(
        base,
        given=given,
        male=base.male | _language_set(language, "given_names_male.txt"),
        female=base.female | _language_set(language, "given_names_female.txt"),
        surnames=base.surnames | _language_set(language, "surnames.txt"),
        honorifics=base.honorifics | {row[0].rstrip(".") for row in honorifics},
        honorific_sex={**base.honorific_sex, **{row[0].rstrip("."): row[1] for row in honorifics if len(row) > 1}},
        titles=titles,
        particles=frozenset(w for p in phrases for w in p.split()) if phrases else base.particles,
        particle_phrases=phrases or base.particle_phrases,
        lead_particles=frozenset(p for p in phrases if " " not in p) if phrases else base.lead_particles,
        org_cues=base.org_cues | _language_set(language, "org_cues.txt"),
        org_first=base.org_first | frozenset(_language_lines(language, "org_first.txt")),
        after_cues=base.after_cues | _language_set(language, "after_cues.txt"),
        before_cues=base.before_cues | _language_set(language, "before_cues.txt"),
        stopwords=stop,
        common=common if common else base.common,
        calendar=base.calendar | frozenset(_language_lines(language, "calendar.txt")),
        capitalised_nouns=language == "de",
    )


@functools.cache
def _faker_given() -> frozenset[str]:
    """Given names of other countries from Faker's person providers (``data/people/given_names_faker.txt``),
    folded: part of the host's name data, which English articles (and those of languages with no word lists of
    their own) read; German, French and Spanish articles leave them out."""
    return frozenset(fold(w) for w in read_lines("people/given_names_faker.txt"))


@functools.cache
def _base() -> Lexicon:
    """The shared lexicon (English and the lists every language uses).

    Built from the data files once, then kept in the user's cache folder (:func:`newskit.resources.cached`) under a
    key made of the bytes of the shared data files and of the modules that read them: later processes read it back.
    """
    names = name_data()  # the host's own sets, shared rather than copied
    return Lexicon(
        **cached("people-lexicon", _base_key(), _base_tables),
        male=names.male,
        female=names.female,
        particles=names.particles,
        lead_particles=names.particles,
        suffixes=names.suffixes,
        family_first=names.family_first,
    )


def _base_key() -> str:
    from ... import names

    folder = data_path("people")
    files = sorted((f for f in folder.iterdir() if f.is_file()), key=lambda f: f.name)
    return fingerprint(files=(Path(__file__), Path(names.__file__ or ""), *files))


def _base_tables() -> dict[str, Any]:
    """The shared lexicon's own fields as plain data (what :mod:`marshal` writes); those of the name data aside."""
    origins: dict[str, str | None] = {}
    for line in read_lines("people/demonyms_extra.txt"):
        word, _, code = line.partition("\t")
        origins[fold(word.strip())] = code.strip() or None
    names = name_data()
    stop = _lower_set("stopwords.txt")
    honorifics = read_table("people/honorifics.txt")
    return dict(
        given=names.given - stop,
        surnames=_lower_set("surnames_census.txt"),
        honorifics=frozenset(row[0].rstrip(".") for row in honorifics),
        honorific_sex={row[0].rstrip("."): row[1] for row in honorifics if len(row) > 1},
        titles=_phrases("titles.txt"),
        particle_phrases=read_lines("people/particles.txt"),
        prefixes=tuple(fold(w) for w in read_lines("people/prefixes.txt")),
        org_cues=_lower_set("org_cues.txt"),
        after_cues=_lower_set("after_cues.txt") | _lower_set("subject_verbs.txt"),
        before_cues=_lower_set("before_cues.txt") | _lower_set("object_verbs.txt"),
        person_verbs=(_lower_set("subject_verbs.txt") | _lower_set("object_verbs.txt"))
        - _lower_set("after_cues.txt")
        - _lower_set("before_cues.txt"),
        place_nouns=_lower_set("place_nouns.txt"),
        owned_nouns=_lower_set("owned_nouns.txt"),
        opening_particles=read_lines("people/opening_particles.txt"),
        passive_verbs=_lower_set("passive_verbs.txt"),
        stopwords=stop,
        common=frozenset(read_lines("people/common_words.txt")),
        organisations=frozenset(read_lines("people/organisations.txt")),
        org_first=frozenset(read_lines("people/org_first.txt")),
        calendar=frozenset(read_lines("people/calendar.txt")),
        weak_roles=_lower_set("weak_roles.txt"),
        origins=origins,
        max_origin_words=max((len(k.split()) for k in origins), default=1),
    )
