"""Tests of newskit-example: the watch list, the extractor, and the plugin inside a newskit pipeline."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import newskit
import pytest
from newskit.prepare import prepare

import newskit_example
from newskit_example import plugin
from newskit_example.watchlist import ENV_VAR, WatchList, default_watchlist, load_watchlist

WATCHLIST = """\
# name | role | country | aliases
Jane Roe | Mayor of Springfield | US | Mayor Roe; Roe
Jean-Luc Dupont | | FR |
Amara Okafor | Minister of Finance
"""


@pytest.fixture
def watchlist() -> WatchList:
    return WatchList.parse(WATCHLIST)


def test_parse_reads_fields_and_skips_comments(watchlist: WatchList) -> None:
    assert [p.name for p in watchlist.people] == ["Jane Roe", "Jean-Luc Dupont", "Amara Okafor"]
    roe, dupont, okafor = watchlist.people
    assert roe.role == "Mayor of Springfield" and roe.country == "US"
    assert roe.forms == ("Jane Roe", "Mayor Roe", "Roe")
    assert dupont.role is None and dupont.country == "FR" and dupont.forms == ("Jean-Luc Dupont",)
    assert okafor.country is None and okafor.aliases == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a | b | c | d | e", "line 1: expected at most 4 fields"),
        ("\n | role", "line 2: a watched person needs a name"),
        ("Ann Lee | | | Lee\nBo Lee | | | Lee", "'Lee' is given for both 'Ann Lee' and 'Bo Lee'"),
    ],
)
def test_parse_rejects_bad_lines(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        WatchList.parse(text)


def test_find_matches_whole_words_longest_first(watchlist: WatchList) -> None:
    text = "Jane Roe spoke. Mayor Roe's aides and Roebuck met; Roe left. jane roe did not."
    found = [(text[s:e], p.name) for s, e, p in watchlist.find(text)]
    assert found == [("Jane Roe", "Jane Roe"), ("Mayor Roe", "Jane Roe"), ("Roe", "Jane Roe")]


def test_empty_watchlist_finds_nothing() -> None:
    assert list(WatchList(()).find("Anyone at all.")) == []


def test_json_watchlist(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    path.write_text(json.dumps([{"name": "Amara Okafor", "role": "Minister", "aliases": ["Okafor"]}]), "utf-8")
    wl = load_watchlist(path)
    assert wl.people[0].forms == ("Amara Okafor", "Okafor")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"role": "nameless"}]), "utf-8")
    with pytest.raises(ValueError, match="needs a 'name'"):
        load_watchlist(bad)


def test_records_are_checked() -> None:
    assert WatchList.from_records([{"name": "Amara Okafor", "aliases": "Okafor; Ms Okafor"}]).people[0].forms == (
        "Amara Okafor",
        "Okafor",
        "Ms Okafor",
    )
    with pytest.raises(TypeError, match="role and country must be strings"):
        WatchList.from_records([{"name": "Amara Okafor", "country": 566}])
    with pytest.raises(TypeError, match="aliases must be strings"):
        WatchList.from_records([{"name": "Amara Okafor", "aliases": [1]}])
    with pytest.raises(TypeError, match="name must be a string"):
        WatchList.from_records([{"name": None}])
    with pytest.raises(TypeError, match="must be a mapping"):
        WatchList.from_records(["Amara Okafor"])  # type: ignore[list-item]


def test_default_watchlist_is_shipped() -> None:
    wl = default_watchlist()
    assert len(wl) >= 5
    assert all(p.role for p in wl.people)


def test_extractor_makes_exact_mentions(watchlist: WatchList) -> None:
    doc = prepare(newskit.Article(text="Budget row\n\nOkafor? No: Amara Okafor and Mayor Roe met on Monday."))
    mentions = list(newskit_example.WatchListExtractor(watchlist)(doc))
    assert [(m.text, m.name, m.role, m.extractor) for m in mentions] == [
        ("Amara Okafor", "Amara Okafor", "Minister of Finance", "watchlist"),
        ("Mayor Roe", "Jane Roe", "Mayor of Springfield", "watchlist"),
    ]
    assert all(doc.text[m.start : m.end] == m.text for m in mentions)


def test_plugin_in_a_pipeline_reads_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "watch.txt"
    path.write_text(WATCHLIST, "utf-8")
    monkeypatch.setenv(ENV_VAR, str(path))
    pipe = newskit.Pipeline(plugins=[plugin], entry_points=False)
    result = pipe.extract("Jane Roe opened the fair. Later, Roe thanked Jean-Luc Dupont.")
    assert [(p.text, p.name) for p in result.people] == [
        ("Jane Roe", "Jane Roe"),
        ("Roe", "Jane Roe"),
        ("Jean-Luc Dupont", "Jean-Luc Dupont"),
    ]
    people = {p.name: p for p in result.entities.people}
    assert people["Jane Roe"].roles == ("Mayor of Springfield",)
    assert people["Jane Roe"].country == "US"
    assert result.ok


def test_plugin_uses_the_default_list_without_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    pipe = newskit.Pipeline(plugins=[plugin], entry_points=False)
    result = pipe.extract("Mark Rutte and Guterres spoke.")
    assert [p.name for p in result.people] == ["Mark Rutte", "António Guterres"]


def test_docstring_examples_run() -> None:
    for module in (newskit_example.watchlist, plugin):
        assert doctest.testmod(module).failed == 0, module.__name__
