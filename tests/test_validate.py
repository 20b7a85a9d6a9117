"""Nothing a plugin returns can break a run: bad results are dropped and recorded, strict mode names the plugin."""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from newskit import hookimpl
from newskit.models import (
    CountryMention,
    DateMention,
    DateValue,
    Event,
    Participant,
    Period,
    PersonMention,
    Place,
    Span,
)
from newskit.pipeline import Pipeline
from newskit.plugins import DEFAULT_PLUGINS
from newskit.serialize import from_json, to_json
from newskit.validate import PluginError, check

TEXT = "Emmanuel Macron met Olaf Scholz in Berlin on Monday."
WHOLE = Span(text=TEXT, start=0, end=len(TEXT))
MET = Span(text="met", start=16, end=19)


def _plugin(hook: str, function: Callable[..., Iterable[Any]]) -> object:
    class Hostile:
        pass

    setattr(Hostile, hook, hookimpl(lambda self, register: register(function, name="hostile")))
    return Hostile()


PEOPLE: dict[str, Callable[[Any], Iterable[Any]]] = {
    "float offsets": lambda doc: [PersonMention(text="Emmanuel", start=0.0, end=8.0, name="E")],  # type: ignore[arg-type]
    "no name": lambda doc: [PersonMention(text="Emmanuel", start=0, end=8, name=None)],  # type: ignore[arg-type]
    "blank name": lambda doc: [PersonMention(text="Emmanuel", start=0, end=8, name="  ")],
    "NaN score": lambda doc: [PersonMention(text="Olaf Scholz", start=20, end=31, name="Olaf Scholz", score=math.nan)],
    "infinite score": lambda doc: [PersonMention(text="Olaf", start=20, end=24, name="Olaf", score=math.inf)],
    "empty far away": lambda doc: [PersonMention(text="", start=10**9, end=10**9, name="Nobody")],
    "text that is not there": lambda doc: [PersonMention(text="Angela", start=0, end=6, name="Angela")],
    "a country": lambda doc: [CountryMention(text="Berlin", start=35, end=41, code="DE")],
    "None": lambda doc: None,  # type: ignore[return-value,arg-type]
    "a bad country code": lambda doc: [PersonMention(text="Olaf", start=20, end=24, name="Olaf", country="germany")],
}


@pytest.mark.parametrize("case", sorted(PEOPLE))
def test_bad_people_are_dropped_and_recorded_and_the_builtins_stand(case: str) -> None:
    pipe = Pipeline([*DEFAULT_PLUGINS, _plugin("register_people_extractors", PEOPLE[case])], entry_points=False)
    result = pipe.extract(TEXT, published="2023-03-01")
    assert [(e.plugin, e.extractor) for e in result.errors] == [("test_validate._plugin.<locals>.Hostile", "hostile")]
    assert {p.name for p in result.people} >= {"Emmanuel Macron", "Olaf Scholz"}
    assert all(p.extractor != "hostile" for p in result.people)
    json.dumps(json.loads(to_json(result)), allow_nan=False)


@pytest.mark.parametrize(
    ("hook", "item", "complaint"),
    [
        ("register_country_extractors", CountryMention(text="Berlin", start=35, end=41, code="123"), "country code"),
        ("register_country_extractors", CountryMention(text="Berlin", start=35, end=41, code="de"), "country code"),
        ("register_date_extractors", DateMention(text="Monday", start=45, end=51, value="<script>"), "TIMEX3 value"),
        ("register_date_extractors", DateMention(text="Monday", start=45, end=51, value="2023 03"), "TIMEX3 value"),
        ("register_date_extractors", DateMention(text="Monday", start=45, end=51, mod="<b>"), "modifier"),
        ("register_event_builders", Event(kind="meet", trigger=MET, sentence=WHOLE, salience=math.nan), "salience"),
        (
            "register_event_builders",
            Event(kind="meet", trigger=Span(text="x", start=900, end=901), sentence=WHOLE),
            "outside the text",
        ),
        ("register_event_builders", Event(kind="meet", trigger=MET, sentence=None), "not a Span"),  # type: ignore[arg-type]
        (
            "register_event_builders",
            Event(kind="meet", trigger=MET, sentence=WHOLE, who=[Participant(name="A", start=0, end=10**6)]),
            "outside the text",
        ),
        ("register_event_builders", Event(kind="meet", trigger=MET, sentence=WHOLE, where=[Place(name="")]), "empty"),
        ("register_event_builders", Event(kind="meet", trigger=MET, sentence=WHOLE, cameo="x"), "CAMEO"),
    ],
)
def test_bad_values_shapes_and_spans_are_recorded(hook: str, item: object, complaint: str) -> None:
    if hook == "register_event_builders":
        plugin = _plugin(hook, lambda doc, findings: [item])
    else:
        plugin = _plugin(hook, lambda doc: [item])
    result = Pipeline([plugin], entry_points=False).extract(TEXT, published="2023-03-01")
    assert [e.error for e in result.errors] == ["InvalidResult"]
    assert complaint in result.errors[0].message
    assert result.main_event is None and not result.mentions()
    json.dumps(json.loads(to_json(result)), allow_nan=False)


