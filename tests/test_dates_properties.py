"""Property tests of the temporal tagger: exact offsets, whole words, well-formed periods."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newskit.extractors.dates import tag
from newskit.models import DateKind, Granularity

# Words that make the tagger work hard, mixed with ordinary words, numbers and punctuation.
VOCABULARY = [
    *["January", "Feb.", "March", "May", "June", "Sept.", "December", "Monday", "Tuesday", "Friday", "Sunday"],
    *["today", "yesterday", "tomorrow", "tonight", "now", "currently", "recently", "the", "past", "future"],
    *["last", "next", "this", "early", "late", "mid-", "about", "nearly", "more", "than", "ago", "earlier", "later"],
    *[
        "day",
        "days",
        "week",
        "weeks",
        "weekend",
        "month",
        "months",
        "quarter",
        "half",
        "year",
        "years",
        "decade",
        "century",
    ],
    *["spring", "summer", "fall", "winter", "morning", "night", "noon", "midnight", "a.m.", "p.m.", "EST"],
    *["first", "third", "fourth", "fiscal", "year-end", "every", "each", "daily", "weekly", "annually"],
    *[
        "one",
        "two",
        "twenty-four",
        "several",
        "few",
        "a",
        "an",
        "1",
        "3",
        "23",
        "31",
        "90",
        "1990s",
        "'80s",
        "1998",
        "2023",
        "2/23/2023",
        "2023-02-23",
    ],
    *[
        "Christmas",
        "Thanksgiving",
        "Easter",
        "Day",
        "of",
        "in",
        "on",
        "at",
        "by",
        "until",
        "and",
        "or",
        ",",
        ".",
        ";",
        ":",
        "-",
        "(",
        ")",
        "$",
        "%",
    ],
    *["said", "will", "would", "visited", "talks", "Paris", "May", "Theresa", "march", "second", "percent"],
]
SEPARATORS = [" ", " ", " ", "  ", "\n", "-", ", ", ". "]

texts = st.lists(st.tuples(st.sampled_from(VOCABULARY), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(word + sep for word, sep in parts)
)
anchors = st.one_of(st.none(), st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31)))


def _check(text: str, anchor: dt.date | None) -> None:
    mentions = tag(text, anchor)
    previous_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start < m.end and m.start >= previous_end, "mentions are ordered and do not overlap"
        previous_end = m.end
        assert m.text == m.text.strip()
        before = text[m.start - 1] if m.start else " "
        after = text[m.end] if m.end < len(text) else " "
        assert not (before.isalnum() and m.text[0].isalnum()), f"{m.text!r} starts inside a word"
        assert not (after.isalnum() and m.text[-1].isalnum()), f"{m.text!r} ends inside a word"
        if m.kind in (DateKind.DURATION, DateKind.SET):
            assert m.period is None
        if m.period is not None:
            assert m.period.first <= m.period.last
            assert m.kind in (DateKind.DATE, DateKind.TIME)
        if m.value is not None and m.period is not None and m.granularity is Granularity.DAY:
            assert m.value == m.period.first.isoformat() == m.period.last.isoformat()
        if m.value is not None and m.period is not None and m.granularity is Granularity.MONTH:
            assert m.value == m.period.first.strftime("%Y-%m")
            assert (m.period.last + dt.timedelta(days=1)).day == 1
        if m.value is not None and m.period is not None and m.granularity is Granularity.YEAR:
            assert m.value == str(m.period.first.year).zfill(4)
            assert (m.period.first.month, m.period.first.day, m.period.last.month, m.period.last.day) == (1, 1, 12, 31)
        if m.value is not None and m.period is not None and m.granularity is Granularity.WEEK:
            assert m.period.first.isoweekday() == 1 and (m.period.last - m.period.first).days == 6
        if anchor is None and m.relative and "in the text" not in (m.description or ""):
            assert m.value is None or "X" in m.value or m.value.endswith("_REF") or m.value.startswith("P")
        if m.relative and anchor is not None and m.period is not None:
            assert m.anchor == anchor


@settings(max_examples=300, deadline=None)
@given(texts, anchors)
def test_offsets_and_periods(text: str, anchor: dt.date | None) -> None:
    _check(text, anchor)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), anchors)
def test_any_text(text: str, anchor: dt.date | None) -> None:
    _check(text, anchor)


@settings(max_examples=200, deadline=None)
@given(texts, st.dates())
@example("Profit rose in the fourth quarter of next year.", dt.date(1, 1, 1))
def test_any_anchor_day(text: str, anchor: dt.date) -> None:
    tag(text, anchor)  # a reading beyond the calendar (year 0 or 10000) is dropped, never raised


@settings(max_examples=100, deadline=None)
@given(texts, anchors)
def test_deterministic(text: str, anchor: dt.date | None) -> None:
    assert tag(text, anchor) == tag(text, anchor)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.sampled_from(["past", "future"]))
def test_weekdays_resolve_within_a_week(anchor: dt.date, tense: str) -> None:
    sentence = "He spoke on Friday." if tense == "past" else "He will speak on Friday."
    (m,) = tag(sentence, anchor)
    assert m.period is not None
    day = m.period.first
    assert day.isoweekday() == 5
    assert (day <= anchor) if tense == "past" else (day >= anchor)
    assert abs((day - anchor).days) < 7


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_relative_units(anchor: dt.date) -> None:
    last_year, next_month, this_week = tag("last year, next month, this week", anchor)
    assert last_year.value == str(anchor.year - 1)
    assert next_month.period is not None and next_month.period.first > anchor
    assert this_week.period is not None and anchor in this_week.period


def test_offsets_survive_case_changing_characters() -> None:
    text = "İİ İstanbul talks resumed on Friday, and ß-Straße reopened in March 2021."
    mentions = tag(text, dt.date(2023, 2, 23))
    assert [(m.text, text[m.start : m.end]) for m in mentions] == [
        ("Friday", "Friday"),
        ("March 2021", "March 2021"),
    ]
