"""People named by one word with a verb that takes a person, and titles glued to a name (issue 16)."""

from __future__ import annotations

import pytest

import newskit
from test_people import people


def spans(text: str) -> list[str]:
    return [m.text for m in people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merkel met Macron in Berlin on Friday.", ["Merkel", "Macron"]),
        ("Nadal beat Federer in the final.", ["Nadal", "Federer"]),
        ("Obama arrived late on Tuesday.", ["Obama"]),
        ("Yesterday Kowalczyk thanked Brandauer for his help.", ["Kowalczyk", "Brandauer"]),
        ("The minister said Ortega had accused Vilar of lying.", ["Ortega", "Vilar"]),
        ("In the second round Halvorsen defeated Okonkwo easily.", ["Halvorsen", "Okonkwo"]),
    ],
)
def test_one_word_names_with_a_person_verb(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal beat Chelsea 2-1 on Saturday.",  # clubs the organisation lists know
        "Microsoft replaced its chief executive.",
        "France beat Italy in the final.",  # places
        "The Kremlin blamed Washington for the delay.",
        "Police met protesters outside the station.",  # common words
    ],
)
def test_a_person_verb_alone_makes_no_person_of_a_place_a_firm_or_a_word(text: str) -> None:
    assert [p.name for p in newskit.extract(text).people] == []


def test_the_verb_must_stand_next_to_the_name() -> None:
    assert spans("Zdravko and the others met outside.") == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Freshman Jane Doe scored 20 points.", "Jane Doe", "Freshman"),
        ("Coach John Smith said the team was ready.", "John Smith", "Coach"),
        ("Rookie Sam Jones started in left field.", "Sam Jones", "Rookie"),
        ("Captain Mary Brown led the side out.", "Mary Brown", "Captain"),
        ("Senior Guard Tom Lee scored 12 points.", "Tom Lee", "Senior Guard"),
        ("Redshirt Freshman Quarterback Ann Cole threw twice.", "Ann Cole", "Redshirt Freshman Quarterback"),
        ("National Guard Sgt. Tom Lee said the road was closed.", "Tom Lee", "Sgt."),
    ],
)
def test_a_title_glued_to_a_name_becomes_its_role(text: str, name: str, role: str) -> None:
    found = people(text)
    assert [(m.text, m.role) for m in found] == [(name, role)]


def test_a_common_word_that_is_also_a_family_name_needs_more_than_a_person_verb() -> None:
    assert spans("Rain arrived just as the players walked out.") == []
    assert spans("Merkel met Rain in Berlin.") == ["Merkel"]


def test_a_title_that_starts_before_the_capitals() -> None:
    found = people("The club's assistant Coach John Smith said the team was ready.")
    assert [(m.text, m.role) for m in found] == [("John Smith", "assistant Coach")]


def test_a_title_of_several_words_that_starts_before_the_run() -> None:
    assert people("She was sworn in as Secretary of State March 3, aides said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels took the village of Karin Dolnji on Monday.",
        "Officials in the port of Whitford said the ship had sunk.",
        "Fighting spread north of the town of Mae Lat.",
    ],
)
def test_a_name_after_a_settlement_noun_and_of_is_a_place(text: str) -> None:
    assert spans(text) == []
