"""Built-in people plugin (placeholder: its issue replaces this with the real extractor)."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..hookspecs import hookimpl
from ..models import Mention


def find_people(doc: Document) -> Iterator[Mention]:
    return iter(())


@hookimpl
def register_people_extractors(register: object) -> None:
    register(find_people, name="people")  # type: ignore[operator]
