"""Preparation, offsets, boilerplate and overlap resolution."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
from newskit.merge import resolve_overlaps
from newskit.models import Article, CountryMention, DateMention, PersonMention
from newskit.prepare import prepare, split_sentences

ARTICLE = """Talks in Berlin

Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Monday. Mr. Scholz said the U.S. would join.
The talks will continue next week in Paris.

Leave A Comment
Subscribe to our newsletter to stay.
Sponsor Ad
"""


def test_sentences_skip_abbreviations_and_initials() -> None:
    text = "Mr. Smith met George W. Bush in the U.S. capital. Then he left! Did he? Yes."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Mr. Smith met George W. Bush in the U.S. capital.",
        "Then he left!",
        "Did he?",
        "Yes.",
    ]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=list(".. !?\n\t\"')(”“AbMr3U.S"), max_size=40))
def test_breaks_are_found_where_the_general_pattern_finds_them_with_stops_written_as_full_stops(text: str) -> None:
    from newskit.prepare import _BREAK, _FULL_STOP_BREAK, _stops_as_full_stops

    def spans(pattern: re.Pattern[str], scanned: str) -> list[tuple[int, int, int, int]]:
        return [(m.start(), m.end(1), *m.span(2)) for m in pattern.finditer(scanned)]

    assert spans(_FULL_STOP_BREAK, _stops_as_full_stops(text)) == spans(_BREAK, text)


def test_the_verdicts_on_words_before_a_full_stop_are_remembered_in_a_bounded_cache() -> None:
    from newskit.prepare import _goes_on

    text = "He met Dr. Ann Lee and J. Smith. They left."
    assert [text[s:e] for s, e in split_sentences(text)] == ["He met Dr. Ann Lee and J. Smith.", "They left."]
    assert _goes_on("Dr") and _goes_on("“J") and _goes_on("U.S") and not _goes_on("Smith") and not _goes_on("")
    assert _goes_on.cache_info().maxsize is not None and _goes_on.cache_info().currsize <= _goes_on.cache_info().maxsize


def test_prepare_marks_title_and_boilerplate_without_moving_offsets() -> None:
    doc = prepare(Article.from_text(ARTICLE))
    assert doc.text == ARTICLE
    assert doc.title is not None and doc.title.text == "Talks in Berlin" and doc.title.start == 0
    assert [b.text for b in doc.boilerplate] == [
        "Leave A Comment",
        "Subscribe to our newsletter to stay.",
        "Sponsor Ad",
    ]
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
    assert [s.in_title for s in doc.sentences][:2] == [True, False]
    assert doc.sentences[-1].text == "The talks will continue next week in Paris."
    assert doc.is_boilerplate(ARTICLE.index("Sponsor"), ARTICLE.index("Sponsor") + 3)
    found = doc.sentence_at(ARTICLE.index("Macron"))
    assert found is not None and found.text.startswith("Chancellor Olaf Scholz")


@pytest.mark.parametrize(
    "line",
    [
        "(c) 2024 Coast Daily. All rights reserved.",
        "Coast Daily, all rights reserved",
        "All rights reserved",
        "Overall rights reserved.",
        "We reserve all rights reserved for them and more",
        "2024-all rights reserved",
        "Copyright notice: ALL RIGHTS RESERVED..",
    ],
)
def test_the_rights_reserved_line_is_read_as_a_word_boundary_before_its_words(line: str) -> None:
    from newskit.prepare import _boilerplate

    as_written = re.compile(r".*\ball rights reserved\.?", re.IGNORECASE).fullmatch(line) is not None
    others = re.compile(r"(all rights reserved|copyright|©)\b.*", re.IGNORECASE).fullmatch(line) is not None
    assert (_boilerplate().fullmatch(line) is not None) == (as_written or others)


def test_a_long_line_is_article_text_whatever_it_starts_with() -> None:
    body = "Image caption The company said on Monday that the new bar " + "would keep its shape and price. " * 6
    doc = prepare(Article(text=body.strip() + "\nImage caption A bar of chocolate"))
    assert [b.text for b in doc.boilerplate] == ["Image caption A bar of chocolate"]
    assert doc.sentences[0].text.startswith("Image caption The company")


def test_a_line_broken_mid_sentence_is_one_sentence() -> None:
    doc = prepare(Article(text="She spoke in the legislature on\n    Tuesday about it.\nNext line."))
    assert [s.text for s in doc.sentences] == ["She spoke in the legislature on\n    Tuesday about it.", "Next line."]


def test_offsets_index_the_string_as_given() -> None:
    result = newskit.extract(ARTICLE, published="2023-02-23")
    for m in result.mentions():
        assert ARTICLE[m.start : m.end] == m.text
        assert m.start < ARTICLE.index("Leave A Comment")  # no mention in boilerplate


def test_an_article_with_a_separate_title_is_analysed_as_title_then_text() -> None:
    result = newskit.extract(Article(title="Talks in Berlin", text="Leaders met on Monday."))
    assert result.text == "Talks in Berlin\n\nLeaders met on Monday."


def test_extract_rejects_what_it_cannot_read() -> None:
    with pytest.raises(TypeError, match="takes a string, an Article or a dict, not int"):
        newskit.extract(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="published"):
        newskit.extract("x", published="someday")


def test_extract_accepts_a_record() -> None:
    result = newskit.extract({"text": "Hello.", "id": "a1"}, published="2020-01-01")
    assert result.article.id == "a1" and str(result.article.published) == "2020-01-01"


def test_overlaps_longest_wins_then_score_then_kind() -> None:
    person = PersonMention(text="Jordan Henderson", start=0, end=16, name="Jordan Henderson")
    country = CountryMention(text="Jordan", start=0, end=6, code="JO")
    date = DateMention(text="May", start=20, end=23, value="2020-05")
    may = PersonMention(text="May", start=20, end=23, name="Theresa May", score=0.5)
    dates, countries, people = resolve_overlaps([date], [country], [person, may])
    assert (dates, countries, people) == ([date], [], [person])
    same = PersonMention(text="Jordan", start=0, end=6, name="Jordan")
    assert resolve_overlaps([], [country], [same])[2] == [same]  # a tie goes to the person
    holiday = DateMention(text="Thanksgiving Day", start=0, end=16, value="1997-11-27")
    as_name = PersonMention(text="Thanksgiving Day", start=0, end=16, name="Thanksgiving Day")
    assert resolve_overlaps([holiday], [], [as_name]) == ([holiday], [], [])  # and a date over a person


WORDS = st.sampled_from(
    ["the", "on", "in", "of", "and", "said", "President", "Mr.", "Dr.", "Paris", "France", "French", "U.S.", "US", "Russia's", "Tuesday", "May", "March", "next", "last", "week", "year", "2023", "1990s", "12", "a.m.", "3:30", "Jan.", "5,", "John", "Smith", "J.K.", "O'Neil", "von", "der", "Ursula", "Kim", "Jong", "Un", "visit", "met", "talks", "summit", "\n", "\n\n", ".", ",", ";", ":", "-", "'", '"', "(", ")", "!", "?", "é", "ü", "中国", "Leave", "A", "Comment", "Sponsor", "Ad"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=60),
    published=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))),
)
def test_any_text_gives_exact_offsets_and_no_failures(words: list[str], published: dt.date | None) -> None:
    text = " ".join(words)
    result = newskit.extract(text, published=published)
    assert result.errors == ()
    for m in result.mentions():
        assert text[m.start : m.end] == m.text
    for e in result.events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert text[e.sentence.start : e.sentence.end] == e.sentence.text
