"""Human-readable text for results: the command line's table and timeline."""

from __future__ import annotations

from collections.abc import Iterable

from .models import Event, Extraction

__all__ = ["describe_event", "render_table", "render_timeline"]


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def describe_event(event: Event) -> str:
    """One line: kind, who, where, when and trigger.

    >>> from newskit.models import Event, Participant, Place, Span
    >>> s = Span(text="visit", start=0, end=5)
    >>> describe_event(Event(kind="visit", trigger=s, sentence=s, who=[Participant(name="Ann")], where=[Place(name="France", code="FR")]))
    'visit: Ann -> France (FR) [undated] "visit"'
    """
    who = ", ".join(p.name for p in event.who) or "?"
    where = ", ".join(f"{p.name} ({p.code})" if p.code and p.code != p.name else p.name for p in event.where)
    when = event.when.value if event.when is not None and event.when.value else "undated"
    arrow = f" -> {where}" if where else ""
    return f'{event.kind}: {who}{arrow} [{when}] "{event.trigger.text}"'


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


def _undated(event: Event) -> str:
    """What an event without calendar days is placed at: earlier, now, later or undated."""
    value = event.when.value if event.when is not None else None
    return _REFERENCES.get(value or "", "undated")


def render_timeline(results: Iterable[tuple[str, Extraction]]) -> str:
    """Events of one or more articles in date order, one line each."""
    rows = []
    for label, result in results:
        for e in result.timeline:
            period = e.when.period if e.when is not None else None
            day = period.first.isoformat() if period is not None else _undated(e)
            rows.append((period.first if period is not None else None, day, label, describe_event(e)))
    rows.sort(key=lambda r: (r[0] is None, r[0] or 0))
    return "\n".join(f"{day:<10}  {describe}  ({label})" for _, day, label, describe in rows)
