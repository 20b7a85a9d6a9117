from __future__ import annotations

import datetime as dt
import json

import attrs

import newskit
from newskit.models import (
    Article,
    DateMention,
    Event,
    Extraction,
    Participant,
    Period,
    Place,
    PluginFailure,
    Span,
    Timing,
)
from newskit.serialize import from_dict, from_json, to_dict, to_json


def _full_result() -> Extraction:
    text = "Head\n\nAnn visited Paris on Tuesday."
    when = DateMention(
        text="Tuesday",
        start=27,
        end=34,
        value="2023-02-28",
        kind="DATE",
        granularity="day",
        period=Period(first=dt.date(2023, 2, 28), last=dt.date(2023, 2, 28)),
        anchor=dt.date(2023, 2, 23),
        relative=True,
    )
    event = Event(
        kind="visit",
        trigger=Span(text="visited", start=10, end=17),
        sentence=Span(text=text[6:], start=6, end=35),
        who=[Participant(name="Ann")],
        where=[Place(name="Paris", code="FR", kind="city")],
        when=when,
        salience=0.9,
    )
    article = Article(
        text=text,
        title="Head",
        published=dt.datetime(2023, 2, 23, 9, tzinfo=dt.timezone.utc),
        metadata={"tags": ["a", "b"]},
    )
    return Extraction(
        article=article,
        text=text,
        dates=[when],
        events=[event],
        main_event=event,
        errors=[PluginFailure(plugin="p", stage="dates", error="KeyError", message="'x'")],
        timings=[Timing(name="dates", stage="dates", seconds=0.001)],
    )


def test_round_trip_gives_an_equal_object() -> None:
    result = _full_result()
    assert from_json(to_json(result)) == result
    assert from_dict(json.loads(to_json(result))) == result


def test_round_trip_of_a_real_extraction() -> None:
    result = newskit.extract("Summit\n\nLeaders met in Berlin on Monday.", published="2023-02-23")
    assert from_json(to_json(result)) == result


def test_json_is_plain_and_includes_the_timeline() -> None:
    data = to_dict(_full_result())
    assert data["article"]["published"] == "2023-02-23T09:00:00+00:00"
    assert data["dates"][0]["kind"] == "DATE" and data["dates"][0]["period"]["first"] == "2023-02-28"
    assert data["timeline"] == [0]


def test_single_models_round_trip() -> None:
    article = Article(text="x", published="2020-01-02", language="FR")
    assert from_json(to_json(article), Article) == article
    assert attrs.evolve(article).language == "fr"
