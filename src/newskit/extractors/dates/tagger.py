"""The temporal tagger: find candidate spans fast, match the rule table there, resolve, extend.

1. One regex finds the trigger words of the lower-cased text (month, weekday, unit, "now"...),
   another its numbers, kept when they may be a date (a plausible year, "23rd", "1990s", "6 pm").
2. At the trigger and up to four tokens before it (determiners, numbers, qualifiers), the rules
   whose pattern can begin with the words there are tried in table order (``heads.keys``);
   the longest accepted match wins.
3. The rule's resolver gives the TIMEX3 value, against the anchor and the clause's tense.
4. A modifier just before the span ("late", "about", "the end of") joins the span and sets ``mod``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Final

import attrs

from ...models import DateMention, Granularity
from ...resources import cached, fingerprint
from . import calendar as cal
from .heads import keys
from .lexicon import alternation, cues, lexicon, phrase_key
from .members import (
    GRAN_DAY,
    GRAN_MONTH,
    GRAN_QUARTER,
    GRAN_REFERENCE,
    GRAN_WEEK,
    KIND_DATE,
    KIND_DURATION,
    KIND_SET,
    KIND_TIME,
)
from .resolve import Context, Resolved
from .rules import DayRange, LazyPattern, Rule, compiled_rules
from .rules.base import _month_before_dash, _month_no

__all__ = ["tag"]


# Enum members as module constants, for the reason members.py gives.
_RANGE_AFTER: Final = DayRange.AFTER
_RANGE_BEFORE: Final = DayRange.BEFORE

_TOKEN: Final = re.compile(r"(?<![A-Za-z0-9])(?:\d+(?:st|nd|rd|th|s)?\b|\d+|[A-Za-z]+)")
_BACK_CHARS: Final = 48
_CLOCK_AFTER: Final = re.compile(
    r"(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b|[ap]\.m|o['’]clock|in\s+the\s+(?:morning|afternoon|evening))"
    r"|:[0-5]\d(?![\d:])"  # a 24-hour clock, "06:00": the clock rule reads what is around it
    # the first end of a range of clock times: "from 6 to 8 p.m.", "7-10:30 a.m."
    r"|[^\S\n]*(?:-|–|to|until|till)[^\S\n]*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b|[ap]\.m)",
    re.I,
)
# A number that may trigger a match (in the lower-cased text): a run of digits, with an ordinal or
# plural ending that closes the word: four digits, or one or two with an ending or a clock after
# them ("6 pm"); `_is_number_trigger` decides. The class comes first, for the regex engine's fast scan.
_NUMBER: Final = re.compile(
    r"[0-9](?<![a-z\d].)(?:\d{3}(?!\d)(?:(?:st|nd|rd|th|s)\b)?"
    rf"|\d?(?!\d)(?:(?:st|nd|rd|th|s)\b|(?={_CLOCK_AFTER.pattern})))"
)
_RANGE_DAY: Final = re.compile(
    r"\s*(?:-|–|and|to|through|until|or)\s*(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[.,:]\d|\s*(?:%|percent|[ap]\.?m))\b"
)
_BACK: Final = 4


@functools.cache
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()
    triggers: set[str] = set()
    for form in (*lex.months, *lex.weekdays):
        triggers.add(form.rstrip(".").lower())
    triggers.discard("sat")
    triggers.update(f"{form.lower()}s" for form in lex.weekdays if not form.endswith("."))
    triggers.update(lex.units)
    triggers.update(lex.seasons)
    triggers.update(f"{s}s" for s in lex.seasons)  # "the past three summers"
    triggers.update(p for p in lex.parts_of_day if "-" not in p)
    triggers.update(lex.sets)
    triggers.update(phrase.split()[-1] for phrase in lex.references)  # the words before are found going back
    triggers.discard("possible")
    triggers.add("soon")
    triggers.update(cues("extra_triggers"))
    starters = set(triggers)
    starters.update(cues("extra_starters"))
    starters.update(w for w in lex.numbers for w in w.split())
    starters.update(lex.ordinals)
    starters.update(w for phrase in lex.references for w in phrase.split())
    starters.update(w.lower() for name in lex.holiday_names for w in re.findall(r"[A-Za-z]+", name))
    return frozenset(triggers), frozenset(starters)


_ZONE_AFTER: Final = re.compile(r"\s*(?:GMT|UTC)\b|\s+local\s+time\b")


def _is_number_trigger(tok: str, text: str, end: int) -> bool:
    digits = tok.rstrip("sthnrd")
    if len(digits) == 4 and (1000 <= int(digits) <= 2099 or _ZONE_AFTER.match(text, end) is not None):
        return True  # a year, or a 24-hour clock with its zone ("0900 GMT")
    if tok.endswith("s") and len(digits) in (2, 4):  # the 1990s, the '80s
        return True
    if tok.endswith(("st", "nd", "rd", "th")) and len(digits) <= 2:  # the 23rd
        return True
    return len(digits) <= 2 and _CLOCK_AFTER.match(text, end) is not None


@functools.cache
def _trigger_set() -> frozenset[bytes]:
    """The trigger words of three letters or more, as bytes (each a word of the letters a-z)."""
    return frozenset(w.encode("ascii") for w in _word_sets()[0] if len(w) >= 3 and w.isascii() and w.isalpha())


# the letters a-z of a lower-cased text, every other character a space (one byte for one character)
_LETTERS_ONLY: Final = bytes([c if 97 <= c <= 122 else 32 for c in range(256)])


def _candidates(text: str, lowered: str, encoded: bytes | None = None) -> list[tuple[int, int, str]]:
    """The trigger words and numbers of the text, in order: (start, end, lower-cased word).

    The words are the runs of letters a-z (every other character parts them), looked up in a set; only a
    trigger word is then placed in the text. ``encoded`` is ``lowered.encode("ascii", "replace")`` (one byte
    for one character), when the caller has it.
    """
    if encoded is None:
        encoded = lowered.encode("ascii", "replace")
    letters = encoded.translate(_LETTERS_ONLY)
    triggers = _trigger_set()
    found: list[tuple[int, int, str]] = []
    at = 0  # where the trigger last placed ends: an equal word before it was placed too
    for word in letters.split():
        if word in triggers:
            at = _place(letters, word, at)
            found.append((at, at + len(word), word.decode("ascii")))
            at += len(word)
    found += _numbers(text, lowered, encoded)
    found.sort()
    return found


def _place(letters: bytes, word: bytes, at: int) -> int:
    """Where the first whole ``word`` starts in ``letters`` (a view of runs parted by spaces), from ``at``."""
    n = len(letters)
    size = len(word)
    while True:
        i = letters.find(word, at)
        if (i == 0 or letters[i - 1] == 32) and (i + size == n or letters[i + size] == 32):
            return i
        at = i + 1


# the digits 0-9 of a text, every other character a space (one byte for one character)
_DIGITS_ONLY: Final = bytes([c if 48 <= c <= 57 else 32 for c in range(256)])


def _numbers(text: str, lowered: str, encoded: bytes) -> list[tuple[int, int, str]]:
    """The numbers of ``lowered`` that may be a date (:data:`_NUMBER`, then :func:`_is_number_trigger`).

    A match of :data:`_NUMBER` starts a run of ASCII digits, so the pattern is tried only there (the runs
    are split off in C), not at every character; in ASCII, only at runs of one, two or four digits.
    """
    digits = encoded.translate(_DIGITS_ONLY)
    sizes = _NUMBER_SIZES if lowered.isascii() else None  # elsewhere a digit outside ASCII may join a run
    found = []
    at = 0
    for run in digits.split():
        at = digits.find(run, at)  # only spaces lie between a run and the one before
        if sizes is None or len(run) in sizes:
            if sizes is not None and len(run) <= 2 and not _may_end_short_number(lowered, at, at + len(run)):
                at += len(run)
                continue
            m = _NUMBER.match(lowered, at)
            if m is not None and _is_number_trigger(m.group(), text, m.end()):
                found.append((at, m.end(), m.group()))
        at += len(run)
    return found


_NUMBER_SIZES: Final = frozenset((1, 2, 4))
# the characters that may follow a number of one or two digits in :data:`_NUMBER`: an ending ("st", "nd",
# "rd", "th", "s") or the start of a clock time after it (":30", ".30", "am", "pm", "o'clock", "in the", "-8 pm")
_SHORT_NUMBER_NEXT: Final = frozenset("sntr:.apoi-–")


def _may_end_short_number(lowered: str, start: int, end: int) -> bool:
    """False where :data:`_NUMBER` cannot match the run of one or two ASCII digits ``lowered[start:end]`` of
    an ASCII text (a cheap test before the pattern): a letter a-z before it, or after it (spaces skipped) no
    character that can begin an ending or a clock time ("5 million", "20%")."""
    if start and "a" <= lowered[start - 1] <= "z":
        return False
    n = len(lowered)
    if end >= n:
        return False
    c = lowered[end]
    if c in _SHORT_NUMBER_NEXT:
        return True
    if not c.isspace():
        return False
    i = end + 1
    while i < n and lowered[i].isspace():
        i += 1
    return i < n and lowered[i] in "apoitu"  # "6 pm", "6 o'clock", "6 in the morning", "6 to 8 p.m."


@functools.cache
def _modifier_ends() -> tuple[frozenset[str], int] | None:
    """The last words of the modifiers ("of" of "the end of") and the longest one's length, or None when
    one ends in no letter."""
    ends = {phrase.split()[-1].lower() for phrase in lexicon().modifiers}
    return None if any(not w.isalpha() for w in ends) else (frozenset(ends), max(map(len, ends)))


# the letters that end a stretch (a class of letters and a few other signs, such as "²")
_LETTERS_END: Final = re.compile(r"[^\W\d_]*\Z")


def _may_follow_modifier(text: str, start: int, alnum: bytes) -> bool:
    """False where no modifier can stand just before ``start`` (a cheap test before the modifier pattern).

    ``alnum`` is :func:`_alnum` of the lower-cased text: a word of plain ASCII letters (most words) is read
    off it, the letters run before ``start``; any other word by the letters pattern.
    """
    i = start - 1
    if i < 0:
        return False
    if text[i] == "-":
        i -= 1
    elif text[i].isspace():
        while i >= 0 and text[i].isspace():
            i -= 1
    else:
        return False
    known = _modifier_ends()
    if known is None:
        return True
    ends, longest = known
    # the word before, read back one letter further than the longest modifier word (a longer word is none)
    lo = max(0, i - longest)
    j = max(alnum.rfind(b" ", lo, i + 1) + 1, lo)  # after the last character that is no letter, digit or non-ASCII
    run = alnum[j : i + 1]
    if not run:
        return False  # an ASCII sign before: no word
    if run.isalpha() and text[j : i + 1].isascii():  # plain ASCII letters
        return run.decode("ascii") in ends
    word = _LETTERS_END.search(text, lo, i + 1).group()  # type: ignore[union-attr]
    return not word.isascii() or word.lower() in ends  # (?i) matches a few non-ASCII letters too


@functools.cache
def _modifier_pattern() -> re.Pattern[str]:
    mods = lexicon().modifiers
    return re.compile(r"(?i)(?<![\w-])(?P<mod>" + alternation(mods) + r")(?:\s+|-)\Z")


_Rules = tuple[tuple[Rule, LazyPattern], ...]
# the next word after the head; not looked for further than a few characters (no scan to the end of a table)
_NEXT_RUN: Final = re.compile(r"[a-z]*[^a-z]{1,32}([a-z]+)")


_Index = tuple[dict[str, tuple[int, dict[str, int], int]], int, tuple[tuple[int, ...], ...]]
""":func:`_rules_by_key` in numbers: each head's entry and the rules tried anywhere as indices into the
third item, the distinct sets of rules (each their indices in table order)."""


def _rule_index(patterns: tuple[str, ...]) -> _Index:
    """:func:`_rules_by_key` in numbers, kept in the user's cache (reading every pattern takes a tenth of a
    second) under a key made of the patterns and of the code that reads them."""
    from . import heads

    key = fingerprint(files=(Path(heads.__file__), Path(__file__)), parts=patterns)
    return cached("date-rule-table", key, lambda: _build_index(patterns))


def _build_index(patterns: tuple[str, ...]) -> _Index:
    always: set[int] = set()
    one: dict[str, set[int]] = {}
    two: dict[str, dict[str, set[int]]] = {}
    for i, pattern in enumerate(patterns):
        found = keys(pattern)
        if found is None or () in found:  # the pattern does not tell, or can match no word at all
            always.add(i)
            continue
        for key in found:
            if len(key) == 1:
                one.setdefault(key[0], set()).add(i)
            else:
                two.setdefault(key[0], {}).setdefault(key[1], set()).add(i)

    made: dict[frozenset[int], int] = {}  # the same few sets of rules recur under many words

    def ref(indices: set[int]) -> int:
        return made.setdefault(frozenset(indices), len(made))

    table: dict[str, tuple[int, dict[str, int], int]] = {}
    for head in sorted(one.keys() | two.keys()):
        base = always | one.get(head, set())
        by_next = two.get(head, {})
        table[head] = (
            ref(base),
            {nxt: ref(base | more) for nxt, more in by_next.items()},
            ref(base.union(*by_next.values())),
        )
    anywhere = ref(always)
    return table, anywhere, tuple(tuple(sorted(indices)) for indices in made)


@functools.cache
def _rules_by_key() -> tuple[dict[str, tuple[_Rules, dict[str, _Rules], _Rules]], _Rules]:
    """The rules (in table order) whose match can begin with a head word, then with its next word.

    For each head: the rules that need no next word (a match with one word, or a pattern
    that does not tell); for each next word, those rules and the ones with that next word;
    and all of them, for a next word too far away to look for.
    The second item is the rules tried at any other head (those whose pattern does not tell).
    """
    own = compiled_rules()
    table, anywhere, sets = _rule_index(tuple(pattern.pattern for _, pattern in own))
    rules = [tuple(own[i] for i in indices) for indices in sets]
    return (
        {
            head: (rules[b], {nxt: rules[i] for nxt, i in by_next.items()}, rules[a])
            for head, (b, by_next, a) in table.items()
        },
        rules[anywhere],
    )


# the letters a-z and digits 0-9 of a lower-cased text, "?" kept (after ``encode("ascii", "replace")`` it
# stands for any character outside ASCII), every other character a space (one byte for one character)
_ALNUM_ONLY: Final = bytes([c if 97 <= c <= 122 or 48 <= c <= 57 or c == 63 else 32 for c in range(256)])
_QUESTION: Final = 63  # ord("?")
_Entry = tuple[_Rules, dict[str, _Rules], _Rules]


def _alnum(lowered: str) -> bytes:
    """``lowered`` as bytes where only a-z, 0-9 and "?" (any character outside ASCII) are left, at the same offsets."""
    return lowered.encode("ascii", "replace").translate(_ALNUM_ONLY)


def _back_starts(alnum: bytes, lowered: str, lo: int, end: int, entries: dict[str, _Entry]) -> list[tuple[int, _Entry]]:
    """Where a match may start among the last :data:`_BACK` tokens of ``lowered[lo:end]`` (as :data:`_TOKEN`
    reads them): the start and the rule entry (:func:`_entries`) of each token a rule may begin with, in order.

    In ASCII a token starts each run of letters and digits of ``alnum`` (it is all of a run of letters or
    of digits; :data:`_TOKEN` reads the rare run that mixes them, "23rd"): the last runs are read back from
    ``end``, byte by byte. Next to a character outside ASCII (a "?" of ``alnum``: a digit or a letter?),
    :func:`_back_starts_near_other` reads them.
    """
    runs: list[tuple[int, int]] = []  # the last runs, the latest first
    i = end
    while True:
        while i > lo and alnum[i - 1] == 32:
            i -= 1
        if i <= lo:
            break
        if alnum[i - 1] == _QUESTION:
            return _back_starts_near_other(lowered, lo, end, entries)
        if len(runs) == _BACK:
            break
        stop = i
        while i > lo and alnum[i - 1] != 32 and alnum[i - 1] != _QUESTION:
            i -= 1
        runs.append((i, stop))
    found: list[tuple[int, _Entry]] = []
    for start, stop in reversed(runs):  # the earliest run first
        if start == lo and lo and alnum[lo - 1] != 32 and alnum[lo - 1] != _QUESTION:
            continue  # the stretch begins inside a word: no token starts there
        entry = _run_entry(lowered, start, stop, end, entries)
        if entry is not None:
            found.append((start, entry))
    return found


def _run_entry(lowered: str, start: int, stop: int, end: int, entries: dict[str, _Entry]) -> _Entry | None:
    """The rule entry of the token starting the run ``lowered[start:stop]`` of letters and digits, if any."""
    word = lowered[start:stop]
    entry = entries.get(word)  # a run that is a starting word is a token
    if entry is not None:
        return entry
    if word.isalpha():
        return None  # a word no rule begins with (most words)
    if not word.isdigit():
        word = _TOKEN.match(lowered, start, end).group()  # type: ignore[union-attr]
    return _entry_of(word, entries)


def _back_starts_near_other(lowered: str, lo: int, end: int, entries: dict[str, _Entry]) -> list[tuple[int, _Entry]]:
    """:func:`_back_starts` where a character outside ASCII lies among the last runs: the token regex reads them."""
    tokens = [(t.start(), t.group()) for t in _TOKEN.finditer(lowered, lo, end)][-_BACK:]
    return [(start, entry) for start, word in tokens if (entry := _entry_of(word, entries)) is not None]


def _entry_of(word: str, entries: dict[str, _Entry]) -> _Entry | None:
    """The rule entry of a token: its own, else the numbers' one ("") for a token that begins with a digit."""
    return entries.get(word) or (entries.get("") if word[0] <= "9" else None)


