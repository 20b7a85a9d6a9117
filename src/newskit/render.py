"""Human-readable text for results: the command line's table and timeline."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import Event, Extraction

__all__ = ["describe_event", "render_table", "render_timeline", "when_label"]


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def describe_event(event: Event) -> str:
    """One line: kind, who, whether it is negated, what, whom, where and when (:meth:`Event.describe`).

    >>> from newskit.models import Event, Participant, Place, Span
    >>> s = Span(text="visit", start=0, end=5)
    >>> describe_event(Event(kind="visit", trigger=s, sentence=s, who=[Participant(name="Ann")], where=[Place(name="France", code="FR")]))
    'visit: Ann "visit" in France (FR) [undated]'
    """
    return event.describe()


def render_table(result: Extraction, label: str | None = None) -> str:
    """A readable summary of dates, people, organisations, countries and events."""
    lines: list[str] = []
    published = result.article.published
    head = label or result.article.id or result.article.title or "article"
    lines.append(f"== {head}" + (f"  (published {published.isoformat()})" if published else ""))
    lines.append(f"Dates ({len(result.dates)})")
    for d in result.dates:
        mod = f" {d.mod}" if d.mod else ""
        lines.append(f"  {_short(d.text, 28):<28} {d.value or '-':<18} {d.kind}{mod}")
    lines.append(f"People ({len(result.entities.people)})")
    for p in result.entities.people:
        extra = ", ".join(filter(None, [" / ".join(p.roles), p.country]))
        n = len(p.mentions)
        lines.append(f"  {p.name:<28} {n} mention{'s' * (n != 1)}" + (f"  ({extra})" if extra else ""))
    lines.append(f"Organizations ({len(result.entities.organizations)})")
    for o in result.entities.organizations:
        extra = ", ".join(filter(None, [o.acronym, o.kind.value if o.kind else None, o.country]))
        lines.append(
            f"  {_short(o.name, 28):<28} {o.count} mention{'s' * (o.count != 1)}" + (f"  ({extra})" if extra else "")
        )
    lines.append(f"Countries ({len(result.entities.countries)})")
    for c in result.entities.countries:
        hist = "  historical" if c.historical else ""
        lines.append(
            f"  {c.code}  {_short(c.name, 24):<24} {c.count} mention{'s' * (c.count != 1)}  focus {c.focus:.2f}{hist}"
        )
    lines.append(f"Events ({len(result.events)})")
    for e in result.events:
        star = "*" if e == result.main_event else " "
        lines.append(f" {star}{describe_event(e)}")
    for err in result.errors:
        lines.append(f"! {err.plugin} failed at {err.stage}: {err.error}: {err.message}")
    return "\n".join(lines)


_REFERENCES = {"PAST_REF": "earlier", "PRESENT_REF": "now", "FUTURE_REF": "later"}
_CALENDAR = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$")


def when_label(event: Event) -> str:
    """How an event's date is written: its calendar value (``1908``, ``2022-11``, ``2023-W09``, ``2023-02-28``).

    A value that is not a calendar value gives its first day; a reference gives ``earlier``, ``now`` or
    ``later``; no date gives ``undated``.
    """
    when = event.when
    if when is None:
        return "undated"
    value = when.value or ""
    if _CALENDAR.match(value):
        return value
    if when.period is not None:
        return when.period.first.isoformat()
    return _REFERENCES.get(value, "undated")


def render_timeline(results: Iterable[tuple[str, Extraction]]) -> str:
    """Events of one or more articles in date order, one line each; events without calendar days apart, after."""
    dated = []
    undated = []
    for label, result in results:
        for e in result.timeline:
            period = e.when.period if e.when is not None else None
            line = f"{when_label(e):<10}  {describe_event(e)}  ({label})"
            if period is None:
                undated.append(line)
            else:
                dated.append(((period.first, period.last), line))
    dated.sort(key=lambda row: row[0])
    lines = [line for _, line in dated]
    if undated:
        lines += [*([""] if lines else []), "Without calendar dates:", *undated]
    return "\n".join(lines)
