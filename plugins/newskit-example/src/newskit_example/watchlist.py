"""Watch lists: the people to look for, with their canonical names, roles, countries and aliases.

A watch list file is plain text, one person a line, fields separated by ``|``::

    # canonical name | role | country | aliases, separated by ";"
    Mark Rutte | NATO Secretary General | NL | Rutte

or a JSON list of objects with the keys ``name``, ``role``, ``country`` and ``aliases``.
Blank lines and lines starting with ``#`` are skipped; only the name is required.

>>> wl = WatchList.parse("Mark Rutte | NATO Secretary General | NL | Rutte")
>>> wl.people[0].forms
('Mark Rutte', 'Rutte')
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

__all__ = ["ENV_VAR", "WatchList", "Watched", "default_watchlist", "load_watchlist", "watchlist_from_env"]

ENV_VAR = "NEWSKIT_WATCHLIST"
"""The environment variable naming a watch list file to use instead of the default one."""


def _aliases(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value.split(";") if isinstance(value, str) else list(value)
    if not all(isinstance(a, str) for a in items):
        raise TypeError(f"aliases must be strings: {value!r}")
    return tuple(dict.fromkeys(a.strip() for a in items if a.strip()))


def _name(value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"a watched person's name must be a string, not {type(value).__name__}: {value!r}")
    return value.strip()


def _people(value: Iterable[Watched]) -> tuple[Watched, ...]:
    return tuple(value)


def _optional(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"role and country must be strings, not {type(value).__name__}: {value!r}")
    return value.strip() or None


def _check_name(instance: Watched, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise ValueError("a watched person needs a name")


@attrs.frozen(kw_only=True)
class Watched:
    """One person on a watch list."""

    name: str = attrs.field(converter=_name, validator=_check_name)
    role: str | None = attrs.field(default=None, converter=_optional)
    country: str | None = attrs.field(default=None, converter=_optional)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_aliases)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the person is written: the canonical name first, then the aliases."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))


@attrs.frozen
class WatchList:
    """The people to look for, and one compiled pattern that finds any of them."""

    people: tuple[Watched, ...] = attrs.field(converter=_people)
    _by_form: dict[str, Watched] = attrs.field(init=False, repr=False, eq=False)
    _pattern: re.Pattern[str] | None = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        by_form: dict[str, Watched] = {}
        for person in self.people:
            for form in person.forms:
                other = by_form.setdefault(form, person)
                if other is not person:
                    raise ValueError(f"{form!r} is given for both {other.name!r} and {person.name!r}")
        # Longest forms first, so that "Ursula von der Leyen" wins over "von der Leyen".
        alternatives = "|".join(re.escape(f) for f in sorted(by_form, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if by_form else None
        object.__setattr__(self, "_by_form", by_form)
        object.__setattr__(self, "_pattern", pattern)

    def __len__(self) -> int:
        return len(self.people)

    def find(self, text: str) -> Iterator[tuple[int, int, Watched]]:
        """Each whole-word occurrence of a watched name or alias: ``(start, end, person)``.

        >>> wl = WatchList.parse("Mark Rutte | NATO Secretary General | NL | Rutte")
        >>> [(s, e, p.name) for s, e, p in wl.find("Rutte met Mark Rutte's aides, not Ruttes.")]
        [(0, 5, 'Mark Rutte'), (10, 20, 'Mark Rutte')]
        """
        if self._pattern is None:
            return
        for m in self._pattern.finditer(text):
            yield m.start(), m.end(), self._by_form[m.group()]

    @classmethod
    def parse(cls, text: str) -> WatchList:
        """A watch list from the ``|``-separated text format."""
        people = []
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = [f.strip() for f in line.split("|")]
            if len(fields) > 4:
                raise ValueError(f"line {number}: expected at most 4 fields separated by '|', got {len(fields)}")
            fields += [""] * (4 - len(fields))
            name, role, country, aliases = fields
            try:
                people.append(Watched(name=name, role=role, country=country, aliases=aliases))
            except ValueError as exc:
                raise ValueError(f"line {number}: {exc}") from None
        return cls(people)

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> WatchList:
        """A watch list from records with ``name`` and optional ``role``, ``country``, ``aliases``."""
        people = []
        for record in records:
            if not isinstance(record, Mapping):
                raise TypeError(f"a watch list record must be a mapping, not {type(record).__name__}: {record!r}")
            if "name" not in record:
                raise ValueError(f"a watch list record needs a 'name': {record!r}")
            people.append(
                Watched(
                    name=record["name"],
                    role=record.get("role"),
                    country=record.get("country"),
                    aliases=record.get("aliases", ()),
                )
            )
        return cls(people)


@functools.cache
def load_watchlist(path: str | os.PathLike[str]) -> WatchList:
    """The watch list in a file (``.json`` or the text format), read once per path."""
    file = Path(path)
    text = file.read_text(encoding="utf-8")
    if file.suffix.lower() == ".json":
        data = json.loads(text)
        if not isinstance(data, list):
            raise ValueError(f"{file}: a JSON watch list is a list of records")
        return WatchList.from_records(data)
    return WatchList.parse(text)


@functools.cache
def default_watchlist() -> WatchList:
    """The watch list shipped with the plugin: heads of international organisations."""
    data = resources.files("newskit_example").joinpath("data").joinpath("watchlist.txt")
    return WatchList.parse(data.read_text(encoding="utf-8"))


def watchlist_from_env() -> WatchList:
    """The file named by ``NEWSKIT_WATCHLIST`` if it is set, otherwise the default watch list."""
    path = os.environ.get(ENV_VAR, "").strip()
    return load_watchlist(path) if path else default_watchlist()
