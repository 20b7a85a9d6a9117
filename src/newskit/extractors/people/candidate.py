"""A name candidate of the people finder: a stretch of a run's words and what the rules found around it."""

from __future__ import annotations

from .window import Window

__all__ = ["Candidate"]


class Candidate:
    """A stretch of name tokens (``first`` to ``last`` of its window) and what was found around it.

    ``start`` and ``end`` are the offsets of the stretch in the text. A plain class (a native one in the compiled
    build): the finder makes one for each run and reads its fields in every rule.
    """

    __slots__ = ("country", "end", "evidence", "first", "honorific", "last", "name", "role", "start", "veto", "window")

    def __init__(
        self,
        window: Window,
        first: int,
        last: int,
        start: int,
        end: int,
        role: str | None = None,
        country: str | None = None,
        evidence: str = "",
        honorific: str | None = None,
        veto: str = "",
        name: str | None = None,
    ) -> None:
        self.window = window
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.role = role
        self.country = country
        self.evidence = evidence  # why it is a person; empty when only coreference can make it one
        self.honorific = honorific  # "Mr", "Mrs"...
        self.veto = veto  # why it is not: "place", "organisation", "common"
        self.name = name  # the full name, where the text breaks it in two ("Wayne" / "Riley")

    def __repr__(self) -> str:
        return (
            f"Candidate({' '.join(self.words())!r}, first={self.first}, last={self.last}, start={self.start},"
            f" end={self.end}, role={self.role!r}, country={self.country!r}, evidence={self.evidence!r},"
            f" honorific={self.honorific!r}, veto={self.veto!r}, name={self.name!r})"
        )

    def words(self) -> list[str]:
        """The words of the stretch."""
        return self.window.words[self.first : self.last + 1]
