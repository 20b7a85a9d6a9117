"""The event builder: triggers, who/where/when rules, salience and the main event.

Findings are built by hand here, so these tests do not depend on the date, country and people
extractors; the texts are the project's own.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit import Pipeline, hookimpl
from newskit.extractors.events import build_events, inflections, lexicon, position_weight
from newskit.models import (
    Article,
    CountryMention,
    DateMention,
    DateValue,
    Event,
    OrganizationMention,
    ParticipantKind,
    Period,
    PersonMention,
    PlaceKind,
)
from newskit.prepare import prepare
from newskit.protocols import Findings

ANCHOR = dt.date(2031, 5, 15)  # a Thursday


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    start = starts[nth]
    return start, start + len(phrase)


def person(text: str, phrase: str, name: str | None = None, nth: int = 0) -> PersonMention:
    s, e = at(text, phrase, nth)
    return PersonMention(text=phrase, start=s, end=e, name=name or phrase)


def country(text: str, phrase: str, code: str, nth: int = 0, via: str = "name") -> CountryMention:
    s, e = at(text, phrase, nth)
    return CountryMention(text=phrase, start=s, end=e, code=code, name=phrase, via=via)


def date(text: str, phrase: str, value: str, first: dt.date, last: dt.date, nth: int = 0) -> DateMention:
    s, e = at(text, phrase, nth)
    return DateMention(text=phrase, start=s, end=e, value=value, period=Period(first=first, last=last), anchor=ANCHOR)


def organization(text: str, phrase: str, name: str | None = None, nth: int = 0) -> OrganizationMention:
    s, e = at(text, phrase, nth)
    return OrganizationMention(text=phrase, start=s, end=e, name=name or phrase)


def events_of(text: str, *mentions: Any, published: dt.date | None = ANCHOR) -> list[Event]:
    doc = prepare(Article.from_text(text, published=published))
    findings = Findings(
        dates=tuple(m for m in mentions if isinstance(m, DateMention)),
        countries=tuple(m for m in mentions if isinstance(m, CountryMention)),
        organizations=tuple(m for m in mentions if isinstance(m, OrganizationMention)),
        people=tuple(m for m in mentions if isinstance(m, PersonMention)),
    )
    return build_events(doc, findings)


def one(events: list[Event], what: str) -> Event:
    found = [e for e in events if e.trigger.text == what]
    assert len(found) == 1, [e.trigger.text for e in events]
    return found[0]


# --------------------------------------------------------------------------- lexicon


def test_inflections_of_regular_irregular_and_phrase_triggers() -> None:
    assert inflections("visit", "v") == {"visit": "base", "visits": "present", "visited": "past", "visiting": "ing"}
    assert inflections("meet", "v", past="met")["met"] == "past"
    assert inflections("hold talks", "v", past="held talks") == {
        "hold talks": "base",
        "holds talks": "present",
        "held talks": "past",
        "holding talks": "ing",
    }
    assert inflections("rally", "n") == {"rally": "noun", "rallies": "noun"}
    assert inflections("derail", "v")["derailed"] == "past"


def test_every_trigger_has_a_documented_kind_with_a_cameo_root_or_none() -> None:
    lex = lexicon()
    for forms in lex.forms.values():
        for form in forms:
            assert form.kind in lex.kinds
    for kind in lex.kinds.values():
        assert kind.cameo is None or re.fullmatch(r"[0-2]\d", kind.cameo), kind
    assert lex.kinds["visit"].cameo == "04"
    assert lex.kinds["assault"].cameo == "18"
    assert lex.kinds["accident"].cameo is None


def test_position_weight_puts_the_headline_first_then_the_lead() -> None:
    weights = [position_weight(r) for r in range(-1, 8)]
    assert weights == sorted(weights, reverse=True)


# --------------------------------------------------------------------------- roles


def test_a_visit_has_its_visitor_destinations_and_date() -> None:
    text = "Foreign Minister Jane Doe will visit Freedonia and Sylvania next week, her office said."
    events = events_of(
        text,
        person(text, "Jane Doe"),
        country(text, "Freedonia", "FD"),
        country(text, "Sylvania", "SY"),
        date(text, "next week", "2031-W21", dt.date(2031, 5, 19), dt.date(2031, 5, 25)),
    )
    visit = one(events, "visit")
    assert visit.kind == "visit" and visit.cameo == "04"
    assert visit.who[0].name == "Jane Doe"
    assert [p.code for p in visit.where] == ["FD", "SY"]
    assert visit.when is not None and visit.when.value == "2031-W21"


def test_a_meeting_counts_both_sides_and_its_place_and_month() -> None:
    text = "Doe, on the other hand, met Roe in Paris in March and described the talks as useful."
    events = events_of(
        text,
        person(text, "Doe", "Jane Doe"),
        person(text, "Roe", "Richard Roe"),
        country(text, "Paris", "FR", via="capital"),
        date(text, "March", "2031-03", dt.date(2031, 3, 1), dt.date(2031, 3, 31)),
    )
    meet = one(events, "met")
    assert meet.kind == "meet"
    assert {p.name for p in meet.who} >= {"Jane Doe", "Richard Roe"}
    assert [(p.name, p.code, p.kind) for p in meet.where] == [("Paris", "FR", "city")]
    assert meet.when is not None and meet.when.value == "2031-03"


def test_the_subject_phrase_stands_in_where_no_entity_is_found() -> None:
    text = "At least twelve passengers were injured when a ferry crashed into the pier."
    events = events_of(text)
    injured = one(events, "injured")
    assert injured.kind == "casualty"
    assert [p.name for p in injured.who] == ["At least twelve passengers"]
    assert [p.name for p in one(events, "crashed").who] == ["a ferry"]


def test_places_after_a_preposition_and_a_named_group() -> None:
    text = "Rebels of the Northern Front attacked a convoy near Port Amber on Sunday."
    events = events_of(text, date(text, "Sunday", "2031-05-11", dt.date(2031, 5, 11), dt.date(2031, 5, 11)))
    attack = one(events, "attacked")
    assert attack.cameo == "18"
    assert "Northern Front" in {p.name for p in attack.who}
    assert [p.name for p in attack.where] == ["Port Amber"]
    assert attack.when is not None and attack.when.value == "2031-05-11"


def test_a_pronoun_subject_is_the_last_person_named() -> None:
    text = "Jane Doe lost the vote. Later he resigned."
    events = events_of(text, person(text, "Jane Doe"))
    assert "Jane Doe" in {p.name for p in one(events, "resigned").who}


def test_several_events_in_one_sentence_and_a_coordinated_verb_shares_its_subject() -> None:
    text = "The envoy arrived in Sylvania and met Richard Roe before the summit."
    events = events_of(text, person(text, "Richard Roe"), country(text, "Sylvania", "SY"))
    assert [e.trigger.text for e in events] == ["arrived in", "met"]  # "the summit": nobody, nowhere, no date
    assert [p.code for p in one(events, "arrived in").where] == ["SY"]
    met = one(events, "met")
    assert {p.name for p in met.who} == {"The envoy", "Richard Roe"}


def test_a_possessive_country_is_the_actor_of_a_nominal_event() -> None:
    text = "Freedonia's invasion of Sylvania shocked the region."
    events = events_of(text, country(text, "Freedonia's", "FD"), country(text, "Sylvania", "SY"))
    invasion = one(events, "invasion")
    assert invasion.kind == "fight"
    assert [p.code for p in invasion.who] == ["FD"]
    assert [p.code for p in invasion.where] == ["SY"]


# --------------------------------------------------------------------------- when


def test_a_past_event_without_a_date_lies_before_publication() -> None:
    text = "Rioters burned cars.\n\nThe army deployed troops."
    deployed = one(events_of(text), "deployed")
    assert deployed.when is not None
    assert deployed.when.value == "PAST_REF"
    assert deployed.when.period is None  # never the publication day
    assert isinstance(deployed.when, DateValue)  # a value no words of the text name: no offsets
    assert not hasattr(deployed.when, "start") and deployed.when.text == ""


def test_a_future_event_without_a_date_lies_after_publication() -> None:
    visit = one(events_of("The king will visit the capital."), "visit")
    assert visit.when is not None and visit.when.value == "FUTURE_REF"


def test_a_dateless_sentence_inherits_the_date_of_the_sentence_before_in_the_same_paragraph() -> None:
    text = "The minister resigned on Monday. She also criticised the budget."
    events = events_of(text, date(text, "Monday", "2031-05-12", dt.date(2031, 5, 12), dt.date(2031, 5, 12)))
    criticised = one(events, "criticised")
    assert criticised.when is not None and criticised.when.value == "2031-05-12"


def test_no_inheritance_across_a_blank_line() -> None:
    text = "The minister resigned on Monday.\n\nShe also criticised the budget."
    events = events_of(text, date(text, "Monday", "2031-05-12", dt.date(2031, 5, 12), dt.date(2031, 5, 12)))
    criticised = one(events, "criticised")
    assert criticised.when is not None and criticised.when.value == "PAST_REF"


def test_the_date_of_the_own_clause_wins_over_another_clause() -> None:
    text = "The council announced on Monday that the mayor will visit the port on Friday."
    events = events_of(
        text,
        date(text, "Monday", "2031-05-12", dt.date(2031, 5, 12), dt.date(2031, 5, 12)),
        date(text, "Friday", "2031-05-16", dt.date(2031, 5, 16), dt.date(2031, 5, 16)),
    )
    assert one(events, "announced").when.value == "2031-05-12"  # type: ignore[union-attr]
    assert one(events, "visit").when.value == "2031-05-16"  # type: ignore[union-attr]


# --------------------------------------------------------------------------- main event


def test_the_headline_event_is_main_and_is_completed_from_the_lead() -> None:
    text = (
        "Doe to visit Sylvania as talks stall\n\n"
        "Foreign Minister Jane Doe will visit Sylvania and Freedonia next week, officials said."
    )
    events = events_of(
        text,
        person(text, "Doe", "Jane Doe"),
        person(text, "Jane Doe"),
        country(text, "Sylvania", "SY"),
        country(text, "Sylvania", "SY", nth=1),
        country(text, "Freedonia", "FD"),
        date(text, "next week", "2031-W21", dt.date(2031, 5, 19), dt.date(2031, 5, 25)),
    )
    main = max(events, key=lambda e: e.salience)
    assert main.trigger.start < text.index("\n")  # the headline's visit
    assert main.kind == "visit"
    assert "Jane Doe" in {p.name for p in main.who}
    assert {p.code for p in main.where} >= {"SY", "FD"}
    assert main.when is not None and main.when.value == "2031-W21"


def test_a_headline_dated_nowhere_falls_on_the_publication_day() -> None:
    text = "Mayor opens new bridge after floods\n\nThe mayor opened the bridge, and crowds cheered."
    main = max(events_of(text), key=lambda e: e.salience)
    assert main.trigger.start < text.index("\n")
    assert main.when is not None and main.when.value == ANCHOR.isoformat()
    assert isinstance(main.when, DateValue) and main.when.period is not None and main.when.period.first == ANCHOR


def test_a_headline_without_a_known_trigger_still_gives_a_main_event() -> None:
    text = "Harbour Authority names new chief\n\nThe board chose a new chief on Tuesday."
    main = max(events_of(text), key=lambda e: e.salience)
    assert main.kind == "report"
    assert "Harbour Authority" in {p.name for p in main.who}


def test_a_text_without_triggers_has_no_events() -> None:
    assert events_of("The weather was pleasant.") == []


# --------------------------------------------------------------------------- through the pipeline


class _Fixed:
    """A plugin that finds fixed mentions, standing in for the built-in extractors."""

    def __init__(self, text: str) -> None:
        self.text = text

    @hookimpl
    def register_date_extractors(self, register: Any) -> None:
        t = self.text
        register(
            lambda doc: [
                date(t, "in 2029", "2029", dt.date(2029, 1, 1), dt.date(2029, 12, 31)),
                date(t, "on Monday", "2031-05-12", dt.date(2031, 5, 12), dt.date(2031, 5, 12)),
            ],
            name="fixed-dates",
        )

    @hookimpl
    def register_people_extractors(self, register: Any) -> None:
        register(lambda doc: [person(self.text, "Jane Doe")], name="fixed-people")


def test_the_pipeline_picks_the_main_event_and_orders_the_timeline() -> None:
    text = "Jane Doe resigned on Monday.\n\nShe had won the election in 2029."
    pipe = Pipeline(plugins=[_Fixed(text), "newskit.extractors.events.plugin"], entry_points=False, strict=True)
    result = pipe.extract(text, published=ANCHOR)
    assert result.main_event is not None and result.main_event.trigger.text == "resigned"
    assert [e.trigger.text for e in result.timeline][:2] == ["won", "election"]
    assert all(e.extractor == "events" for e in result.events)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*"abc XYZ.,:;'\n-", "met ", "visit ", "In ", "He ", "the "]), max_size=60).map("".join))
def test_any_text_gives_events_whose_spans_fit(text: str) -> None:
    doc = prepare(Article.from_text(text, published=ANCHOR))
    for event in build_events(doc, Findings()):
        assert doc.text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert doc.text[event.sentence.start : event.sentence.end] == event.sentence.text
        assert event.kind in lexicon().kinds


@pytest.mark.parametrize("word", ["visits", "visited", "visiting", "held talks", "derailed", "protesters"])
def test_trigger_forms_are_recognised_in_any_inflection(word: str) -> None:
    text = f"The group {word} quickly."
    kinds = [e.kind for e in events_of(text)]
    assert kinds or word == "protesters"


def test_a_dateline_is_a_place_of_the_main_event() -> None:
    text = "Harbour workers strike over pay\n\nPORT AMBER -- Dock workers went on strike on Monday over pay."
    events = events_of(text, date(text, "Monday", "2031-05-12", dt.date(2031, 5, 12), dt.date(2031, 5, 12)))
    main = max(events, key=lambda e: e.salience)
    assert main.trigger.start < text.index("\n")
    assert ("PORT AMBER", "dateline") in {(p.name, p.kind) for p in main.where}
    assert main.when is not None and main.when.value == "2031-05-12"


def test_lead_events_dated_otherwise_do_not_complete_the_main_event() -> None:
    text = (
        "Doe to visit Sylvania next week\n\n"
        "Jane Doe will visit Sylvania next week. She met Richard Roe in Freedonia in January."
    )
    events = events_of(
        text,
        person(text, "Doe", "Jane Doe"),
        person(text, "Jane Doe"),
        person(text, "Richard Roe"),
        country(text, "Sylvania", "SY"),
        country(text, "Sylvania", "SY", nth=1),
        country(text, "Freedonia", "FD"),
        date(text, "next week", "2031-W21", dt.date(2031, 5, 19), dt.date(2031, 5, 25)),
        date(text, "next week", "2031-W21", dt.date(2031, 5, 19), dt.date(2031, 5, 25), nth=1),
        date(text, "January", "2031-01", dt.date(2031, 1, 1), dt.date(2031, 1, 31)),
    )
    main = max(events, key=lambda e: e.salience)
    assert main.kind == "visit"
    assert "Richard Roe" not in {p.name for p in main.who}
    assert {p.code for p in main.where} == {"SY"}


def test_the_docs_list_every_kind_of_the_vocabulary() -> None:
    page = Path(__file__).resolve().parent.parent / "docs" / "events.md"
    if not page.exists():
        pytest.skip(f"the docs are not beside the tests: {page} is absent")
    text = page.read_text(encoding="utf-8")
    for kind in lexicon().kinds.values():
        row = f"| `{kind.name}` | {kind.cameo or '–'}"
        assert row in text, f"docs/events.md lacks the vocabulary row of {kind.name!r}"


def test_a_day_within_the_main_events_week_is_not_another_event() -> None:
    text = (
        "Doe to visit Sylvania next week\n\n"
        "Jane Doe will visit Sylvania next week. She will travel to Port Amber on Tuesday."
    )
    events = events_of(
        text,
        person(text, "Doe", "Jane Doe"),
        person(text, "Jane Doe"),
        country(text, "Sylvania", "SY"),
        country(text, "Sylvania", "SY", nth=1),
        date(text, "next week", "2031-W21", dt.date(2031, 5, 19), dt.date(2031, 5, 25)),
        date(text, "next week", "2031-W21", dt.date(2031, 5, 19), dt.date(2031, 5, 25), nth=1),
        date(text, "Tuesday", "2031-05-20", dt.date(2031, 5, 20), dt.date(2031, 5, 20)),
    )
    main = max(events, key=lambda e: e.salience)
    assert main.when is not None and main.when.value == "2031-W21"
    assert [p.name for p in main.where][:2] == ["Sylvania", "Port Amber"]


def test_meet_needs_someone_to_meet() -> None:
    assert "meet" not in [e.kind for e in events_of("The budget will meet the target.")]
    text = "The envoy met officials in the capital."
    assert [e.kind for e in events_of(text)] == ["meet"]


def test_a_capitalised_trigger_word_inside_a_sentence_is_part_of_a_name() -> None:
    assert events_of("Fans queued for the new Star Wars film.") == []


def test_a_possessive_date_qualifies_its_noun_not_the_verb() -> None:
    text = "The mayor blamed the storm for Monday's flood at a meeting on Wednesday."
    events = events_of(
        text,
        date(text, "Monday", "2031-05-12", dt.date(2031, 5, 12), dt.date(2031, 5, 12)),
        date(text, "Wednesday", "2031-05-14", dt.date(2031, 5, 14), dt.date(2031, 5, 14)),
    )
    assert one(events, "blamed").when.value == "2031-05-14"  # type: ignore[union-attr]


def test_a_noun_takes_a_date_of_its_own_clause_only() -> None:
    text = "The king will visit the port next week, despite the invasion of Sylvania."
    events = events_of(
        text,
        date(text, "next week", "2031-W21", dt.date(2031, 5, 19), dt.date(2031, 5, 25)),
        country(text, "Sylvania", "SY"),
    )
    assert one(events, "visit").when.value == "2031-W21"  # type: ignore[union-attr]
    assert one(events, "invasion").when is None


def test_the_main_event_takes_the_earliest_recent_date_of_its_lead_events() -> None:
    text = (
        "Rebels attack border post\n\n"
        "The toll from the attack on the border post rose on Wednesday. "
        "Officials said the attack on Tuesday night was planned."
    )
    events = events_of(
        text,
        date(text, "Wednesday", "2031-05-14", dt.date(2031, 5, 14), dt.date(2031, 5, 14)),
        date(text, "Tuesday night", "2031-05-13TNI", dt.date(2031, 5, 13), dt.date(2031, 5, 13)),
    )
    main = max(events, key=lambda e: e.salience)
    assert main.trigger.start < text.index("\n")
    assert main.when is not None and main.when.value == "2031-05-13TNI"


def test_a_definite_office_phrase_is_the_last_person_acting() -> None:
    text = "Foreign Minister Jane Doe will visit Sylvania. The minister will hold talks in the capital."
    events = events_of(text, person(text, "Jane Doe"), country(text, "Sylvania", "SY"))
    talks = one(events, "hold talks")
    assert [p.name for p in talks.who] == ["Jane Doe"]  # the phrase names her again: not repeated


def test_a_possessor_acts_in_a_nominal_event_and_historical_adjectives_are_no_places() -> None:
    text = "Former Soviet republics feared Freedonia's invasion of Sylvania."
    events = events_of(
        text,
        country(text, "Soviet", "SU", via="historical"),
        country(text, "Freedonia's", "FD"),
        country(text, "Sylvania", "SY"),
    )
    invasion = one(events, "invasion")
    assert [(p.kind, p.code) for p in invasion.who] == [("country", "FD")]
    assert [p.code for p in invasion.where] == ["SY"]


# --------------------------------------------------------------------------- who: entities, then new phrases


def names(event: Event) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in event.who]


def test_a_phrase_naming_a_listed_entity_is_not_repeated() -> None:
    text = "Foreign Minister Jane Doe will visit Sylvania."
    visit = one(events_of(text, person(text, "Jane Doe"), country(text, "Sylvania", "SY")), "visit")
    assert names(visit) == [("Jane Doe", "person")]


def test_a_phrase_naming_someone_new_is_a_marked_phrase_participant() -> None:
    text = "The envoy met Richard Roe in Port Amber."
    met = one(events_of(text, person(text, "Richard Roe")), "met")
    assert sorted(names(met)) == [("Richard Roe", "person"), ("The envoy", "phrase")]


def test_an_infinitive_shares_the_subject_and_a_phrase_ending_in_a_date_is_no_agent() -> None:
    text = "Jane Doe will travel to Port Amber next week to sign the treaty."
    events = events_of(
        text,
        person(text, "Jane Doe"),
        date(text, "next week", "2031-W21", dt.date(2031, 5, 19), dt.date(2031, 5, 25)),
    )
    sign = one(events, "sign")
    assert names(sign) == [("Jane Doe", "person")]
    assert sign.when is not None and sign.when.value == "2031-W21"


def test_someone_named_before_an_infinitive_acts_in_it() -> None:
    text = "Jane Doe urged Richard Roe to sign the treaty."
    sign = one(events_of(text, person(text, "Jane Doe"), person(text, "Richard Roe")), "sign")
    assert [p.name for p in sign.who] == ["Richard Roe"]


def test_a_purpose_clause_is_no_subject_phrase() -> None:
    text = "Freedonia sent money to help fight the rebels."
    fight = one(events_of(text, country(text, "Freedonia", "FD")), "fight")
    assert names(fight) == [("Freedonia", "country")]
    assert fight.when is None  # "help fight": an infinitive, no tense of its own


@pytest.mark.parametrize(
    ("sentence", "mentions", "agents"),
    [
        ("Crowds marked the Sylvania invasion.", [("Sylvania", "SY", "name")], []),
        ("Crowds feared a Freedonian invasion.", [("Freedonian", "FD", "demonym")], ["FD"]),
        ("Crowds recalled the invasion of Sylvania by Freedonia.", [("Sylvania", "SY", "name"), ("Freedonia", "FD", "name")], ["FD"]),
    ],
)
def test_the_agent_of_a_nominal_event_is_its_possessor_demonym_or_by_phrase(
    sentence: str, mentions: list[tuple[str, str, str]], agents: list[str]
) -> None:
    found = [country(sentence, text, code, via=via) for text, code, via in mentions]
    invasion = one(events_of(sentence, *found), "invasion")
    assert [p.code for p in invasion.who] == agents


def test_a_possessive_pronoun_before_a_noun_is_the_person_acting() -> None:
    text = "Jane Doe visited Sylvania in March, her first trip abroad."
    events = events_of(
        text,
        person(text, "Jane Doe"),
        country(text, "Sylvania", "SY"),
        date(text, "March", "2031-03", dt.date(2031, 3, 1), dt.date(2031, 3, 31)),
    )
    assert [p.name for p in one(events, "trip").who] == ["Jane Doe"]


def test_a_relative_pronoun_refers_to_the_phrase_before_it() -> None:
    text = "Sylvanian officials, who withdrew from the talks, have not commented."
    withdrew = one(events_of(text, country(text, "Sylvanian", "SY", via="demonym")), "withdrew")
    assert names(withdrew) == [("Sylvanian officials", "phrase")]


def test_a_coordinated_present_perfect_shares_the_subject_only_and_no_date_of_another_clause() -> None:
    text = "Jane Doe welcomed Richard Roe to Paris in March and has met other leaders."
    events = events_of(
        text,
        person(text, "Jane Doe"),
        person(text, "Richard Roe"),
        country(text, "Paris", "FR", via="capital"),
        date(text, "March", "2031-03", dt.date(2031, 3, 1), dt.date(2031, 3, 31)),
    )
    met = one(events, "met")
    assert [p.name for p in met.who] == ["Jane Doe"]
    assert met.when is not None and met.when.value == "PAST_REF"
    assert one(events, "welcomed").when.value == "2031-03"  # type: ignore[union-attr]


def test_an_event_with_no_who_where_or_when_is_left_out_unless_it_is_the_headline() -> None:
    assert events_of("Prices rose after riots.") == []
    text = "Riots\n\nPrices rose."
    assert [e.trigger.text for e in events_of(text)] == ["Riots"]


def test_a_town_after_a_preposition_is_a_place_not_an_actor() -> None:
    text = "Jane Doe will travel to Port Amber to sign the treaty."
    events = events_of(text, person(text, "Jane Doe"), country(text, "Port Amber", "SY", via="capital"))
    assert [p.name for p in one(events, "sign").who] == ["Jane Doe"]
    assert [p.kind for p in one(events, "travel to").who] == ["person"]


def test_a_subdivision_named_like_a_big_city_is_that_city() -> None:
    text = "Ministers met officials in Istanbul and in Texas."
    events = events_of(
        text, country(text, "Istanbul", "TR", via="subdivision"), country(text, "Texas", "US", via="subdivision")
    )
    assert [(p.name, p.kind) for p in one(events, "met").where] == [("Istanbul", "city"), ("Texas", "region")]


# --------------------------------------------------------------------------- main event: who first, places of its time


def test_the_main_event_lists_acting_countries_first_and_not_as_places() -> None:
    text = "Ministers agree grain deal\n\nMinisters from Freedonia and Sylvania agreed on Monday to extend the deal."
    events = events_of(
        text,
        country(text, "Freedonia", "FD"),
        country(text, "Sylvania", "SY"),
        date(text, "Monday", "2031-05-12", dt.date(2031, 5, 12), dt.date(2031, 5, 12)),
    )
    main = max(events, key=lambda e: e.salience)
    assert main.trigger.text == "agree"
    assert names(main) == [("Ministers", "group"), ("Freedonia", "country"), ("Sylvania", "country")]
    assert main.where == ()
    assert main.when is not None and main.when.value == "2031-05-12"


def test_a_lead_sentence_dated_otherwise_lends_no_place() -> None:
    text = (
        "Doe to sign treaty\n\n"
        "Jane Doe will sign the treaty in Port Amber on Friday. "
        "The port opened in 2029 and serves Freedonia."
    )
    events = events_of(
        text,
        person(text, "Doe", "Jane Doe"),
        person(text, "Jane Doe"),
        country(text, "Freedonia", "FD"),
        date(text, "Friday", "2031-05-16", dt.date(2031, 5, 16), dt.date(2031, 5, 16)),
        date(text, "in 2029", "2029", dt.date(2029, 1, 1), dt.date(2029, 12, 31)),
    )
    main = max(events, key=lambda e: e.salience)
    assert main.trigger.text == "sign" and main.trigger.start < text.index("\n")
    assert [p.name for p in main.where] == ["Port Amber"]


def test_a_verb_phrase_is_no_subject_phrase_and_a_headline_noun_takes_one_only_at_its_start() -> None:
    text = (
        "Seven dead after collision\n\nSome officials involved in the inquiry resigned. "
        "Brokers accused of fraud and involved in the sale agreed to pay."
    )
    events = events_of(text)
    assert names(one(events, "dead")) == [("Seven", "phrase")]
    assert one(events, "collision").who == ()
    assert names(one(events, "resigned")) == [("Some officials involved in the inquiry", "phrase")]
    assert all(p.kind != "phrase" for p in one(events, "agreed").who)  # "involved in the sale": a verb phrase


def test_a_participle_after_a_comma_shares_the_subject_and_a_passive_agent_is_no_place() -> None:
    text = (
        "Four killed in a Northern Front raid\n\n"
        "A Northern Front fighter rammed a truck into a wall in the city of Port Amber, killing four guards."
    )
    events = events_of(text)
    killing = one(events, "killing")
    assert [p.name for p in killing.who] == ["Northern Front"]  # not the city
    main = max(events, key=lambda e: e.salience)
    assert main.trigger.text == "killed"
    assert "Northern Front" in {p.name for p in main.who}
    assert "Northern Front" not in {p.name for p in main.where}
    assert "Port Amber" in {p.name for p in main.where}


@pytest.mark.parametrize("aux", ["hasn't", "hasn’t", "didn't"])
def test_a_negated_auxiliary_is_no_part_of_the_subject_phrase(aux: str) -> None:
    text = f"The price {aux} changed."
    changed = one(events_of(text), "changed")
    assert names(changed) == [("The price", "phrase")]
    assert changed.when is not None and changed.when.value == "PAST_REF"


# --------------------------------------------------------------------------- the main event: actors, what


def main_of(text: str, *mentions: Any) -> Event:
    events = events_of(text, *mentions)
    assert events, "no event"
    return max(events, key=lambda e: e.salience)


def actors(event: Event) -> list[tuple[str, str]]:
    return [(p.name, str(p.kind)) for p in event.who]


@pytest.mark.parametrize(
    ("headline", "lead", "make", "who"),
    [
        ("Jane Doe opens new bridge", "The mayor opened the bridge on Tuesday.",
         lambda t: [person(t, "Jane Doe")], [("Jane Doe", "person")]),
        ("Acme Holdings cuts 300 jobs", "The firm said it would close two plants.",
         lambda t: [organization(t, "Acme Holdings")], [("Acme Holdings", "organization")]),
        ("Freedonia closes its border", "The government gave no reason.",
         lambda t: [country(t, "Freedonia", "FD")], [("Freedonia", "country")]),
        ("Firefighters rescue cat from chimney", "Two firefighters climbed onto the roof.",
         lambda t: [], [("Firefighters", "phrase")]),
        ("Three students win science prize", "Their robot sorts waste by colour.",
         lambda t: [], [("Three students", "phrase")]),
        ("The bus driver hailed as hero", "Passengers thanked him.",
         lambda t: [], [("The bus driver", "phrase")]),
    ],
)
def test_the_main_event_names_its_actor_of_every_class(
    headline: str, lead: str, make: Any, who: list[tuple[str, str]]
) -> None:
    text = f"{headline}\n\n{lead}"
    main = main_of(text, *make(text))
    assert main.trigger.start < len(headline)  # the headline's event
    assert actors(main)[:1] == who


def test_an_armed_man_after_by_is_the_actor_and_the_subject_undergoes() -> None:
    text = "The mayor was attacked by an armed man outside the town hall."
    attack = one(events_of(text), "attacked")
    assert actors(attack) == [("an armed man", "phrase")]
    assert [p.name for p in attack.whom] == ["The mayor"]


def test_a_passive_with_no_agent_names_no_actor_but_whom() -> None:
    text = "The coach chose his squad for the final. Tom Hale was denied a place in it."
    s, e = at(text, "Tom Hale")
    denied = one(events_of(text, PersonMention(text="Tom Hale", start=s, end=e, name="Tom Hale")), "denied")
    assert denied.who == () and [p.name for p in denied.whom] == ["Tom Hale"]  # no "reject: Tom Hale"


def test_a_main_event_where_no_one_acts_names_those_it_happened_to() -> None:
    main = main_of("Driver arrested after tram crash\n\nOfficers did not name the driver.")
    assert main.trigger.text == "arrested" and actors(main) == [("Driver", "phrase")]


def test_what_is_the_verb_phrase_in_at_most_six_words_not_the_headline() -> None:
    headline = "Regional airline expands its routes to three more northern cities this spring"
    main = main_of(f"{headline}\n\nThe carrier said demand had grown.")
    assert main.what == "expands its routes"  # six words would cut "to three more northern cities"
    assert len(main.what.split()) <= 6 and main.what != headline
    assert main.action is not None and main.action.text == main.what


def test_what_ends_before_a_preposition_it_would_cut_and_before_a_date() -> None:
    text = "Jane Doe meets with John Roe at the Grand Palace on Friday."
    main = main_of(text, person(text, "Jane Doe"), person(text, "John Roe"))
    assert main.what == "meets with John Roe"


def test_a_headline_verb_unknown_to_the_lexicon_between_two_names_gives_who_and_whom() -> None:
    text = "Jane Doe snubs John Roe\n\nThe two did not shake hands."
    main = main_of(text, person(text, "Jane Doe"), person(text, "John Roe"))
    assert actors(main) == [("Jane Doe", "person")]
    assert [p.name for p in main.whom] == ["John Roe"] and main.what == "snubs John Roe"


def test_a_two_party_event_has_who_and_whom_and_a_meeting_has_both_as_who() -> None:
    text = "Police arrested Jane Doe in Port Amber."
    arrest = one(events_of(text, person(text, "Jane Doe")), "arrested")
    assert actors(arrest) == [("Police", "group")] and [p.name for p in arrest.whom] == ["Jane Doe"]
    text = "Jane Doe met John Roe in Port Amber."
    met = one(events_of(text, person(text, "Jane Doe"), person(text, "John Roe")), "met")
    assert sorted(p.name for p in met.who) == ["Jane Doe", "John Roe"] and met.whom == ()


def test_the_speaker_of_a_reporting_verb_is_not_the_actor_of_what_was_said() -> None:
    text = "Jane Doe said a gunman attacked two guards at the depot."
    attack = one(events_of(text, person(text, "Jane Doe")), "attacked")
    assert actors(attack) == [("a gunman", "phrase")]


def test_negation_is_marked_on_verbs_and_on_a_verb_governing_a_noun_trigger() -> None:
    assert one(events_of("The minister did not attend the summit in Port Amber."), "summit").negated
    text = "Jane Doe never visited Freedonia."
    visit = one(events_of(text, person(text, "Jane Doe"), country(text, "Freedonia", "FD")), "visited")
    assert visit.negated
    assert not one(events_of("The envoy visited the port."), "visited").negated


def test_a_place_phrase_is_not_an_actor() -> None:
    text = "In Port Amber, firefighters rescued two children from a flooded cellar."
    rescue = one(events_of(text), "rescued")
    assert actors(rescue) == [("firefighters", "phrase")]
    assert [(p.name, p.kind) for p in rescue.where] == [("Port Amber", PlaceKind.PLACE)]


def test_an_accident_verb_with_an_object_is_no_accident() -> None:
    assert "accident" not in [e.kind for e in events_of("The home side overturned a 3-1 deficit in the second half.")]
    assert [e.kind for e in events_of("A lorry overturned on the bypass.")] == ["accident"]


def test_a_capital_by_position_is_no_name_when_the_article_writes_the_word_in_lower_case() -> None:
    main = main_of("Sluggish demand hits steel output\n\nOutput fell as demand stayed sluggish.")
    assert actors(main) == [("Sluggish demand", "phrase")]


def test_kinds_are_enums_and_strings_still_compare() -> None:
    text = "Jane Doe visited Freedonia."
    visit = one(events_of(text, person(text, "Jane Doe"), country(text, "Freedonia", "FD")), "visited")
    assert visit.who[0].kind is ParticipantKind.PERSON and visit.who[0].kind == "person"
    assert visit.where[0].kind is PlaceKind.COUNTRY


def test_a_word_between_a_demonym_and_a_country_is_no_headline_verb() -> None:
    text = "Explosion outside Freedonian consulate in Sylvania\n\nWitnesses heard a loud bang."
    mentions = [country(text, "Freedonian", "FD", via="demonym"), country(text, "Sylvania", "SY")]
    assert "report" not in [e.kind for e in events_of(text, *mentions)]


def test_an_ing_form_after_a_determiner_is_a_noun_event_of_the_verb_governing_it() -> None:
    meeting = one(events_of("The mayor did not attend the meeting with officials."), "meeting with")
    assert meeting.what == "attend the meeting with officials" and meeting.negated
    assert actors(meeting) == [("The mayor", "phrase")]


def test_an_organisation_after_a_locative_preposition_is_where_it_happened() -> None:
    text = "Senators meet at the White House\n\nThe senators met the president at the White House on Monday."
    result = newskit.extract(text, published="2024-03-06")
    assert "White House" in [o.name for o in result.organizations]
    assert result.main_event is not None
    assert [p.name for p in result.main_event.where] == ["White House"]


def test_reference_dates_are_shared_per_day_and_the_cache_is_bounded() -> None:
    from newskit.extractors.events import when

    first = when.reference_date("past", 10, ANCHOR)
    again = when.reference_date("future", 99, ANCHOR)
    assert first is not None and first.value == "PAST_REF" and first.anchor == ANCHOR
    assert again is not None and again.value == "FUTURE_REF"
    assert when.reference_date("past", 0, ANCHOR) is first  # one frozen value per tense and day
    assert when.reference_date(None, 0, ANCHOR) is None
    present = when.reference_date("present", 0, ANCHOR)
    assert present is not None and present.period == Period(first=ANCHOR, last=ANCHOR)
    day = when.publication_date(0, ANCHOR)
    assert day.value == ANCHOR.isoformat() and when.publication_date(5, ANCHOR) is day
    for days in range(when.DATE_CACHE_SIZE + 10):
        when.reference_date("past", 0, ANCHOR - dt.timedelta(days=days))
    assert when._reference.cache_info().currsize <= when.DATE_CACHE_SIZE


def test_a_main_event_the_lead_adds_nothing_to_stays_as_it_is() -> None:
    from newskit.extractors.events import complete_main_event
    from newskit.models import Participant, Place, Span

    text = "Ann Lee visited Peru on Monday."
    doc = prepare(Article(text=text, published=ANCHOR))
    span = Span(text="visited", start=8, end=15)
    monday = DateMention(text="Monday", start=20, end=26, value="2031-05-12", period=Period(first=ANCHOR - dt.timedelta(days=3), last=ANCHOR - dt.timedelta(days=3)))
    main = Event(kind="visit", trigger=span, sentence=span, who=[Participant(name="Ann Lee")], where=[Place(name="Peru", code="PE")], when=monday)
    assert complete_main_event(doc, main, "past", [], []) is main  # nothing to add: no copy
    grown = complete_main_event(doc, main, "past", [], [Place(name="Lima", code="PE")])
    assert grown is not main and [p.name for p in grown.where] == ["Peru", "Lima"] and grown.who == main.who
