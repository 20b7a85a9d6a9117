"""The models' quick ``__init__`` (plain slot stores) builds what attrs' own ``__init__`` builds, and fails alike."""

from __future__ import annotations

import datetime as dt
import inspect
import pickle
from typing import Any

import attrs
import pytest

from newskit import models
from newskit.models import (
    Article,
    Country,
    CountryMention,
    DateMention,
    DateValue,
    Entities,
    Event,
    Extraction,
    Mention,
    Organization,
    OrganizationMention,
    Participant,
    Period,
    Person,
    PersonMention,
    Place,
    PluginFailure,
    Span,
    Timing,
)

SPAN = {"text": "Paris", "start": 3, "end": 8}

# one sound set of arguments for each model (strings where a converter makes an enum, lists where a tuple)
SOUND: list[tuple[type, dict[str, Any]]] = [
    (Article, {"text": "Hi.", "published": "2023-02-23", "language": " EN ", "metadata": {"a": 1}}),
    (Article, {"text": "Hi."}),
    (Span, SPAN),
    (Mention, {**SPAN, "extractor": "x", "score": 0.5}),
    (Period, {"first": dt.date(2023, 1, 1), "last": dt.date(2023, 1, 31)}),
    (DateMention, {"text": "May", "start": 0, "end": 3, "value": "2023-05", "kind": "DATE", "granularity": "month"}),
    (DateValue, {"value": "PAST_REF", "granularity": "reference"}),
    (CountryMention, {**SPAN, "code": "FR", "via": "capital", "place": "Paris"}),
    (PersonMention, {"text": "Ann", "start": 0, "end": 3, "name": "Ann Lee", "role": "minister"}),
    (OrganizationMention, {"text": "FBI", "start": 0, "end": 3, "name": "FBI", "kind": "government", "country": "US"}),
    (Country, {"code": "FR", "name": "France", "mentions": [], "count": 0, "first": 3}),
    (Person, {"name": "Ann Lee", "mentions": [], "roles": ["minister"]}),
    (Organization, {"name": "FBI", "mentions": [], "count": 0, "first": 0, "kind": "government"}),
    (Entities, {}),
    (Entities, {"countries": []}),
    (Participant, {"name": "Ann", "kind": "person"}),
    (Place, {"name": "Paris", "code": "FR", "kind": "city"}),
    (Event, {"kind": "visit", "trigger": Span(**SPAN), "sentence": Span(**SPAN), "who": [Participant(name="Ann")]}),
    (PluginFailure, {"plugin": "p", "stage": "dates", "error": "E", "message": "m"}),
    (Timing, {"name": "dates", "stage": "dates", "seconds": 0.5}),
    (Extraction, {"article": Article(text="Hi."), "text": "Hi.", "dates": [], "errors": []}),
]

# arguments a converter or validator refuses
UNSOUND: list[tuple[type, dict[str, Any]]] = [
    (Article, {"text": 3}),
    (Article, {"text": "Hi.", "published": "not a date"}),
    (Article, {"text": "Hi.", "language": "  "}),
    (Article, {"text": "Hi.", "title": 3}),
    (Article, {"text": "Hi.", "metadata": [1]}),
    (Span, {"text": "Paris", "start": 3, "end": 9}),
    (Span, {"text": "Paris", "start": -1, "end": 4}),
    (Period, {"first": dt.date(2023, 2, 1), "last": dt.date(2023, 1, 1)}),
    (DateMention, {"text": "May", "start": 0, "end": 3, "kind": "SOMETIME"}),
    (DateMention, {"text": "May", "start": 0, "end": 3, "granularity": "eon"}),
    (CountryMention, {**SPAN, "code": "FR", "via": "rumour"}),
    (OrganizationMention, {"text": "FBI", "start": 0, "end": 3, "name": "FBI", "country": "usa"}),
    (Participant, {"name": "Ann", "kind": "robot"}),
    (Country, {"code": "FR", "name": "France", "mentions": 3, "count": 0, "first": 3}),
    (Span, {"text": "Paris", "start": 3}),
]


def attrs_init(cls: type) -> Any:
    """The ``__init__`` attrs wrote for ``cls``, which the quick one stands in for."""
    return cls.__init__.__globals__["_attrs_init"]


def by_attrs(cls: type, kwargs: dict[str, Any]) -> Any:
    made = object.__new__(cls)
    attrs_init(cls)(made, **kwargs)
    return made


def fields(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in attrs.fields(type(obj))}


def test_every_model_has_the_quick_init_with_attrs_signature() -> None:
    for cls in {cls for cls, _ in SOUND}:
        assert "_attrs_init" in cls.__init__.__globals__, cls
        assert inspect.signature(cls.__init__) == inspect.signature(attrs_init(cls))


@pytest.mark.parametrize(("cls", "kwargs"), SOUND, ids=lambda x: getattr(x, "__name__", ""))
def test_the_quick_init_builds_what_attrs_builds(cls: type, kwargs: dict[str, Any]) -> None:
    quick = cls(**kwargs)
    slow = by_attrs(cls, kwargs)
    assert type(quick) is cls  # not the twin class the fields were stored through
    assert fields(quick) == fields(slow) and quick == slow and hash(quick) == hash(slow)
    assert all(type(getattr(quick, name)) is type(value) for name, value in fields(slow).items())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quick.extractor = "changed"
    assert pickle.loads(pickle.dumps(quick)) == quick


@pytest.mark.parametrize(("cls", "kwargs"), UNSOUND, ids=lambda x: getattr(x, "__name__", ""))
def test_the_quick_init_refuses_what_attrs_refuses(cls: type, kwargs: dict[str, Any]) -> None:
    with pytest.raises(Exception) as slow:
        by_attrs(cls, kwargs)
    with pytest.raises(type(slow.value)) as quick:
        cls(**kwargs)
    assert str(quick.value) == str(slow.value)


def test_validators_can_still_be_disabled() -> None:
    with attrs.validators.disabled():
        span = Span(text="Paris", start=3, end=99)
    assert span.end == 99
    with pytest.raises(ValueError, match="do not fit"):
        Span(text="Paris", start=3, end=99)


def test_a_subclass_is_built_as_itself() -> None:
    class Plain(DateMention):
        __slots__ = ()

    @attrs.frozen(kw_only=True)
    class Tagged(DateMention):
        tag: str = "x"

    plain = Plain(text="May", start=0, end=3, kind="DATE")
    tagged = Tagged(text="May", start=0, end=3, tag="y")
    assert type(plain) is Plain and plain.kind is models.DateKind.DATE
    assert type(tagged) is Tagged and tagged.tag == "y"
    with pytest.raises(ValueError, match="do not fit"):
        Plain(text="May", start=0, end=4)


def test_evolve_goes_through_the_quick_init() -> None:
    mention = CountryMention(**SPAN, code="FR")
    moved = attrs.evolve(mention, via="capital", extractor="countries")
    assert type(moved) is CountryMention and moved.via is models.Via.CAPITAL and moved.extractor == "countries"
    with pytest.raises(ValueError, match="do not fit"):
        attrs.evolve(mention, end=9)
