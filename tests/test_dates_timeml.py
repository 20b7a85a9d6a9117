"""The TimeML conventions of issue 16, one class at a time, on sentences written for these tests.

Each case: a sentence, the expression expected in it, the publication day, the TIMEX3 value and type.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newskit.extractors.dates import tag
from test_dates_table import check_case, find_expression

WED = dt.date(2019, 6, 5)  # a Wednesday
D, T, P, S = "DATE", "TIME", "DURATION", "SET"

CASES: list[tuple[str, str, dt.date, str, str]] = [
    # --- clock times with a zone: the zone is part of the expression
    ("Polls close at 9 p.m. ET tonight.", "9 p.m. ET", WED, "2019-06-05T21:00", T),
    ("The match kicks off at 19:45 BST.", "19:45 BST", WED, "2019-06-05T19:45", T),
    ("Markets in Tokyo opened at 9:00 JST.", "9:00 JST", WED, "2019-06-05T09:00", T),
    ("The embargo lifts at 10 a.m. CEST.", "10 a.m. CEST", WED, "2019-06-05T10:00", T),
    # --- a four-digit 24-hour clock with GMT or UTC
    ("Trading resumed at 0930 GMT.", "0930 GMT", WED, "2019-06-05T09:30", T),
    ("The oil price had fallen by 1400 UTC.", "1400 UTC", WED, "2019-06-05T14:00", T),
    # ... or "local time" (not the year 1700)
    ("The show airs from 1700 local time.", "1700", WED, "2019-06-05T17:00", T),
    ("The ferry sank at 0315 local time on Sunday.", "0315", WED, "2019-06-02T03:15", T),
    # --- the day a clock time is on: named after it, past a bracketed conversion or "local time"
    ("The ferry sank at 6 a.m. (0400 GMT) on Saturday.", "6 a.m.", WED, "2019-06-01T06:00", T),
    ("The quake struck at 11 p.m. local time on Monday.", "11 p.m.", WED, "2019-06-03T23:00", T),
    ("The vote closed at 5 p.m. EDT on Tuesday.", "5 p.m. EDT on Tuesday", WED, "2019-06-04T17:00", T),
    # --- ... or named just before it
    ("The board met on Monday at 4 p.m. to decide.", "4 p.m.", WED, "2019-06-03T16:00", T),
    ("Doors opened on Saturday, June 1, at 8 a.m.", "8 a.m.", WED, "2019-06-01T08:00", T),
    # --- a date and its time in one expression
    ("Posted Monday, June 3, 2019, 4:10 PM", "Monday, June 3, 2019, 4:10 PM", WED, "2019-06-03T16:10", T),
    ("Last updated: 2 June 2019, 18:30 BST", "2 June 2019, 18:30 BST", WED, "2019-06-02T18:30", T),
    ("The deadline passed on May 30 5pm.", "May 30 5pm", WED, "2019-05-30T17:00", T),
    # --- sets: "every" with a count
    ("Buses leave every 15 minutes.", "every 15 minutes", WED, "PT15M", S),
    ("The council meets every two weeks.", "every two weeks", WED, "P2W", S),
    ("A census is taken every ten years.", "every ten years", WED, "P10Y", S),
    ("She works every other Sunday.", "every other Sunday", WED, "XXXX-WXX-7", S),
    # --- a present-tense verb of a scheduled event points ahead
    ("The summit opens on Monday in Brussels.", "Monday", WED, "2019-06-10", D),
    ("The offer expires Friday, the bank says.", "Friday", WED, "2019-06-07", D),
    ("The exhibition closes in January.", "January", WED, "2020-01", D),
    # ... but only in its own clause: "who visits" does not make "said on Monday" a coming day
    ("A man who visits the clinic said on Monday that he was well.", "Monday", WED, "2019-06-03", D),
    # --- sets written as one word
    ("The library opens weekends only.", "weekends", WED, "XXXX-WXX-WE", S),
    ("The newsletter comes out fortnightly.", "fortnightly", WED, "P2W", S),
    # --- a present-tense clause ("is") takes the nearer month, ahead or behind
    ("The election is in November.", "November", WED, "2019-11", D),
    ("The festival is in February, and it is busy.", "February", WED, "2019-02", D),
    # --- "the next day", "that same day" count from the day the text named last
    ("He was arrested on May 12 and charged the next day.", "the next day", WED, "2019-05-13", D),
    ("She landed on Friday and left the following morning.", "the following morning", WED, "2019-06-01TMO", T),
    ("The bridge was closed on Monday and reopened that same day.", "that same day", WED, "2019-06-03", D),
    ("The talks will resume the next day.", "the next day", WED, "2019-06-06", D),
    # --- a weekday joined to a plural one shares its set reading ("Monday and Tuesday nights": both nights, weekly)
    ("The ferry sails on Monday and Tuesday nights in summer.", "Monday", WED, "XXXX-WXX-1TNI", S),
    ("The ferry sails on Monday and Tuesday nights in summer.", "Tuesday nights", WED, "XXXX-WXX-2TNI", S),
    ("The market runs Friday or Saturdays.", "Friday", WED, "XXXX-WXX-5", S),
    ("They met on Monday and Tuesday.", "Monday", WED, "2019-06-03", D),  # two single days: no set
    # --- plural seasons counted back or ahead are a set of those seasons
    ("Riots have flared for the past three summers.", "the past three summers", WED, "XXXX-SU", S),
    ("The lake froze over in the last two winters.", "the last two winters", WED, "XXXX-WI", S),
    # --- an approximator or an open end after the expression belongs to it
    ("The plant will close over the next year or so.", "the next year or so", WED, "2020", D),
    ("Repairs will take two months or so.", "two months or so", WED, "P2M", P),
    ("The line will not open until 2031 or later.", "2031 or later", WED, "2031", D),
    ("The plan covers 2025 and beyond.", "2025 and beyond", WED, "2025", D),
    # --- "post-" and "pre-" joined to a year belong to it
    ("Exiles fled the post-1959 politics.", "post-1959", WED, "1959", D),
    ("Maps of pre-1914 Europe were shown.", "pre-1914", WED, "1914", D),
    # --- "future" before a plural unit is the time ahead, as "coming" is
    ("The credits will cut taxes in future quarters.", "future quarters", WED, "FUTURE_REF", D),
    ("Prices may rise in coming years.", "coming years", WED, "FUTURE_REF", D),
    # --- a stretch of time of no stated length after "for"
    ("Troops will stay for a while.", "a while", WED, "PXX", P),
    ("Troops will stay for a fairly lengthy period.", "a fairly lengthy period", WED, "PXX", P),
    # --- "the weeks ahead", "over the years": a stretch of no stated length, to or from now
    ("Funds may sell bonds in the weeks ahead.", "the weeks ahead", WED, "PXW", P),
    ("Over the years, the village shrank.", "the years", WED, "PXY", P),
    # --- "at a later date": some time ahead
    ("The rest will be sold at a later date.", "a later date", WED, "FUTURE_REF", D),
    # --- "this coming" before a weekday with its date is part of the one expression
    ("The parade is this coming Sunday, June 9.", "this coming Sunday, June 9", WED, "2019-06-09", D),
    # --- "the last half of" what follows belongs to it, in a quarterly report too
    ("Quarterly sales kept the trend of the last half of the '80s.", "the last half of the '80s", WED, "198", D),
    # --- "the corresponding period last year" in a quarterly report: the report's quarter, a year back
    (
        "Third-quarter profit fell to $5 million from $7 million in the corresponding period last year.",
        "the corresponding period last year",
        dt.date(2019, 10, 24),
        "2018-Q3",
        D,
    ),
    ("For the quarter a year ago, the bank earned $2 million.", "the quarter a year ago", WED, "2018-Q1", D),
    # --- a part of day with no day word: the day just named, else the publication day
    ("By mid-afternoon, the police had left.", "mid-afternoon", WED, "2019-06-05TAF", T),
    ("Shares fell on Monday. Dealers sold in the morning.", "the morning", WED, "2019-06-03TMO", T),
    # --- "<unit>-long" with no number is one such unit
    ("Lawyers left their day-long meeting.", "day-long", WED, "P1D", P),
    ("The union began a week-long strike.", "week-long", WED, "P1W", P),
    # --- an amount used as an adjective leaves "the" out, written with a hyphen or without
    ("Crowds came for the two day rally.", "two day", WED, "P2D", P),
    ("Crowds came for the two-day rally.", "two-day", WED, "P2D", P),
    ("The four days of talks ended.", "The four days", WED, "P4D", P),
    # --- "the first two quarters of 1990" is the first half of that year
    ("Sales will stay weak through the first two quarters of 2020.", "the first two quarters of 2020", WED, "2020-H1", D),
    ("Costs rose in the last two quarters of the year.", "the last two quarters of the year", WED, "2019-H2", D),
    # --- "the day before" or "after" a named day is one expression, a day off it
    ("The day before last Tuesday's hearing, he flew home.", "The day before last Tuesday", WED, "2019-06-03", D),
    ("Shops reopen the day after May 12.", "the day after May 12", WED, "2019-05-13", D),
    # --- "the previous Friday", "the following Thursday": counted from the day named last
    ("Shares fell on Friday, down 4% from the previous Friday.", "the previous Friday", WED, "2019-05-24", D),
    ("He landed on Monday, June 3, and left the following Thursday.", "the following Thursday", WED, "2019-06-06", D),
    ("Shares were lower than the previous Friday.", "the previous Friday", WED, "2019-05-31", D),
    # --- a capitalised season that is no name
    ("Prices rose in Spring 2018.", "Spring 2018", WED, "2018-SP", D),
    ("In Summer, the city empties.", "Summer", WED, "2019-SU", D),
    # --- "the present" as the present time
    ("The exhibition covers 1900 to the present.", "the present", WED, "PRESENT_REF", D),
    ("The present is what matters, she said.", "The present", WED, "PRESENT_REF", D),
    # --- the present tense of a scheduled event, in the plural too, points a weekday ahead
    ("The leaders meet Monday in Brussels.", "Monday", WED, "2019-06-10", D),
    ("Voters go to the polls on Sunday.", "Sunday", WED, "2019-06-09", D),
    ("The team plays the champions on Saturday.", "Saturday", WED, "2019-06-08", D),
    # ... but not as a noun or after "did not", "failed to"
    ("The vote on Monday was close.", "Monday", WED, "2019-06-03", D),
    ("The envoys did not meet Monday.", "Monday", WED, "2019-06-03", D),
    ("The envoys failed to meet Monday.", "Monday", WED, "2019-06-03", D),
    # ... nor a verb after the day: "Friday's close", "which holds"
    ("Shares fell after Friday's close, which holds for the week.", "Friday", WED, "2019-05-31", D),
    # --- "is" before a weekday: the coming one ("the summit is on Friday")
    ("The final is on Saturday.", "Saturday", WED, "2019-06-08", D),
    ("The runner-up, who is from Kenya, won on Saturday.", "Saturday", WED, "2019-06-01", D),
    # --- "a year later" counts from the date the story named last
    ("In 2005, she moved to Paris. A year later, she married.", "A year later", WED, "2006", D),
    ("The plant opened in May 2010 and closed two years later.", "two years later", WED, "2012", D),
    ("A year later, the plant will close.", "A year later", WED, "2020", D),  # no date before: from now
    # --- "since" before a month or weekday: a time that has begun
    ("Since July, prices have doubled.", "July", WED, "2018-07", D),
    ("The border is shut since Thursday.", "Thursday", WED, "2019-05-30", D),
    # --- a clock time, then its date with the year: one expression
    ("Updated 9:43 AM ET, Wednesday March 13, 2013", "9:43 AM ET, Wednesday March 13, 2013", WED, "2013-03-13T09:43", T),
    ("The offer expires at 5 p.m. EST, Nov. 6, 2019.", "5 p.m. EST, Nov. 6, 2019", WED, "2019-11-06T17:00", T),
]

NOT_DATES: list[tuple[str, str]] = [
    # a time restated in another zone inside brackets is the same time: only the first is tagged
    ("Fighting resumed at 7 a.m. (0500 GMT).", "0500 GMT"),
    # names that hold a date word
    ("Photo: Jane Roe, USA TODAY Sports", "TODAY"),
    ("She told USA Today the plan had failed.", "Today"),
    # "present" as an adjective
    ("The present government took office in 2017.", "The present"),
    ("Officials blamed the present crisis on the drought.", "the present"),
    # a name made of a weekday and a part of day
    ("Fans watched Monday Night Football at the bar.", "Monday Night"),
    ("Fans watched Monday Night Football at the bar.", "Monday"),
    # a capitalised season or weekday that opens a name
    ("Skiers trained for the Winter Olympics in Korea.", "the Winter"),
    ("Skiers trained for the Winter Olympics in Korea.", "Winter"),
    ("The Summer Palace drew tourists.", "Summer"),
    ("The Sunday Telegraph printed the letter.", "Sunday"),
    # "post" as a verb before a year is no modifier
    ("The firm will post 2018 results.", "post 2018"),
    # "future" before a noun that is no unit of time
    ("Analysts doubt future demand for cars.", "future demand"),
    ("Analysts doubt future demand for cars.", "future"),
    # the unit of a rate after an amount of time is no length of its own
    ("Guards watch the house 24 hours a day.", "a day"),
    ("The clinic opens seven days a week.", "a week"),
    # "a while" not after "for" measures nothing
    ("A while ago the plant closed.", "A while"),
    ("A brief period of calm followed.", "A brief period"),
    # "the day before the vote" is counted from an event: left out
    ("Polls closed on the day before the vote.", "the day before the vote"),
    # "the weeks before" an event is counted from the event: left out
    ("Police watched the house in the weeks before the raid.", "the weeks"),
    # a part of day as an adjective, or as a habit with no day named
    ("Police made an early morning raid.", "early morning"),
    ("He always runs in the morning.", "the morning"),
    # a plural "falls" without a count is water
    ("Tourists watched the last falls of the river.", "the last falls"),
    # "that same day" after a month has no day to count from
    ("The mayor resigned last October and left town that same day.", "that same day"),
]


@pytest.mark.parametrize(("sentence", "expression", "anchor", "value", "kind"), CASES)
def test_timeml_case(sentence: str, expression: str, anchor: dt.date, value: str, kind: str) -> None:
    check_case(sentence, expression, anchor, value, kind)


@pytest.mark.parametrize(("sentence", "expression"), NOT_DATES)
def test_not_a_date(sentence: str, expression: str) -> None:
    assert expression not in [m.text for m in tag(sentence, WED)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She coached the team in the 2016-17 season.", [("2016", "2016"), ("17", "2017")]),
        ("The 2020/21 budget was cut.", [("2020", "2020"), ("21", "2021")]),
        ("Revenue for 1999-00 fell.", [("1999", "1999"), ("00", "2000")]),
        ("He served from 2004-2009.", [("2004", "2004"), ("2009", "2009")]),
        ("Codes 2010-45 and 2010-10 are in use.", []),  # no following year: no range of years
        # a range of several years with a two-digit end, after "from", "between"...
        ("She taught from 1983-89 in Leeds.", [("1983", "1983"), ("89", "1989")]),
        ("Pupils born between 2004-07 may enter.", [("2004", "2004"), ("07", "2007")]),
        ("The vote was 2012-48 against.", []),  # no opening word, no following year: a tally
    ],
)
def test_year_ranges_give_each_year(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(sentence, WED)] == expected


def test_a_zone_word_alone_is_no_clock() -> None:
    # "ET" or "BST" without a clock time before it is not a time
    assert tag("The ET Group and BST Ltd merged.", WED) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day the story is about, named a sentence before in the same paragraph
        ("On Monday the talks failed. Officials left at 6 p.m.", "2019-06-03T18:00"),
        ("The storm hit on May 30. At 10 p.m., the power failed.", "2019-05-30T22:00"),
        # no day before it in the paragraph: the publication day
        ("On Monday the talks failed.\n\nOfficials left at 6 p.m.", "2019-06-05T18:00"),
        ("Officials left at 6 p.m.", "2019-06-05T18:00"),
        # a time ahead is not on the day the story named
        ("On Monday the talks failed. They will resume at 6 p.m.", "2019-06-05T18:00"),
    ],
)
def test_a_time_of_day_alone_takes_the_day_under_discussion(text: str, value: str) -> None:
    (time,) = [m for m in tag(text, WED) if m.kind == "TIME"]
    assert time.value == value


@pytest.mark.parametrize(
    ("sentence", "expression", "mod"),
    [
        ("The plant will close over the next year or so.", "the next year or so", "APPROX"),
        ("The line will not open until 2031 or later.", "2031 or later", "ON_OR_AFTER"),
        ("The fault dates from March or earlier.", "March or earlier", "ON_OR_BEFORE"),
    ],
)
def test_a_trailing_approximator_or_open_end_sets_the_modifier(sentence: str, expression: str, mod: str) -> None:
    assert find_expression(tag(sentence, WED), expression).mod == mod


def test_an_open_end_needs_a_point_and_a_plain_comparison_stays_outside() -> None:
    assert [m.text for m in tag("It took two years or later, they said.", WED)] == ["two years"]
    assert [m.text for m in tag("He left in 2015 or later than that.", WED)] == ["2015"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the first end takes the half of the day of the second, and both ends the day either names
        (
            "The fair will be held Saturday from 9:30 to 11:45 a.m. in the hall.",
            [("Saturday", "2019-06-08"), ("9:30", "2019-06-08T09:30"), ("11:45 a.m.", "2019-06-08T11:45")],
        ),
        (
            "Visitors may call on Monday from 5 to 7 p.m. at the chapel.",
            [("Monday", "2019-06-03"), ("5", "2019-06-03T17:00"), ("7 p.m.", "2019-06-03T19:00")],
        ),
        ("The clinic runs from 10 to 2 p.m.", [("10", "2019-06-05T10:00"), ("2 p.m.", "2019-06-05T14:00")]),
        (
            "The sale will run from 8 a.m. to 3 p.m. Saturday.",
            [("8 a.m.", "2019-06-08T08:00"), ("3 p.m. Saturday", "2019-06-08T15:00")],
        ),
        (
            "Auditions are on Thursday, June 13, from 6 p.m. to 9 p.m.",
            [("Thursday, June 13", "2019-06-13"), ("6 p.m.", "2019-06-13T18:00"), ("9 p.m.", "2019-06-13T21:00")],
        ),
        ("The shop is open 4:15-6 p.m. daily.", [("4:15", "2019-06-05T16:15"), ("6 p.m.", "2019-06-05T18:00"), ("daily", "P1D")]),
    ],
)
def test_a_range_of_clock_times_gives_both_ends_on_one_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(sentence, WED)] == expected


@pytest.mark.parametrize(
    "sentence",
    ["Tickets rose from $5 to 7 p.m. prices.", "The Hawks won 3-6 p.m. games.", "He lost 7 to 9 p.m. viewers."],
)
def test_a_bare_number_before_a_clock_time_is_no_range_end(sentence: str) -> None:
    assert len(tag(sentence, WED)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the day before" ending its clause is the previous day of the day the text named last
        ("The mill shut on Monday. Its owner had sold it the day before.", [("Monday", "2019-06-03"), ("the day before", "2019-06-02")]),
        ("Fans queued on June 1; most had arrived the night before, she said.", [("June 1", "2019-06-01"), ("the night before", "2019-05-31TNI")]),
        ("The bridge reopened on Friday, a fortnight after a crash the week before.", [("Friday", "2019-05-31"), ("a fortnight", "P2W"), ("the week before", "2019-W21")]),
        # with an event after it, it is anchored on that event: left out
        ("She was seen the day before the vote.", []),
        ("He called the night before he left.", []),
    ],
)
def test_the_day_before_ending_a_clause_is_the_previous_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, WED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by" and a day in a clause told in the simple past: a day that has come
        ("The driver changed his account by Monday, police said.", ("Monday", "2019-06-03")),
        ("Most of the repairs were finished by April.", ("April", "2019-04")),
        # a deadline still lies ahead after a modal, an infinitive or a passive infinitive
        ("The repairs should be finished by Monday.", ("Monday", "2019-06-10")),
        ("The board asked the firm to reply by July 2.", ("July 2", "2019-07-02")),
        ("The bridge is expected to be rebuilt by March.", ("March", "2020-03")),
    ],
)
def test_by_a_day_in_a_past_clause_is_past(text: str, expected: tuple[str, str]) -> None:
    assert [(m.text, m.value) for m in tag(text, WED)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption that lost its full stop: after "on" or "since" the weekday is a day
        ("Mourners gathered at the church on Saturday Candles were lit for the victims", [("Saturday", "2019-06-01")]),
        ("The road has been shut since Monday Engineers say repairs will take weeks", [("Monday", "2019-06-03")]),
        # names stay names
        ("He read it in the Sunday Times.", []),
        ("She starred on Monday Night Football.", []),
    ],
)
def test_a_weekday_after_on_is_a_day_before_a_capitalised_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, WED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a four-digit house number before a street name is no year
        ("A man of 1842 Willow St. was arrested.", []),
        ("The fire began at 2019 Harbor View Drive.", []),
        # after "in", "since"... it is a year even so
        ("In 1995 Main Street was widened.", [("1995", "1995")]),
        ("The 2008 Olympic Games opened.", [("2008", "2008")]),
    ],
)
def test_a_house_number_is_no_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, WED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reference word in a title or a compound adjective is no time
        ("She chairs the Future Leaders of Ohio club.", []),
        ("Engineers replaced the high-current cables.", []),
        ("Danger is ever-present on the pass.", []),
        # as a time it stays
        ("The plant may close in the future.", [("the future", "FUTURE_REF")]),
    ],
)
def test_a_reference_word_in_a_title_or_compound_is_no_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, WED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time takes the day of the day word after it (each a mention)
        ("The judge ruled at 3 p.m. yesterday.", [("3 p.m.", "2019-06-04T15:00"), ("yesterday", "2019-06-04")]),
        ("The polls close at 8pm today.", [("8pm", "2019-06-05T20:00"), ("today", "2019-06-05")]),
        ("Smoke was seen at 7:45 this morning.", [("7:45", "2019-06-05T07:45"), ("this morning", "2019-06-05TMO")]),
        ("The siren sounded at 10:20 last night.", [("10:20", "2019-06-04T22:20"), ("last night", "2019-06-04TNI")]),
        ("He was still awake at 2:15 in the morning.", [("2:15 in the morning", "2019-06-05T02:15")]),
    ],
)
def test_a_clock_time_takes_the_day_word_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value) for m in tag(text, WED)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an irregular past sets the tense as a verb in -ed does
        ("The family drove to the coast on Oct. 14.", ("Oct. 14", "2018-10-14")),
        ("Shoppers spent heavily at Christmas.", ("Christmas", "2018-12-25")),
        # a participle after "is" or "are" is a passive in the present: the nearer month
        ("The appeal will fail if the case is heard in July.", ("July", "2019-07")),
        # before a weekday it stays past
        ("A man is suspected in the break-in Monday.", ("Monday", "2019-06-03")),
    ],
)
def test_irregular_pasts_and_present_passives_set_the_tense(text: str, expected: tuple[str, str]) -> None:
    assert [(m.text, m.value) for m in tag(text, WED)] == [expected]
