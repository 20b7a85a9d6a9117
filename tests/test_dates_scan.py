"""The tagger's fast scans find what a plain reading would: word trees, trigger words, the word before a modifier."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.extractors.dates import tagger
from newskit.extractors.dates.lexicon import alternation

_WORDS = st.lists(st.text(alphabet="ab '.-", min_size=1, max_size=5).filter(lambda w: w.strip() == w), min_size=1)
_TEXTS = st.text(alphabet="abAB '’.- \n1é", max_size=30)


def _flat(words: list[str], *, caps: bool = False) -> str:
    """The alternation as a flat list of words, longest first (what :func:`alternation` must match like)."""
    forms = set(words) | ({w.upper() for w in words} if caps else set())
    parts = []
    for w in sorted(forms, key=lambda s: (-len(s), s)):
        esc = re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(esc + (r"\b" if esc[-1].isalnum() else ""))
    return "(?:" + "|".join(parts) + ")"


def _spans(pattern: str, text: str) -> list[tuple[int, int] | None]:
    compiled = re.compile(pattern)
    return [m.span() if (m := compiled.match(text, i)) else None for i in range(len(text) + 1)]


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXTS, st.booleans())
def test_a_word_tree_matches_as_the_flat_list(words: list[str], text: str, caps: bool) -> None:
    # what follows the words decides between them, as it would in a rule: the longer first, then the shorter
    for tail in ("", r"(?=\s|\Z)", "x"):
        assert _spans(alternation(words, caps=caps) + tail, text) == _spans(_flat(words, caps=caps) + tail, text)
    assert _spans(f"(?i:{alternation(words)})", text) == _spans(f"(?i:{_flat(words)})", text)


def test_a_word_tree_is_a_tree() -> None:
    assert alternation(["may", "march", "mar."]) == r"(?:ma(?:r(?:\.|ch\b)|y\b))"
    assert re.fullmatch(alternation(["new year"]), "new   year")


def test_trigger_words_are_plain_letters() -> None:
    # the scan reads the text's letters a-z only (every other character is a space)
    words = [w for w in tagger._word_sets()[0] if len(w) >= 3]
    assert words and all(re.fullmatch("[a-z]+", w) for w in words)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="may junesday ,.-’é1İ\n", max_size=60))
def test_trigger_words_are_found_as_a_plain_scan_would(text: str) -> None:
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    words = {w for w in tagger._word_sets()[0] if len(w) >= 3}
    plain = [(m.start(), m.end(), m.group()) for m in re.finditer("(?<![a-z])[a-z]+(?![a-z])", lowered)]
    found = [c for c in tagger._candidates(text, lowered) if c[2][0].isalpha()]
    assert found == [c for c in plain if c[2] in words]


def _follows_a_modifier_word(text: str, start: int) -> bool:
    """The plain reading of the modifier test: the letters before the space or hyphen, as the pattern reads them."""
    m = re.search(r"([^\W\d_]*)(?:\s+|-)\Z", text[:start])
    if m is None:
        return False
    ends, longest = tagger._modifier_ends() or (frozenset(), 0)
    word = m[1][-(longest + 1) :]  # read no further back than one letter more than the longest modifier word
    return not word.isascii() or word.lower() in ends


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="late abouthe nd of- \n²éK_1?", max_size=30))
def test_the_modifier_test_never_hides_a_modifier(text: str) -> None:
    start = len(text)
    text += "2005"
    alnum = tagger._alnum(text.lower())
    if tagger._modifier_pattern().search(text, max(0, start - 24), start):
        assert tagger._may_follow_modifier(text, start, alnum)
    # the word read off the ASCII view is the one the letters pattern reads
    assert tagger._may_follow_modifier(text, start, alnum) == _follows_a_modifier_word(text, start)


def test_the_modifier_test_reads_the_word_before() -> None:
    text = "in late 2005, some 2006, a-2007, slate 2008, over-2009, Over 2010, (2011, café late 2012, caféla 2013"
    alnum = tagger._alnum(text.lower())
    found = [text[i : i + 4] for i in range(len(text)) if text[i].isdigit() and text[i - 1] in " -("]
    assert [tagger._may_follow_modifier(text, text.index(y), alnum) for y in found] == [
        True,  # late
        True,  # some
        False,  # a
        False,  # slate
        True,  # over-
        True,  # Over
        False,  # (
        True,  # late after a word with an accent
        True,  # a word outside ASCII: the pattern decides
    ]


def _starts_by_regex(lowered: str, lo: int, end: int) -> list[tuple[int, object]]:
    """The last tokens of the stretch as the plain token regex reads them, those a rule may begin with."""
    entries = tagger._entries()
    tokens = [(m.start(), m.group()) for m in tagger._TOKEN.finditer(lowered, lo, end)][-tagger._BACK :]
    starts = []
    for start, word in tokens:
        entry = entries.get(word) or (entries.get("") if word[0] <= "9" else None)
        if entry is not None:
            starts.append((start, entry))
    return starts


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1 2s_tnd-.?é٣A\nhe", max_size=40), st.data())
def test_the_starts_before_a_trigger_are_the_regex_tokens(text: str, data: st.DataObject) -> None:
    # the fast reading (one match in the reversed view) and the plain token regex agree on any stretch, also
    # next to digits outside ASCII ("٣"), a question mark, an underscore or a run that mixes letters and digits
    lowered = text.lower()
    end = data.draw(st.integers(0, len(lowered)))
    lo = data.draw(st.integers(0, end))
    alnum = tagger._alnum(lowered)
    entries = tagger._entries()
    assert tagger._back_starts(alnum, lowered, lo, end, entries) == _starts_by_regex(lowered, lo, end)


def test_the_starts_before_a_trigger_in_plain_text() -> None:
    text = "shares rose 5% in the 23rd week, after the 1990s boom; a_b 7pm, the 1st and last 3rd2 the2 a few"
    alnum = tagger._alnum(text)
    entries = tagger._entries()
    seen = set()
    for end in range(len(text) + 1):
        for lo in (0, max(0, end - 12), max(0, end - 48)):
            starts = tagger._back_starts(alnum, text, lo, end, entries)
            assert starts == _starts_by_regex(text, lo, end)
            seen.update(start for start, _ in starts)
    assert {text.index("the 23rd"), text.index("23rd"), text.index("1990s"), text.index("last")} <= seen


def _numbers_by_regex(text: str, lowered: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group())
        for m in tagger._NUMBER.finditer(lowered)
        if tagger._is_number_trigger(m.group(), text, m.end())
    ]


def _numbers(text: str, lowered: str) -> list[tuple[int, int, str]]:
    """The numbers the scan finds (its candidates that begin with a digit)."""
    return [c for c in tagger._candidates(text, lowered) if c[2][0].isdigit()]


_NUMBER_PARTS = (
    *("1", "2", "0", "12", "٣", " ", "s", "th", "a", ":", "30", "pm", " GMT", "é", "-", "day", "\t", "\n", "M"),
    *(" am", "A.M.", "o'clock", " in the morning", " million", "%", ".5", "x", "i", "P"),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PARTS)))
def test_numbers_are_found_as_the_number_pattern_scan_would(parts: list[str]) -> None:
    # the pattern is tried only where a run of ASCII digits starts, and a number of one or two digits only where
    # a cheap test of the characters around it allows: the same numbers as a scan of every character
    text = "".join(parts)
    lowered = text.lower()
    assert _numbers(text, lowered) == _numbers_by_regex(text, lowered)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["1", "2005", "12", "٣", " ", "s", "th", "pm", "é", "-", "may", "days", "dismay", "?"])))
def test_the_one_pass_scan_finds_the_words_and_numbers_of_the_plain_scans(parts: list[str]) -> None:
    # runs of letters, of digits and runs that mix them ("5days", "2005may"), the same run written twice
    text = "".join(parts)
    lowered = text.lower()
    words = {w for w in tagger._word_sets()[0] if len(w) >= 3}
    plain = [(m.start(), m.end(), m.group()) for m in re.finditer("(?<![a-z])[a-z]+(?![a-z])", lowered)]
    expected = sorted([c for c in plain if c[2] in words] + _numbers_by_regex(text, lowered))
    assert tagger._candidates(text, lowered) == expected


def test_numbers_in_plain_text() -> None:
    text = "In 2005, 3,000 people left at 6 pm on the 23rd; the 1990s and 0900 GMT, 12345 and 07:30."
    assert _numbers(text, text.lower()) == _numbers_by_regex(text, text.lower())
    assert [n[2] for n in _numbers(text, text.lower())] == [
        "2005",
        "6",
        "23rd",
        "1990s",
        "0900",
        "07",  # a 24-hour clock
    ]


def _full_lower(text: str) -> str:
    """``text.lower()`` one character for one: what the scans read before they lowered ASCII capitals only."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ 9\u00a0\nÉéİ\u212a’Ǆ", max_size=30))
