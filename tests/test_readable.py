"""Small things a new user meets: short reprs, country names filled in, how ties between extractors are broken."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import newskit
from newskit import Pipeline, hookimpl
from newskit.models import CountryMention, Event, Participant, Place, Span
from newskit.plugins import DEFAULT_PLUGINS

TEXT = (
    "Summit in Lima\n\nPresident Gabriel Boric of Chile will visit Peru and Bolivia next week to discuss lithium "
    "with Dina Boluarte and Luis Arce, officials said on Thursday."
)


def test_reprs_are_short_and_say_what_matters() -> None:
    result = newskit.extract(TEXT, published="2023-03-02")
    text = repr(result)
    assert len(text) <= 200 and text.startswith("<Extraction 'Summit in Lima' 2023-03-02 [en]:")
    assert f"{len(result.people)} people" in text and f"{len(result.events)} events" in text
    assert result.main_event is not None
    event = repr(result.main_event)
    assert len(event) <= 200 and event.startswith(f"<Event {result.main_event.kind}:")
    assert all(len(repr(e)) <= 200 for e in result.events)
    long = Span(text="x" * 500, start=0, end=500)
    crowd = Event(kind="meet", trigger=long, sentence=long, who=[Participant(name=f"Person {i}") for i in range(40)],
                  where=[Place(name=f"Town {i}") for i in range(40)])
    assert len(repr(crowd)) <= 200
    assert result.main_event.kind in str(result.main_event)


class Nicknames:
    """A plugin that knows a country's nickname, which the built-in people extractor takes for a name."""

    @hookimpl
    def register_country_extractors(self, register: Any) -> None:
        def nicknames(doc: Any) -> Iterator[CountryMention]:
            for m in re.finditer(r"\bBlighty\b", doc.text):
                yield CountryMention(text=m.group(), start=m.start(), end=m.end(), code="GB", via="alias")

        register(nicknames)


def test_a_plugins_country_beats_a_built_in_person_guess_at_equal_score() -> None:
    text = "Blighty voted to leave, and officials in Blighty said so on Monday."
    alone = newskit.extract(text)
    assert "Blighty" in {p.name for p in alone.people}  # the built-in guess the plugin must overrule
    result = Pipeline(plugins=[*DEFAULT_PLUGINS, Nicknames()], entry_points=False).extract(text)
    assert [(m.text, m.code, m.extractor) for m in result.countries] == [("Blighty", "GB", "nicknames")] * 2
    assert not result.people


def test_a_country_name_left_empty_by_a_plugin_is_filled_in_from_the_code() -> None:
    result = Pipeline(plugins=[Nicknames()], entry_points=False).extract("Blighty won.")
    [mention] = result.countries
    assert mention.name == "United Kingdom"
    assert [c.name for c in result.entities.countries] == ["United Kingdom"]
