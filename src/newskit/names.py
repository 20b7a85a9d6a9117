"""Names of people: folding, name parts and the one coreference engine.

The host links short mentions to full names (:func:`newskit.entities.link_people`) with the same
:class:`NameIndex` the built-in people finder uses while it reads an article, and both compare
names through the one :func:`fold`. The name data it reads (given names, particles, suffixes,
names written family name first) lives in ``newskit/data/people/``.

>>> index = NameIndex()
>>> index.add(["Kassym-Jomart", "Tokayev"], 0)
>>> index.resolve(["Tokayev"], 40)
'Kassym-Jomart Tokayev'
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import attrs
from mypy_extensions import mypyc_attr

from .resources import cached, data_path, fingerprint, read_lines, read_table

__all__ = [
    "MAX_NAME_WORDS",
    "MAX_SHORT_WORDS",
    "NameData",
    "NameIndex",
    "NameParts",
    "fold",
    "name_data",
    "name_keys",
    "split_name",
    "strip_accents",
]

MAX_NAME_WORDS = 10
"""No name is longer: the longest real names in news ("Luiz Inácio Lula da Silva", "Mohammed bin Rashid Al
Maktoum") have seven or eight words. Longer runs are not indexed as names, so that no text makes coreference
slow."""

MAX_SHORT_WORDS = 4
"""A short form of a name has at most this many words ("von der Leyen", "Lula da Silva")."""

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def strip_accents(text: str) -> str:
    """``text`` without diacritics and with straight apostrophes, case kept.

    >>> strip_accents("São Paulo"), strip_accents("O’Rourke")
    ('Sao Paulo', "O'Rourke")
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The comparison key of a name or a name part: case-folded, without diacritics, apostrophes straightened.

    >>> fold("Erdoğan"), fold("O’Rourke"), fold("MÜLLER")
    ('erdogan', "o'rourke", 'muller')
    """
    if text.isascii():
        return text.casefold()
    return strip_accents(text).casefold()


@mypyc_attr(native_class=False)
@attrs.frozen(kw_only=True)
class NameData:
    """What newskit knows about the parts of names, as folded sets (suffixes as written)."""

    given: frozenset[str]
    """Given names: the US Census lists, the world list and the Faker list (which the people finder reads for
    English articles only)."""
    male: frozenset[str]
    female: frozenset[str]
    particles: frozenset[str]
    """Particles that belong to a family name ("von", "der", "da", "bin", "al")."""
    suffixes: frozenset[str]
    """Generational suffixes that may close a name ("Jr", "III"), without a full stop."""
    post_nominals: frozenset[str]
    """Letters after a name that are no part of it ("PhD", "QC", "OBE"), and the generational suffixes."""
    family_first: frozenset[str]
    """Family names of names written family name first ("Xi", "Kim")."""

    def sex_of(self, given: str) -> str | None:
        """"m" or "f" where a given name is on one census list only, else None."""
        key = fold(given)
        return "m" if key in self.male else "f" if key in self.female else None


class NameParts(Protocol):
    """What coreference needs to know of name parts: :class:`NameData`, or a language's richer lexicon."""

    @property
    def particles(self) -> frozenset[str]: ...

    @property
    def suffixes(self) -> frozenset[str]: ...

    @property
    def family_first(self) -> frozenset[str]: ...

    def sex_of(self, given: str) -> str | None: ...


def _folded_lines(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in read_lines(f"people/{name}"))


_NAME_FILES = (
    "given_names_census.txt",
    "given_names_world.txt",
    "given_names_faker.txt",
    "particles.txt",
    "suffixes.txt",
    "post_nominals.txt",
    "family_first.txt",
)


@functools.cache
def name_data() -> NameData:
    """The name data, loaded once: built from its data files, then read back from the user's cache folder
    (``newskit.resources.cached``, keyed by the bytes of those files and of this module)."""
    key = fingerprint(files=(Path(__file__), *[data_path(f"people/{name}") for name in _NAME_FILES]))
    return NameData(**cached("name-data", key, _name_tables))


def _name_tables() -> dict[str, frozenset[str]]:
    census = read_table("people/given_names_census.txt")
    suffixes = frozenset(w.rstrip(".") for w in read_lines("people/suffixes.txt"))
    return {
        "given": frozenset(fold(row[0]) for row in census)
        | _folded_lines("given_names_world.txt")
        | _folded_lines("given_names_faker.txt"),
        "male": frozenset(fold(row[0]) for row in census if row[1:] == ("m",)),
        "female": frozenset(fold(row[0]) for row in census if row[1:] == ("f",)),
        "particles": _folded_lines("particles.txt"),
        "suffixes": suffixes,
        "post_nominals": suffixes | frozenset(w.rstrip(".") for w in read_lines("people/post_nominals.txt")),
        "family_first": _folded_lines("family_first.txt"),
    }


@functools.lru_cache(maxsize=4096)  # keyed by a name: the same few come back article after article
def split_name(name: str) -> tuple[str | None, str | None]:
    """Given and family name of a canonical name (suffixes such as "Jr." skipped).

    The family name keeps its particles ("von der Leyen", "da Silva"); a name written family
    name first keeps that order ("Xi Jinping", "Kim Jong Un").

    >>> split_name("Martin Luther King Jr.")
    ('Martin', 'King')
    >>> split_name("Putin")
    (None, 'Putin')
    >>> split_name("Ursula von der Leyen")
    ('Ursula', 'von der Leyen')
    >>> split_name("Xi Jinping"), split_name("Kim Jong Un")
    (('Jinping', 'Xi'), ('Jong Un', 'Kim'))
    """
    data = name_data()
    parts = [p for p in name.split() if p.rstrip(".,") not in data.post_nominals]
    if not parts:
        return None, None
    if len(parts) == 1:
        return None, parts[0]
    first = fold(parts[0])
    if (
        first in data.family_first
        and not parts[1].endswith(".")
        and (len(parts) == 3 or first not in data.given or "-" in parts[1])
    ):
        return " ".join(parts[1:]), parts[0]
    k = len(parts) - 1
    while k > 1 and parts[k - 1] in data.particles:
        k -= 1
    return parts[0], " ".join(parts[k:])


def name_keys(words: Sequence[str], data: NameParts | None = None) -> list[str]:
    """The folded short forms a full name may be referred to by.

    Every tail of the name of up to :data:`MAX_SHORT_WORDS` words ("Tokayev", "von der Leyen",
    "bin Salman", "Jong Un"), the family name of a name written family name first ("Xi" of
    "Xi Jinping"), and a family name without the particle a hyphen joins to it ("Qidra" of
    "al-Qidra"). A name of more than :data:`MAX_NAME_WORDS` words has none.

    >>> name_keys(["Ursula", "von", "der", "Leyen"])
    ['von der leyen', 'der leyen', 'leyen']
    >>> name_keys(["Xi", "Jinping"])
    ['jinping', 'xi']
    >>> name_keys(["Khaled", "al-Qidra"])
    ['al-qidra', 'qidra']
    """
    if len(words) > MAX_NAME_WORDS:
        return []
    data = data or name_data()
    folded = [fold(w) for w in words]
    while len(folded) > 1 and words[len(folded) - 1].rstrip(".") in data.suffixes:
        folded.pop()
    keys = []
    for k in range(max(1, len(folded) - MAX_SHORT_WORDS), len(folded)):
        if folded[k] in data.particles and k == len(folded) - 1:
            continue
        keys.append(" ".join(folded[k:]))
    if len(folded) in (2, 3) and folded[0] in data.family_first:
        keys.append(folded[0])
    head, _, rest = folded[-1].partition("-")
    if rest and head in data.particles and "-" not in rest:  # "Qidra" of "Khaled al-Qidra"
        keys.append(rest)
    return keys


class NameIndex:
    """The full names of one article and the short forms that point to them.

    Two people sharing a family name stay apart. A short form shared by several full names goes
    to the one an honorific fits ("Mrs Smith": a woman's given name), then to the one that was
    given the same role ("President Obama"), then to the one the article introduced first (its
    protagonist, as in "Donald Trump ... Melania Trump ... Trump said"); with ``unique=True``,
    :meth:`resolve` gives no name when several remain. ``data`` gives the name parts (particles,
    suffixes, family-first names, the sex of given names); by default :func:`name_data`, and the
    people finder passes the lexicon of the article's language.

    Every operation takes time in proportion to the number of words it is given (names of more
    than :data:`MAX_NAME_WORDS` words are not indexed).
    """

    def __init__(self, data: NameParts | None = None) -> None:
        self.data: NameParts = data or name_data()
        self.full: dict[str, str] = {}  # folded full name -> canonical spelling
        self.short: dict[str, list[str]] = {}  # folded short form -> canonical names
        self.given: dict[str, list[str]] = {}  # folded first word -> canonical names
        self.first: dict[str, int] = {}  # canonical name -> offset of its first full mention
        self.roles: dict[str, set[str]] = {}  # canonical name -> folded roles stated with it

    def __bool__(self) -> bool:
        return bool(self.full)

    def add(self, words: Sequence[str], offset: int, role: str | None = None) -> None:
        """Record a full name (two words or more) found at ``offset``.

        Add longer names first: a name that is the tail of one already known is not a new person.
        """
        if len(words) > MAX_NAME_WORDS:
            return
        folded = [fold(w) for w in words]
        key = " ".join(folded)
        canonical = self.full.get(key)
        if canonical is None and key in self.short:  # "von der Leyen" after "Ursula von der Leyen"
            canonical = self.resolve(words, offset)
        if canonical is None:
            canonical = self.full[key] = " ".join(words)
            for short in name_keys(words, self.data):
                self.short.setdefault(short, []).append(canonical)
            particles, family_first = self.data.particles, self.data.family_first
            for k, part in enumerate(folded[:-1]):  # "Jansher" of "Jansher Khan", "Lula" of "Luiz Inácio Lula da Silva"
                if len(part) > 2 and part not in particles and (k or part not in family_first):
                    self.given.setdefault(part, []).append(canonical)
        if offset < self.first.get(canonical, offset + 1):
            self.first[canonical] = offset
        if role:
            self.roles.setdefault(canonical, set()).add(fold(role))

    def known_family(self, words: Sequence[str]) -> bool:
        """True when the last word of ``words`` is the family name of a known full name."""
        return fold(words[-1]) in self.short

    def resolve(
        self,
        words: Sequence[str],
        offset: int,
        *,
        by_given: bool = True,
        role: str | None = None,
        sex: str | None = None,
        unique: bool = False,
    ) -> str | None:
        """The canonical full name ``words`` stands for at ``offset``, or None.

        A family name or other tail of a full name comes first; a lone given name ("Jansher" of
        "Jansher Khan") is tried after it unless ``by_given`` is false. ``role`` (a title stated
        with the mention) and ``sex`` ("m" or "f", from an honorific) pick between namesakes;
        ``unique`` gives None rather than pick between namesakes that remain.
        """
        if len(words) > MAX_NAME_WORDS:
            return None
        key = fold(words[0]) if len(words) == 1 else " ".join([fold(w) for w in words])
        canonical = self.full.get(key)
        if canonical is not None:
            return canonical
        names = self.short.get(key) or (self.given.get(key) if by_given else None)
        if not names:
            return None
        names = list(dict.fromkeys(names))
        if len(names) > 1 and sex is not None:
            fitting = [n for n in names if self.data.sex_of(n.split()[0]) in (sex, None)]
            names = fitting or names
        if len(names) > 1 and role:
            same = [n for n in names if fold(role) in self.roles.get(n, ())]
            names = same or names
        if len(names) > 1 and unique:
            return None
        return min(names, key=self.first.__getitem__)
