"""Sets: "daily", "every Thursday", "each July", "Sundays"."""

from __future__ import annotations

import re

from ..lexicon import lexicon, number_value
from ..members import GRAN_SET, KIND_SET
from ..resolve import Context, Resolved
from .base import Rule, _is_name_part, _month_no, _weekday_no

_MEASURE_BEFORE = re.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?(?:\s+[A-Za-z]+){0,2}\s+\Z")
_GROWTH_RATE = re.compile(r"(?i)(?:%|\bpercent|\bunits)\s*\Z")


def _r_set_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group()[0].isupper() and _is_name_part(ctx):
        return None  # "the Daily Star"
    if _GROWTH_RATE.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        return None  # "to rise 8.5% annually": a rate
    return Resolved(value=lexicon().sets[m.group().lower()], kind=KIND_SET, granularity=GRAN_SET)


def _r_every(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.groupdict().get("wd"):
        value = f"XXXX-WXX-{_weekday_no(m['wd'])}"
    elif m["month"]:
        value = f"XXXX-{_month_no(m['month']):02d}"
    elif m["season"]:  # "every spring"
        value = f"XXXX-{lexicon().seasons[m['season'].lower()]}"
    elif m["seasons"]:  # "the past three summers": each of them, a set of summers
        if not m["count"] and m["seasons"].lower() in ("falls", "springs"):
            return None  # "the last falls of the river": water, not autumns
        value = f"XXXX-{lexicon().seasons[m['seasons'].lower()[:-1]]}"
    elif m.group()[:3].lower() == "per" and _MEASURE_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start):
        return None  # "100 miles per hour", "15 million instructions per second": a rate, not a set of times
    else:  # "every week", "twice a year", "every three days" (TimeML: the value is the period, P1Y, P3D)
        unit = lexicon().units[(m["unit"] or m["unit2"] or m["units"]).lower()]
        code = lexicon().unit_codes[unit]
        n = 2 if m["other"] else 1
        if m["n"]:
            every = number_value(m["n"])
            if every is None or every != int(every) or every < 1:
                return None
            n = int(every)
        if code in ("2W", "3M"):
            code, n = code[1], int(code[0]) * n
        value = f"PT{n}{code}" if unit in ("hour", "minute", "second") else f"P{n}{code}"
    return Resolved(value=value, kind=KIND_SET, granularity=GRAN_SET)


def _r_weekday_set(m: re.Match[str], ctx: Context) -> Resolved | None:
    wd = _weekday_no(m["wd"] or m["wd2"] or m["wd3"])
    # "Tuesdays", "Tuesday nights": every such day (or part); "Monday and Tuesday nights": the plural is shared
    part = m["part1"] or m["part"] or m["part3"] or (m["parts"] and m["parts"][:-1]) or (m["parts3"] and m["parts3"][:-1])
    value = f"XXXX-WXX-{wd}"
    if part:
        value += "T" + lexicon().parts_of_day[part.lower()]
    return Resolved(value=value, kind=KIND_SET, granularity=GRAN_SET)


RULES: tuple[Rule, ...] = (
    Rule(
        "every_weekday",
        r"(?i:every|each)\s+(?:(?i:other)\s+)?(?P<wd><WD>)(?:\s+(?P<part1><PART>)(?![\w-]))?|(?P<wd2><WDS>)(?:s(?:\s+(?P<part><PART>)s?)?|\s+(?P<parts><PARTS>))\b"
        r"|(?P<wd3><WDS>)(?=\s+(?i:and|or)\s+<WDS>(?:s(?:\s+(?P<part3><PART>)s?)?|\s+(?P<parts3><PARTS>))\b)",
        _r_weekday_set,
    ),
    Rule(
        "every",
        r"(?i:every|each|per)\s+(?:(?P<other>(?i:other))\s+)?(?P<unit><UNIT1>)(?![\w-])|(?i:every|each)\s+(?P<month><MONTH>)"
        r"|(?i:every)\s+(?P<n>(?!(?i:an?\b))<NUM>)\s+(?P<units><UNIT>)(?![\w-])"
        r"|(?i:every|each)\s+(?P<season><SEASON>)(?![\w-])"
        r"|(?:(?i:the)\s+)?(?i:past|last|next|coming)\s+(?:(?P<count><NUM>|<VAGUE>)\s+)?(?P<seasons><SEASONS>)(?![\w-])"
        r"|(?P<times>(?i:once|twice|thrice)|(?:<NUM>)\s+(?i:times))\s+(?i:a|an|per|each|every)\s+(?P<unit2><UNIT1>)(?![\w-])",
        _r_every,
    ),
    Rule("set_word", r"<SETW>(?![\w-])", _r_set_word),
)
