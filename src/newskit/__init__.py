"""newskit: dates, countries, organisations, people and events in news articles.

>>> import newskit
>>> result = newskit.extract("Macron met Scholz in Berlin on Monday.", published="2023-02-23")
>>> sorted(c.code for c in result.countries)
['DE']
"""

from __future__ import annotations

TYPE_CHECKING = False  # not imported from typing, which would cost ``import newskit`` more than the rest
if TYPE_CHECKING:
    from typing import Any

    from .document import Document
    from .hookspecs import hookimpl
    from .models import (
        Article,
        Country,
        CountryMention,
        DateKind,
        DateMention,
        DateValue,
        Entities,
        Event,
        Extraction,
        Granularity,
        Organization,
        OrganizationKind,
        OrganizationMention,
        Participant,
        ParticipantKind,
        Period,
        Person,
        PersonMention,
        Place,
        PlaceKind,
        PluginFailure,
        Span,
        Timing,
        Via,
    )
    from .pipeline import Pipeline, extract
    from .protocols import Findings
    from .validate import PluginError

__all__ = [
    "Article",
    "Country",
    "CountryMention",
    "DateKind",
    "DateMention",
    "DateValue",
    "Document",
    "Entities",
    "Event",
    "Extraction",
    "Findings",
    "Granularity",
    "Organization",
    "OrganizationKind",
    "OrganizationMention",
    "Participant",
    "ParticipantKind",
    "Period",
    "Person",
    "PersonMention",
    "Pipeline",
    "Place",
    "PlaceKind",
    "PluginError",
    "PluginFailure",
    "Span",
    "Timing",
    "Via",
    "__version__",
    "extract",
    "hookimpl",
]

# Every name is imported on first use, so that ``import newskit`` stays cheap (attrs, pluggy and the
# pipeline load when a model, ``hookimpl`` or ``extract`` is first touched).
_LAZY = {
    **{name: "newskit.models" for name in __all__ if name[:1].isupper()},
    "hookimpl": "newskit.hookspecs",
    "Pipeline": "newskit.pipeline",
    "extract": "newskit.pipeline",
    "Document": "newskit.document",
    "Findings": "newskit.protocols",
    "PluginError": "newskit.validate",
}


def __getattr__(name: str) -> Any:
    """Import the pipeline only when it is first used, so that ``import newskit`` stays cheap."""
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newskit")
        except PackageNotFoundError:
            return "0+unknown"
    raise AttributeError(f"module 'newskit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
