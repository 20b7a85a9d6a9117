from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newskit.models import Article, CountryMention, DateKind, DateMention, Period, PersonMention, Span, Via


def test_published_accepts_date_datetime_and_iso_strings() -> None:
    assert Article(text="x", published=dt.date(2023, 2, 23)).published == dt.date(2023, 2, 23)
    aware = Article(text="x", published="2023-02-23T10:00:00Z").published
    assert isinstance(aware, dt.datetime) and aware.utcoffset() == dt.timedelta(0)
    naive = Article(text="x", published="2023-02-23 10:00:00").published
    assert naive == dt.datetime(2023, 2, 23, 10)
    assert Article(text="x", published=dt.datetime(2023, 2, 23, 23, 30)).anchor == dt.date(2023, 2, 23)
    assert Article(text="x", published="").published is None


def test_unparsable_date_names_the_field_and_value() -> None:
    with pytest.raises(ValueError, match=r"published .*'next Tuesday'"):
        Article(text="x", published="next Tuesday")
    with pytest.raises(TypeError, match=r"published must be .* not int: 20230223"):
        Article(text="x", published=20230223)


def test_wrong_types_name_the_field() -> None:
    with pytest.raises(TypeError, match="text must be a string, not bytes"):
        Article(text=b"raw")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"'title' must be <class 'str'>"):
        Article(text="x", title=3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="language"):
        Article(text="x", language="")
    with pytest.raises(TypeError, match="metadata must be a mapping"):
        Article(text="x", metadata=[1])  # type: ignore[arg-type]


def test_article_is_frozen_and_keyword_only() -> None:
    a = Article(text="x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.text = "y"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Article("x")  # type: ignore[misc]


def test_from_text_takes_a_first_line_before_a_blank_line_as_title() -> None:
    a = Article.from_text("Headline here\n\nBody one.\nBody two.")
    assert a.title == "Headline here"
    assert a.text == "Headline here\n\nBody one.\nBody two."  # offsets index the text as given
    assert Article.from_text("One line\nand another").title is None
    assert Article.from_text("Just text.").title is None


def test_from_dict_reads_known_fields_and_keeps_the_rest_as_metadata() -> None:
    a = Article.from_dict({"text": "T", "title": "H", "dct": "1998-01-08", "id": 7, "section": "World"})
    assert (a.title, a.published, a.id, a.metadata) == ("H", dt.date(1998, 1, 8), "7", {"section": "World"})
    with pytest.raises(ValueError, match="needs a 'text' field"):
        Article.from_dict({"title": "H"})
    with pytest.raises(TypeError, match="must be a mapping"):
        Article.from_dict(["text"])  # type: ignore[arg-type]


def test_analysed_text_prepends_a_title_missing_from_the_text() -> None:
    assert Article(text="Body.", title="Head").analysed_text == "Head\n\nBody."
    assert Article(text="Head\n\nBody.", title="Head").analysed_text == "Head\n\nBody."


def test_mention_offsets_must_fit_their_text() -> None:
    with pytest.raises(ValueError, match="do not fit"):
        PersonMention(text="Ann", start=0, end=5, name="Ann")
    with pytest.raises(ValueError, match="bad offsets"):
        Span(text="", start=3, end=2)


def test_enums_and_periods() -> None:
    d = DateMention(
        text="May 2020",
        start=0,
        end=8,
        value="2020-05",
        kind="DATE",
        granularity="month",
        period=Period(first=dt.date(2020, 5, 1), last=dt.date(2020, 5, 31)),
    )
    assert d.kind is DateKind.DATE and str(d.kind) == "DATE"
    assert dt.date(2020, 5, 17) in d.period  # type: ignore[operator]
    with pytest.raises(ValueError, match="cannot end"):
        Period(first=dt.date(2020, 5, 2), last=dt.date(2020, 5, 1))
    with pytest.raises(ValueError):
        DateMention(text="x", start=0, end=1, kind="WHENEVER")
    assert CountryMention(text="US", start=0, end=2, code="US", via="alias").via is Via.ALIAS
