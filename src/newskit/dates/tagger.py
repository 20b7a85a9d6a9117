"""The temporal tagger: find candidate spans fast, match the rule table there, resolve, extend.

1. Words of three letters or more and numbers are scanned; one in the trigger set (month,
   weekday, unit, "now", a plausible year...) is a candidate.
2. At the trigger and up to four tokens before it (determiners, numbers, qualifiers), the rule
   table's master alternation is tried; the longest accepted match wins.
3. The rule's resolver gives the TIMEX3 value, against the anchor and the clause's tense.
4. A modifier just before the span ("late", "about", "the end of") joins the span and sets ``mod``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator

import attrs

from ..models import DateKind, DateMention, Granularity
from . import calendar as cal
from .lexicon import alternation, cues, lexicon
from .resolve import Context, Resolved
from .rules import Rule, compiled_rules

__all__ = ["tag"]

_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?:\d+(?:st|nd|rd|th|s)?\b|\d+|[A-Za-z]+)")
# Words that can trigger a match: three letters or more, or numbers (most short words cannot).
_CANDIDATE = re.compile(r"[A-Za-z]{3,}|(?<![A-Za-z0-9])\d+(?:st|nd|rd|th|s)?\b|(?<![A-Za-z0-9])\d+")
_BACK_CHARS = 48
_CLOCK_AFTER = re.compile(
    r"(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b|[ap]\.m|o'clock|in\s+the\s+(?:morning|afternoon|evening))", re.I
)
_RANGE_DAY = re.compile(
    r"\s*(?:-|–|and|to|through|until|or)\s*(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[.,:]\d|\s*(?:%|percent|[ap]\.?m))\b"
)
_BACK = 4


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


def _is_trigger(tok: str, low: str, text: str, end: int, triggers: frozenset[str]) -> bool:
    if low in triggers:
        return True
    if tok[0].isdigit():
        digits = tok.rstrip("sthnrd")
        if len(digits) == 4 and 1000 <= int(digits) <= 2099:
            return True
        if tok.endswith("s") and len(digits) in (2, 4):  # the 1990s, the '80s
            return True
        if tok.endswith(("st", "nd", "rd", "th")) and len(digits) <= 2:  # the 23rd
            return True
        if len(digits) <= 2 and _CLOCK_AFTER.match(text, end):
            return True
    return False


@functools.cache
def _modifier_pattern() -> re.Pattern[str]:
    mods = lexicon().modifiers
    return re.compile(r"(?i)(?<![\w-])(?P<mod>" + alternation(mods) + r")(?:\s+|-)\Z")


@functools.cache
def _rule_index() -> dict[str, int]:
    return {rule.name: i for i, (rule, _) in enumerate(compiled_rules()[1])}


def _matches_at(text: str, pos: int) -> Iterator[tuple[Rule, re.Match[str]]]:
    """The rules matching at ``pos``, in table order (lazily: the master finds the first)."""
    master, own = compiled_rules()
    first = master.match(text, pos)
    if first is None:
        return
    k = _rule_index()[first.lastgroup or ""]
    rule, pattern = own[k]
    m = pattern.match(text, pos)
    if m is not None:
        yield rule, m
    for rule, pattern in own[k + 1 :]:
        m = pattern.match(text, pos)
        if m is not None:
            yield rule, m


def _resolve_at(ctx: Context, pos: int, min_end: int) -> tuple[Rule, re.Match[str], Resolved] | None:
    text = ctx.text
    for rule, m in _matches_at(text, pos):
        end = m.end()
        if end < min_end or end == m.start():
            continue
        if pos and text[pos - 1].isalnum() and text[pos].isalnum():
            continue  # whole words only
        if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
            continue  # whole words only
        ctx.start, ctx.end = m.start(), m.end()
        try:
            r = rule.resolve(m, ctx)
        except (ValueError, OverflowError):  # a calendar out of range (year 0 or 10000)
            r = None
        if r is not None:
            return rule, m, r
    return None


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
    [('last year', '2022'), ('Tuesday', '2023-02-21')]
    """
    ctx = Context(text=text, anchor=anchor, sentence_of=sentence_of or _line_of(text))
    ctx.has_quarter = "quarter" in text or "Quarter" in text or "QUARTER" in text
    triggers, starters = _word_sets()
    found: list[DateMention] = []
    last_end = 0
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased: keep offsets exact
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for tm in _CANDIDATE.finditer(lowered):
        tok = tm.group()
        if tok not in triggers and not ("0" <= tok[0] <= "9" and _is_trigger(tok, tok, text, tm.end(), triggers)):
            continue
        ts, te = tm.span()
        if ts < last_end:
            continue
        best: tuple[Rule, re.Match[str], Resolved] | None = None
        # starts: up to four words back (determiners, numbers, qualifiers), then the trigger itself
        back = list(_TOKEN.finditer(lowered, max(last_end, ts - _BACK_CHARS), ts))[-_BACK:]
        starts = [b.start() for b in back if b.group() in starters or "0" <= b.group()[0] <= "9"]
        starts.append(ts)
        for s in starts:
            hit = _resolve_at(ctx, s, te)
            if hit is not None and (best is None or hit[1].end() > best[1].end()):
                best = hit
        if best is None:
            continue
        rule, m, r = best
        start, end = m.start(), m.end()
        if rule.name == "quarter" and (det := _DET_BEFORE_ADJECTIVE.match(m.group())):
            start += det.end()  # "the third-quarter loss": the adjective alone
        start, r = _extend(ctx, start, last_end, r)
        if rule.name in ("day_month", "weekday_day_month") and r.period is not None:
            before = _range_day_before(text, start, last_end, r, anchor, extractor)
            if before is not None:  # "16-28 November": the first day too
                found.append(before)
        found.append(_mention(text, start, end, r, anchor, extractor))
        last_end = end
        _remember(ctx, r)
        if rule.name in ("month_day", "weekday_month_day") and r.period is not None:
            extra = _range_day(text, end, r, anchor, extractor)
            if extra is not None:
                found.append(extra)
                last_end = extra.end
    return found


