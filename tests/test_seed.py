"""The seed article end to end, against its expected annotations (skips where ../shared is absent)."""

from __future__ import annotations

from typing import Any

import newskit

Seed = tuple[str, dict[str, Any]]


def test_offsets_are_exact_and_boilerplate_yields_nothing(seed: Seed) -> None:
    text, expected = seed
    result = newskit.extract(text, published=expected["published"])
    assert result.ok, result.errors
    boilerplate_start = text.index("Leave A Comment")
    for m in result.mentions():
        assert text[m.start : m.end] == m.text
        assert m.start < boilerplate_start


def test_people_have_canonical_names(seed: Seed) -> None:
    text, expected = seed
    result = newskit.extract(text, published=expected["published"])
    assert {p.name for p in result.people} == set(expected["people"])
    assert {p.name for p in result.entities.people} == set(expected["people"])


def test_countries_are_exactly_the_expected_set(seed: Seed) -> None:
    text, expected = seed
    result = newskit.extract(text, published=expected["published"])
    assert {c.code for c in result.countries} - {"SU"} == set(expected["countries"])


def test_every_expected_date_is_found_with_its_value(seed: Seed) -> None:
    text, expected = seed
    result = newskit.extract(text, published=expected["published"])
    found = [(d.text, d.value) for d in result.dates]
    for want in expected["dates"]:
        assert any(
            value == want["value"] and (want["text"] in got or got in want["text"]) for got, value in found
        ), (want, found)


def test_the_main_event_is_blinkens_visit(seed: Seed) -> None:
    text, expected = seed
    result = newskit.extract(text, published=expected["published"])
    main = result.main_event
    assert main is not None
    assert "Antony Blinken" in {p.name for p in main.who}
    assert {"KZ", "UZ"} <= {p.code for p in main.where}
