"""Results as tables: one row per mention (or per event), for CSV files and pandas.

>>> import newskit
>>> from newskit.tables import mention_rows
>>> result = newskit.extract("Talks will open in Paris on Tuesday.", published="2023-02-23", id="a1")
>>> for row in mention_rows(result):
...     print(row)
{'input': 'a1', 'kind': 'country', 'text': 'Paris', 'start': 19, 'end': 24, 'value': 'FR', 'extractor': 'countries'}
{'input': 'a1', 'kind': 'date', 'text': 'Tuesday', 'start': 28, 'end': 35, 'value': '2023-02-28', 'extractor': 'dates'}

pandas is needed only for :func:`to_dataframe` (``pip install 'newskit[pandas]'``) and imported when it is called.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .models import Extraction
from .view import mention_kind, mention_value, when_label

__all__ = ["EVENT_COLUMNS", "MENTION_COLUMNS", "event_rows", "mention_rows", "to_dataframe"]

MENTION_COLUMNS = ("input", "kind", "text", "start", "end", "value", "extractor")
"""The columns of the mention table: ``value`` is a date's TIMEX3 value, a country's ISO code or a canonical name."""

EVENT_COLUMNS = ("input", "kind", "what", "who", "where", "when", "value", "start", "end", "main", "extractor")
"""The columns of the event table: ``when`` is the date as written on the timeline, ``value`` its TIMEX3 value."""


def _label(result: Extraction, input: str | None) -> str:
    return input if input is not None else (result.article.id or "")


def mention_rows(result: Extraction, input: str | None = None) -> Iterator[dict[str, Any]]:
    """One row per mention, in text order; ``input`` names the article (default: its ``id``)."""
    label = _label(result, input)
    for m in result.mentions():
        yield {
            "input": label,
            "kind": mention_kind(m),
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "value": mention_value(m),
            "extractor": m.extractor,
        }


def event_rows(result: Extraction, input: str | None = None) -> Iterator[dict[str, Any]]:
    """One row per event, in timeline order; ``who`` and ``where`` list their names separated by semicolons."""
    label = _label(result, input)
    for e in result.timeline:
        yield {
            "input": label,
            "kind": e.kind,
            "what": e.what,
            "who": "; ".join(p.name for p in e.who),
            "where": "; ".join(p.code or p.name for p in e.where),
            "when": when_label(e),
            "value": (e.when.value if e.when is not None else None) or "",
            "start": e.trigger.start,
            "end": e.trigger.end,
            "main": e == result.main_event,
            "extractor": e.extractor,
        }


def _pairs(results: Extraction | Iterable[Extraction | tuple[str, Extraction]]) -> Iterator[tuple[str | None, Extraction]]:
    if isinstance(results, Extraction):
        yield None, results
        return
    for item in results:
        if isinstance(item, Extraction):
            yield None, item
        else:
            label, result = item
            yield label, result


def to_dataframe(
    results: Extraction | Iterable[Extraction | tuple[str, Extraction]], *, table: str = "mentions"
) -> Any:
    """A pandas DataFrame of one or more results: ``table="mentions"`` (one row per mention) or ``"events"``.

    ``results`` is a result, or an iterable of results or of ``(input, result)`` pairs.

    >>> import newskit
    >>> from newskit.tables import to_dataframe
    >>> results = [newskit.extract(t, published="2023-02-23") for t in ("Talks in Paris.", "Rome and Oslo.")]
    >>> frame = to_dataframe(results)
    >>> frame[["kind", "text", "value"]].to_string(index=False)
    '   kind  text value\\ncountry Paris    FR\\ncountry  Rome    IT\\ncountry  Oslo    NO'
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f"to_dataframe needs pandas ({exc}): pip install 'newskit[pandas]'") from exc
    if table not in {"mentions", "events"}:
        raise ValueError(f"table must be 'mentions' or 'events', not {table!r}")
    make_rows = mention_rows if table == "mentions" else event_rows
    columns: tuple[str, ...] = MENTION_COLUMNS if table == "mentions" else EVENT_COLUMNS
    rows = [row for label, result in _pairs(results) for row in make_rows(result, label)]
    return pd.DataFrame(rows, columns=list(columns))
