"""The events stage's sentence view: its fast paths read the same tokens and owners as the plain rules."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.document import Sentence
from newskit.extractors.events.text import _ASCII_SPLIT, _ASCII_TOKEN, _SPLIT, _TOKEN, MentionIndex, SentenceView
from newskit.models import CountryMention, DateKind, DateMention, Granularity, Period, PersonMention, Via

_ASCII_PIECES = st.sampled_from(
    ["Ann", "O'Neil", "U.S", "al-Assad", "2,000", "3.5", "--", "-", ",", ";", ":", "(", ")", '"', "'", ".", "_", "$", " ", "\n", "x_y", "it's"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ASCII_PIECES, max_size=25).map("".join))
def test_ascii_pattern_reads_the_same_tokens(text: str) -> None:
    """On ASCII text the ASCII pattern finds exactly the tokens (and offsets) of the Unicode one."""
    assert [m.span() for m in _ASCII_TOKEN.finditer(text)] == [m.span() for m in _TOKEN.finditer(text)]


_PIECES = st.one_of(_ASCII_PIECES, st.sampled_from(["O’Neil", "“", "”", "—", "–", "café", "_é", "’", "ß"]))


def _pieces(text: str, pattern: re.Pattern[str]) -> list[str]:
    """What ``split`` by the token pattern as one group returns: the gaps and the tokens in turn."""
    return re.compile(f"({pattern.pattern})").split(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_split_patterns_read_the_token_patterns(text: str) -> None:
    """The sentence view's split patterns (which begin with the characters a token can begin with, so the
    engine skips ahead quickly) split text exactly as the token patterns do."""
    assert _SPLIT.split(text) == _pieces(text, _TOKEN)
    if text.isascii():
        assert _ASCII_SPLIT.split(text) == _pieces(text, _ASCII_TOKEN)


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


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-10, max_value=10, allow_nan=False))
def test_remembered_rounding_agrees_with_round(score: float) -> None:
    """Salience is rounded through a per-score cache: it gives what round(score, 4) gives, sign of zero included."""
    from newskit.extractors.events.builder import rounded

    first, again = rounded(score), rounded(score)
    assert first == again == round(score, 4)
    assert str(first) == str(again) == str(round(score, 4))


def test_rounding_cache_stays_bounded() -> None:
    from newskit.extractors.events import builder

    builder._ROUNDED.clear()
    for k in range(builder.ROUNDED_CACHE_SIZE + 100):
        builder.rounded(k + 0.123456)
    assert len(builder._ROUNDED) == builder.ROUNDED_CACHE_SIZE
    assert builder.rounded(builder.ROUNDED_CACHE_SIZE + 99.123456) == round(builder.ROUNDED_CACHE_SIZE + 99.123456, 4)
    builder._ROUNDED.clear()


def test_lead_place_pattern_matches_as_the_flat_alternation() -> None:
    """The prepositions written as a letter tree find the same places as the words one after another."""
    import re

    from newskit.extractors.events.roles import _WORDS, _lead_place_pattern

    tree = _lead_place_pattern()
    flat = re.compile(
        tree.pattern.replace(tree.pattern[tree.pattern.index("(?P<prep>") : tree.pattern.index(r")\s+") + 1],
                             "(?P<prep>" + "|".join(sorted(_WORDS["place_prepositions"] | {"of"})) + ")")
    )
    assert flat.pattern != tree.pattern
    text = ("Talks in Paris, a visit into Syria, inside the Kremlin, on Downing Street, outside northern Gaza, "
            "near the Sandilands stop, across Europe, the city of Mazar-i-Sharif, at a Tesco store, within Ukraine's borders, "
            "throughout Central Asia, intolerant of Rome, onto Broadway.")
    found = [(m.group("prep"), m.span(2)) for m in tree.finditer(text)]
    assert found == [(m.group("prep"), m.span(2)) for m in flat.finditer(text)]
    assert [p for p, _ in found][:4] == ["in", "into", "inside", "on"]



@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.integers(min_value=0, max_value=3))
def test_view_tokens_and_offsets_are_the_token_patterns(text: str, lead: int) -> None:
    """The view's words, offsets and lower-case words (summed from the split pieces in one loop)
    are the token pattern's matches, wherever the sentence begins in the text."""
    full = " " * lead + text
    view = SentenceView(full, Sentence(start=lead, end=len(full), text=text), MentionIndex([]))
    found = list(_TOKEN.finditer(full, lead))
    assert view.words == [m.group() for m in found]
    assert view.starts == [m.start() for m in found]
    assert view.ends == [m.end() for m in found]
    assert view.lows == [m.group().lower() for m in found]


def test_evolved_event_is_attrs_evolve() -> None:
    """The builder's written-out evolve copies every field of an event (a new field fails here)."""
    import attrs

    from newskit.extractors.events.builder import _evolved
    from newskit.models import DateValue, Event, Participant, Place, Span

    span = Span(text="met", start=4, end=7)
    event = Event(
        kind="meet", trigger=span, sentence=Span(text="Ann met Bo.", start=0, end=11), who=(Participant(name="Ann"),),
        whom=(Participant(name="Bo"),), where=(Place(name="Peru", code="PE"),), when=None, action=span, negated=True,
        cameo="04", salience=2.5, extractor="events",
    )
    assert {f.name for f in attrs.fields(Event)} == {
        "kind", "trigger", "sentence", "who", "whom", "where", "when", "action", "negated", "cameo", "salience", "extractor"
    }
    who, where = (Participant(name="Cy"),), (Place(name="Chile", code="CL"),)
    when = DateValue(value="PAST_REF", kind=DateKind.DATE, granularity=Granularity.REFERENCE)
    assert _evolved(event, who, where, when) == attrs.evolve(event, who=who, where=where, when=when)


