"""The gazetteer scan: what a token alone decides is kept per word, and it finds what reading on finds."""

from __future__ import annotations

import re

import pytest

from newskit.extractors.countries.scanner import prev_tokens, scan
from newskit.extractors.countries.sources import TOKEN
from newskit.resources import letter_tree


def _keys(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.key) for c in scan(text)]


def test_a_token_that_begins_longer_names_is_read_on_only_before_a_capital() -> None:
    text = "The company met The Hague officials. In Salah is far; In Paris they met the New York Times."
    expected = [("The Hague", "The Hague"), ("In Salah", "In Salah"), ("Paris", "Paris"), ("New York Times", "New York Times")]
    assert _keys(text) == expected
    assert _keys(text) == expected  # the second time from the decisions kept per word


def test_a_word_in_capitals_is_a_name_only_where_its_title_case_is_one() -> None:
    assert _keys("MCI and BBC staff met.\n\nNEW YORK - Talks began.") == [("NEW YORK", "New York")]


def _prev_by_regex(text: str, pos: int) -> list[tuple[int, int]]:
    spans = [m.span() for m in TOKEN.finditer(text, max(0, pos - 40), pos)]
    if pos > 40 and spans and spans[0][0] == pos - 40 and text[pos - 41].isalnum():
        spans = spans[1:]
    return spans[::-1][:2]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Tuesday that talks in London would go on.",
        "Officials of the U.S. embassy in Kabul, and O'Neill's aides in Paris met.",
        "She spoke French at 5pm in\nBerlin; Sen. Ray Miller, D-Columbus, in Ohio.",
        "x y z in Ürümqi, near Åre and St. Louis",
    ],
)
def test_the_words_before_a_place_are_those_of_the_tokenizer(text: str) -> None:
    for pos in range(len(text) + 1):
        if pos > 20 and " " in text[pos - 20 : pos - 1]:  # a window with a word cut only at its start
            assert prev_tokens(text, pos) == _prev_by_regex(text, pos), text[:pos]


@pytest.mark.parametrize(
    ("forms", "text"),
    [
        (["Ga.", "Kan.", "Kans.", "Mass", "Mass.", "N.J.", "N.", "Ont."], "Kans. City, Mass. and Mass, N.J. N. Ont.x Ga."),
        (["ab", "abc", "abcd", "b", "bc"], "abcde abc ab bcd b a"),
        (["$US", "a.b", "a*b", "a+"], "a.b a*b aab a+ $US"),
    ],
)
def test_a_letter_tree_matches_as_the_flat_alternation_longest_first(forms: list[str], text: str) -> None:
    flat = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    for tail in ("", r"(?![\w])", r"(?=\s)"):
        tree = re.compile(f"({letter_tree(forms)}){tail}")
        expected = [m.span(1) for m in re.finditer(f"({flat}){tail}", text)]
        assert [m.span(1) for m in tree.finditer(text)] == expected
        assert expected or tail


def test_an_empty_letter_tree_matches_nothing() -> None:
    assert re.search(letter_tree([]), "anything") is None


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. and U.K. met O'Neill's team in St. Louis; NEW YORK 1996 - Guinea-Bissau, People's Republic.",
        "x9Paris 3Com O'Brien's U.S.A. A.B. abcDef _Xyz __Q 1st Qatar's y'all Z",
        # letters and digits only in ASCII: "£", curly quotes and dashes are neither
        "The £5bn deal: “Bank of England’s” Paris—London talks; O’Neill’s £3 to U.S. 3Com – x£Paris",
    ],
)
def test_the_ascii_patterns_find_what_the_unicode_ones_find_in_ascii_text(text: str) -> None:
    from newskit.extractors.countries.scanner import _CAPITAL, _CAPITAL_ASCII
    from newskit.extractors.organizations.finder import _RUN, _RUN_ASCII
    from newskit.tokens import reads_as_ascii

    assert reads_as_ascii(text)
    for unicode, ascii_only in ((_CAPITAL, _CAPITAL_ASCII), (_RUN, _RUN_ASCII)):
        spans = [m.span() for m in unicode.finditer(text)]
        assert spans
        assert [m.span() for m in ascii_only.finditer(text)] == spans


@pytest.mark.parametrize("text", ["Zürich", "the Ölfeld", "x² and y", "Δ", "Москва", "٣ days"])
def test_a_letter_or_digit_outside_ascii_needs_the_unicode_patterns(text: str) -> None:
    from newskit.tokens import reads_as_ascii

    assert not reads_as_ascii(text)
    assert reads_as_ascii(text.encode("ascii", "ignore").decode() + " £ ’ —")


def test_a_phrase_s_clear_reading_kept_per_readings_is_the_one_computed() -> None:
    from newskit.extractors.countries import matcher

    text = "Paris and London and Georgia and Athens met in Springfield."
    cands = scan(text)
    assert len(cands) == 5
    for c in cands:
        c.kept = list(c.readings)
        assert matcher._clear_reading_of(c) is matcher._clear_reading(c.kept)
        assert matcher._clear_reading_of(c) is matcher._clear_reading(c.kept)  # the second time from the table
        c.kept = c.kept[1:]  # a reading dropped by the context: computed again
        assert matcher._clear_reading_of(c) is matcher._clear_reading(c.kept)