@functools.cache
def _entries() -> dict[str, _Entry]:
    """The rule entry (see :func:`_rules_by_key`) of each word a match may start with ("" for a number)."""
    table, always = _rules_by_key()
    entries = {word: table.get(word, (always, {}, always)) for word in _word_sets()[1]}
    entries[""] = table.get("", (always, {}, always))
    return {word: entry for word, entry in entries.items() if entry[0] or entry[2]}


def _resolve_at(
    ctx: Context, pos: int, rules: _Rules, min_end: int, floor: int = -1
) -> tuple[Rule, re.Match[str], Resolved] | None:
    """The first of ``rules`` (in table order) matching at ``pos``, up to ``min_end`` or further, that resolves.

    Only a match that ends after ``floor`` (the end of a match found at an earlier start) can win:
    a rule that matches short of it still ends the search at ``pos`` when it resolves, but resolving
    (the costly step) is left out when no later rule reaches further. The answer is the same.
    """
    text = ctx.text
    n = len(text)
    if floor >= 0:
        shorter: list[tuple[Rule, re.Match[str]]] = []  # the matches before the first that reaches past ``floor``
        for i, (rule, pattern) in enumerate(rules):
            m = pattern.match(text, pos)
            if m is None:
                continue
            end = m.end()
            if end > floor and end >= min_end and _whole(text, end, n):
                first = i
                break
            shorter.append((rule, m))
        else:
            return None  # no rule reaches past ``floor`` here
        # the rules before it can only stop the search, where one resolves
        for short_rule, short in shorter:
            if _resolves(ctx, short_rule, short, pos, min_end, n) is not None:
                return None
        r = _resolves(ctx, rule, m, pos, min_end, n)
        if r is not None:
            return rule, m, r
        rules = rules[first + 1 :]
    for rule, pattern in rules:
        m = pattern.match(text, pos)
        if m is None:
            continue
        r = _resolves(ctx, rule, m, pos, min_end, n)
        if r is not None:
            return (rule, m, r) if m.end() > floor else None
    return None


