"""The cue words before a run are tested without their regexes where the text is ASCII: same answers."""

from __future__ import annotations

import pytest

from newskit.extractors.organizations import finder


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Quorvex rose; the firm Brennholt and the UNIT OF Dacom fell.",
        "A stake in  Vale, a merger with\tComelf, the Insurer Axa, unit of\nGlobex.",
        "Der Konzern ÜBER Firm Ölwerk and the ſhares of Kelvin; affirm Zeta.",
    ],
)
def test_the_quick_cue_tests_answer_as_the_regexes(text: str) -> None:
    previous, cue_end = finder._previous_cue(), finder._cue_end()
    for pos in range(2, len(text)):
        if text[pos - 1] == " ":
            assert finder._after_cue_word(text, pos) == (previous.match(text, pos) is not None), text[:pos]
        if text[pos] in " \t":
            assert finder._may_end_cue(text, pos) == (cue_end.match(text, pos) is not None), text[:pos]


def test_a_cue_before_a_name_still_finds_it() -> None:
    from newskit.models import Article
    from newskit.prepare import prepare

    doc = prepare(Article(text="Investors bought shares of Quorvex Vale on Monday, the broker said."))
    assert [f.name for f in finder.find_organizations(doc)] == ["Quorvex Vale"]


def test_the_cue_patterns_are_compiled_together_on_the_finders_first_use() -> None:
    for cached in (finder._patterns, finder._before, finder._cue_end, finder._previous_cue, finder._after):
        cached.cache_clear()
    finder._patterns()
    assert all(f.cache_info().currsize == 1 for f in (finder._before, finder._cue_end, finder._previous_cue))
    assert finder._patterns() is finder._after()