_DET_BEFORE_ADJECTIVE = re.compile(r"(?i)the\s+(?=\w+-quarter$)")
_WEEKDAY_HEADS = frozenset(("mon", "tue", "wed", "thu", "fri", "sat", "sun", "tod"))


def _extend(ctx: Context, start: int, floor: int, r: Resolved) -> tuple[int, Resolved]:
    """Join a modifier word just before ``start`` ("late", "about", "the end of") to the expression."""
    if r.kind is DateKind.SET or r.granularity is Granularity.REFERENCE:
        return start, r
    m = _modifier_pattern().search(ctx.text, max(floor, start - 24), start)
    if m is None:
        return start, r
    mod = lexicon().modifiers[re.sub(r"\s+", " ", m["mod"].lower()).replace("’", "'")]
    if mod.phrase in ("over", "under") and ctx.text.startswith(("the ", "The "), start):
        return start, r  # "over the past five years": a preposition
    is_amount = r.kind is DateKind.DURATION or r.amount
    if mod.phrase in ("about", "around") and (
        r.kind is DateKind.DURATION or ctx.text[start : start + 3].lower() in _WEEKDAY_HEADS
    ):
        return start, r  # TempEval leaves "about" out of "about five hours"; "get around Wednesday's ruling"
    if mod.phrase in ("earlier", "later") and (
        r.granularity is Granularity.WEEK or ctx.text[start : start + 3].lower() in _WEEKDAY_HEADS
    ):
        return start, r  # "earlier this week", "Earlier Friday": TempEval tags the week, the day
    if mod.applies == "point" and is_amount:
        return start, r
    if mod.applies == "amount" and not is_amount:
        return start, r
    return m.start(), (attrs.evolve(r, mod=mod.mod) if mod.mod else r)


def _remember(ctx: Context, r: Resolved) -> None:
    if r.value and r.granularity is Granularity.QUARTER and "-Q" in r.value and r.description is None:
        recent = ctx.anchor is None or (r.period is not None and r.period.last >= ctx.anchor - dt.timedelta(days=366))
        if recent:  # the report's own quarter, not an old comparison ("the 1988 period")
            ctx.quarter_ref = (int(r.value[:4]), int(r.value[-1]))
    if r.period is not None and not r.relative:
        ctx.last_day = r.period.first
        ctx.last_granularity = r.granularity


_RANGE_DAY_BEFORE = re.compile(r"(?<![\d.,:/-])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*\Z")


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
    return _mention(text, m.start("d"), m.end("d"), first, anchor, extractor)


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
    return _mention(text, m.start("d"), m.end("d"), second, anchor, extractor)


def _mention(text: str, start: int, end: int, r: Resolved, anchor: dt.date | None, extractor: str) -> DateMention:
    return DateMention(
        text=text[start:end],
        start=start,
        end=end,
        extractor=extractor,
        score=r.score,
        value=r.value,
        kind=r.kind,
        granularity=r.granularity,
        period=r.period if r.kind in (DateKind.DATE, DateKind.TIME) else None,
        anchor=anchor if r.relative else None,
        relative=r.relative,
        mod=r.mod,
        description=r.description,
    )