def _whole(text: str, end: int, n: int) -> bool:
    """True when a match ending at ``end`` ends a word (whole words only)."""
    return not (end < n and text[end].isalnum() and text[end - 1].isalnum())


def _resolves(ctx: Context, rule: Rule, m: re.Match[str], pos: int, min_end: int, n: int) -> Resolved | None:
    """The resolution of a match at ``pos``, or None where it is too short, ends inside a word or does not resolve."""
    end = m.end()
    if end < min_end or end == pos or not _whole(ctx.text, end, n):
        return None
    ctx.start, ctx.end = pos, end
    try:
        return rule.resolve(m, ctx)
    except (ValueError, OverflowError):  # a calendar out of range (year 0 or 10000)
        return None


_KELVIN: Final = "\u212a"  # the one character outside ASCII that lowers to an ASCII letter ("k")


def _lowered(text: str) -> str:
    """``text`` lower-cased for the scans, one character for one (the offsets stay those of ``text``).

    The scans and the patterns run on it read ASCII letters only (a character outside ASCII is "?" in the
    byte views; lowering one keeps it a letter, a digit, a space or none of these): the ASCII capitals are
    lowered, the rest left as written (lowering a whole text outside ASCII costs many times as much). A text
    with the Kelvin sign, which lowers to "k", is lowered in full, each character that would change length kept.
    """
    if text.isascii():
        return text.lower()
    if _KELVIN not in text:
        return text.encode("utf-8").lower().decode("utf-8")  # bytes.lower() lowers the ASCII letters only
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


