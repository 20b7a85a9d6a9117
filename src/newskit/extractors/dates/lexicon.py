"""The word tables of the tagger, read once from ``newskit/data/dates/`` on first use."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

import attrs
from mypy_extensions import mypyc_attr

from ...resources import read_lines, read_table

__all__ = ["Lexicon", "Modifier", "alternation", "cues", "lexicon", "number_value", "phrase_key", "word_table"]


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class Modifier:
    """A word before an expression that belongs to it (``late``, ``about``)."""

    phrase: str
    mod: str | None
    applies: str  # point | amount | any


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class Lexicon:
    """Every word list the tagger uses, keyed by lower-case form."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, str]
    ordinals: dict[str, int]
    units: dict[str, str]  # any form -> singular unit
    unit_codes: dict[str, str]  # singular -> duration code
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    holidays: dict[str, str]  # lower-case name -> rule
    holiday_names: tuple[str, ...]
    references: dict[str, str]
    sets: dict[str, str]
    modifiers: dict[str, Modifier]
    tense: dict[str, str]
    not_past: frozenset[str]
    cues: dict[str, frozenset[str]]  # named cue lists (cues.tsv)


def _table(name: str) -> tuple[tuple[str, ...], ...]:
    return read_table(f"dates/{name}")


@functools.cache
def lexicon() -> Lexicon:
    """The tagger's word tables (loaded once)."""
    units: dict[str, str] = {}
    codes: dict[str, str] = {}
    for singular, plural, code, _gran in _table("units.tsv"):
        units[singular] = units[plural] = singular
        codes[singular] = code
    holidays = {name.lower(): rule for name, rule in _table("holidays.tsv")}
    return Lexicon(
        months={form.lower(): int(n) for form, n in _table("months.tsv")},
        weekdays={form.lower(): int(n) for form, n in _table("weekdays.tsv")},
        numbers={w: v for w, v in _table("numbers.tsv")},
        ordinals={w: int(v) for w, v in _table("ordinals.tsv")},
        units=units,
        unit_codes=codes,
        seasons={w: code for w, code, _m in _table("seasons.tsv")},
        parts_of_day={w: code for w, code in _table("parts_of_day.tsv")},
        holidays=holidays,
        holiday_names=tuple(name for name, _rule in _table("holidays.tsv")),
        references={w: v for w, v in _table("references.tsv")},
        sets={w: v for w, v in _table("sets.tsv")},
        modifiers={
            p: Modifier(phrase=p, mod=None if m == "-" else m, applies=a) for p, m, a in _table("modifiers.tsv")
        },
        tense={w: t for w, t in _table("tense.tsv")},
        not_past=frozenset(read_lines("dates/not_past.txt")),
        cues={name: frozenset(words.split()) for name, words in _table("cues.tsv")},
    )


_SPACES = re.compile(r"\s+")


def phrase_key(phrase: str) -> str:
    """A matched phrase as the word tables key it: lower case, one space between words, a plain apostrophe.

    >>> phrase_key("Last  Week’s")
    "last week's"
    """
    return _SPACES.sub(" ", phrase.lower()).replace("\u2019", "'")


def cues(name: str) -> frozenset[str]:
    """A named cue word list from ``cues.tsv`` (``month_cues``, ``future_cues``...)."""
    return lexicon().cues[name]


@functools.cache
def word_table(name: str) -> dict[str, str]:
    """A small word table of the rules from ``rule_words.tsv`` (``decade_words``, ``anaphora``...): word -> value."""
    return {word: value for table, word, value in read_table("dates/rule_words.tsv") if table == name}


def alternation(words: Iterable[str], *, caps: bool = False) -> str:
    r"""A regex alternation of ``words``, longest first; ``caps`` adds each word in ALL CAPS.

    It is written as a letter tree (``ma(?:rch\b|y\b)``), which the regex engine leaves at the first
    letter that fits no word, and it matches as the flat list of words would: of the words that fit
    the text, the longer first (they lie on one branch of the tree, and a word that ends at a branching
    comes after the longer words going on from it). A space matches a run of spaces, an apostrophe
    either apostrophe, and a word ending in a letter or digit ends at a word boundary. The words are
    lower-case or written as they are matched (two branches never take the same character).

    >>> alternation(["may", "march", "mar."])
    '(?:ma(?:r(?:\\.|ch\\b)|y\\b))'
    """
    forms = set(words)
    if caps:
        forms |= {w.upper() for w in forms}
    tree: dict[str, Any] = {}
    for w in forms:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of a word

    def branch(node: dict[str, Any], last: str) -> str:
        alts = [_unit(ch) + branch(sub, ch) for ch, sub in sorted(node.items()) if ch]
        if "" in node:  # the word ending here comes after the longer ones
            alts.append(r"\b" if last.isalnum() else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return "(?:" + branch(tree, "") + ")"


def _unit(ch: str) -> str:
    """The regex of one character of a word: a space matches a run of spaces, an apostrophe either one."""
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’]"
    return re.escape(ch)


_SPLIT = re.compile(r"[\s-]+")


def number_value(text: str) -> float | None:
    """The value of a number in digits or words; None for a vague one ("several").

    >>> number_value("twenty-four"), number_value("2 1/2"), number_value("several")
    (24.0, 2.5, None)
    """
    raw = text.strip().lower().replace(",", "")
    half = 0.0
    if raw.endswith(" 1/2"):
        raw, half = raw[:-4], 0.5
    elif raw.endswith("and a half"):
        raw, half = raw[: -len("and a half")].strip(), 0.5
        if not raw:
            return 0.5
    try:
        return float(raw) + half
    except ValueError:
        pass
    table = lexicon().numbers
    if raw in table:
        v = table[raw]
        return None if v == "X" else float(v) + half
    total = current = 0.0
    for word in _SPLIT.split(raw):
        if word in ("and", ""):
            continue
        w = table.get(word)
        if w is None or w == "X":
            if word.isdigit():
                current += float(word)
                continue
            return None
        n = float(w)
        if n == 100:
            current = max(current, 1.0) * 100
        elif n == 1000:
            total += max(current, 1.0) * 1000
            current = 0.0
        else:
            current += n
    return total + current + half
