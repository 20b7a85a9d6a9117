"""A visual view of results: the article with its mentions marked, a legend, the entities and a timeline.

:func:`render_page` writes one self-contained HTML page (styles inline, no script, nothing fetched);
``newskit view`` uses it, and ``Extraction._repr_html_`` (what Jupyter shows) uses :func:`render_html`.
Every mention is a ``<mark data-kind="..." data-value="...">``: ``data-kind`` is ``date``, ``country``,
``person`` or ``organization`` (any other mention class gives its own lower-case name), ``data-value`` the
TIMEX3 value, the ISO code or the canonical name. The events are drawn as an SVG timeline at their dates;
undated events are listed apart.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

from .models import Event, Extraction, Mention
from .render import when_label

__all__ = ["mention_kind", "mention_value", "render_html", "render_page", "when_label"]

# Colours of the marks and the legend, by kind; other kinds are grey.
_COLOURS = {
    "date": "#fde68a",
    "country": "#bfdbfe",
    "person": "#bbf7d0",
    "organization": "#fbcfe8",
}
_OTHER = "#e5e7eb"
_LABELS = {"date": "Dates", "country": "Countries", "person": "People", "organization": "Organisations"}



def mention_kind(mention: Mention) -> str:
    """The kind of a mention: ``date``, ``country``, ``person``, ``organization``, or its class's name.

    >>> from newskit.models import CountryMention
    >>> mention_kind(CountryMention(text="Chile", start=0, end=5, code="CL"))
    'country'
    """
    name = type(mention).__name__
    return (name[: -len("Mention")] if name.endswith("Mention") and name != "Mention" else name).lower()


def mention_value(mention: Mention) -> str:
    """What a mention stands for: a date's TIMEX3 value, a country's ISO code, a canonical name.

    >>> from newskit.models import PersonMention
    >>> mention_value(PersonMention(text="Tokayev", start=0, end=7, name="Kassym-Jomart Tokayev"))
    'Kassym-Jomart Tokayev'
    """
    for attribute in ("value", "code", "name"):
        value = getattr(mention, attribute, None)
        if isinstance(value, str) and value:
            return value
    return ""


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


_STYLE = """
.newskit-view { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937;
  max-width: 60rem; margin: 0 auto; padding: 1rem; }
.newskit-view h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
.newskit-view h2 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; border-bottom: 1px solid #e5e7eb; }
.newskit-view .meta { color: #6b7280; font-size: .85rem; margin-bottom: .6rem; }
.newskit-view .legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; font-size: .85rem; margin: .4rem 0 .8rem; }
.newskit-view .legend span { display: inline-flex; align-items: center; gap: .3rem; }
.newskit-view .swatch { width: .9rem; height: .9rem; border-radius: 3px; display: inline-block; }
.newskit-view .text { white-space: pre-wrap; background: #fafafa; border: 1px solid #e5e7eb; border-radius: 6px;
  padding: .8rem 1rem; overflow-wrap: anywhere; }