def _line_of(text: str) -> Callable[[int], tuple[int, int]]:
    def sentence_of(offset: int) -> tuple[int, int]:
        s = text.rfind("\n", 0, offset) + 1
        e = text.find("\n", offset)
        return s, len(text) if e < 0 else e

    return sentence_of


def tag(
    text: str,
    anchor: dt.date | None,
    *,
    sentence_of: Callable[[int], tuple[int, int]] | None = None,
    extractor: str = "dates",
) -> list[DateMention]:
    """Every temporal expression in ``text``, resolved against ``anchor`` (the publication day).

    ``sentence_of(offset)`` gives the bounds of the sentence holding an offset (for tense);
    by default the line is used.

    >>> import datetime as dt
    >>> [(m.text, m.value) for m in tag("He left last year and returns on Tuesday.", dt.date(2023, 2, 23))]
    [('last year', '2022'), ('Tuesday', '2023-02-28')]
    """
    ctx = Context(text=text, anchor=anchor, sentence_of=sentence_of or _line_of(text))
    ctx.has_quarter = "quarter" in text or "Quarter" in text or "QUARTER" in text
    entries = _entries()
    found: list[DateMention] = []
    last_end = 0
    lowered = _lowered(text)
    encoded = lowered.encode("ascii", "replace")
    alnum = encoded.translate(_ALNUM_ONLY)
    for ts, te, tok in _candidates(text, lowered, encoded):
        if ts < last_end:
            continue
        best: tuple[Rule, re.Match[str], Resolved] | None = None
        best_end = -1
        # starts: up to four words back (determiners, numbers, qualifiers), then the trigger itself;
        # the longest match wins (the earliest start on a tie)
        starts = _back_starts(alnum, lowered, max(last_end, ts - _BACK_CHARS), ts, entries)
        own = _entry_of(tok, entries)
        if own is not None:
            starts.append((ts, own))
        for pos, (rules, by_next, any_next) in starts:
            if by_next:  # the rules for the next word
                nxt = _NEXT_RUN.match(lowered, pos)
                rules = any_next if nxt is None else by_next.get(nxt[1], rules)
            if not rules or (pos and text[pos - 1].isalnum() and text[pos].isalnum()):
                continue  # whole words only
            hit = _resolve_at(ctx, pos, rules, te, best_end)
            if hit is not None:
                best, best_end = hit, hit[1].end()
        if best is None:
            continue
        rule, m, r = best
        start, end = m.start(), m.end()
        next_year = m.start("next") if "next" in m.re.groupindex and m["next"] else -1
        if next_year >= 0:
            end = next_year  # "2010-11": the first year, then the second
        if rule.adjective and (det := _DET_BEFORE_ADJECTIVE.match(m.group())):
            start += det.end()  # "the third-quarter loss": the adjective alone
        start, r = _extend(ctx, start, last_end, r, alnum)
        start, r = _day_before_after(text, start, last_end, r)
        if next_year < 0:
            end, r = _extend_after(text, end, r)
        if rule.day_range is _RANGE_BEFORE and (r.period is not None or r.granularity is GRAN_MONTH):
            if r.granularity is GRAN_MONTH:
                before = _range_month_before(text, start, last_end, r, anchor, extractor)
            else:
                before = _range_day_before(text, start, last_end, r, anchor, extractor)
            if before is not None:  # "16-28 November", "July-September": the first day or month too
                found.append(before)
        found.append(mention(text, start, end, r, anchor, extractor))
        last_end = end
        _remember(ctx, r, start)
        if r.period is not None and r.kind in (KIND_DATE, KIND_TIME):
            # the latest point named, relative or not ("last October", "Friday"), for "that same day"
            ctx.day, ctx.day_end = r.period.first, end
            ctx.day_granularity = (
                r.granularity if r.granularity is None else _DAY_LEVEL.get(r.granularity, r.granularity)
            )
        if rule.day_range is _RANGE_AFTER and r.period is not None:
            if next_year >= 0:
                extra = _range_year(text, next_year, r, anchor, extractor)
            else:
                extra = _range_day(text, end, r, anchor, extractor)
            if extra is not None:
                found.append(extra)
                last_end = extra.end
    return found