def test_a_sound_event_with_an_unwritten_date_passes() -> None:
    when = DateMention(text="", start=16, end=16, value="PAST_REF")
    assert check(Event(kind="meet", trigger=MET, sentence=WHOLE, when=when), TEXT, Event) is None
    far = DateMention(text="", start=999, end=999, value="PAST_REF")
    assert "outside the text" in str(check(Event(kind="meet", trigger=MET, sentence=WHOLE, when=far), TEXT, Event))


def test_an_event_dated_by_a_value_passes_and_a_bad_value_does_not() -> None:
    when = DateValue(value="PAST_REF", granularity="reference", description="past tense")
    assert check(Event(kind="meet", trigger=MET, sentence=WHOLE, when=when), TEXT, Event) is None
    bad = DateValue(value="last <b>week</b>")
    assert "not a TIMEX3 value" in str(check(Event(kind="meet", trigger=MET, sentence=WHOLE, when=bad), TEXT, Event))


def test_an_event_dated_by_a_value_survives_json() -> None:
    when = DateValue(value="2023-03-01", period=Period(first=dt.date(2023, 3, 1), last=dt.date(2023, 3, 1)))
    event = Event(kind="meet", trigger=MET, sentence=WHOLE, when=when)
    again = from_json(to_json(event), Event)
    assert again == event and isinstance(again.when, DateValue)


def test_strict_mode_raises_with_the_plugin_name() -> None:
    pipe = Pipeline([_plugin("register_people_extractors", PEOPLE["NaN score"])], entry_points=False, strict=True)
    with pytest.raises(PluginError, match=r"extractor 'hostile' of plugin 'test_validate\..*Hostile'.*score") as info:
        pipe.extract(TEXT)
    assert info.value.failure.error == "InvalidResult"


def test_strict_mode_names_a_plugin_whose_registration_fails() -> None:
    class Broken:
        @hookimpl
        def register_people_extractors(self, register):  # type: ignore[no-untyped-def]
            raise RuntimeError("no model")

    with pytest.raises(PluginError, match=r"plugin '.*Broken' failed \(register\): RuntimeError: no model"):
        Pipeline([Broken()], entry_points=False, strict=True)


def _slow(doc: Any) -> Iterable[PersonMention]:
    time.sleep(5)
    return []


def test_an_extractor_over_its_budget_is_recorded_as_a_timeout() -> None:
    pipe = Pipeline([*DEFAULT_PLUGINS, _plugin("register_people_extractors", _slow)], entry_points=False, timeout=0.3)
    started = time.perf_counter()
    result = pipe.extract(TEXT)
    assert time.perf_counter() - started < 3
    assert [(e.extractor, e.error) for e in result.errors] == [("hostile", "ExtractorTimeout")]
    assert {p.name for p in result.people} >= {"Emmanuel Macron"}


def test_the_budget_holds_outside_the_main_thread_too() -> None:
    pipe = Pipeline([_plugin("register_people_extractors", _slow)], entry_points=False, timeout=0.3)
    found: list[Any] = []
    thread = threading.Thread(target=lambda: found.append(pipe.extract(TEXT)))
    started = time.perf_counter()
    thread.start()
    thread.join(10)
    assert time.perf_counter() - started < 3
    assert [e.error for e in found[0].errors] == ["ExtractorTimeout"]


