"""What an extractor and an event builder look like to newskit, and what builders receive."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

import attrs

from .document import Document
from .models import CountryMention, DateMention, Entities, Event, Mention, OrganizationMention, PersonMention

__all__ = ["EventBuilder", "Extractor", "Findings", "Register"]


class Extractor(Protocol):
    """A callable that finds mentions in a prepared document."""

    def __call__(self, doc: Document, /) -> Iterable[Mention]: ...


@attrs.frozen(kw_only=True)
class Findings:
    """The merged mentions and entities of one article, as event builders receive them.

    It has one field per mention stage of :data:`newskit.stages.STAGES`, plus ``entities``.
    """

    dates: tuple[DateMention, ...] = ()
    countries: tuple[CountryMention, ...] = ()
    organizations: tuple[OrganizationMention, ...] = ()
    people: tuple[PersonMention, ...] = ()
    entities: Entities = attrs.field(factory=Entities)


class EventBuilder(Protocol):
    """A callable that finds events from a document and its findings."""

    def __call__(self, doc: Document, findings: Findings, /) -> Iterable[Event]: ...


Register = Callable[..., Any]
"""``register(extractor, name=None, *, languages=None)``: the callback a registration hook receives.

``languages`` (codes such as ``("en",)``) names the languages the extractor serves; the pipeline
skips it for articles in other languages. None serves every language."""