_DAY_LEVEL: Final = {Granularity.TIME: Granularity.DAY, Granularity.PART_OF_DAY: Granularity.DAY}
_DET_BEFORE_ADJECTIVE: Final = re.compile(r"(?i)the\s+(?=\w+-quarter$)")
_WEEKDAY_HEADS: Final = frozenset(("mon", "tue", "wed", "thu", "fri", "sat", "sun", "tod"))


def _extend(ctx: Context, start: int, floor: int, r: Resolved, alnum: bytes) -> tuple[int, Resolved]:
    """Join a modifier word just before ``start`` ("late", "about", "the end of") to the expression.

    ``alnum`` is :func:`_alnum` of the lower-cased text.
    """
    if r.kind is KIND_SET or r.granularity is GRAN_REFERENCE:
        return start, r
    if not _may_follow_modifier(ctx.text, start, alnum):
        return start, r
    m = _modifier_pattern().search(ctx.text, max(floor, start - 24), start)
    if m is None:
        return start, r
    mod = lexicon().modifiers[phrase_key(m["mod"])]
    if mod.phrase in ("post", "pre") and ctx.text[m.end() - 1] != "-":
        return start, r  # "post-1959" and "pre-war" join, "will post 1990 results" does not
    if mod.phrase in ("over", "under") and ctx.text.startswith(("the ", "The "), start):
        return start, r  # "over the past five years": a preposition
    is_amount = r.kind is KIND_DURATION or r.amount
    if mod.phrase in ("about", "around") and (
        r.kind is KIND_DURATION or ctx.text[start : start + 3].lower() in _WEEKDAY_HEADS
    ):
        return start, r  # TempEval leaves "about" out of "about five hours"; "get around Wednesday's ruling"
    if mod.phrase in ("earlier", "later") and (
        r.granularity is GRAN_WEEK or ctx.text[start : start + 3].lower() in _WEEKDAY_HEADS
    ):
        return start, r  # "earlier this week", "Earlier Friday": TempEval tags the week, the day
    if mod.applies == "point" and is_amount:
        return start, r
    if mod.applies == "amount" and not is_amount:
        return start, r
    return m.start(), (attrs.evolve(r, mod=mod.mod) if mod.mod else r)