.newskit-view mark { border-radius: 3px; padding: 0 .1rem; color: inherit; }
.newskit-view mark[data-kind="date"] { background: #fde68a; }
.newskit-view mark[data-kind="country"] { background: #bfdbfe; }
.newskit-view mark[data-kind="person"] { background: #bbf7d0; }
.newskit-view mark[data-kind="organization"] { background: #fbcfe8; }
.newskit-view mark[data-kind] sub { font-size: .62rem; color: #4b5563; margin-left: .15rem; white-space: nowrap; }
.newskit-view .entities { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 1rem; }
.newskit-view table { border-collapse: collapse; font-size: .85rem; width: 100%; }
.newskit-view td, .newskit-view th { text-align: left; padding: .15rem .4rem; border-bottom: 1px solid #f3f4f6;
  vertical-align: top; }
.newskit-view svg { max-width: 100%; height: auto; font-size: 12px; }
.newskit-view .undated { font-size: .85rem; }
.newskit-view .errors { color: #b91c1c; font-size: .85rem; }
"""


def _marked_text(result: Extraction) -> str:
    """The analysed text, escaped, with each mention in a ``<mark>`` (overlapping ones after the first skipped)."""
    text = result.text
    out: list[str] = []
    pos = 0
    for m in sorted(result.mentions(), key=lambda m: (m.start, -m.end)):
        if m.start < pos or m.end > len(text) or text[m.start : m.end] != m.text:
            continue
        kind = mention_kind(m)
        value = mention_value(m)
        tip = f"{kind}: {value}" + (f" (by {m.extractor})" if m.extractor else "")
        out.append(html.escape(text[pos : m.start]))
        out.append(
            f'<mark data-kind="{html.escape(kind)}" data-value="{html.escape(value)}" data-start="{m.start}" '
            f'data-end="{m.end}" title="{html.escape(tip)}">{html.escape(m.text)}'
            + (f"<sub>{html.escape(value)}</sub>" if kind == "date" and value else "")
            + "</mark>"
        )
        pos = m.end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _legend(result: Extraction) -> str:
    counts: dict[str, int] = {}
    for m in result.mentions():
        counts[mention_kind(m)] = counts.get(mention_kind(m), 0) + 1
    kinds = [*_COLOURS, *sorted(set(counts) - set(_COLOURS))]
    items = [
        f'<span data-legend="{html.escape(kind)}"><i class="swatch" style="background:{_COLOURS.get(kind, _OTHER)}"></i>'
        f"{html.escape(_LABELS.get(kind, kind.title()))} ({counts.get(kind, 0)})</span>"
        for kind in kinds
    ]
    return '<div class="legend">' + "".join(items) + "</div>"


def _table(title: str, head: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    heads = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    return f"<div><h3>{html.escape(title)}</h3><table><tr>{heads}</tr>{body}</table></div>"


def _entities(result: Extraction) -> str:
    parts = []
    people = result.entities.people
    parts.append(
        _table(
            f"People ({len(people)})",
            ["name", "mentions", "role, country"],
            [(p.name, len(p.mentions), ", ".join(filter(None, [" / ".join(p.roles), p.country or ""]))) for p in people],
        )
    )
    countries = result.entities.countries
    parts.append(
        _table(
            f"Countries ({len(countries)})",
            ["code", "name", "mentions", "focus"],
            [(c.code, c.name, c.count, f"{c.focus:.2f}") for c in countries],
        )
    )
    organizations = getattr(result.entities, "organizations", None) or ()
    if organizations:
        parts.append(
            _table(
                f"Organisations ({len(organizations)})",
                ["name", "mentions"],
                [(o.name, len(getattr(o, "mentions", ()) or ())) for o in organizations],
            )
        )
    return '<div class="entities">' + "".join(parts) + "</div>"


def _timeline_svg(events: Sequence[Event], main: Event | None) -> str:
    """The dated events as an SVG: one row each, a bar over the days its date covers, its label on the left."""
    dated = [e for e in events if e.when is not None and e.when.period is not None]
    if not dated:
        return ""
    periods = [e.when.period for e in dated if e.when is not None and e.when.period is not None]
    first = min(p.first for p in periods)
    last = max(p.last for p in periods) + dt.timedelta(days=1)
    span = max((last - first).days, 1)
    plot_left, plot_width, row, top = 400, 340, 24, 36
    height = top + row * len(dated) + 10

    def x(day: dt.date) -> float:
        return plot_left + plot_width * (day - first).days / span

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{plot_left + plot_width + 20}" '
        f'height="{height}" viewBox="0 0 {plot_left + plot_width + 20} {height}" role="img" '
        f'aria-label="Timeline of {len(dated)} events">',
        f'<line x1="{plot_left}" y1="{top - 8}" x2="{plot_left + plot_width}" y2="{top - 8}" stroke="#9ca3af"/>',
        f'<text x="{plot_left}" y="{top - 14}" fill="#6b7280">{first.isoformat()}</text>',
        f'<text x="{plot_left + plot_width}" y="{top - 14}" fill="#6b7280" text-anchor="end">'
        f"{(last - dt.timedelta(days=1)).isoformat()}</text>",
    ]
    for i, event in enumerate(dated):
        assert event.when is not None and event.when.period is not None
        period = event.when.period
        y = top + i * row
        x1, x2 = x(period.first), x(period.last + dt.timedelta(days=1))
        width = max(x2 - x1, 6.0)
        star = event == main
        label = f"{when_label(event)}  {event.describe(when=False)}"
        bold = ' font-weight="bold"' if star else ""
        parts.append(
            f'<g class="event" data-when="{html.escape(when_label(event))}" data-event="{html.escape(event.kind)}">'
            f"<title>{html.escape(label)}</title>"
            f'<text x="4" y="{y + 12}"{bold}>'
            f"{html.escape(_short(('★ ' if star else '') + label, 58))}</text>"
            f'<line x1="{plot_left}" y1="{y + 8}" x2="{plot_left + plot_width}" y2="{y + 8}" stroke="#f3f4f6"/>'
            f'<rect x="{x1:.1f}" y="{y + 2}" width="{width:.1f}" height="12" rx="3" '
            f'fill="{"#f59e0b" if star else "#60a5fa"}"/></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _events(result: Extraction) -> str:
    events = list(result.timeline)
    if not events:
        return "<p>No events.</p>"
    svg = _timeline_svg(events, result.main_event)
    undated = [e for e in events if e.when is None or e.when.period is None]
    out = [svg]
    if undated:
        items = "".join(
            f'<li data-when="{html.escape(when_label(e))}">{"★ " if e == result.main_event else ""}'
            f"<b>{html.escape(when_label(e))}</b> {html.escape(e.describe(when=False))}</li>"
            for e in undated
        )
        out.append(f'<div class="undated"><h3>Without calendar dates ({len(undated)})</h3><ul>{items}</ul></div>')
    return "".join(out)


def render_html(result: Extraction, *, heading: str | None = None) -> str:
    """One result as an HTML fragment with its own inline styles (what Jupyter shows)."""
    article = result.article
    title = heading or article.title or article.id or "Article"
    meta = [
        f"published {article.published.isoformat()}" if article.published else "no publication date",
        f"language {result.language} ({result.language_source})",
        *([f"source {article.url}"] if article.url else []),
        f"{len(result.text):,} characters",
    ]
    errors = "".join(
        f'<p class="errors">{html.escape(e.plugin)} failed at {html.escape(e.stage)}: '
        f"{html.escape(e.error)}: {html.escape(e.message)}</p>"
        for e in result.errors
    )
    return (
        f'<div class="newskit-view"><style>{_STYLE}</style>'
        f"<h1>{html.escape(title)}</h1>"
        f'<div class="meta">{html.escape(" · ".join(meta))}</div>'
        f"{_legend(result)}"
        f'<div class="text">{_marked_text(result)}</div>'
        f"<h2>Entities</h2>{_entities(result)}"
        f"<h2>Events ({len(result.events)})</h2>{_events(result)}"
        f"{errors}</div>"
    )


def render_page(results: Iterable[tuple[str, Extraction]] | Extraction, *, title: str = "newskit view") -> str:
    """A complete, self-contained HTML page of one or more results (label, result)."""
    items = [("", results)] if isinstance(results, Extraction) else list(results)
    body = "\n".join(render_html(result) for _, result in items)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title></head>\n<body>\n{body}\n</body></html>\n"
    )
