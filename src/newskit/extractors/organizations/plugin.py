"""Built-in organisations plugin: listed names, head words, legal forms, acronyms and results tables
(:mod:`newskit.extractors.organizations`)."""

from __future__ import annotations

from ...document import Document
from ...hookspecs import hookimpl
from ...models import OrganizationKind, OrganizationMention, maker
from ...protocols import Register

_make_mention = maker(OrganizationMention)  # an OrganizationMention made without the class call, for less work
_KINDS: dict[str | None, OrganizationKind] = {kind.value: kind for kind in OrganizationKind}


def find_organizations(doc: Document) -> list[OrganizationMention]:
    """Every organisation mention in ``doc``, named by the organisation's name in the article."""
    from .finder import organization_hits

    text = doc.text
    return [
        _make_mention(
            text=text[start:end],
            start=start,
            end=end,
            name=name,
            kind=_KINDS.get(kind, kind),  # the member itself: no conversion per mention
            country=country,
            extractor="organizations",
            score=score,
        )
        for start, end, name, kind, country, _, score in organization_hits(doc)
    ]


find_organizations.name = "organizations"  # type: ignore[attr-defined]


@hookimpl
def register_organization_extractors(register: Register) -> None:
    """Register the built-in organisations extractor, named ``organizations``."""
    register(find_organizations, name="organizations")