def test_the_table_of_clear_readings_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from newskit.extractors.countries import matcher

    monkeypatch.setattr(matcher, "_CLEAR_KEPT", 2)
    matcher._CLEAR.clear()
    for c in scan("Paris and London and Georgia and Athens met in Springfield."):
        c.kept = list(c.readings)
        matcher._clear_reading_of(c)
        assert len(matcher._CLEAR) <= 2


@pytest.mark.parametrize(
    "text",
    [
        'Growth slowed, "said Michael Lam." In 2000-1, (the) IMF: 5.4 million; Titan, a firm. "All of us"',
        "The company's 29.4bn. Shares fell 1% to 510.75 pence in Paris -- or «Lyon» … and ‘Nice’ £5 €3",
        "O' Neill  said\tthat\n\nU.S. troops, D-Columbus, x² and ½ y_z _Abc 3Com d'Ivoire rock'n' A. B.C. Mr.",
        "Ürümqi, Åre; Москва — Δelta: ’s 's Jones' Jones’s",
    ],
)
def test_the_words_before_read_without_the_tokenizer_are_its_tokens(text: str) -> None:
    from newskit.extractors.countries.scanner import _EDGES, _words_before

    assert not any(re.match(r"\w", ch) for ch in _EDGES)  # no edge character is part of a token
    read = 0
    for pos in range(len(text) + 1):
        quick = _words_before(text, max(0, pos - 20), pos)
        expected = _prev_by_regex(text, pos)
        if quick is not None:
            read += 1
            assert quick == expected, text[:pos]
        assert prev_tokens(text, pos) == expected, text[:pos]
    assert read > 0  # the quick reading was tried and held


def test_reads_as_ascii_answers_for_the_text_asked_about_not_the_last_one() -> None:
    from newskit.tokens import reads_as_ascii

    letters, signs = "Zürich talks", "a £5 deal “here”"
    assert not reads_as_ascii(letters)
    assert reads_as_ascii(signs)
    assert reads_as_ascii(signs)  # asked twice: the remembered answer
    assert not reads_as_ascii(letters)
    assert not reads_as_ascii("".join(["Zü", "rich talks"]))  # an equal text that is another object


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. and U.K. met O'Neill's team in St. Louis; NEW YORK 1996 - Guinea-Bissau, People's Republic.",
        "The £5bn deal: “Bank of England’s” Paris—London talks; O’Neill’s £3 to U.S. 3Com – x£Paris",
        "Greek ano teleia \u0387Paris and \u0387 London, \u038bRome",
        "3Com, 7UP and the G7 met in Zürich; x9Paris A.B. U.S.A. Qatar's y'all Z",
        "NEW YORK 1996-08-22 - Bank of England's L'Oréal talks in Paris: \"U.K.\" (AP)",
    ],
)
def test_the_pattern_scan_reads_with_finds_what_the_unicode_one_finds(text: str) -> None:
    from newskit.extractors.countries.scanner import _CAPITAL, _CAPITALS_NOT_LETTERS, _capitals

    first_class = re.compile(_CAPITAL.pattern[: _CAPITAL.pattern.index("]") + 1])
    not_letters = [chr(i) for i in range(128, 0x10000) if first_class.match(chr(i)) and not chr(i).isalnum()]
    assert tuple(not_letters) == _CAPITALS_NOT_LETTERS
    from newskit.extractors.organizations.finder import _RUN, _runs
    from newskit.tokens import capitals_mask

    mask = capitals_mask(text)
    expected = [m.span() for m in _CAPITAL.finditer(text)]
    assert [m.span() for m in _capitals(text, mask)] == expected
    assert [m.span() for m in _capitals(text, None)] == expected  # no mask given: the text read itself
    expected = [m.span() for m in _RUN.finditer(text)]
    assert [m.span() for m in _runs(text, mask)] == expected
    assert [m.span() for m in _runs(text, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris 1996", b"Aaris 0000"),
        ("O’Neill £5 – x", b"A'Aeill ?0 ? x"),  # "£", "–": no letters or digits
        ("Zürich", None),  # a letter outside ASCII
    ],
)
def test_the_capitals_mask_writes_a_byte_per_character(text: str, expected: bytes | None) -> None:
    from newskit.tokens import capitals_mask

    assert capitals_mask(text) == expected


def test_a_candidate_starts_with_no_context_flags_and_takes_them() -> None:
    from newskit.extractors.countries.scanner import Candidate, scan

    found = scan("Talks in Paris, Texas.")
    assert [(c.key, c.start, c.end, c.single) for c in found] == [("Paris", 9, 14, True), ("Texas", 16, 21, True)]
    c = found[0]
    assert c.kept == [] and c.qualifier is None and not (c.locative or c.placed or c.person or c.municipality)
    c.locative = True
    assert c.locative and not Candidate(0, 5, True, c.readings, "Paris").locative  # flags are per candidate
    assert "Paris" in repr(c)
