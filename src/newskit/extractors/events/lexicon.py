"""The event vocabulary and trigger lexicon, read once from ``newskit/data/events/``."""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Iterator
from typing import Any

import attr
import attrs
from mypy_extensions import mypyc_attr

from ...resources import data_path, read_json, read_table

__all__ = ["Form", "Kind", "Lexicon", "current_language", "inflections", "lexicon", "reading"]

_LANGUAGE: contextvars.ContextVar[str] = contextvars.ContextVar("newskit_events_language", default="en")
"""The language of the article the events rules are reading (see :func:`reading`)."""


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class Kind:
    """An event kind of the vocabulary, with its CAMEO root code where one fits."""

    name: str
    cameo: str | None
    weight: float
    reciprocal: bool = False
    motion: bool = False
    passive: bool = False
    intransitive: bool = False
    description: str = ""


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class Form:
    """One written form of a trigger: its kind, whether it is a verb, and its tense tag.

    ``tense`` is ``base`` (visit), ``present`` (visits), ``past`` (visited, met), ``ing``
    (visiting) or ``noun`` (visit, visits as nouns).
    """

    kind: str
    verb: bool
    tense: str
    words: int = 1
    lower_only: bool = False
    named_object: bool = False


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class Lexicon:
    """Kinds, trigger forms (lower case, one or several words), function-word sets, and the
    written forms of verbs (triggers and the common verbs of ``verbs.tsv``) with their tense tag."""

    kinds: dict[str, Kind]
    forms: dict[str, tuple[Form, ...]]
    phrase_heads: frozenset[str]
    words: dict[str, frozenset[str]]
    pronouns: dict[str, str]
    verbs: dict[str, str] = attr.ib(factory=dict)
    #: The first words of the verbs of several words ("steps" of "steps down").
    verb_heads: frozenset[str] = attr.ib(factory=frozenset)
    #: The first words of the trigger forms: a sentence with none of them holds no trigger.
    trigger_heads: frozenset[str] = attr.ib(factory=frozenset)


_VOWELS = frozenset("aeiou")


def _third_person(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if len(word) > 1 and word.endswith("y") and word[-2] not in _VOWELS:
        return word[:-1] + "ied"
    return word + "ed"


def _ing(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith("ee"):
        return word[:-1] + "ing"
    return word + "ing"


def inflections(lemma: str, pos: str, past: str = "", ing: str = "") -> dict[str, str]:
    """Every written form of a trigger lemma, each with its tense tag.

    A phrase inflects its first word; irregular past forms and ``-ing`` forms are given.

    >>> sorted(inflections("visit", "vn").items())
    [('visit', 'base'), ('visited', 'past'), ('visiting', 'ing'), ('visits', 'present')]
    >>> inflections("hold talks", "v", past="held talks")["held talks"]
    'past'
    """
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    out: dict[str, str] = {}
    if "n" in pos:
        out[lemma] = "noun"
        if not rest:
            out.setdefault(_third_person(lemma), "noun")
    if "v" in pos:
        out[lemma] = "base"
        out[_third_person(head) + tail] = "present"
        for form in past.split(",") if past else [_past(head) + tail]:
            out[form.strip()] = "past"
        for form in ing.split(",") if ing else [_ing(head) + tail]:
            out[form.strip()] = "ing"
    return out


def _flag(cell: str, name: str) -> bool:
    return name in {f.strip() for f in cell.split(",")}


def _data_file(language: str, name: str) -> str:
    """``events/<language>/<name>`` where a language ships its own file, else ``events/<name>``
    (English, and the shared vocabulary)."""
    own = f"events/{language}/{name}"
    return own if language != "en" and data_path(own).is_file() else f"events/{name}"


@contextlib.contextmanager
def reading(language: str) -> Iterator[None]:
    """While the events of an article in ``language`` are built, :func:`lexicon` without an
    argument is that language's lexicon."""
    token = _LANGUAGE.set(language)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def current_language() -> str:
    """The language of the article being read (English outside :func:`reading`)."""
    return _LANGUAGE.get()


def lexicon(language: str | None = None) -> Lexicon:
    """The event lexicon of ``language``, else of the article being read (see :func:`reading`), else English."""
    return _lexicon(language or _LANGUAGE.get())


@functools.cache
def _lexicon(language: str) -> Lexicon:
    """The event lexicon of a language, loaded once from the data files.

    The kinds (``vocabulary.tsv``) are shared; a language may ship its own ``triggers.tsv``,
    ``verbs.tsv`` and ``words.json`` in ``newskit/data/events/<language>/``, else the English ones
    are read.

    >>> lexicon().kinds["assault"].cameo, lexicon("xx").kinds == lexicon().kinds
    ('18', True)
    """
    kinds: dict[str, Kind] = {}
    for row in read_table("events/vocabulary.tsv"):
        name, cameo, weight, roles, description = (*row, "", "", "", "")[:5]
        kinds[name] = Kind(
            name=name,
            cameo=None if cameo in ("", "-") else cameo,
            weight=float(weight),
            reciprocal=_flag(roles, "reciprocal"),
            motion=_flag(roles, "motion"),
            passive=_flag(roles, "passive"),
            intransitive=_flag(roles, "intransitive"),
            description=description,
        )
    forms: dict[str, list[Form]] = {}
    for row in read_table(_data_file(language, "triggers.tsv")):
        lemma, kind, pos, past, ing = (*row, "", "", "")[:5]
        if kind not in kinds:
            raise ValueError(f"events/triggers.tsv: {lemma!r} has unknown kind {kind!r}")
        lower_only = lemma.endswith("*")
        named_object = lemma.endswith("+")
        lemma = lemma.rstrip("*+")
        for form, tense in inflections(lemma, pos, past, ing).items():
            entry = Form(
                kind=kind,
                verb=tense != "noun",
                tense=tense,
                words=len(form.split()),
                lower_only=lower_only,
                named_object=named_object,
            )
            forms.setdefault(form, []).append(entry)
    verbs = {f: next(x.tense for x in fs if x.verb) for f, fs in forms.items() if any(x.verb for x in fs)}
    own_verbs = language == "en" or data_path(f"events/{language}/verbs.tsv").is_file()
    for row in read_table(_data_file(language, "verbs.tsv")) if own_verbs else ():  # no English verbs in German
        lemma, past, ing = (*row, "", "")[:3]
        for form, tense in inflections(lemma, "v", past, ing).items():
            verbs.setdefault(form, tense)
    raw: dict[str, Any] = read_json(_data_file(language, "words.json"))
    words = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    # unions the rules read on every sentence, made once
    words["auxiliaries"] = words["past_auxiliaries"] | words["present_auxiliaries"] | words["future_auxiliaries"]
    words["headline_stops"] = words["not_groups"] | words["subject_stops"]
    words["mark_prepositions"] = words["place_prepositions"] | words["motion_prepositions"] | {"of"}
    words["motion_places"] = words["place_prepositions"] | words["motion_prepositions"]
    words["clause_bounds"] = words["clause_openers"] | words["clause_punctuation"]
    words["stops"] = words["subject_stops"] - words["determiners"]
    return Lexicon(
        kinds=kinds,
        forms={k: tuple(v) for k, v in forms.items()},
        phrase_heads=frozenset(f.split()[0] for f in forms if " " in f),
        words=words,
        pronouns=dict(raw["pronouns"]),
        verbs=verbs,
        verb_heads=frozenset(v.split()[0] for v in verbs if " " in v),
        trigger_heads=frozenset(form.split()[0] for form in forms),
    )
