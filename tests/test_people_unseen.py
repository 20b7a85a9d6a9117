"""People the name lists do not know, found from what stands around them (issue 16, news nobody here tuned to)."""

from __future__ import annotations

import pytest

import newskit
from test_people import people
from test_people_cues import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The seventh seed beat Romanian Oana Vestrebu in straight sets.", ["Oana Vestrebu"]),
        ("Norway 's Tarjei Lundvoll finished third on the hill.", ["Tarjei Lundvoll"]),
        ("The club signed fellow Briton Keddo Marshe on loan.", ["Keddo Marshe"]),
    ],
)
def test_a_name_of_unknown_words_after_a_nationality(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_a_nationality_makes_no_person_of_a_club_named_after_its_town() -> None:
    assert spans("Dutch side Vitesse Arnhem lost again.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He will be succeeded by Oleko Varnadze , a former Georgian envoy to Turkey .", "Oleko Varnadze"),
        ("The court named her as Fenna Quarrenby , a 31-year-old Belgian singer .", "Fenna Quarrenby"),
        ("Also through was Ivo Karlsvik , the 11th seed , who won in four sets .", "Ivo Karlsvik"),
    ],
)
def test_a_role_in_apposition_after_modifiers(text: str, name: str) -> None:
    assert spans(text) == [name]


def test_a_role_in_apposition_followed_by_a_verb_is_the_speaker() -> None:
    assert spans("Some 400 inmates are held in Vartosk , a prison official said .") == []


def test_the_first_title_of_an_apposition_is_the_role() -> None:
    found = people("Ilse Varkonyi, chief Austrian economist at the bank, said so.")
    assert [(m.text, m.role) for m in found] == [("Ilse Varkonyi", "chief")]


def test_two_given_names_joined_by_a_hyphen() -> None:
    assert spans("Later Jean-Baptiste Okwuosa hit the bar.") == ["Jean-Baptiste Okwuosa"]


def test_a_one_word_name_with_an_age() -> None:
    assert spans("The court heard the case. Varkonyi , 45 , is a retired teacher .") == ["Varkonyi"]
    assert spans("Sales , 45 , 50 and 60 units") == []


def test_a_sign_off_after_a_double_dash() -> None:
    text = "Prices fell on Monday.\n-- Adaeze Oyelaran , Lagos Newsroom +234 1 555 0101"
    assert spans(text) == ["Adaeze Oyelaran"]


def test_a_family_name_that_is_also_a_town_refers_to_the_person_introduced() -> None:
    text = "Greg Norman shot a 66. Norman said he was pleased, then flew home from Norman ."
    found = people(text)
    assert [(m.text, m.name) for m in found] == [("Greg Norman", "Greg Norman"), ("Norman", "Greg Norman")]


def test_a_town_alone_is_no_person() -> None:
    assert spans("Rain fell in Norman and Davenport on Monday.") == []


def test_an_initial_before_a_town_that_is_a_family_name() -> None:
    text = "To bat : J. Crawley , D. Cork\nA. Sohail c Cork b Croft 46"
    assert [m.name for m in people(text)] == ["J. Crawley", "D. Cork", "A. Sohail", "D. Cork", "Croft"]
    assert spans("He moved to N. Ireland and W. Virginia.") == []


def test_a_name_broken_over_two_lines_of_a_results_table() -> None:
    text = "140 Ross Tellan 70 70 , Paul Eddery 71 69 , Wayne\nRiley ( Australia ) 72 68 , Kim Oster 70 70"
    found = people(text)
    assert [(m.text, m.name) for m in found] == [
        ("Ross Tellan", "Ross Tellan"),
        ("Paul Eddery", "Paul Eddery"),
        ("Wayne", "Wayne Riley"),
        ("Riley", "Wayne Riley"),
        ("Kim Oster", "Kim Oster"),
    ]


def test_the_whole_pipeline_keeps_them() -> None:
    result = newskit.extract("Finland 's Juha Kankkunen won the rally. Kankkunen said the car was perfect.")
    assert [(p.text, p.name) for p in result.people] == [
        ("Juha Kankkunen", "Juha Kankkunen"),
        ("Kankkunen", "Juha Kankkunen"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will next face German Tommy Haas in the final.", ["Tommy Haas"]),
        ("The freed Sisters Anne Kerr and Mary Byrne flew home.", ["Anne Kerr", "Mary Byrne"]),
        ("Chief Accountant Natalya Sypron said the farm was short of cash.", ["Natalya Sypron"]),
    ],
)
def test_a_nationality_or_a_word_glued_before_a_full_name_is_left_out(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_the_title_a_person_goes_by_stays_in_the_name() -> None:
    found = people("Doctors caring for Mother Teresa said so. Teresa is 86. Pope John Paul II sent a message.")
    assert [(m.text, m.name) for m in found] == [
        ("Mother Teresa", "Mother Teresa"),
        ("Teresa", "Mother Teresa"),
        ("Pope John Paul II", "Pope John Paul II"),
    ]
    assert spans("Her mother Jane Smith said so.") == ["Jane Smith"]


def test_a_place_named_after_a_person_is_no_person() -> None:
    assert spans("The plane landed at Ben Gurion airport on Sunday.") == []
    assert spans("David Ben-Gurion said so.") == ["David Ben-Gurion"]
