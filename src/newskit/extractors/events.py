"""Built-in events plugin (placeholder: its issue replaces this with the real extractor)."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..hookspecs import hookimpl
from ..models import Event
from ..protocols import Findings


def find_events(doc: Document, findings: Findings) -> Iterator[Event]:
    return iter(())


@hookimpl
def register_event_builders(register: object) -> None:
    register(find_events, name="events")  # type: ignore[operator]
