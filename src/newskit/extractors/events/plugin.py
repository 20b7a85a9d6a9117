"""Built-in events plugin: who did what, where and when (see :mod:`newskit.extractors.events`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...document import Document
from ...hookspecs import hookimpl
from ...models import Event
from ...protocols import Findings, Register

_build: Callable[[Document, Findings], list[Event]] | None = None
"""The event builder, imported on first use: ``import newskit`` stays cheap."""


def find_events(doc: Document, findings: Findings) -> Iterable[Event]:
    """The events of an article; the most salient one is its main event."""
    global _build
    if _build is None:
        from .builder import build_in_language

        _build = build_in_language
    return _build(doc, findings)


@hookimpl
def register_event_builders(register: Register) -> None:
    register(find_events, name="events")
