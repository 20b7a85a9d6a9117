"""Expressions relative to the anchor or to the last date named: "two years ago", "the past week", "that day", "now"."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .. import calendar as cal
from ..context import TENSE_FUTURE
from ..lexicon import cues, lexicon, number_value, phrase_key, word_table
from ..members import (
    GRAN_DAY,
    GRAN_DURATION,
    GRAN_MONTH,
    GRAN_REFERENCE,
    GRAN_WEEK,
    GRAN_WEEKEND,
    KIND_DURATION,
    KIND_TIME,
)
from ..resolve import Context, Resolved, duration, point, relative_point
from .base import _QUAL, Rule, _part_on, _unanchored
from .periods import _reports_results, _year_ago_quarter


def _r_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = lexicon().units[m["unit"].lower()]
    n = number_value(m["num"])
    direction = m["dir"].lower()
    approx = direction.startswith("or")  # "a week or so ago": about a week ago
    if approx:
        direction = "ago"
    elif direction.startswith("from"):
        direction = "from now"
    if direction in ("earlier", "later") and unit in ("day", "night", "week", "hour", "minute", "second"):
        return None  # "three days later" counts from the story's own time: the duration rule takes "three days"
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if n is None:
        if sign < 0:
            return Resolved(value="PAST_REF", granularity=GRAN_REFERENCE, relative=True, amount=True)
        return Resolved(value="FUTURE_REF", granularity=GRAN_REFERENCE, relative=True, amount=True)
    if unit in ("hour", "minute", "second"):
        return Resolved(value=None, kind=KIND_TIME, relative=True, description=f"{sign * n:+g} {unit}", amount=True)
    if unit == "decade":
        unit, n = "year", n * 10
    elif unit == "century":
        unit, n = "year", n * 100
    if n != int(n):
        return None
    if unit == "night":
        unit = "day"
    if unit == "year" and n == 1 and sign < 0 and ctx.has_quarter and ctx.anchor is not None and _reports_results(ctx):
        return _year_ago_quarter(ctx)
    base = ctx.last_day
    if direction == "later" and base is not None and ctx.anchor is not None:
        # "In 2005 she moved; a year later she married": counted from the date the story named last, not from
        # the publication day ("a year earlier" stays on it: "up from 4 pence a year earlier" compares with now)
        p = cal.shift(base, unit, int(sign * n))
        if p is not None:
            value, g, period = p
            desc = f"{int(sign * n):+d} {unit}, after a date in the text"
            return Resolved(value=value, granularity=g, period=period, relative=True, description=desc, amount=True)
    r = relative_point(ctx, unit, int(sign * n), amount=True)
    return attrs.evolve(r, mod="APPROX") if approx else r


_POINT_QUALS = {w: int(n) for w, n in word_table("point_qualifiers").items()}


def _r_qualified(m: re.Match[str], ctx: Context) -> Resolved | None:
    qual = phrase_key(m["qual"])
    unit_word = m["unit"].lower()
    unit = lexicon().units[unit_word]
    plural = unit_word != unit and unit_word not in ("night",)
    num = m["num"]
    if unit == "season":
        return None  # "this season" in sport is not spring or summer
    if m["the"] and qual == "next" and num is None and unit == "day" and ctx.day_granularity is GRAN_DAY:
        return None  # "charged the next day" after a named day: the day after it (the anaphoric rule)
    if qual == "future" and (num is not None or not plural):
        return None  # "future quarters" only: "the future year" is no form of it
    if num is None and not plural and qual in _POINT_QUALS:
        if m.group() in ("This Week", "This Morning"):  # programme titles
            return None
        if unit in ("hour", "minute", "second"):
            return None
        if unit == "night":
            return None
        offset = _POINT_QUALS[qual]
        if qual == "latest":
            if unit not in ("quarter", "year"):
                return None
            offset = -1 if unit == "year" else 0
        if qual == "past" and unit in ("day", "week", "month") and m["the"]:
            offset = -1
        return relative_point(ctx, unit, offset)
    if num is None and not plural:
        return None
    n = number_value(num) if num else None
    if num is None and plural and " few" not in f" {qual}" and "several" not in qual:
        if qual in ("past", "recent") and unit == "year":  # "in recent years": the past
            return Resolved(value="PAST_REF", granularity=GRAN_REFERENCE, relative=True)
        if qual in ("coming", "future"):  # "in coming weeks", "in future quarters": the time ahead
            return Resolved(value="FUTURE_REF", granularity=GRAN_REFERENCE, relative=True)
        if qual in ("past", "last", "recent"):
            return Resolved(
                value=duration(None, lexicon().unit_codes[unit]).value,
                kind=KIND_DURATION,
                granularity=GRAN_DURATION,
            )
        if qual in ("coming", "next"):
            return duration(None, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))
        return None
    return duration(n, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))


def _r_weekend(m: re.Match[str], ctx: Context) -> Resolved | None:
    det = m["det"].lower()
    if ctx.anchor is None:
        return _unanchored(f"{det} weekend", gran=GRAN_WEEKEND)
    a = ctx.anchor
    wd = a.isoweekday()
    if det == "last" or (det == "the" and ctx.tense() is not TENSE_FUTURE):
        d = a - dt.timedelta(days=wd) if wd < 6 else a  # the latest Sunday, or this weekend
        if det == "last" and wd >= 6:
            d = a - dt.timedelta(days=7)
    elif det == "next":
        d = a + dt.timedelta(days=7)
    else:
        d = a
    return point(cal.weekend(d), relative=True)


_ANAPHORA = {w: int(n) for w, n in word_table("anaphora").items()}


_FINE_ENOUGH = {
    "day": (GRAN_DAY,),
    "morning": (GRAN_DAY,),
    "afternoon": (GRAN_DAY,),
    "evening": (GRAN_DAY,),
    "night": (GRAN_DAY,),
    "week": (GRAN_DAY, GRAN_WEEK),
    "month": (GRAN_DAY, GRAN_WEEK, GRAN_MONTH),
}


def _r_anaphoric(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "The following year", "that day": against the last date the text named, else the anchor."""
    return _anaphoric(phrase_key(m["det"]), m["unit"].lower(), ctx)


