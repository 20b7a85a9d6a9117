"""Helpers for testing plugins: register a plugin for the duration of a ``with`` block.

>>> import newskit
>>> from newskit.models import PersonMention
>>> from newskit.testing import plugin_registered
>>> class Watch:
...     @newskit.hookimpl
...     def register_people_extractors(self, register):
...         def zorro(doc):
...             i = doc.text.find("Zorro")
...             if i >= 0:
...                 yield PersonMention(text="Zorro", start=i, end=i + 5, name="Diego de la Vega", score=2.0)
...         register(zorro)
>>> with plugin_registered(Watch(), name="watch"):
...     [p.name for p in newskit.extract("Zorro rides again.").people]
['Diego de la Vega']
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .plugins import get_plugin_manager

__all__ = ["plugin_registered"]


@contextlib.contextmanager
def plugin_registered(plugin: object, name: str | None = None) -> Iterator[str]:
    """Register ``plugin`` with newskit's plugin manager inside the block, and unregister it after.

    Yields the name it was registered under. ``newskit.extract`` sees the plugin inside the block
    (its default pipeline is rebuilt when the plugins change).
    """
    pm = get_plugin_manager()
    registered = pm.register(plugin, name=name)
    if registered is None:
        raise ValueError(f"plugin {name or plugin!r} is blocked and cannot be registered")
    try:
        yield registered
    finally:
        pm.unregister(name=registered)
