"""Built-in people plugin: rule-based names, titles, roles and coreference (:mod:`newskit.extractors.people`)."""

from __future__ import annotations

from ...document import Document
from ...hookspecs import hookimpl
from ...models import PersonMention
from ...protocols import Register


def find_people(doc: Document) -> list[PersonMention]:
    """Every person mention in ``doc``, named by the person's canonical full name."""
    from . import find_people as find

    return find(doc, extractor="people")


find_people.name = "people"  # type: ignore[attr-defined]


@hookimpl
def register_people_extractors(register: Register) -> None:
    """Register the built-in people extractor, named ``people``."""
    register(find_people, name="people")