_DAY_BEFORE_AFTER: Final = re.compile(r"(?i)(?<![\w-])(?:the\s+)?day\s+(?P<dir>before|after)\s+\Z")


def _day_before_after(text: str, start: int, floor: int, r: Resolved) -> tuple[int, Resolved]:
    """ "The day before last Tuesday", "the day after March 3": one expression, a day off the day it names."""
    if r.granularity is not GRAN_DAY or r.period is None or r.mod is not None or r.kind is not KIND_DATE:
        return start, r
    m = _DAY_BEFORE_AFTER.search(text, max(floor, start - 20), start)
    if m is None:
        return start, r
    day = r.period.first + dt.timedelta(days=-1 if m["dir"].lower() == "before" else 1)
    value, granularity, period = cal.day(day)
    return m.start(), attrs.evolve(r, value=value, granularity=granularity, period=period, description=None)


_TRAILING: Final = re.compile(
    r"\s+(?:(?P<so>or\s+so)|(?P<after>or\s+later|and\s+beyond|or\s+after)|(?P<before>or\s+earlier|or\s+before))"
    r"(?![\w-])(?!\s+(?:ago|earlier|later|before|after|that|than)\b)",
    re.IGNORECASE,
)


def _extend_after(text: str, end: int, r: Resolved) -> tuple[int, Resolved]:
    """Join an approximator or an open end just after the expression to it, as TimeML does: "the next year or so"
    (``APPROX``), "1994 or later", "2030 and beyond" (``ON_OR_AFTER``), "May or earlier" (``ON_OR_BEFORE``)."""
    if r.mod is not None or r.kind not in (KIND_DATE, KIND_DURATION) or r.granularity is GRAN_REFERENCE:
        return end, r
    m = _TRAILING.match(text, end)
    if m is None:
        return end, r
    if m["so"]:
        return m.end(), attrs.evolve(r, mod="APPROX")
    if r.kind is not KIND_DATE:
        return end, r  # "two years or later": no open end to a length
    return m.end(), attrs.evolve(r, mod="ON_OR_AFTER" if m["after"] else "ON_OR_BEFORE")


