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


class Text(str):
    """A string of a subclass of str: not the exact type the quick __init__'s fast tests vouch for."""

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
    # values the quick __init__'s fast tests do not vouch for, which the converters and validators themselves accept
    (Span, {"text": "Paris", "start": 3.0, "end": 8.0}),
    (Span, {"text": "Paris", "start": True, "end": 6}),
    (DateMention, {"text": "May", "start": 0, "end": 3, "kind": models.DateKind.TIME, "granularity": None}),
    (OrganizationMention, {"text": "FBI", "start": 0, "end": 3, "name": "FBI", "kind": None, "country": None}),
    (OrganizationMention, {"text": "FBI", "start": 0, "end": 3, "name": "FBI", "country": Text("US")}),
    (Article, {"text": "Hi.", "title": Text("Hi")}),
    (Period, {"first": dt.datetime(2023, 1, 1, 10), "last": dt.datetime(2023, 1, 2)}),
    (Event, {"kind": "visit", "trigger": Span(**SPAN), "sentence": Span(**SPAN), "who": (), "where": iter(())}),
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
    (Span, {"text": "Paris", "start": "3", "end": 8}),
    (Span, {"text": 5, "start": 3, "end": 8}),
    (Span, {"text": "", "start": 3, "end": 3.5}),
    (OrganizationMention, {"text": "FBI", "start": 0, "end": 3, "name": "FBI", "country": 12}),
    (OrganizationMention, {"text": "FBI", "start": 0, "end": 3, "name": "FBI", "country": "us"}),
    (Article, {"text": "Hi.", "title": b"Hi"}),
    (Period, {"first": dt.date(2023, 1, 2), "last": dt.datetime(2023, 1, 1, 10)}),
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


FAST_TEST_VALUES: list[Any] = [None, "", "FR", "fr", "FRA", "F\u0130", 3, -1, 0.0, True, dt.date(2023, 1, 1)]


@pytest.mark.parametrize("validator", list(models._PASSES_WHEN), ids=lambda v: v.__name__)
def test_a_validator_passes_wherever_its_fast_test_holds(validator: Any) -> None:
    """The quick __init__ skips a validator where its test holds: the validator itself must then pass."""
    test = models._PASSES_WHEN[validator]
    field = attrs.fields(Article).title  # the validators read only its name
    values = [*FAST_TEST_VALUES, "Paris", dt.date(2023, 1, 3)]
    held = 0
    for a, b, c in ((a, b, c) for a in values for b in values for c in values):
        names = {"value": a, "start": a, "end": b, "text": c, "first": a, "last": b}
        if not eval(test.format(name="value"), {"_date": dt.date}, names):
            continue
        held += 1
        validator(type("Instance", (), names)(), field, names["value"] if "{name}" in test else b)
    assert held  # the test holds for some values, so the loop checked something


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


@pytest.mark.parametrize(("cls", "kwargs"), SOUND, ids=lambda x: getattr(x, "__name__", ""))
def test_a_maker_makes_what_the_class_makes(cls: type, kwargs: dict[str, Any]) -> None:
    made = models.maker(cls)(**kwargs)
    called = cls(**kwargs)
    assert models.maker(cls) is not cls  # every model has one
    assert type(made) is cls
    assert fields(made) == fields(called) and made == called and hash(made) == hash(called)
    assert all(type(getattr(made, name)) is type(value) for name, value in fields(called).items())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.extractor = "changed"
    assert pickle.loads(pickle.dumps(made)) == made


@pytest.mark.parametrize(("cls", "kwargs"), UNSOUND, ids=lambda x: getattr(x, "__name__", ""))
def test_a_maker_refuses_what_the_class_refuses(cls: type, kwargs: dict[str, Any]) -> None:
    with pytest.raises(Exception) as called:
        cls(**kwargs)
    with pytest.raises(type(called.value)) as made:
        models.maker(cls)(**kwargs)
    assert str(made.value) == str(called.value)


def test_a_maker_keeps_the_validators_switch_and_the_class_of_a_class_without_one() -> None:
    with attrs.validators.disabled():
        span = models.maker(Span)(text="Paris", start=3, end=99)
    assert span.end == 99

    @attrs.frozen(kw_only=True)
    class Tagged(DateMention):
        tag: str = "x"

    assert models.maker(Tagged) is Tagged  # no quick __init__: the class itself
