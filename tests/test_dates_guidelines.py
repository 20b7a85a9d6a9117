"""Rules of the TimeML 1.2.1 TIMEX3 guidelines (extent and value), on sentences written for these tests.

Each case: a sentence, the expression expected in it (its whole extent), the TIMEX3 value, type and mod.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newskit.extractors.dates import tag
from test_dates_table import find_expression

THU = dt.date(2024, 5, 16)  # a Thursday
D, T, S = "DATE", "TIME", "SET"

CASES: list[tuple[str, str, str, str, str | None]] = [
    # --- a century takes its pre-modifier and the determiner before it, as a decade does (mod START/MID/END)
    ("The canal was dug in the early 18th century.", "the early 18th century", "17", D, "START"),
    ("Most of the mills went up in the mid-19th century.", "the mid-19th century", "18", D, "MID"),
    ("Such posters spread in the late 20th century.", "the late 20th century", "19", D, "END"),
    ("The chapel goes back to the 14th century.", "the 14th century", "13", D, None),
    # --- "the final quarter" or "the last quarter" of a named year is its fourth quarter
    ("Exports shrank in the final quarter of 2017.", "the final quarter of 2017", "2017-Q4", D, None),
    ("Orders picked up in the last quarter of 2021.", "the last quarter of 2021", "2021-Q4", D, None),
    # --- a set on a weekday keeps the part of the day after it ("each Friday evening": XXXX-WXX-5TEV)
    ("The choir rehearses each Tuesday evening.", "each Tuesday evening", "XXXX-WXX-2TEV", S, None),
    ("A night market opens every Saturday night.", "every Saturday night", "XXXX-WXX-6TNI", S, None),
    ("Volunteers gather every Sunday morning in the park.", "every Sunday morning", "XXXX-WXX-7TMO", S, None),
    ("Every Monday, the stall sells fish.", "Every Monday", "XXXX-WXX-1", S, None),
    # --- a clock time in "o'clock" is a time; a part of the day after it gives its half of the day
    ("The ferry sailed at 7 o'clock.", "7 o'clock", "2024-05-16T07:00", T, None),
    ("The sirens sounded at 11 o’clock.", "11 o’clock", "2024-05-16T11:00", T, None),
    ("The crowd left at 9 o'clock last night.", "9 o'clock", "2024-05-15T21:00", T, None),
    ("The vet called at 3 o'clock this afternoon.", "3 o'clock", "2024-05-16T15:00", T, None),
    # --- "the 1700s", "the 1800s": a century (value "17", "18"), as TIDES writes it; "the 1990s" stays a decade
    ("Whaling ships filled the harbour in the 1700s.", "the 1700s", "17", D, None),
    ("The mill closed in the late 1800s.", "the late 1800s", "18", D, "END"),
    ("The suburb grew in the 1960s.", "the 1960s", "196", D, None),
    # --- "this past" and "this coming" belong to the expression
    ("Rents climbed this past month.", "this past month", "2024-04", D, None),
    ("The ferry was full this past week.", "this past week", "2024-W19", D, None),
    # --- the determiner of a fiscal year belongs to it; "the fiscal 2020 accounts" keeps "the" for the accounts
    ("Revenue slipped in the fiscal year 2018.", "the fiscal year 2018", "2018", D, None),
    ("The budget for the 2026 fiscal year is tight.", "the 2026 fiscal year", "2026", D, None),
    ("The fiscal 2015 accounts were late.", "fiscal 2015", "2015", D, None),
    # --- "some weeks ago" is a vague past point, as "a few weeks ago" is (PAST_REF)
    ("The bridge was closed some weeks ago.", "some weeks ago", "PAST_REF", D, None),
    ("Some years ago the orchard was sold.", "Some years ago", "PAST_REF", D, None),
    # --- "at dawn", "at dusk" are parts of a day (MO, EV): the day named after or just before, else (past) today
    ("Soldiers crossed the river at dawn.", "dawn", "2024-05-16TMO", T, None),
    ("The raid began at dawn on Tuesday.", "dawn", "2024-05-14TMO", T, None),
    ("The curfew will start at dusk tomorrow.", "dusk", "2024-05-17TEV", T, None),
    ("The ferry left on Monday and docked at nightfall.", "nightfall", "2024-05-13TEV", T, None),
    # --- "the second half" in a report is of the year of the quarter named last, else the latest such half
    ("Profit rose in the third quarter and slipped in the second half.", "the second half", "2023-H2", D, None),
    ("Second-quarter sales rose and the first half ended well.", "the first half", "2024-H1", D, None),
    ("The quarterly report said margins fell in the second half.", "the second half", "2023-H2", D, None),
    ("The quarterly report says margins will widen in the second half.", "the second half", "2024-H2", D, None),
    # --- a season joined to a season with a year takes that year ("the spring and summer of 2019")
    ("The lake ran dry in the spring and summer of 2019.", "the spring", "2019-SP", D, None),
    ("The lake ran dry in the spring and summer of 2019.", "summer of 2019", "2019-SU", D, None),
    ("Heating bills soared through the autumn and winter of 2008.", "the autumn", "2008-FA", D, None),
]


@pytest.mark.parametrize(("sentence", "expression", "value", "kind", "mod"), CASES)
def test_guideline_case(sentence: str, expression: str, value: str, kind: str, mod: str | None) -> None:
    found = find_expression(tag(sentence, THU), expression)
    assert (found.value, str(found.kind), found.mod) == (value, kind, mod)
    assert sentence[found.start : found.end] == expression


@pytest.mark.parametrize(
    "sentence",
    [
        "The 20th Century Fox lot was sold.",  # a name
        "Sales rose in the last quarter of the game.",  # no year
    ],
)
def test_no_new_dates_in_names_or_games(sentence: str) -> None:
    values = [m.value for m in tag(sentence, THU)]
    assert not any(v and v.endswith(("-Q4", "19")) for v in values)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pilgrims pray from dawn to dusk.",  # a habit: no day
        "The dawn of the jet age changed travel.",  # no time of day
        "He told Dawn that the vote was close.",  # a name
    ],
)
def test_no_day_edge_without_a_day(sentence: str) -> None:
    assert [m.text for m in tag(sentence, THU)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The visitors led for the opening quarter and scored twice in the second half.",  # a match
        "After the quarter-final, the hosts tired in the second half.",
    ],
)
def test_no_half_of_a_year_in_a_match(sentence: str) -> None:
    assert not any(m.value and "-H" in m.value for m in tag(sentence, THU))
