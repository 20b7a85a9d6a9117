"""The rule dispatch of the tagger: a rule is left out at a start only where it cannot match."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.extractors.dates.heads import keys
from newskit.extractors.dates.rules import LazyPattern, compiled_rules
from newskit.extractors.dates.tagger import _rules_by_key
from test_dates_properties import texts
from test_dates_table import CASES

_START = re.compile(r"(?<![A-Za-z0-9])(?:\d|[A-Za-z])")
_RUN = re.compile(r"[a-z]+")


def _dispatched(lowered: str, pos: int) -> set[str]:
    """The names of the rules the tagger tries at ``pos``, found without its own helpers."""
    runs = _RUN.findall(lowered, pos)
    head = runs[0] if runs and lowered.startswith(runs[0], pos) else ""
    following = runs[1:] if head else runs
    table, always = _rules_by_key()
    if head not in table:
        return {rule.name for rule, _ in always}
    base, by_next, _ = table[head]
    rules = by_next.get(following[0], base) if following else base
    return {rule.name for rule, _ in rules}


def _check(text: str) -> None:
    lowered = text.lower()
    assert len(lowered) == len(text)
    for start in _START.finditer(lowered):
        pos = start.start()
        tried = _dispatched(lowered, pos)
        for rule, pattern in compiled_rules():
            m = pattern.match(text, pos)
            if m is None or m.end() == pos:
                continue
            end = m.end()
            if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
                continue  # ends inside a word: the tagger rejects it anyway
            assert rule.name in tried, f"{rule.name} matches {m.group()!r} but is not tried there"


def test_keys_of_simple_patterns() -> None:
    assert keys(r"(?i:next|last)\s+week") == {("next", "week"), ("last", "week")}
    assert keys(r"\d{4}") == {("",)}
    assert keys(r"(?:the\s+)?\d+0s") == {("the", "s"), ("", "s")}
    assert keys(r"[A-Za-z]+day") is None  # any word: always tried


def test_every_rule_has_known_keys() -> None:
    unknown = [rule.name for rule, pattern in compiled_rules() if keys(pattern.pattern) is None]
    assert unknown == []


def test_table_sentences_try_every_matching_rule() -> None:
    for sentence, *_ in CASES:
        _check(sentence)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_random_text_tries_every_matching_rule(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab0123456789 -.,'’:/thesmaypqnrduoiwkly", max_size=60))
def test_odd_text_tries_every_matching_rule(text: str) -> None:
    _check(text)


def test_next_word_is_looked_for_nearby_only() -> None:
    from newskit.extractors.dates.tagger import _NEXT_RUN

    assert _NEXT_RUN.match("the 1990s") is not None
    assert _NEXT_RUN.match("1999 " * 20 + "s") is None  # a table of numbers is not scanned to its end


def test_a_next_word_far_away_still_tries_its_rules() -> None:
    from newskit.extractors.dates import tag

    text = "Sales rose for the" + " " * 40 + "year."
    assert [m.value for m in tag(text, None)] == [None]
    (m,) = tag(text, dt.date(2005, 3, 1))
    assert m.text.startswith("the") and m.text.endswith("year") and m.value == "2005"


def test_keys_of_classes_groups_and_lookarounds() -> None:
    assert keys(r"(?<![\d,])(?P<w>[Tt]he)\s+(?=x)(?:end|close)\b") == {
        ("the", "end"),
        ("the", "close"),
    }
    assert keys(r"(?i)mid[\s-]+(?:march|may)\b") == {("mid", "march"), ("mid", "may")}
    assert keys(r"(a)\1") is None  # a back-reference: always tried
    assert keys(r".day") is None


def test_heads_read_patterns_with_their_own_parser() -> None:
    from pathlib import Path

    import newskit

    # read from the file: the module itself may be the compiled build (make compile)
    source = (Path(newskit.__file__).parent / "extractors" / "dates" / "heads.py").read_text(encoding="utf-8")
    assert "_parser" not in source and "sre_parse" not in source and "sre_constants" not in source


def test_a_rule_pattern_is_compiled_at_its_first_match_and_matches_as_its_regex() -> None:
    source = r"(?i)(?:next|last)\s+(?P<unit>week|month)"
    lazy, compiled = LazyPattern(source), re.compile(source)
    assert lazy.match.__self__ is lazy  # not compiled yet
    text = "Since last week, and until next  Month."
    for pos in range(len(text)):
        for endpos in (len(text), pos + 9):
            got, want = lazy.match(text, pos, endpos), compiled.match(text, pos, endpos)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
    assert lazy.match.__self__ == compiled  # the compiled pattern's own method from then on
    assert lazy.match("next week") is not None and lazy.pattern == source
