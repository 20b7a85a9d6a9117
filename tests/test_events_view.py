"""The events stage's sentence view: its fast paths read the same tokens and owners as the plain rules."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.document import Sentence
from newskit.extractors.events.text import _ASCII_TOKEN, _TOKEN, MentionIndex, SentenceView
from newskit.models import CountryMention, DateKind, DateMention, Granularity, Period, PersonMention, Via

_ASCII_PIECES = st.sampled_from(
    ["Ann", "O'Neil", "U.S", "al-Assad", "2,000", "3.5", "--", "-", ",", ";", ":", "(", ")", '"', "'", ".", "_", "$", " ", "\n", "x_y", "it's"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ASCII_PIECES, max_size=25).map("".join))
def test_ascii_pattern_reads_the_same_tokens(text: str) -> None:
    """On ASCII text the ASCII pattern finds exactly the tokens (and offsets) of the Unicode one."""
    assert [m.span() for m in _ASCII_TOKEN.finditer(text)] == [m.span() for m in _TOKEN.finditer(text)]


def test_ascii_and_unicode_sentences_tokenise_alike() -> None:
    plain = "Ann O'Neil met al-Assad in the U.S, on Monday."
    curly = "Ann O’Neil met al-Assad in the U.S, on Monday."
    views = [SentenceView(t, Sentence(start=0, end=len(t), text=t), MentionIndex([])) for t in (plain, curly)]
    assert views[0].words == ["Ann", "O'Neil", "met", "al-Assad", "in", "the", "U.S", ",", "on", "Monday"]
    assert [w.replace("’", "'") for w in views[1].words] == views[0].words
    assert views[0].starts == views[1].starts and views[0].ends == views[1].ends


def _owners_token_by_token(view: SentenceView) -> list[object]:
    """The owner of each token as the rule states it: the last mention that overlaps the token."""
    out: list[object] = [None] * len(view.words)
    for m in view.mentions:
        for i, (s, e) in enumerate(zip(view.starts, view.ends, strict=True)):
            if e > m.start and s < m.end:
                out[i] = m
    return out


def test_view_places_mentions_on_their_tokens() -> None:
    text = "Ann Roe flew from Kenya to South Africa on 3 May 2031, said Bo Li."
    day = dt.date(2031, 5, 3)

    def span(phrase: str) -> tuple[int, int]:
        s = text.index(phrase)
        return s, s + len(phrase)

    mentions = [
        PersonMention(text="Ann Roe", start=span("Ann Roe")[0], end=span("Ann Roe")[1], name="Ann Roe"),
        CountryMention(text="Kenya", start=span("Kenya")[0], end=span("Kenya")[1], code="KE", via=Via.NAME),
        CountryMention(text="South Africa", start=span("South Africa")[0], end=span("South Africa")[1], code="ZA", via=Via.NAME),
        DateMention(
            text="3 May 2031", start=span("3 May 2031")[0], end=span("3 May 2031")[1], value="2031-05-03",
            kind=DateKind.DATE, granularity=Granularity.DAY, period=Period(first=day, last=day),
        ),
        PersonMention(text="Bo Li", start=span("Bo Li")[0], end=span("Bo Li")[1], name="Bo Li"),
    ]
    view = SentenceView(text, Sentence(start=0, end=len(text), text=text), MentionIndex(mentions))
    assert view.owner == _owners_token_by_token(view)
    words = view.words
    assert [words[i] for i in view.entity_marks] == ["Ann", "Kenya", "South", "Bo"]
    assert [words[i] for i in view.country_tokens] == ["Kenya", "South", "Africa"]
    assert [(words[i], m.value) for i, m in view.dates] == [("3", "2031-05-03")]
