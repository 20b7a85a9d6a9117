"""Rules of the TimeML 1.2.1 TIMEX3 guidelines (extent and value), on sentences written for these tests.

Each case: a sentence, the expression expected in it (its whole extent), the TIMEX3 value, type and mod.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newskit.extractors.dates import tag
from test_dates_table import find_expression

THU = dt.date(2024, 5, 16)  # a Thursday
D, S = "DATE", "SET"

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