_PLACE_PIECES = st.sampled_from(
    ["in", "at", "of", "near", "into", "the", "a", "A", "northern", "Paris", "paris", "US", "O'Neil", "city", " ", "  ", "\n",
     ",", "(", "-", "“", "é", "\xa0", "1", "."]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=20).map("".join), st.integers(min_value=0, max_value=4))
def test_place_name_prefilter_never_skips_a_match(text: str, start: int) -> None:
    """Where the lead-place pattern finds a name, the fast word test lets the sentence through."""
    from newskit.extractors.events.roles import _lead_place_pattern, may_name_places
    from newskit.extractors.events.text import letters_only

    start = min(start, len(text))
    if any(True for _ in _lead_place_pattern().finditer(text, max(0, start - 1), len(text))):
        assert may_name_places(letters_only(text[start:]).split())
        assert may_name_places(letters_only(text)[start:].split())  # the article's letters, sliced


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("pocd"), st.integers(0, 6), st.integers(1, 3)), max_size=12))
def test_index_of_kinds_is_the_index_of_those_mentions(spans: list[tuple[str, int, int]]) -> None:
    """The people index read off the article's index (no sort) is the index made of the people and
    organisations themselves, ties of offsets included."""
    from newskit.models import OrganizationMention

    text = "x" * 12
    made: dict[str, list[object]] = {"p": [], "o": [], "c": [], "d": []}
    for kind, start, width in spans:
        s, e = start, start + width
        if kind == "p":
            made[kind].append(PersonMention(text=text[s:e], start=s, end=e, name=f"P{len(made[kind])}"))
        elif kind == "o":
            made[kind].append(OrganizationMention(text=text[s:e], start=s, end=e, name=f"O{len(made[kind])}"))
        elif kind == "c":
            made[kind].append(CountryMention(text=text[s:e], start=s, end=e, code="KE", via=Via.NAME))
        else:
            made[kind].append(
                DateMention(text=text[s:e], start=s, end=e, value="2031", kind=DateKind.DATE, granularity=Granularity.YEAR)
            )
    index = MentionIndex([*made["d"], *made["c"], *made["o"], *made["p"]])  # type: ignore[list-item]
    people = index.of_kinds((PersonMention, OrganizationMention))
    expected = MentionIndex([*made["p"], *made["o"]])  # type: ignore[list-item]
    assert people.mentions == expected.mentions
    assert [id(m) for m in people.mentions] == [id(m) for m in expected.mentions]
    assert people.starts == expected.starts


@settings(max_examples=500, deadline=None)
@given(st.lists(st.integers(-5, 20), max_size=15).map(sorted), st.integers(-7, 22), st.integers(0, 16))
def test_bisect_loops_are_the_bisect_module(values: list[int], x: int, lo: int) -> None:
    """The events rules' bisection loops (compiled, cheaper than a call of the C functions) find what
    the bisect module finds, duplicates and a start past the end included."""
    import bisect

    from newskit.extractors.events.text import bisect_left, bisect_right

    lo = min(lo, len(values))
    assert bisect_left(values, x) == bisect.bisect_left(values, x)
    assert bisect_right(values, x) == bisect.bisect_right(values, x)
    assert bisect_left(values, x, lo) == bisect.bisect_left(values, x, lo)
    assert bisect_right(values, x, lo) == bisect.bisect_right(values, x, lo)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 8), st.integers(1, 3)), max_size=12))
def test_index_orders_by_start_then_end(spans: list[tuple[int, int]]) -> None:
    """The index sorts by start alone where no two mentions share one, else by start and end: the
    order (ties of both kept in input order) of the plain (start, end) sort either way."""
    import operator

    text = "x" * 12
    mentions = [PersonMention(text=text[s : s + w], start=s, end=s + w, name=f"P{k}") for k, (s, w) in enumerate(spans)]
    index = MentionIndex(mentions)
    assert [id(m) for m in index.mentions] == [id(m) for m in sorted(mentions, key=operator.attrgetter("start", "end"))]
    assert index.starts == [m.start for m in index.mentions]


@pytest.mark.parametrize("searched", [20_000, 0])  # a news article's text is searched; a longer one's words are a set
def test_the_article_words_are_whole_words_as_written(searched: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from newskit.extractors.events import builder
    from newskit.extractors.events.text import letters_only

    monkeypatch.setattr(builder, "_SEARCHED_WORDS", searched)
    words = builder._ArticleWords(letters_only("Prices rose; the price of rice, ice-cold, fell."))
    assert b"price" in words and b"Prices" in words and b"ice" in words and b"cold" in words
    assert b"prices" not in words  # written only with a capital
    assert b"ric" not in words and b"rose;" not in words and "price" not in words  # part of a word, not a word, a str