def _remember(ctx: Context, r: Resolved, start: int) -> None:
    if r.value and r.granularity is GRAN_QUARTER and "-Q" in r.value and r.description is None:
        recent = ctx.anchor is None or (r.period is not None and (r.period.last - ctx.anchor).days >= -366)
        if recent:  # the report's own quarter, not an old comparison ("the 1988 period")
            ctx.quarter_ref = (int(r.value[:4]), int(r.value[-1]))
    if r.period is not None and not r.relative:
        ctx.last_day = r.period.first
        ctx.last_granularity = r.granularity
        ctx.last_at = start


_RANGE_DAY_BEFORE: Final = re.compile(
    r"(?<![\d.,:/-])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*\Z"
)


def _range_day_before(
    text: str, start: int, floor: int, r: Resolved, anchor: dt.date | None, extractor: str
) -> DateMention | None:
    """The first day of "16-28 November" / "16 and 28 November", in the second day's month."""
    m = _RANGE_DAY_BEFORE.search(text, max(floor, start - 12), start)
    if m is None or r.period is None:
        return None
    day = int(m["d"])
    last = r.period.first
    if day >= last.day:
        return None
    d = last.replace(day=day)
    first = attrs.evolve(r, value=cal.day(d)[0], period=cal.day(d)[2], mod=None)
    return mention(text, m.start("d"), m.end("d"), first, anchor, extractor)


