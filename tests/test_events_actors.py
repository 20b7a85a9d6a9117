"""Who acts in the main event: organisations, plain noun phrases, words capitalised by position,
media, and the lead's subject when the headline names no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newskit
from newskit.extractors.events.nouns import can_end_actor, is_agent, names_no_one, singular

PUBLISHED = "2031-05-15"


def main_who(text: str) -> list[str]:
    main = newskit.extract(text, published=PUBLISHED).main_event
    assert main is not None
    return [p.name for p in main.who]


@pytest.mark.parametrize(
    ("word", "agent"),
    [("driver", True), ("Firefighters", True), ("militants", True), ("police", True), ("students", True),
     ("policemen", True), ("rescuers", True), ("footage", False), ("price", False), ("explosion", False)],
)
def test_agent_nouns_name_people_or_groups(word: str, agent: bool) -> None:
    assert is_agent(word) is agent


def test_words_capitalised_by_position_that_name_no_one() -> None:
    assert [names_no_one(w) for w in ("Fatal", "Presidential", "Race", "Call", "Further")] == [True] * 5
    assert [names_no_one(w) for w in ("Police", "Gunman", "Villagers", "Zorblax")] == [False] * 4
    assert singular("casualties") == "casualty" and singular("bus") == "bus"
    assert can_end_actor("prices") and not can_end_actor("new")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armed man holds hostages in bank\n\nAn armed man took six people hostage at a bank in Lyon on Monday, police said.",
         "Armed man"),
        ("Three students arrested after protest\n\nThree students were arrested after a protest in Leeds on Thursday.",
         "Three students"),
        ("Bus driver saves passengers\n\nThe bus driver steered the burning coach off the road near Bristol on Friday.",
         "Bus driver"),
        ("Firefighters battle blaze at factory\n\nFirefighters battled a blaze at a chemical plant in Essex on Tuesday.",
         "Firefighters"),
        ("Boeing cuts 5,000 jobs\n\nBoeing said on Wednesday it would cut 5,000 jobs at its plants in Seattle.", "Boeing"),
        ("Hamas fires rockets into Israel\n\nHamas fired rockets into southern Israel on Friday, the army said.", "Hamas"),
        ("Federer beats Nadal in final\n\nRoger Federer beat Rafael Nadal in the final in Melbourne on Sunday.",
         "Roger Federer"),
    ],
)
def test_organisations_and_plain_noun_phrases_act(text: str, expected: str) -> None:
    assert expected in main_who(text)


def test_an_adjective_opening_a_headline_is_no_actor_the_lead_subject_is() -> None:
    text = "Fatal crash on motorway\n\nA lorry driver died when his lorry hit a bridge near Stafford on Sunday, police said."
    who = main_who(text)
    assert "Fatal" not in who
    assert who == ["A lorry driver"]


def test_an_event_noun_after_a_topic_label_is_no_actor() -> None:
    text = "Mine rescue: Race to reach trapped miners\n\nRescuers are trying to reach 30 miners in Chile, officials said."
    assert "Race" not in main_who(text)


def test_a_medium_shows_who_acted() -> None:
    text = "Footage shows firefighters rescuing cat\n\nA cat was pulled from a burning house in Leeds on Monday."
    assert main_who(text) == ["firefighters"]
    text = "Video shows Ann Roe leaving court\n\nA video posted on Monday shows Ann Roe leaving the court in Bristol."
    assert main_who(text) == ["Ann Roe"]


def test_a_headline_naming_no_one_takes_the_first_sentences_subject() -> None:
    text = "Further rise in jobless total\n\nThe Freedonian jobless total rose for a second month in December, figures show."
    who = main_who(text)
    assert who and "Further" not in who


def test_a_phrase_ending_in_no_noun_is_no_actor() -> None:
    text = "Budget plan: A new blow for ministers\n\nThe Treasury on Monday cut the budget of every ministry in Freedonia."
    assert all(not name.lower().endswith("new") for name in main_who(text))


def main_where(text: str) -> list[str]:
    main = newskit.extract(text, published=PUBLISHED).main_event
    assert main is not None
    return [p.name for p in main.where]


def test_quotation_marks_do_not_end_a_headlines_places() -> None:
    text = 'Coach hails Ann Roe\'s "stunning" win in Brazil\n\nThe coach said on Sunday the victory was the best he had seen.'
    assert "Brazil" in main_where(text)


def test_a_persons_family_name_is_no_place() -> None:
    text = (
        "Coach hails driver\n\nThe coach praised Max Carter on Sunday. Carter overtook half the field to finish"
        " behind race winner Lewis Hamilton and Nico Rosberg. The 19-year-old had been running second only to"
        " Hamilton following a move."
    )
    assert "Hamilton" not in main_where(text)


def test_a_headline_placed_nowhere_takes_the_city_an_organisation_is_named_after() -> None:
    text = "Fans celebrate title\n\nJubilant Leeds United fans spilled into the streets on Sunday night."
    assert main_where(text) == ["Leeds"]


def test_a_headline_verb_between_two_names_gives_who_even_where_a_name_was_missed() -> None:
    text = "Obama thanks Merkel for support\n\nBarack Obama thanked Angela Merkel on Thursday for her support during his presidency."
    main = newskit.extract(text, published=PUBLISHED).main_event
    assert main is not None and main.what == "thanks Merkel for support"
    assert any("Obama" in p.name for p in main.who)


def test_a_noun_between_capitalised_words_is_no_headline_verb() -> None:
    text = "Salary scandal in Freedonia\n\nOfficials in Freedonia were paid twice for a year, auditors said on Monday."
    main = newskit.extract(text, published=PUBLISHED).main_event
    assert main is None or not (main.what or "").startswith("scandal")


def test_a_date_word_inside_a_name_in_capitals_dates_nothing() -> None:
    text = (
        "Agency closes inquiry\n\nUSA TODAY, Jane Roe. WASHINGTON -- The agency's director said Sunday the inquiry"
        " into the senator had found nothing new."
    )
    main = newskit.extract(text, published="2031-05-15").main_event
    assert main is not None and main.when is not None and main.when.text == "Sunday"


def test_a_place_in_a_topic_label_is_no_actor() -> None:
    text = (
        "London fire: residents evacuated\n\nResidents of a tower block in west London were evacuated on Wednesday"
        " after a fire broke out."
    )
    main = newskit.extract(text, published=PUBLISHED).main_event
    assert main is not None and main.what == "evacuated"
    assert [p.name for p in main.who] == ["residents"]
    assert "London" in [p.name for p in main.where]


def test_a_verb_right_after_a_name_is_the_headlines_verb() -> None:
    text = "Kremlin rejects claims\n\nThe Kremlin on Monday rejected claims that hackers had interfered in the vote."
    main = newskit.extract(text, published=PUBLISHED).main_event
    assert main is not None and main.what == "rejects claims"
    assert [p.name for p in main.who] == ["Kremlin"]


def test_a_title_case_headline_verb_is_read_by_its_shape() -> None:
    text = "Acme Fined By European Commission\n\nAcme Holdings was fined 2 billion euros by the European Commission on Tuesday."
    main = newskit.extract(text, published=PUBLISHED).main_event
    assert main is not None and main.what is not None and main.what.startswith("Fined")
