"""Seats of power reported as organisations still name their country; short forms of country names."""

from __future__ import annotations

import newskit


def test_a_seat_of_power_names_its_country_and_stays_an_organisation() -> None:
    result = newskit.extract("A spokesman for the Kremlin said on Tuesday that the talks would go on.")
    assert [(m.text, m.code) for m in result.countries] == [("Kremlin", "RU")]
    assert [m.text for m in result.organizations] == ["Kremlin"]
    assert [c.code for c in result.entities.countries] == ["RU"]


def test_each_seat_names_its_own_country() -> None:
    text = "The White House and Downing Street both declined to comment on the leaked memo."
    assert [(m.text, m.code) for m in newskit.extract(text).countries] == [("White House", "US"), ("Downing Street", "GB")]


def test_an_organisation_without_a_place_reading_adds_no_country() -> None:
    assert list(newskit.extract("The Pentagon and the FBI said they would look into the memo.").countries) == []


def test_short_forms_of_country_names() -> None:
    text = "NZ shares rose while HK stocks fell; the H.K. dollar held. Ministers will visit S. Africa next month."
    assert [(m.text, m.code) for m in newskit.extract(text).countries] == [
        ("NZ", "NZ"),
        ("HK", "HK"),
        ("H.K.", "HK"),
        ("S. Africa", "ZA"),
    ]


def test_a_code_glued_to_a_dollar_sign_is_a_currency() -> None:
    text = "Profit rose to HK$327m (US$42m), the Hong Kong-listed firm said."
    assert [(m.text, m.code) for m in newskit.extract(text).countries] == [("Hong Kong", "HK")]
    assert [m.code for m in newskit.extract("The US dollar fell against the NZ dollar.").countries] == ["US", "NZ"]
