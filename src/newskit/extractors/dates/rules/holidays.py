"""Holidays, from ``holidays.tsv``: fixed days, n-th weekdays, days counted from Easter."""

from __future__ import annotations

import datetime as dt
import re

from .. import calendar as cal
from ..context import TENSE_FUTURE, TENSE_PAST
from ..lexicon import lexicon, phrase_key
from ..resolve import Context, Resolved, point
from .base import Rule, _safe_date, _unanchored


def _r_holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    rule = lexicon().holidays[phrase_key(m["hol"])]
    rel = (m["rel"] or "").lower()
    if ctx.word_before() == "father":
        return None  # Father Christmas
    at = cal.week if m["week"] else cal.day  # "Easter week": the ISO week holding the day
    if m["year"]:
        d = _holiday(rule, int(m["year"]))
        return point(at(d)) if d else None
    if ctx.anchor is None:
        return _unanchored(f"{rel} holiday".strip())
    a = ctx.anchor
    this = _holiday(rule, a.year)
    if this is None:
        return None
    tense = ctx.tense()
    if rel == "last" or (not rel and tense is TENSE_PAST):
        d = this if this < a or (not rel and this == a) else _holiday(rule, a.year - 1)
    elif rel == "next" or (not rel and tense is TENSE_FUTURE):
        d = this if this > a or (not rel and this == a) else _holiday(rule, a.year + 1)
    else:
        d = this
    return point(at(d), relative=True) if d else None


def _holiday(rule: str, y: int) -> dt.date | None:
    if rule == "election":
        return cal.nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1)
    if rule.startswith("easter:"):
        return cal.easter(y) + dt.timedelta(days=int(rule.split(":")[1]))
    if rule.startswith("nth:"):
        _, mo, wd, n = rule.split(":")
        return cal.nth_weekday(y, int(mo), int(wd), int(n))
    mo, d = rule.split("-")
    return _safe_date(y, int(mo), int(d))


RULES: tuple[Rule, ...] = (
    Rule(
        "holiday",
        r"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<hol><HOLIDAY>)(?:(?P<week>\s+(?i:week)(?![\w-]))|,?<SP>(?P<year><YEAR>))?",
        _r_holiday,
    ),
)
