"""When: the date mention governing a trigger's clause, or a date inherited by the documented rules."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

from ...models import DateKind, DateMention, DateValue, Granularity, Period
from .roles import Clause
from .text import SentenceView, Trigger

__all__ = ["governing_date", "is_real", "publication_date", "reference_date"]

_REFERENCES: Final = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


def is_real(date: DateMention | DateValue | None) -> bool:
    """True for a date the text names and that resolves to calendar days."""
    return (
        isinstance(date, DateMention) and date.period is not None and date.value not in _REFERENCES and bool(date.text)
    )


def governing_date(view: SentenceView, trig: Trigger, clause: Clause, triggers: list[Trigger]) -> DateMention | None:
    """The date of a trigger's own sentence that governs it.

    First a date inside the trigger's clause (the nearest, one after the trigger first); else the
    nearest date of the sentence with no other verb trigger between it and this one (for a verb;
    a noun, or a verb in the present perfect, takes a date of its own clause only). A possessive
    date ("Tuesday's election") qualifies a noun, and comes after the others.
    """
    best: tuple[float, DateMention] | None = None
    for i, m in view.dates:
        inside = clause.start <= i < clause.end
        if not inside and (not trig.verb or trig.perfect):  # a noun, or "has met": a date of its own clause only
            continue
        if not inside:
            lo, hi = sorted((i, trig.first))
            if any(t.verb and t is not trig and lo < t.first < hi for t in triggers):
                continue
        distance = float(abs(i - trig.first)) + (0.0 if i > trig.last else 0.5)
        if not inside:
            distance += 100
        if view.text[m.end : m.end + 2] in ("'s", "’s"):  # "Tuesday's election" dates the election
            distance += 50
        if best is None or distance < best[0]:
            best = (distance, m)
    return best[1] if best else None


_TENSE_REFERENCES: Final = {
    "past": ("PAST_REF", "no date in the text: past tense, so before publication"),
    "present": ("PRESENT_REF", "no date in the text: present tense, so the publication day"),
    "future": ("FUTURE_REF", "no date in the text: future tense, so after publication"),
}


@functools.lru_cache(maxsize=256)
def _publication_day(anchor: dt.date) -> Period:
    return Period(first=anchor, last=anchor)


def reference_date(tense: str | None, at: int, anchor: dt.date | None) -> DateValue | None:
    """A date for an event whose text gives none, from its tense.

    A past-tense event lies before publication (``PAST_REF``, never the publication day); a
    future one after it (``FUTURE_REF``); a present-tense one on it (``PRESENT_REF``, the
    publication day). It is a :class:`~newskit.models.DateValue`: no words of the text name it.
    ``at`` (the trigger's offset) is no longer read.
    """
    if tense is None:
        return None
    return _reference(tense, anchor)


DATE_CACHE_SIZE = 1024
"""How many (tense, publication day) pairs :func:`reference_date` and days :func:`publication_date`
remember: a date value is frozen, and the articles of one day share it."""


@functools.lru_cache(maxsize=DATE_CACHE_SIZE)
def _reference(tense: str, anchor: dt.date | None) -> DateValue:
    value, description = _TENSE_REFERENCES[tense]
    period = _publication_day(anchor) if tense == "present" and anchor is not None else None
    return DateValue(
        value=value,
        kind=DateKind.DATE,
        granularity=Granularity.REFERENCE,
        period=period,
        anchor=anchor,
        relative=True,
        description=description,
    )


def publication_date(at: int, anchor: dt.date) -> DateValue:
    """The publication day, for a headline event the article dates nowhere else (a
    :class:`~newskit.models.DateValue`; ``at`` is no longer read)."""
    return _publication(anchor)


@functools.lru_cache(maxsize=DATE_CACHE_SIZE)
def _publication(anchor: dt.date) -> DateValue:
    return DateValue(
        value=anchor.isoformat(),
        kind=DateKind.DATE,
        granularity=Granularity.DAY,
        period=Period(first=anchor, last=anchor),
        anchor=anchor,
        relative=True,
        description="headline event dated nowhere in the text: the publication day",
    )
