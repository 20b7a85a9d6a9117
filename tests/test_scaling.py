"""Time grows linearly with the text: each case here took seconds to minutes before it was made linear.

The sizes are chosen so that the quadratic code this replaced would run far past the time limit,
while the linear code takes a fraction of a second; the assertions check what is found.
"""

from __future__ import annotations

import itertools
import string

import pytest

from newskit.extractors.dates import tag
from newskit.extractors.dates.context import Tense, tense_at
from newskit.extractors.people.finder import _Doc, _Window, find_people
from newskit.extractors.people.lexicon import lexicon
from newskit.merge import resolve_overlaps
from newskit.models import Article, DateMention, PersonMention
from newskit.prepare import prepare, split_sentences

pytestmark = pytest.mark.timeout(20)  # generous: each takes well under a second


def _made_up_words(n: int) -> list[str]:
    """``n`` distinct lower-case words that are in no word list ("zubakofe", "zubakofi" ...)."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    return ["zu" + "".join(p) for p in itertools.islice(itertools.product(syllables, repeat=3), n)]


def test_merge_is_not_quadratic_in_the_mentions() -> None:
    # 12,000 mentions side by side and 12,000 more straddling each pair: every kept mention was
    # compared with every other kept one (72 million comparisons).
    n = 12_000
    text = "x" * (2 * n + 2)
    side = [DateMention(text="xx", start=2 * i, end=2 * i + 2) for i in range(n)]
    straddling = [PersonMention(text="xx", start=2 * i + 1, end=2 * i + 3, name="x") for i in range(n)]
    assert len(text) > side[-1].end
    dates, countries, people = resolve_overlaps(side, [], straddling)
    assert dates == side  # a date wins a tie with a person, and the earlier one wins between straddlers
    assert countries == [] and people == []


def test_merge_keeps_a_person_between_two_dates() -> None:
    a = DateMention(text="ab", start=0, end=2)
    b = PersonMention(text="cde", start=2, end=5, name="cde")
    c = DateMention(text="fg", start=5, end=7)
    empty = DateMention(text="", start=3, end=3)  # inside the person: it loses to it
    assert resolve_overlaps([a, c, empty], [], [b]) == ([a, c], [], [b])


def test_a_text_of_initials_is_not_one_long_name() -> None:
    # "A. B. C. A. B. C. ..." was one name of 33,000 words (1.7 GB of memory to link it).
    text = "A. B. C. " * 11_000
    people = find_people(prepare(Article(text=text)))
    assert all(len(p.name.split()) <= 8 and len(p.text) <= 100 for p in people)


@pytest.mark.parametrize("unit", ["A. B. C. ", "Capitalised Words Like These Ones "])
def test_a_text_that_is_one_long_run_of_capitals_is_read_in_little_memory(unit: str) -> None:
    # The run pattern matched the whole text at once, and the regular expression engine kept a record of
    # every word it repeated over: 267 bytes a character for the initials, 113 for the capitalised words.
    import tracemalloc

    text = unit * (100_000 // len(unit))
    doc = prepare(Article(text=text, language="en"))
    find_people(doc)
    tracemalloc.start()
    try:
        people = find_people(doc)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 90 * len(text)
    assert all(len(p.name.split()) <= 8 for p in people)


def test_a_run_of_capitals_longer_than_a_step_is_read_as_one_match_would(monkeypatch: pytest.MonkeyPatch) -> None:
    from newskit.extractors.people import finder

    words = [w.capitalize() for w in _made_up_words(300)]
    texts = [
        "Officials said " + " ".join(words[:150]) + " Smith said it would rain. Mr Smith left.",
        " ".join(f"{a} de la {b} Y {c}" for a, b, c in zip(words[::3], words[1::3], words[2::3], strict=True)) + ".",
        "A. B. C. " * 500 + "John Smith said so.",
        ("Capitalised Words Like These Ones " * 60).strip() + ", said Ann Lee.",
        # a name just past the end of a step (read alone, "John Smith" would be found)
        *("Officials said " + "And " * n + "John Smith left on Monday. Smith said so." for n in range(36, 44)),
    ]

    def found() -> list[list[tuple[int, int, str]]]:
        finder._patterns.cache_clear()
        finder.lexicon("en").run_shapes.clear()
        return [[(p.start, p.end, p.name) for p in find_people(prepare(Article(text=t, language="en")))] for t in texts]

    stepped = found()
    monkeypatch.setattr(finder, "_RUN_STEP", 100_000)  # one step reads any run whole
    try:
        assert found() == stepped
    finally:
        monkeypatch.undo()
        finder._patterns.cache_clear()
    assert any(stepped)


def test_a_long_title_case_line_is_not_a_name() -> None:
    words = " ".join(w.capitalize() for w in _made_up_words(20))
    text = f"Officials said {words} said it would rain."
    assert find_people(prepare(Article(text=text))) == []


def test_names_in_a_text_without_spaces() -> None:
    # The tokens before each capitalised word were read back to the last space: here the start of the text.
    assert find_people(prepare(Article(text=",Smith" * 3_000, language="en"))) == []
    text = ",x" * 50_000 + ",Smith"
    s = len(text) - 5
    window = _Window(text, [(s, len(text), "Smith")])
    assert window.tok(-1) == (s - 1, s, ",") and window.tok(-2) == (s - 2, s - 1, "x")


def test_many_distinct_capitalised_words() -> None:
    # Each capitalised word was looked for in lower case through the whole text.
    words = _made_up_words(10_000)
    text = " ".join(f"{w.capitalize()} said it." for w in words) + " " + " ".join(f"the {w} fell." for w in words[::2])
    d = _Doc(prepare(Article(text=text)), lexicon())
    assert [d.used_in_lower_case(w.capitalize()) for w in words] == [True, False] * 5_000
    assert d.used_in_lower_case("The") and d.used_in_lower_case("It.") and not d.used_in_lower_case("Fel")


def test_a_capitalised_word_also_written_in_lower_case_is_no_name() -> None:
    words = _made_up_words(200)
    text = " ".join(f"{w.capitalize()} said it." for w in words) + " " + " ".join(f"the {w} fell." for w in words[::2])
    names = {p.name for p in find_people(prepare(Article(text=text)))}
    assert names == {w.capitalize() for w in words[1::2]}


def test_tense_reads_only_the_words_near_each_date() -> None:
    # One sentence of 9,000 weekdays: the sentence was read from its start for every one of them.
    text = "He left on Monday, " + "on Monday, " * 9_000 + "and came back."
    assert tense_at(text, len(text) - 20, len(text) - 14, 0, len(text)) is Tense.PAST
    assert tense_at(text, 11, 17, 0, len(text)) is Tense.PAST


def test_dates_in_one_long_sentence() -> None:
    import datetime as dt

    text = "Officials said they met on Monday" + ", on Monday" * 3_000 + "."
    found = tag(text, dt.date(2023, 2, 23))
    assert len(found) == 3_001
    assert {m.value for m in found} == {"2023-02-20"}


def test_sentence_split_on_a_long_run_of_dots() -> None:
    text = "Stop." + "." * 30_000 + " then go on"
    assert list(split_sentences(text)) == [(0, len(text))]


def test_sentence_split_without_spaces_between_initials() -> None:
    # Tabs, not spaces: the word before each full stop was looked for back to the sentence start.
    text = "A.\t" * 60_000 + "B"
    assert list(split_sentences(text)) == [(0, len(text))]


def test_many_short_lines_join_into_one_block() -> None:
    # Each line was checked by reading the whole paragraph it continues.
    text = "word and more words here\n" * 16_000
    doc = prepare(Article(text=text))
    assert [(s.start, s.end) for s in doc.sentences] == [(0, len(text) - 1)]


def test_many_short_lines_that_end_sentences() -> None:
    text = "".join(f"{c.upper()} is a letter.\n" for c in string.ascii_lowercase) * 600
    doc = prepare(Article(text=text))
    assert len(doc.sentences) == 26 * 600
    assert all(s.text.endswith("is a letter.") for s in doc.sentences)


def test_organisations_on_one_long_results_line() -> None:
    # A sports article whose results run on one long line: every capitalised run read the whole line
    # before it (a 16 KB line took minutes).
    from newskit.extractors.organizations.plugin import find_organizations

    names = [w.capitalize() for w in _made_up_words(2_000)]
    line = " ".join(f"{a} {i % 7} {b} {i % 5} ," for i, (a, b) in enumerate(zip(names[::2], names[1::2], strict=True)))
    doc = prepare(Article(text=f"Football results\n\nSoccer: {line}\n", language="en"))
    found = list(find_organizations(doc))
    assert all(doc.text[m.start : m.end] == m.text for m in found)


def test_organisations_named_again_and_again() -> None:
    # Every occurrence of a found name was checked against every span taken so far, and every name was
    # searched for through the whole text: 1 MB of news took 20 s in the organisations finder alone.
    from newskit.extractors.organizations.plugin import find_organizations

    names = [f"{w.capitalize()} Corp" for w in _made_up_words(3_000)]
    paragraph = " ".join(f"Shares of {n} rose." for n in names)
    doc = prepare(Article(text=f"Markets\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n", language="en"))
    found = list(find_organizations(doc))
    assert all(doc.text[m.start : m.end] == m.text for m in found)
    assert sum(m.name == names[0] for m in found) == 3
    assert len({m.name for m in found}) >= len(names)


def test_organisations_in_many_capital_headlines() -> None:
    # Each ALL-CAPS name in a headline searched the whole text for the name after a given name ("Roy Keane" for
    # "KEANE"): 380 KB of such stories took 25 s in the organisations finder alone.
    from newskit.extractors.organizations.plugin import find_organizations

    story = "NATO CHIEF MEETS ROY SMITH\n\nRoy Smith met officials. The alliance met in Brussels on day {}.\n\n"
    doc = prepare(Article(text="".join(story.format(i) for i in range(4_000)), language="en"))
    nato = [m for m in find_organizations(doc) if m.text == "NATO"]
    assert len(nato) == 4_000
    assert all(m.score == 1.0 for m in nato)  # nobody in the stories is called "Nato"


# --------------------------------------------------------------------------- the shapes of scaling.py, by call count
# Time is noisy on a shared machine; the number of Python calls is not. Each shape of the benchmark
# (shared/eval/scaling.py: news and ten hostile texts) is read at one size and at four times that size,
# each once before it is counted (so that what is memoised per word counts at neither size): four
# times the text must take about four times the calls, not sixteen.


def _news_like(size: int) -> str:
    """News-like paragraphs written for this test: new names, places and dates in each, ``size`` characters."""
    words = _made_up_words(2_000)
    paragraphs = []
    total = i = 0
    days = ("Monday", "Tuesday", "last week", "on 3 March 2004", "yesterday", "in June")
    places = ("Paris", "Kenya", "Brazil", "Germany", "Japan", "the United States")
    while total < size:
        a, b, c = (words[(3 * i + k) % len(words)].capitalize() for k in range(3))
        paragraph = (
            f"{a} {b}, the head of {c} Holdings, said {days[i % 6]} that talks in {places[i % 6]} would resume. "
            f'"We are ready," Mr {b} told reporters in {places[(i + 1) % 6]}, adding that {c} Bank had agreed.\n\n'
        )
        paragraphs.append(paragraph)
        total += len(paragraph)
        i += 1
    return "".join(paragraphs)[:size]


def _shape_text(shape: str, size: int) -> str:
    if shape == "news":
        return _news_like(size)
    if shape == "one-line":
        return " ".join(_news_like(size).split())
    if shape == "wrapped-72":
        import textwrap

        return "\n\n".join(textwrap.fill(p, 72) for p in _news_like(size).split("\n\n"))
    unit = _UNITS[shape]
    return (unit * (size // len(unit) + 1))[:size]


_UNITS = {
    "initials": "A. B. C. ",
    "weekdays": "on Monday, ",
    "nested": "(Paris said (on Monday (that ",
    "quotes": '"Smith said" ',
    "dots": "Stop." + "." * 200 + " ",
    "lowercase-lines": "word and more words here\n",
    "capitalised": "Capitalised Words Like These Ones ",
    "digits": "3141592653 5897932384 6264338327 ",
}


def _calls(text: str) -> int:
    import cProfile
    import pstats

    import newskit

    newskit.extract(text, published="2005-03-01")  # what is memoised per word or loaded once is not counted
    profile = cProfile.Profile()
    profile.enable()
    newskit.extract(text, published="2005-03-01")
    profile.disable()
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("shape", ["news", "one-line", "wrapped-72", *_UNITS])
def test_four_times_the_text_takes_four_times_the_calls(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from newskit.extractors.organizations import finder

    # Both sizes on the path of a long text: the organisations finder indexes the words of a text from
    # 50,000 characters on (below, it searches the text for each name, in C).
    monkeypatch.setattr(finder, "_INDEXED", 0)
    size = 8_000 if shape in {"news", "one-line", "wrapped-72"} else 4_000
    small, large = _calls(_shape_text(shape, size)), _calls(_shape_text(shape, 4 * size))
    assert large <= 4.6 * small, f"{shape}: {small} calls at {size} characters, {large} at {4 * size}"


def test_an_extraction_leaves_no_garbage_cycles_and_the_collector_as_it_was() -> None:
    import gc

    import newskit

    text = _news_like(5_000)
    newskit.extract(text, published="2005-03-01")
    gc.collect()
    assert gc.isenabled()
    newskit.extract(text, published="2005-03-01")
    assert gc.isenabled()
    assert gc.collect() == 0  # nothing the paused collector should have freed was left behind
    gc.disable()
    try:
        newskit.extract(text, published="2005-03-01")
        assert not gc.isenabled()  # a caller who paused it keeps it paused
    finally:
        gc.enable()
