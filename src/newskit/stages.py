"""The one declaration of newskit's stages: what each finds, which hook fills it, where its results go.

Registration (:func:`newskit.plugins.collect`), the pipeline's check of what an extractor returned,
the merging of overlapping mentions (:mod:`newskit.merge`) and the fields of the result all read
:data:`STAGES`; adding a kind of mention is adding a line here (and its model and hook).

>>> [stage.name for stage in STAGES]
['dates', 'countries', 'organizations', 'people', 'events']
>>> stage_of("people").hook
'register_people_extractors'
"""

from __future__ import annotations

import attrs

from .models import CountryMention, DateMention, Event, Mention, OrganizationMention, PersonMention

__all__ = ["MENTION_STAGES", "STAGES", "Stage", "kind_rank", "kind_rank_of", "stage_for", "stage_of"]


@attrs.frozen(kw_only=True)
class Stage:
    """One stage of extraction.

    ``name`` is the stage's name and the field of :class:`~newskit.models.Extraction` (and of
    :class:`~newskit.protocols.Findings`) that holds its results; ``hook`` the registration hook
    that fills it; ``produces`` the type every result must be an instance of; ``entities`` the
    field of :class:`~newskit.models.Entities` its mentions are grouped into (None for none);
    ``rank`` breaks ties between overlapping mentions of equal length and score (lower wins);
    ``merged`` says whether its mentions compete in :func:`newskit.merge.resolve`.
    """

    name: str
    hook: str
    produces: type
    entities: str | None = None
    rank: int = 0
    merged: bool = True


STAGES: tuple[Stage, ...] = (
    # On a tie of length and score: a date over anything ("Thanksgiving Day" is a holiday), an
    # organisation over a person ("Marsh" the broker, when an organisation extractor says so), a
    # person over a country ("Jordan" when it was linked to "Jordan Henderson").
    Stage(name="dates", hook="register_date_extractors", produces=DateMention, rank=0),
    Stage(name="countries", hook="register_country_extractors", produces=CountryMention, entities="countries", rank=3),
    Stage(
        name="organizations",
        hook="register_organization_extractors",
        produces=OrganizationMention,
        entities="organizations",
        rank=1,
    ),
    Stage(name="people", hook="register_people_extractors", produces=PersonMention, entities="people", rank=2),
    Stage(name="events", hook="register_event_builders", produces=Event, merged=False),
)
"""Every stage, in the order it runs. Events run last, on the merged mentions of the others."""

MENTION_STAGES: tuple[Stage, ...] = tuple(s for s in STAGES if s.merged)
"""The stages whose mentions are merged (every stage but events), in order."""

_BY_NAME = {s.name: s for s in STAGES}


def stage_of(name: str) -> Stage:
    """The stage called ``name``; a :class:`KeyError` names the known ones."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no stage {name!r}; the stages are {', '.join(_BY_NAME)}") from None


_FOR_TYPE: dict[type, Stage | None] = {}


def stage_for(kind: type) -> Stage | None:
    """The mention stage whose results ``kind`` (a mention class, or a subclass of one) belongs to."""
    try:
        return _FOR_TYPE[kind]
    except KeyError:
        found = _FOR_TYPE[kind] = next((s for s in MENTION_STAGES if issubclass(kind, s.produces)), None)
        return found


def kind_rank(mention: Mention) -> int:
    """The tie-breaking rank of a mention's kind (lower wins); unknown kinds come last."""
    return kind_rank_of(type(mention))


def kind_rank_of(kind: type) -> int:
    """The tie-breaking rank of a mention class (lower wins); unknown kinds come last."""
    stage = stage_for(kind)
    return stage.rank if stage is not None else len(STAGES)