def _range_month_before(
    text: str, start: int, floor: int, r: Resolved, anchor: dt.date | None, extractor: str
) -> DateMention | None:
    """The first month of "July-September", "January-April 1995": in the second month's year, or the year before
    when it comes later in the calendar ("November-January")."""
    m = _month_before_dash(text, start, floor)
    if m is None:
        return None
    month = _month_no(m["month"])
    if r.period is None:  # no publication date: "XXXX-04"
        r = attrs.evolve(r, value=f"XXXX-{month:02d}", mod=None, description=f"month {m['month']}")
    else:
        last = r.period.first
        first = cal.month(last.year if month < last.month else last.year - 1, month)
        r = attrs.evolve(r, value=first[0], period=first[2], mod=None)
    return mention(text, m.start("month"), m.end("month"), r, anchor, extractor)


def _range_year(text: str, at: int, r: Resolved, anchor: dt.date | None, extractor: str) -> DateMention | None:
    """The second year of "the 2010-11 season", "2018/19", "from 1975-81" (written at ``at``, after the dash): each
    end is tagged."""
    if r.period is None:
        return None
    first = r.period.first.year
    year = first - first % 100 + int(text[at + 1 : at + 3])
    second = cal.year(year if year > first else year + 100)  # "1999-00" ends in 2000
    return mention(text, at + 1, at + 3, attrs.evolve(r, value=second[0], period=second[2]), anchor, extractor)


def _range_day(text: str, end: int, r: Resolved, anchor: dt.date | None, extractor: str) -> DateMention | None:
    """The second day of "March 1 and 3" / "March 1-3", in the first day's month."""
    m = _RANGE_DAY.match(text, end)
    if m is None or r.period is None:
        return None
    first = r.period.first
    day = int(m["d"])
    if day <= first.day:
        return None
    try:
        d = first.replace(day=day)
    except ValueError:
        return None
    second = attrs.evolve(r, value=cal.day(d)[0], period=cal.day(d)[2])
    return mention(text, m.start("d"), m.end("d"), second, anchor, extractor)


def mention(text: str, start: int, end: int, r: Resolved, anchor: dt.date | None, extractor: str) -> DateMention:
    """The date mention of ``text[start:end]`` resolved as ``r`` (the anchor kept only for relative values)."""
    return DateMention(
        text=text[start:end],
        start=start,
        end=end,
        extractor=extractor,
        score=r.score,
        value=r.value,
        kind=r.kind,
        granularity=r.granularity,
        period=r.period if r.kind in (KIND_DATE, KIND_TIME) else None,
        anchor=anchor if r.relative else None,
        relative=r.relative,
        mod=r.mod,
        description=r.description,
    )
