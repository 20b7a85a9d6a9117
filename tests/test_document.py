"""The one prepared Document: tokens, lines, title case, dateline and capitals mask, shared by every extractor."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.extractors.countries import matcher
from newskit.extractors.people import tokens as people_tokens
from newskit.models import Article
from newskit.prepare import prepare
from newskit.tokens import TOKEN, capitals_mask, dateline_at, find_dateline, is_title_case, tokenize

STORY = (
    "Floods Hit Cleveland Suburbs After Storm\n\n"
    "CLEVELAND, Ohio (AP) -- Flooding closed roads on Monday. O'Rourke's team said the well-known bridge "
    "would reopen.\nA second line."
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_every_token_indexes_the_text(text: str) -> None:
    doc = prepare(Article(text=text))
    spans = doc.tokens
    assert all(0 <= s < e <= len(doc.text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))  # in order, never overlapping
    assert [doc.text[s:e] for s, e in spans] == [m.group() for m in TOKEN.finditer(doc.text)]
    assert "".join(doc.text[s:e] for s, e in spans) == "".join(doc.text.split())  # every non-space is in a token


def test_tokens_are_made_once_and_kept() -> None:
    doc = prepare(Article.from_text(STORY))
    assert doc.tokens is doc.tokens
    words = [doc.text[s:e] for s, e in doc.tokens]
    assert "O'Rourke" in words and "'s" in words and "well-known" in words


def test_the_people_finder_reads_the_one_tokenizer() -> None:
    assert people_tokens.TOKEN is TOKEN and people_tokens.tokenize is tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks in Paris on Monday.", b"Aalks in Aaris on Aonday."),
        ("Nato’s 3Com bid: £5bn — 1996", b"Aato's 0Aom bid: ?0bn ? 0000"),  # a digit run, signs outside ASCII
        ("Talks in Zürich", None),  # a letter outside ASCII: no mask
        ("Der ٣. Tag", None),  # a digit outside ASCII
    ],
)
def test_the_capitals_mask_is_made_once_for_the_document(text: str, expected: bytes | None) -> None:
    doc = prepare(Article(text=text))
    assert doc.capitals_mask == capitals_mask(doc.text) == expected
    assert doc.capitals_mask is doc.capitals_mask  # kept, not made again
    assert doc.capitals_mask is None or len(doc.capitals_mask) == len(doc.text)


def test_the_extractors_share_the_document_s_capitals_mask(monkeypatch: pytest.MonkeyPatch) -> None:
    import newskit
    from newskit import document

    made: list[str] = []

    def counted(text: str) -> bytes | None:
        made.append(text)
        return capitals_mask(text)

    monkeypatch.setattr(document, "capitals_mask", counted)
    result = newskit.extract("The Bank of England met in London with Acme Corp officials on Monday.")
    assert [c.code for c in result.countries] == ["GB"]
    assert [o.name for o in result.organizations] == ["Bank of England", "Acme Corp"]
    assert len(made) == 1  # the countries and the organisations extractors read the one mask


def test_lines_cover_each_line_without_its_newline() -> None:
    doc = prepare(Article.from_text(STORY))
    assert [doc.text[s:e] for s, e in doc.lines][-1] == "A second line."
    assert all("\n" not in doc.text[s:e] for s, e in doc.lines)
    assert doc.line_at(STORY.index("second")) == doc.lines[-1]
    assert doc.line_at(len(STORY) + 5) is None


def test_title_case_is_one_test() -> None:
    doc = prepare(Article.from_text(STORY))
    assert doc.title_case
    assert doc.line_is_title_case(3) and not doc.line_is_title_case(STORY.index("Flooding"))
    assert not prepare(Article.from_text("Floods hit suburbs after a storm\n\nText.")).title_case
    assert not prepare(Article(text="No title here.")).title_case
    assert is_title_case("Trump Meets Obama At White House")
    assert not is_title_case("Trump meets Obama at the White House today")
    assert not is_title_case("Short")  # too few words to tell


def test_the_countries_matcher_uses_the_one_title_case_test() -> None:
    text = "Floods Hit Paris Suburbs After Storm\nfloods hit paris suburbs after the storm"
    assert matcher._title_case_line(text, 3) == is_title_case(text.split("\n")[0]) is True
    assert matcher._title_case_line(text, text.index("floods")) is False


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (STORY, "CLEVELAND"),
        ("Head\n\nLONDON (Reuters) — Markets fell.", "LONDON"),
        ("Head\n\nWindsor - The council met.", "Windsor"),
        ("Head\n\n(Photo: The Associated Press) SAO PAULO (AP) -- The race.", "SAO PAULO"),
        ("Head\n\nPhoto LONDON -- The peaks are slimmer.", "LONDON"),
        ("Head\n\nThe minister met NATO - the alliance - today.", None),
        ("Head\n\nA well-known pair met in Paris.", None),
    ],
)
def test_one_dateline_detector(text: str, place: str | None) -> None:
    doc = prepare(Article.from_text(text))
    assert (doc.dateline.text if doc.dateline else None) == place
    if doc.dateline is not None:
        assert doc.text[doc.dateline.start : doc.dateline.end] == place
        assert dateline_at(doc.text, doc.dateline.start, doc.dateline.end)


def test_the_dateline_is_looked_for_in_the_first_sentences_only() -> None:
    body = "Officials met. " * 6 + "\nLONDON -- Late line."
    assert prepare(Article(text=body)).dateline is None
    assert find_dateline(body, 0, len(body)) is not None


_DASHES_AND_CAPITALS = st.lists(
    st.sampled_from(["-", "--", "---", "–", "—", " ", "\n", "\t", "A", "Z", "a", "_", "1", "é", "É", ".", "(", "x-Y"]), max_size=30
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_DASHES_AND_CAPITALS, st.integers(min_value=0, max_value=5))
def test_dateline_patterns_find_what_their_plain_forms_find(text: str, pos: int) -> None:
    """The dash and capital patterns begin with the character they look for (the engine then skips
    ahead quickly); they match exactly where the plain alternation and look-behind forms match."""
    import re

    from newskit.tokens import _CAPITAL, _DASH

    plain_dash = re.compile(r"(?:--|[-–—])\s")
    plain_capital = re.compile(r"(?<![\w-])[A-Z]")
    assert [m.span() for m in _DASH.finditer(text, pos)] == [m.span() for m in plain_dash.finditer(text, pos)]
    assert [m.span() for m in _CAPITAL.finditer(text, pos)] == [m.span() for m in plain_capital.finditer(text, pos)]
