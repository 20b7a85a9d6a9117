"""Built-in events plugin: who did what, where and when (see :mod:`newskit.extractors.events`)."""

from __future__ import annotations

from collections.abc import Iterable

from ...document import Document
from ...hookspecs import hookimpl
from ...models import Event
from ...protocols import Findings, Register


def find_events(doc: Document, findings: Findings) -> Iterable[Event]:
    """The events of an article; the most salient one is its main event."""
    from . import build_events  # loaded on first use: ``import newskit`` stays cheap
    from .lexicon import reading

    with reading(doc.language):  # the trigger words of the article's language
        return build_events(doc, findings)


@hookimpl
def register_event_builders(register: Register) -> None:
    register(find_events, name="events")