def _r_unit_before(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "Had opened the day before.", "the night before,": "the previous day" (night, week), ending the clause; with
    a clause or a noun after it ("the day before the vote") it is anchored on that event, and left out."""
    return _anaphoric("the previous" if m["dir"].lower() == "before" else "the following", m["unit"].lower(), ctx)


def _anaphoric(det: str, unit: str, ctx: Context) -> Resolved | None:
    base, desc = ctx.anchor, f"{det} {unit}"
    last, granularity = ctx.last_day, ctx.last_granularity
    if ctx.day is not None and ctx.day_end > ctx.last_at:
        # a point named since the last absolute date ("arrested on Friday and charged the next day")
        last, granularity = ctx.day, ctx.day_granularity
    if last is not None:
        fine = _FINE_ENOUGH.get(unit)
        if fine is not None and granularity not in fine:
            return None  # "1980 ... the same week": no week to count from
        base, desc = last, f"{det} {unit}, after a date in the text"
    if base is None:
        return _unanchored(desc)
    offset = _ANAPHORA[det]
    if unit in lexicon().parts_of_day:
        if det in ("that", "that same", "the next"):
            return None  # TempEval gives "the next morning" the day about as often as the morning: left out
        day = base + dt.timedelta(days=offset)
        return _part_on(day, lexicon().parts_of_day[unit], desc)
    if det in ("that", "that same") and unit == "day" and last is None:
        return None
    p = cal.shift(base, unit, offset)
    return attrs.evolve(point(p, relative=True), description=desc) if p else None


def _adjective_use(after: str) -> bool:
    """Whether the word after "the present" is a noun it qualifies (a lower-case word that is not a function word)."""
    return after.isalpha() and after.islower() and after not in cues("after_present_noun")


def _r_reference(m: re.Match[str], ctx: Context) -> Resolved | None:
    phrase = phrase_key(m.group())
    value = lexicon().references[phrase]
    if phrase == "soon" and ctx.word_before() == "as":
        return None
    if phrase == "now" and ctx.char_after() == "-":
        return None
    if ctx.text.startswith("'s", ctx.end):
        return None
    if phrase in ("current", "future") and ctx.word_after().lower() in ("account", "accounts", "affairs", "events"):
        return None
    if phrase == "the present" and _adjective_use(ctx.word_after()):
        return None  # "the present situation": the adjective "current", not the present time
    if phrase == "the future" and ctx.word_after().lower() == "of":
        return None  # "the future of the plant": its prospects, not a time
    if ctx.char_before() == "-":
        return None  # "high-current lines", "ever-present": part of a compound adjective
    if m.group()[:4] == "the " and m.group()[4:5].isupper():
        return None  # "the Future Farmers of America", "Shaping the Future": a title, not a time
    return Resolved(value=value, granularity=GRAN_REFERENCE, relative=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "ago",
        # "some weeks ago" is vague like "a few weeks ago" ("some" is no <VAGUE> word elsewhere: "some days, ...")
        r"(?P<num><NUM>|<VAGUE>|(?i:some)(?=\s+<UNIT>\s+(?i:ago)\b))\s+(?:<AMOUNTW>\s+)?(?P<unit><UNIT>)"
        r"\s+(?P<dir>(?i:(?:or\s+so\s+)?ago|earlier|later|from\s+now|hence))(?![\w-])",
        _r_ago,
    ),
    Rule(
        "qualified_amount",
        r"(?:(?P<the>(?i:the|these|those|its|their|his|her|each\s+of\s+the|this(?=\s+(?:past|coming)\s)))\s+)?"
        + _QUAL
        + r"\s+(?:(?P<num><NUM>|<VAGUE>)\s+)?(?:<AMOUNTW>\s+)?(?:(?i:fiscal|financial)\s+)?(?P<unit><UNIT>)(?![\w-])",
        _r_qualified,
    ),
    Rule(
        "anaphoric",
        r"(?P<det>(?i:that\s+same|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior))\s+"
        r"(?P<unit>(?i:day|week|month|year|morning|afternoon|evening|night))(?![\w-])",
        _r_anaphoric,
    ),
    Rule(
        "unit_before",
        r"(?i:the)\s+(?P<unit>(?i:day|night|week))\s+(?P<dir>(?i:before|after))(?=[^\S\n]*(?:[.,;:!?)]|\n|\Z))",
        _r_unit_before,
    ),
    Rule("weekend", r"(?P<det>(?i:the|this|last|next))\s+(?i:weekend)(?![\w-])", _r_weekend),
    Rule("reference", r"<REF>(?![\w-])", _r_reference),
)