def _variants() -> Iterable[tuple[str, object, type]]:
    """Sound results of every model, and each with one field made bad (set past the models' own checks)."""
    import datetime as dt

    from newskit.models import OrganizationMention, Period

    day = dt.date(2023, 2, 27)
    when = DateMention(text="", start=44, end=44, value="2023-02-27", period=Period(first=day, last=day))
    sound: list[tuple[object, type]] = [
        (DateMention(text="Monday", start=45, end=51, value="2023-02-27", anchor=day, period=Period(first=day, last=day)), DateMention),
        (CountryMention(text="Berlin", start=35, end=41, code="DE", name="Germany", place="Berlin"), CountryMention),
        (PersonMention(text="Olaf Scholz", start=20, end=31, name="Olaf Scholz", role="chancellor", country="DE"), PersonMention),
        (OrganizationMention(text="Olaf", start=20, end=24, name="Olaf", kind="company", country="DE"), OrganizationMention),
        (
            Event(
                kind="meet", trigger=MET, sentence=WHOLE, who=[Participant(name="Macron", start=0, end=15, code="FR")],
                where=[Place(name="Berlin", code="DE", start=35, end=41)], when=when, cameo="04", salience=0.5,
            ),
            Event,
        ),
    ]
    bad_values: list[object] = [
        None, 1.0, -1, 10**6, True, "", " ", "x y", math.nan, math.inf, "germany", "DE", 3, (), [None], "2023-02-27",
    ]
    for item, expected in sound:
        yield f"{type(item).__name__} sound", item, expected
        yield f"{type(item).__name__} as another kind", item, PersonMention if expected is not PersonMention else DateMention
        fields = [f.name for f in type(item).__attrs_attrs__]  # type: ignore[attr-defined]
        for field in fields:
            for value in bad_values:
                changed = copy.copy(item)
                object.__setattr__(changed, field, value)
                yield f"{type(item).__name__}.{field}={value!r}", changed, expected
        if isinstance(item, Event):
            for field, inner in (("who", item.who[0]), ("where", item.where[0]), ("when", item.when), ("trigger", item.trigger)):
                for attr in [f.name for f in type(inner).__attrs_attrs__]:  # type: ignore[attr-defined]
                    for value in bad_values:
                        part = copy.copy(inner)
                        object.__setattr__(part, attr, value)
                        changed = copy.copy(item)
                        object.__setattr__(changed, field, (part,) if field in ("who", "where") else part)
                        yield f"Event.{field}.{attr}={value!r}", changed, expected


def test_one_pass_over_a_result_list_gives_the_verdicts_of_check_item_by_item() -> None:
    from newskit.validate import check_all, partition

    cases = list(_variants())
    found_bad = 0
    for label, item, expected in cases:
        [(same, problem)] = check_all([item], TEXT, expected)
        assert same is item
        assert problem == check(item, TEXT, expected), label
        assert partition([item], TEXT, expected) == (([item], []) if problem is None else ([], [(item, problem)])), label
        found_bad += problem is not None
    assert found_bad > len(cases) // 2  # most variants are bad, and each is caught as check() catches it


def test_a_list_with_one_bad_result_keeps_the_others_in_order() -> None:
    from newskit.validate import partition

    people = [
        PersonMention(text="Emmanuel Macron", start=0, end=15, name="Emmanuel Macron"),
        PersonMention(text="Olaf Scholz", start=20, end=31, name="Olaf Scholz"),
    ]
    bad = copy.copy(people[1])
    object.__setattr__(bad, "start", 21)
    sound, unsound = partition([people[0], bad, people[1]], TEXT, PersonMention)
    assert sound == people
    assert unsound == [(bad, check(bad, TEXT, PersonMention))] and unsound[0][1] is not None
    everything = [*people, people[0]]
    assert partition(everything, TEXT, PersonMention) == (everything, [])
    assert partition(everything, TEXT, PersonMention)[0] is not everything  # a new list, the caller's left as it was


def test_a_shape_remembers_only_the_strings_that_fit_and_stays_bounded() -> None:
    from newskit import validate

    shape = validate._Shape(validate._TIMEX_VALUE)
    assert shape.fits("2023-02-27") and "2023-02-27" in shape.fitting
    assert not shape.fits("next <b>") and "next <b>" not in shape.fitting
    assert not shape.fits("next <b>")  # refused again, never remembered
    for i in range(validate._REMEMBERED * 2 + 5):
        assert shape.fits(str(i))
        assert len(shape.fitting) <= validate._REMEMBERED
    assert shape.fits("2023-02-27")  # forgotten, then found again by the pattern


def test_the_verdicts_are_the_same_once_the_shapes_are_remembered() -> None:
    from newskit.validate import partition

    cases = list(_variants())
    first = [partition([item], TEXT, expected) for _, item, expected in cases]
    again = [partition([item], TEXT, expected) for _, item, expected in cases]
    assert first == again
    assert [verdict == ([item], []) for verdict, (_, item, _) in zip(first, cases, strict=True)] == [
        check(item, TEXT, expected) is None for _, item, expected in cases
    ]
