"""JSON in and out, through one cattrs converter: a round trip gives an equal object.

>>> import newskit
>>> from newskit.serialize import from_json, to_json
>>> result = newskit.extract("Talks in Paris.", published="2023-02-23")
>>> from_json(to_json(result)) == result
True
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any, TypeVar

from cattrs.preconf.json import JsonConverter, make_converter

from .models import Article, Extraction, to_date

__all__ = ["converter", "from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

_PUBLISHED = dt.date | dt.datetime | None


@functools.cache
def converter() -> JsonConverter:
    """The converter newskit uses for JSON (built once)."""
    conv = make_converter()
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_structure_hook_func(lambda t: t == _PUBLISHED, lambda v, _: to_date(v))
    conv.register_unstructure_hook_func(lambda t: t == _PUBLISHED, lambda v: None if v is None else v.isoformat())
    # Article's converters validate and normalise its fields; let them run on the way in.
    conv.register_structure_hook(Article, lambda v, _: Article.from_dict(v))
    return conv


def to_dict(obj: Any) -> Any:
    """Plain data (dicts, lists, strings, numbers) for a model; a result also gets its ``timeline``.

    ``timeline`` lists the indices of ``events`` in date order; :func:`from_dict` ignores it.
    """
    data = converter().unstructure(obj)
    if isinstance(obj, Extraction):
        order = {id(e): i for i, e in enumerate(obj.events)}
        data["timeline"] = [order[id(e)] for e in obj.timeline]
    return data


def from_dict(data: Any, cls: type[T] = Extraction) -> T:  # type: ignore[assignment]
    """A model (by default an :class:`~newskit.models.Extraction`) from :func:`to_dict` output."""
    return converter().structure(data, cls)


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """JSON text for a model."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T] = Extraction) -> T:  # type: ignore[assignment]
    """A model from JSON text made by :func:`to_json`."""
    return from_dict(json.loads(text), cls)
