"""Built-in countries plugin (placeholder: its issue replaces this with the real extractor)."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..hookspecs import hookimpl
from ..models import Mention


def find_countries(doc: Document) -> Iterator[Mention]:
    return iter(())


@hookimpl
def register_country_extractors(register: object) -> None:
    register(find_countries, name="countries")  # type: ignore[operator]
