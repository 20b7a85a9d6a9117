"""A name candidate of the people finder: a stretch of a run's words and what the rules found around it."""

from __future__ import annotations

import attrs
from mypy_extensions import mypyc_attr

from .window import Window

__all__ = ["Candidate"]


@mypyc_attr(native_class=False)
@attrs.define
class Candidate:
    """A stretch of name tokens (``first`` to ``last`` of its window) and what was found around it.

    ``start`` and ``end`` are the offsets of the stretch in the text.
    """

    window: Window
    first: int
    last: int
    start: int
    end: int
    role: str | None = None
    country: str | None = None
    evidence: str = ""  # why it is a person; empty when only coreference can make it one
    honorific: str | None = None  # "Mr", "Mrs"...
    veto: str = ""  # why it is not: "place", "organisation", "common"
    name: str | None = None  # the full name, where the text breaks it in two ("Wayne" / "Riley")

    def words(self) -> list[str]:
        """The words of the stretch."""
        return self.window.words[self.first : self.last + 1]