def test_the_lowered_text_reads_as_the_fully_lowered_one(text: str) -> None:
    # the same ASCII letters where the full lowering has them; elsewhere a character of the same kind
    fast, full = tagger._lowered(text), _full_lower(text)
    assert len(fast) == len(text)
    assert fast.encode("ascii", "replace") == full.encode("ascii", "replace")
    for a, b in zip(fast, full, strict=True):
        assert (a.isalnum(), a.isspace(), a.isdecimal()) == (b.isalnum(), b.isspace(), b.isdecimal())


def test_dates_outside_ascii_as_with_the_full_lowering(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    texts = (
        "ÉMILE said on Tuesday that the 6\u00a0pm meeting on 3 March 2005 was late, the İstanbul talks last\n"
        "WEEK lasted three weeks and the 1990s, RÉSUMÉ due next Friday.",
        "A wee\u212a (with the Kelvin sign, which lowers to k) and next Friday.",
    )
    found = [[(m.start, m.end, m.value) for m in tagger.tag(text, dt.date(2005, 3, 1))] for text in texts]
    monkeypatch.setattr(tagger, "_lowered", _full_lower)
    assert found == [[(m.start, m.end, m.value) for m in tagger.tag(text, dt.date(2005, 3, 1))] for text in texts]
    assert len(found[0]) >= 5 and len(found[1]) == 2

