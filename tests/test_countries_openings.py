"""An ordinary word opening a sentence before a place, a dateline with an agency, and older country names."""

from __future__ import annotations

import newskit
from newskit.models import CountryMention


def countries(text: str) -> list[CountryMention]:
    return list(newskit.extract(text).countries)


def test_an_ordinary_word_opening_a_sentence_is_no_given_name() -> None:
    assert [(m.text, m.code) for m in countries("Former Leeds councillor Tom Dale quit.")] == [("Leeds", "GB")]
    assert [(m.text, m.code) for m in countries("Former Nebraska senator Ann Roe agreed.")] == [("Nebraska", "US")]


def test_a_given_name_or_a_name_opener_before_a_place_still_makes_a_name() -> None:
    assert countries("Grant Kent wrote the report on Monday.") == []
    assert [m.text for m in countries("First Halifax Corp said profits fell.")] == []


def test_an_agency_after_a_dateline_is_no_acronym_of_the_town() -> None:
    result = newskit.extract("CLEVELAND (AP) - A bridge closed on Tuesday after a truck hit it.")
    assert [(m.text, m.code) for m in result.countries] == [("CLEVELAND", "US")]
    assert "CLEVELAND" not in [m.text for m in result.organizations]


def test_an_older_country_name_and_a_city_under_its_english_name() -> None:
    text = "The sprinter, born in Surinam, now trains in Hanover, where Germany's team is based."
    assert [(m.text, m.code) for m in countries(text)] == [("Surinam", "SR"), ("Hanover", "DE"), ("Germany", "DE")]


def test_a_small_town_after_an_opening_word_stays_part_of_a_name() -> None:
    text = "Bringing Cadillac cars to Sweden is costly for the US firm."
    assert [m.text for m in countries(text)] == ["Sweden", "US"]


def test_a_city_listed_with_metropolises_is_the_metropolis_of_its_name() -> None:
    text = "Monitoring stations in London, Amsterdam and Sydney failed for the Canadian firm."
    assert [(m.text, m.code) for m in countries(text)] == [
        ("London", "GB"),
        ("Amsterdam", "NL"),
        ("Sydney", "AU"),
        ("Canadian", "CA"),
    ]


def test_a_city_listed_with_a_metropolis_of_its_own_country_keeps_its_reading() -> None:
    text = "Shows in Toronto, London and Ottawa sold out."
    assert [(m.text, m.code) for m in countries(text)] == [("Toronto", "CA"), ("London", "CA"), ("Ottawa", "CA")]


def test_a_party_named_with_an_ordinary_word_is_no_place() -> None:
    assert countries("Plaid Cymru's spokesman said no.") == []


def test_the_state_after_a_town_is_read_in_the_towns_country() -> None:
    text = "A man from Camberley, Surrey, was held; arrests were made in Canada. He returns to a Surrey police station."
    assert [(m.text, m.code) for m in countries(text)] == [
        ("Camberley", "GB"),
        ("Surrey", "GB"),
        ("Canada", "CA"),
        ("Surrey", "GB"),
    ]
    text = "He grew up in Ancaster, Ontario, and moved to Los Angeles and San Diego."
    assert [(m.text, m.code) for m in countries(text)][:2] == [("Ancaster", "CA"), ("Ontario", "CA")]


def test_a_place_named_like_a_club_is_a_place_after_in_in_a_sports_article() -> None:
    text = (
        "FOOTBALL - LEAGUE RESULTS\nPortsmouth beat Reading 2-1 on Saturday. The striker, who grew up in "
        "Portsmouth, bought a stake in Portsmouth last year and praised the fans in Portsmouth's ground."
    )
    result = newskit.extract(text)
    assert [m.start for m in result.countries] == [text.index("Portsmouth,")]
    assert len([m for m in result.organizations if m.text == "Portsmouth"]) == 3


def test_a_dateline_in_a_sports_article_is_the_town_not_its_club() -> None:
    result = newskit.extract("Blue Jays beat Yankees in baseball\nTORONTO (AP) — The Blue Jays beat the Yankees 5-3.")
    assert [(m.text, m.code) for m in result.countries] == [("TORONTO", "CA")]
    assert "TORONTO" not in [m.text for m in result.organizations]
    dated = "Soccer: Sporting open the season with a win\nLISBON, Aug 23 (Reuters) - Sporting scored first."
    assert [(m.text, m.code) for m in newskit.extract(dated).countries] == [("LISBON", "PT")]
    line = "SOCCER - SPORTING OPEN THE SEASON WITH A WIN .\nLISBON 2024-08-23\nSporting scored the first goal."
    assert [(m.text, m.code) for m in newskit.extract(line).countries] == [("LISBON", "PT")]


def test_a_club_opening_a_results_line_stays_a_club() -> None:
    result = newskit.extract("SOCCER - PORTUGUESE RESULTS .\nLISBON 3 Porto 1\nBenfica 2 Braga 0")
    assert "LISBON" in [m.text for m in result.organizations]
    scorers = "SOCCER - ITALIAN SUPERCUP .\nMILAN 2024-08-25\nScorers :\nMilan - Mario Rossi ( 21st )"
    assert [m.text for m in newskit.extract(scorers).organizations][-1:] == ["Milan"]


def test_a_dateline_with_its_state_in_a_sports_article_is_the_town() -> None:
    text = "GOLF - MASTERS THIRD ROUND SCORES .\nNORTHAMPTON , England 2024-08-30\nLeading scores after the third round."
    assert ("NORTHAMPTON", "GB") in [(m.text, m.code) for m in newskit.extract(text).countries]
    line = "Wheat rains boost planting prospects .\nKANSAS CITY , Mo .\n2024-08-28\nRain fell on the plains."
    assert [(m.text, m.code) for m in newskit.extract(line).countries] == [("KANSAS CITY", "US")]


def test_a_headline_in_capitals_is_read_on_its_own_line() -> None:
    text = "SOCCER - BRAZIL WIN FRIENDLY .\nThe match in the capital drew a large crowd."
    assert [(m.text, m.code) for m in newskit.extract(text).countries] == [("BRAZIL", "BR")]
    assert list(newskit.extract("Officials in the MENA region met on Monday.").countries) == []
