"""The hooks a newskit plugin can implement. Specifications only; the manager is in :mod:`newskit.plugins`.

Every hook is a registration hook: newskit passes a ``register`` callback and the plugin calls
it once for each extractor (or event builder) it provides. newskit then runs, orders and times
the extractors itself, records which one produced each mention, and isolates any failure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .protocols import Register

__all__ = ["hookimpl", "hookspec"]

hookspec = pluggy.HookspecMarker("newskit")
hookimpl = pluggy.HookimplMarker("newskit")


@hookspec
def register_date_extractors(register: Register) -> None:
    """Register extractors of temporal expressions.

    :param register: call ``register(extractor, name=None)`` once per extractor. An extractor is a
        callable taking a :class:`newskit.document.Document` and returning an iterable of
        :class:`newskit.models.DateMention`. ``name`` defaults to the callable's ``name``
        attribute or ``__name__``; names are unique across all plugins.

    Offsets index ``document.text``; ``document.anchor`` is the publication day (or None).

    Example::

        import re
        import newskit
        from newskit.models import DateMention

        def fiscal_years(doc):
            for m in re.finditer(r"\\bFY ?(\\d{4})\\b", doc.text):
                yield DateMention(text=m.group(), start=m.start(), end=m.end(), value=m.group(1))

        @newskit.hookimpl
        def register_date_extractors(register):
            register(fiscal_years)
    """


@hookspec
def register_country_extractors(register: Register) -> None:
    """Register extractors of countries.

    :param register: call ``register(extractor, name=None)`` once per extractor. An extractor takes a
        :class:`newskit.document.Document` and returns an iterable of
        :class:`newskit.models.CountryMention` (``code`` is ISO 3166-1 alpha-2, ``via`` says how
        the country was recognised).

    Example::

        import re
        import newskit
        from newskit.models import CountryMention

        def blighty(doc):
            for m in re.finditer(r"\\bBlighty\\b", doc.text):
                yield CountryMention(text=m.group(), start=m.start(), end=m.end(), code="GB", via="alias")

        @newskit.hookimpl
        def register_country_extractors(register):
            register(blighty)
    """


@hookspec
def register_organization_extractors(register: Register) -> None:
    """Register extractors of organisations.

    :param register: call ``register(extractor, name=None)`` once per extractor. An extractor takes a
        :class:`newskit.document.Document` and returns an iterable of
        :class:`newskit.models.OrganizationMention` whose ``name`` is the organisation's canonical
        name, with its ``kind`` (:class:`newskit.models.OrganizationKind`) and ``country`` (ISO
        3166-1 alpha-2) where known.

    Organisations compete with people, countries and dates for overlapping text: the longest
    mention wins, so "Bank of Japan" is an organisation and not the country it names.

    Example::

        import re
        import newskit
        from newskit.models import OrganizationMention

        def football_clubs(doc):
            for m in re.finditer(r"\\b(?:[A-Z][a-z]+ )+FC\\b", doc.text):
                yield OrganizationMention(
                    text=m.group(), start=m.start(), end=m.end(), name=m.group(), kind="sports_club"
                )

        @newskit.hookimpl
        def register_organization_extractors(register):
            register(football_clubs)
    """


@hookspec
def register_people_extractors(register: Register) -> None:
    """Register extractors of people.

    :param register: call ``register(extractor, name=None)`` once per extractor. An extractor takes a
        :class:`newskit.document.Document` and returns an iterable of
        :class:`newskit.models.PersonMention` whose ``name`` is the person's canonical full name.

    Example::

        import newskit
        from newskit.models import PersonMention

        def the_pope(doc):
            start = doc.text.find("Pope Leo")
            if start >= 0:
                yield PersonMention(text="Pope Leo", start=start, end=start + 8, name="Leo XIV", role="Pope")

        @newskit.hookimpl
        def register_people_extractors(register):
            register(the_pope)
    """


@hookspec
def register_event_builders(register: Register) -> None:
    """Register event builders, which run after every extractor.

    :param register: call ``register(builder, name=None)`` once per builder. A builder takes a
        :class:`newskit.document.Document` and the :class:`newskit.protocols.Findings` (merged
        mentions and entities) and returns an iterable of :class:`newskit.models.Event`. The event
        with the highest ``salience`` becomes the result's ``main_event``.

    Example::

        import newskit
        from newskit.models import Event, Span

        def headline_event(doc, findings):
            if doc.title is not None:
                yield Event(kind="report", trigger=doc.title, sentence=doc.title, salience=0.1)

        @newskit.hookimpl
        def register_event_builders(register):
            register(headline_event)
    """
