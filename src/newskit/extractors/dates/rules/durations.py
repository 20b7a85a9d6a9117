"""Amounts of time: "two years", "several days", "a three-day visit", "months"."""

from __future__ import annotations

import re

from ..lexicon import cues, lexicon, number_value
from ..members import GRAN_DURATION, GRAN_REFERENCE, GRAN_SET, KIND_DURATION, KIND_SET
from ..resolve import Context, Resolved, duration
from .base import _PLURAL_UNITS, Rule

_SET_CUE = re.compile(r"(?:times|twice|once|thrice)\s*$", re.I)


_AMOUNT_BEFORE = re.compile(r"(?:\d|\b[a-z]+)\s+(?:hours|days|nights|weeks|months|minutes)\s+\Z", re.I)
_RATE_CUE = re.compile(
    r"(?:\d(?:bn|m|k)?|million|billion|trillion|thousand|hundred|percent|%|dollars?|cents?|seats|flights|units)\W*$",
    re.I,
)


def _r_duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["unit3"]:  # "a day-long meeting", "a year-long inquiry": one such unit
        unit = lexicon().units[m["unit3"].lower()]
        return duration(1, lexicon().unit_codes[unit], time=unit == "hour")
    unit_text = m["unit"] or m["unit2"]
    unit_word = unit_text.lower()
    unit = lexicon().units[unit_word]
    num = m["num"] or m["num2"]
    numl = num.lower()
    if m["long"] and m["long"].lower() == "-old":
        return None
    if ctx.word_after().lower() == "old":  # an age: "52 years old"
        return None
    if unit_text[0].isupper() and num[0].isdigit():  # a title: "60 Minutes"
        return None
    if unit == "quarter" and (numl in ("a", "an") or "-" in m.group()):  # "a quarter of", "three-quarters"
        return None
    if numl == "one" and unit_word == "day" and ctx.word_before() in cues("modals"):
        # "Islam will one day be...": some day to come (TimeML FUTURE_REF), not a day's length
        return Resolved(value="FUTURE_REF", granularity=GRAN_REFERENCE, relative=True)
    n = number_value(num)
    if m["half"] and n is not None:
        n += 0.5
    if numl in ("a", "an") and unit in ("second",):
        return None
    if numl in ("a", "an", "one") and unit == "night":
        return None
    # "$5 million a year", "twice a week": a frequency
    if numl in ("a", "an") and unit_word == unit and _RATE_CUE.search(ctx.text, max(0, ctx.start - 20), ctx.start):
        return None  # a rate ("$5 million a year"), which TempEval leaves untagged
    if numl in ("a", "an") and unit_word == unit and _AMOUNT_BEFORE.search(ctx.text, max(0, ctx.start - 24), ctx.start):
        return None  # "24 hours a day", "six days a week": the unit of a rate, not a length of its own
    if numl in ("a", "an") and unit_word == unit and _SET_CUE.search(ctx.text, max(0, ctx.start - 20), ctx.start):
        code = lexicon().unit_codes[unit]
        value = f"PT1{code}" if unit in ("hour", "minute", "second") else f"P1{code}"
        return Resolved(value=value, kind=KIND_SET, granularity=GRAN_SET)
    if numl in ("a", "an") and not m["half"] and ctx.word_after().lower() == "ago":
        return None
    if unit == "quarter" and num and num[0].isdigit():
        return None
    if n is not None and n > 1000 and unit not in ("day", "year", "hour", "minute", "second"):
        return None
    if unit == "weekend":
        return None
    if unit == "season":
        return None
    return duration(n, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))


def _r_plural_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = lexicon().units[m["unit"].lower()]
    if not (m["tail"] or ctx.word_before() in cues("plural_cues")):
        return None
    return duration(None, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))


def _r_recent_plural(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["the"]:  # "the weeks ahead", "over the years": a stretch of no stated length, to or from now
        if not (m["ahead"] or ctx.word_before() == "over"):
            return None  # "the weeks before the vote": counted from an event
        unit = lexicon().units[m["unit2"].lower()]
        return duration(None, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))
    unit = lexicon().units[m["unit"].lower()]
    qual = m["rq"].lower()
    if qual == "recent" and unit == "year":
        return Resolved(value="PAST_REF", granularity=GRAN_REFERENCE, relative=True)
    return duration(None, lexicon().unit_codes[unit], time=unit in ("hour", "minute", "second"))


def _r_vague_span(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "For a while", "for a lengthy period": a stretch of time of no stated length (TIMEX3 ``PXX``)."""
    if ctx.word_before() != "for":
        return None  # "a while ago", "a brief period of calm" as a subject: not the length of something
    return Resolved(value="PXX", kind=KIND_DURATION, granularity=GRAN_DURATION)


RULES: tuple[Rule, ...] = (
    Rule(
        "duration",
        # "the" is left out before an amount used as an adjective ("the two day rally"), as before "the two-day rally"
        r"(?:(?P<the>(?i:the))\s+(?!(?!(?i:one|an?|1)\s)\S+\s+(?i:hour|day|week|month|year|decade|century)\s+[a-z]))?"
        r"(?P<num><NUM>|<VAGUE>)\s+(?:<AMOUNTW>\s+)?(?P<unit><UNIT>)(?P<half>\s+(?i:and\s+a\s+half))?(?![\w-])"
        r"|(?P<num2><NUM>|(?i:several|few|many))-(?P<unit2><UNIT>)(?P<long>-(?i:long|old))?(?![\w-])"
        r"|(?P<unit3>(?i:hour|day|week|month|year))-(?i:long)(?![\w-])",
        _r_duration,
    ),
    Rule(
        "vague_span",
        r"(?i:a\s+while|an?\s+(?:(?:fairly|very|rather|relatively)\s+)?"
        r"(?:long|lengthy|short|brief|extended|indefinite|limited|prolonged)\s+period(?:\s+of\s+time)?)(?![\w-])",
        _r_vague_span,
    ),
    Rule(
        "recent_plural",
        r"(?P<rq>(?i:recent|coming|the\s+coming))\s+(?P<unit>(?i:" + _PLURAL_UNITS + r"))(?![\w-])"
        r"|(?P<the>(?i:the))\s+(?P<unit2>(?i:" + _PLURAL_UNITS + r"))(?P<ahead>\s+(?i:ahead|to\s+come))?(?![\w-])",
        _r_recent_plural,
    ),
    Rule(
        "plural_unit",
        r"(?P<unit>(?i:" + _PLURAL_UNITS + r"))(?P<tail>-long|\s+or\s+(?i:" + _PLURAL_UNITS + r"))?(?![\w-])",
        _r_plural_unit,
    ),
)
