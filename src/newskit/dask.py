"""newskit over Dask collections: a bag of articles gives a bag of records, a frame of articles one of mentions.

Needs the ``dask`` extra (``pip install 'newskit[dask]'``). Each Dask worker builds its pipeline
once and reuses it for every partition it is given. Against a cluster, create a
``distributed.Client`` first as usual; the functions here only build the task graph.

>>> import dask.bag as db
>>> from newskit.dask import extract_bag
>>> bag = db.from_sequence(["Talks in Paris on Monday.", {"text": "Talks in Rome.", "id": "r1"}], npartitions=1)
>>> [sorted(c["code"] for c in r["result"]["countries"]) for r in extract_bag(bag, published="2023-02-23").compute()]
[['FR'], ['IT']]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .batch import Settings, Source, process
from .models import Article

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["MENTION_COLUMNS", "extract_bag", "mentions_frame"]

MENTION_COLUMNS: dict[str, str] = {
    "article": "string",
    "kind": "string",
    "text": "string",
    "start": "int64",
    "end": "int64",
    "value": "string",
    "extractor": "string",
    "score": "float64",
}
"""The columns of :func:`mentions_frame`'s result and their dtypes.

``article`` is the article's ``id`` (or its position in its partition); ``kind`` is ``date``,
``country``, ``organization`` or ``person``; ``value`` the date's TIMEX3 value, the country's
code, or the organisation's or person's name.
"""

_VALUE_FIELD = {"dates": ("date", "value"), "countries": ("country", "code"), "organizations": ("organization", "name"),
                "people": ("person", "name")}


def _source(element: object, position: int) -> Source:
    if isinstance(element, str):
        return Source(f"{position}", "text", element)
    if isinstance(element, Article):
        from .serialize import to_dict

        return Source(element.id or f"{position}", "record", to_dict(element))
    if isinstance(element, dict):
        return Source(str(element.get("id") or position), "record", element)
    return Source(f"{position}", "record", element)  # reported as an error record


def _extract_partition(elements: Iterable[object], settings: Settings) -> list[dict[str, Any]]:
    import json

    return [json.loads(process(_source(e, i), settings).line) for i, e in enumerate(elements)]


def extract_bag(
    bag: dask.bag.Bag,
    *,
    published: str | None = None,
    language: str | None = None,
    disable: Sequence[str] = (),
    strict: bool = False,
    timeout: float | None = None,
) -> dask.bag.Bag:
    """A bag of output records, one per article of ``bag`` (texts, records with ``text``, or Articles).

    Each record is what ``newskit extract --format jsonl`` writes: ``{"input": ..., "result": ...}``
    (``result`` as :func:`newskit.serialize.to_dict` gives it) or ``{"input": ..., "error": ...}``;
    ``input`` is the article's ``id``, or its position in its partition.
    """
    settings = Settings(published=published, language=language, disable=tuple(disable), strict=strict, timeout=timeout)
    records: dask.bag.Bag = bag.map_partitions(_extract_partition, settings)  # type: ignore[no-untyped-call]
    return records


def _mentions_partition(frame: pandas.DataFrame, columns: dict[str, str], settings: Settings) -> pandas.DataFrame:
    import pandas as pd

    rows: list[dict[str, Any]] = []
    names = list(frame.columns)
    for position, values in enumerate(frame.itertuples(index=False, name=None)):
        record = {k: v for k, v in zip(names, values, strict=True) if not _missing(v)}
        fields = {target: record[source] for target, source in columns.items() if source in record}
        if "id" in fields:
            fields["id"] = str(fields["id"])
        outcome = _extract_partition([fields], settings)[0]
        result = outcome.get("result")
        if result is None:
            continue
        article = fields.get("id") or str(position)
        for field, (kind, value) in _VALUE_FIELD.items():
            for mention in result.get(field, ()):
                rows.append({
                    "article": article,
                    "kind": kind,
                    "text": mention["text"],
                    "start": mention["start"],
                    "end": mention["end"],
                    "value": mention.get(value),
                    "extractor": mention["extractor"],
                    "score": mention["score"],
                })
    out = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    return out.astype(MENTION_COLUMNS)


def _missing(value: object) -> bool:
    """True for None, NaN and pandas' missing values (``pd.NA``, ``NaT``)."""
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # an array-like cell
        return False


def mentions_frame(
    frame: dask.dataframe.DataFrame,
    *,
    text: str = "text",
    published: str | None = "published",
    id: str | None = "id",
    language: str | None = None,
    disable: Sequence[str] = (),
    timeout: float | None = None,
) -> dask.dataframe.DataFrame:
    """A frame of mentions (:data:`MENTION_COLUMNS`), one row per mention, from a frame of articles.

    ``text``, ``published`` and ``id`` name the article columns (``published`` and ``id`` may be
    missing from the frame). Articles that cannot be read give no rows.
    """
    import pandas as pd

    columns = {"text": text}
    for target, source in (("published", published), ("id", id)):
        if source is not None and source in frame.columns:
            columns[target] = source
    settings = Settings(language=language, disable=tuple(disable), timeout=timeout)
    meta = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in MENTION_COLUMNS.items()})
    mentions: dask.dataframe.DataFrame = frame.map_partitions(  # type: ignore[no-untyped-call]
        _mentions_partition, columns, settings, meta=meta
    )
    return mentions
