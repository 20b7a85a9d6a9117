"""Times of day and parts of days: "10 a.m.", "5 o'clock in the morning", "Tuesday night", "tonight"."""

from __future__ import annotations

import datetime as dt
import functools
import re

import attrs

from ..context import TENSE_FUTURE, TENSE_PAST
from ..lexicon import cues, lexicon, phrase_key, word_table
from ..members import GRAN_DAY
from ..resolve import Context, Resolved, relative_point
from .base import (
    _REL_WD,
    Rule,
    _clock,
    _day_no,
    _is_name_part,
    _month_day,
    _month_no,
    _part_on,
    _time_on,
    _weekday_date,
    _weekday_no,
    macros,
)

# a clock time just before an opening bracket: what the bracket holds restates it ("10:35 a.m. (0735 GMT)")
_CONVERSION_BEFORE = re.compile(r"(?:(?i:[ap]\.?m\.?|local time|noon|midnight)|\b[A-Z]{2,4}|\d:[0-5]\d)\s*\(\s*\Z")


def _r_clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    hhmm = _clock(m)
    if hhmm is None:
        return None
    if ctx.char_before() == "(" and _CONVERSION_BEFORE.search(ctx.text, max(0, ctx.start - 16), ctx.start):
        return None  # the same time in another zone: TimeML tags the first one only
    named, day = _named_day(m, ctx)
    if not named:
        if (end := _range_end_named(ctx)) is not None:
            named, day = _named_day_there(end, ctx)  # "from 4 p.m. to 10 p.m. Monday": the first end on that Monday
        elif (first := _range_first_day(ctx)) is not None:
            named, day = True, first  # "Tuesday, March 17, from 10 a.m. to 4 p.m.": the second end on that day
    if named and day is None and _names_month_day(m):
        return _time_on(None, hhmm, "time on a day without a year")  # "Feb. 30", or no anchor to give a year
    if not named:
        day = _unnamed_day(ctx)
    return _time_on(day, hhmm, "time of day")


def _named_day(m: re.Match[str], ctx: Context) -> tuple[bool, dt.date | None]:
    """Whether a clock time's match names its day ("4 p.m. Monday", "9:43 AM ET, Wed March 13, 2013"), and that day."""
    g = m.groupdict()
    month, day_word = g.get("month") or g.get("month2"), g.get("day") or g.get("day2")
    if month and day_word:
        weekday = _weekday_no(g["wd"]) if g.get("wd") else None
        year = int(g["year"]) if g.get("year") else None
        r = _month_day(ctx, _month_no(month), _day_no(day_word), year, weekday)
        return True, (None if r is None or r.period is None else r.period.first)
    if g.get("wd"):
        return True, (_weekday_date(ctx, _weekday_no(g["wd"]), None) if ctx.anchor else None)
    return False, None


def _names_month_day(m: re.Match[str]) -> bool:
    g = m.groupdict()
    return bool((g.get("month") or g.get("month2")) and (g.get("day") or g.get("day2")))


def _named_day_there(m: re.Match[str], ctx: Context) -> tuple[bool, dt.date | None]:
    """:func:`_named_day` of the second end of a range, read where it stands (its clause's tense there)."""
    start, end = ctx.start, ctx.end
    ctx.start, ctx.end = m.start("hour") if m["hour"] else m.start(), m.end()
    try:
        return _named_day(m, ctx)
    finally:
        ctx.start, ctx.end = start, end


def _unnamed_day(ctx: Context) -> dt.date | None:
    """The day of a clock time whose match names none: after its bracketed conversion, just before it, the story's."""
    if ctx.anchor is not None and (wd := _weekday_after_bracket(ctx)) is not None:
        return _weekday_date(ctx, wd, None)
    if (before := ctx.day_just_before()) is not None:
        return before  # "Monday, June 3, 2019, 4:10 p.m.", "on Friday at 10 a.m."
    if (under := _day_under_discussion(ctx)) is not None:
        return under  # "The quake struck on Monday. At 3 p.m., rescuers arrived": that Monday
    return ctx.anchor


# the word between the two ends of a range of clock times: "from 4 p.m. to 10 p.m.", "4:30-7:30 p.m."
_RANGE_TO = r"[^\S\n]*(?:-|–|(?i:to|until|till))[^\S\n]*"
_CLOCK_END = re.compile(r"(?:[ap]\.?m\.?|AM|PM|\d|noon|midnight)\Z")  # a clock time, or a range's bare first end


@functools.cache
def _range_ends() -> tuple[re.Pattern[str], ...]:
    """The second end of a range of clock times when it names its day ("to 10 p.m. Monday")."""
    table = macros()
    out = []
    for rule in RULES:
        if rule.name not in ("clock_month_day", "clock_weekday"):
            continue
        pattern = rule.pattern
        for key, value in table.items():
            pattern = pattern.replace(key, value)
        out.append(re.compile(_RANGE_TO + pattern))
    return tuple(out)


def _range_end_named(ctx: Context) -> re.Match[str] | None:
    """The match of the second end of a range of clock times that begins at this one's end, if it names a day."""
    for pattern in _range_ends():
        if (m := pattern.match(ctx.text, ctx.end)) is not None:
            return m
    return None


def _range_first_day(ctx: Context) -> dt.date | None:
    """The day of the clock time just before, when this one is the second end of a range with it."""
    if ctx.day is None or ctx.day_granularity is not GRAN_DAY or ctx.start - ctx.day_end > 8:
        return None
    if re.fullmatch(_RANGE_TO, ctx.text[ctx.day_end : ctx.start]) is None:
        return None
    return ctx.day if _CLOCK_END.search(ctx.text, max(0, ctx.day_end - 6), ctx.day_end) else None


# the second end of a range of clock times, read for its hour and half of the day
_SECOND_END = re.compile(
    _RANGE_TO + r"(?P<hour>[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))(?![A-Za-z])"
)


def _r_clock_range_start(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The first end of a range of clock times written without its half of the day, which the second gives:
    "from 7:30 to 9:30 p.m." (19:30), "4:30-7:30 p.m.", "from 10 to 2 p.m." (10:00); a bare hour only after
    "from" or "between" ("from 6 to 8 p.m.")."""
    second = _SECOND_END.match(ctx.text, ctx.end)
    if second is None or (m["minute"] is None and ctx.word_before() not in ("from", "between")):
        return None
    if ctx.char_before() in ("$", "£", "€", ".", ",", ":", "-", "/"):
        return None
    hour, later = int(m["hour"]), int(second["hour"])
    if not 1 <= hour <= 12 or not 1 <= later <= 12:
        return None
    pm = second["ampm"].lower().startswith("p")
    later24 = later % 12 + (12 if pm else 0)
    hour24 = hour % 12 + (12 if pm else 0)
    if hour24 > later24:
        hour24 -= 12  # "from 10 to 2 p.m.": the morning
        if hour24 < 0:
            return None
    clock = m.group()
    named, day = (False, None) if (end := _range_end_named(ctx)) is None else _named_day_there(end, ctx)
    if not named:
        day = _unnamed_day(ctx)
    return _time_on(day, f"{hour24:02d}:{m['minute'] or '00'}", f"time of day {clock}")


def _day_under_discussion(ctx: Context) -> dt.date | None:
    """The day named a few sentences before a time of day without one, in the same paragraph, unless the time
    or that day lies ahead ("will resume at 9 a.m."): the story's own day, which TimeML anchors a time on."""
    if ctx.day is None or ctx.day_granularity is not GRAN_DAY or ctx.start - ctx.day_end >= 400:
        return None
    if ctx.anchor is not None and ctx.day > ctx.anchor:
        return None  # a day ahead of publication is no story day ("the 11 September attacks" read in March)
    if "\n\n" in ctx.text[ctx.day_end : ctx.start] or ctx.tense() is TENSE_FUTURE:
        return None
    return ctx.day


@functools.cache
def _bracket_weekday() -> re.Pattern[str]:
    wd = macros()["<WD>"]
    return re.compile(
        rf"\s*\((?:[^()\n]{{0,30}}?\s)?(?P<wd>{wd})\s*\)"
        # "(0735 GMT) Friday", "local time on Tuesday", "0300 GMT) on Saturday" (inside the bracket)
        rf"|(?:\s*\([^()\n]{{1,30}}\))?(?:\s+(?i:local\s+time))?\s*\)?\s*,?\s*(?:(?i:on)\s+)?(?P<wd2>{wd})(?![\w-])"
    )


def _weekday_after_bracket(ctx: Context) -> int | None:
    """The weekday named just after a clock time, past its bracketed conversion or "local time":
    "10:35 a.m. (0735 GMT) Friday", "10 a.m. local time on Tuesday"."""
    m = _bracket_weekday().match(ctx.text, ctx.end)
    return None if m is None else _weekday_no(m["wd"] or m["wd2"])


def _r_clock_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    hour = int(m["hour"])
    if not 1 <= hour <= 12:
        return None
    part = m["part"].lower()
    if part != "morning" and hour != 12:
        hour += 12
    if part == "morning" and hour == 12:
        hour = 0  # "12:30 in the morning"
    day = ctx.anchor
    if day is not None and (wd := _weekday_after_bracket(ctx)) is not None:
        day = _weekday_date(ctx, wd, None)
    return _time_on(day, f"{hour:02d}:{m['minute'] or '00'}", "time of day")


# the day word after a clock time, and its offset from the publication day; the part of the day it names, if any
_DAY_WORDS: dict[str, tuple[int, str | None]] = {
    "yesterday": (-1, None),
    "today": (0, None),
    "tomorrow": (1, None),
    "tonight": (0, "night"),
    "this morning": (0, "morning"),
    "this afternoon": (0, "afternoon"),
    "this evening": (0, "evening"),
    "last night": (-1, "night"),
}


def _r_clock_day_word(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A clock time with a day word after it, on that day: "at 1 p.m. yesterday" (the day before publication),
    "6.13am today", "at 9:30 this morning" (a clock without its half of the day takes the part's). The day word
    is a mention of its own, as TempEval writes "10 a.m." and "today" apart."""
    offset, part = _DAY_WORDS[" ".join(m["rd"].lower().split())]
    bare = m["hour4"] or m["hour2"]  # a clock without "a.m." or "p.m.": "at 9:30 this morning", "at 11:15 last night"
    if bare:
        hour = int(bare)
        if part is None:
            return None if m["hour4"] else _time_on_day(ctx, offset, _clock(m))  # "at 9:30 today": no half to go by
        if not 1 <= hour <= 12:
            return _time_on_day(ctx, offset, _clock(m)) if m["hour2"] else None  # "at 14:30 this afternoon"
        hour = hour % 12 + (0 if part == "morning" else 12)
        hhmm: str | None = f"{hour:02d}:{m['minute4'] or m['minute2']}"
    else:
        hhmm = _clock(m)
        if hhmm and (m["ampm"] or "")[:1].lower() == "o" and part in ("afternoon", "evening", "night"):
            hour = int(hhmm[:2])  # "at 10 o'clock last night": the hour in the part's half of the day
            if 1 <= hour < 12 and (part != "night" or hour >= 6):
                hhmm = f"{hour + 12:02d}{hhmm[2:]}"
    return _time_on_day(ctx, offset, hhmm)


def _time_on_day(ctx: Context, offset: int, hhmm: str | None) -> Resolved | None:
    if hhmm is None:
        return None
    day = ctx.anchor + dt.timedelta(days=offset) if ctx.anchor is not None else None
    return _time_on(day, hhmm, f"time of day, {offset:+d} day")


def _r_weekday_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["part"][0].isupper() and not m["part"].isupper() and _is_name_part(ctx):
        return None  # "Monday Night Football": a name
    code = lexicon().parts_of_day[m["part"].lower()]
    wd = _weekday_no(m["wd"])
    if ctx.anchor is None:
        return _part_on(None, code, f"weekday {wd}, part of day {code}")
    day = _weekday_date(ctx, wd, m["rel"])  # TimeML: "Friday evening" is 2000-01-07TEV, "Tuesday morning" ...TMO
    return _part_on(day, code, f"weekday {wd}, part of day {code}")


_REL_DAY = {w: int(n) for w, n in word_table("day_offsets").items()}


def _r_day_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    rd = (m["rd"] or m["rd2"]).lower()
    part = (m["part"] or m["part2"]).lower()  # "yesterday afternoon", "mid-afternoon yesterday"
    code = lexicon().parts_of_day[part]
    if rd == "last" and part not in ("night", "evening"):
        return None
    offset = _REL_DAY[rd]
    day = ctx.anchor + dt.timedelta(days=offset) if ctx.anchor else None
    return _part_on(day, code, f"{offset:+d} day, part of day {code}")


_EDGE_MOD = {"early": "START", "mid": "MID", "late": "END"}
_PREPOSITIONS_OF_TIME = frozenset(
    ("by", "in", "until", "till", "since", "from", "at", "around", "before", "after", "during", "through", "into")
)


def _r_bare_part(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "By mid-afternoon", "in the morning" (after a day was named): that part of the day under discussion, the day
    named just before (within a few sentences), else the publication day."""
    part = (m["part"] or m["part2"]).lower()
    near = ctx.day is not None and ctx.day_granularity is GRAN_DAY and ctx.start - ctx.day_end < 400
    if m["part2"] and not (near and ctx.word_before() in ("in", "during")):
        return None  # "in the morning" with no day just named: a habit as often as a time
    if m["edge"] and ctx.word_before() not in _PREPOSITIONS_OF_TIME:
        return None  # "an early morning raid", "the late evening news": an adjective, not a time
    day = ctx.day if near else ctx.anchor
    r = _part_on(day, lexicon().parts_of_day[part], f"part of day {part}, of the day under discussion")
    return attrs.evolve(r, mod=_EDGE_MOD[m["edge"].lower()]) if m["edge"] else r


_DAY_EDGES = word_table("day_edges")
_ON_ANOTHER_DAY = re.compile(r",?[^\S\n]+(?i:on|of)[^\S\n]")  # "at dawn on May 3": a day this rule does not read


def _r_day_edge(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "At dawn", "before dusk" (TimeML: a part of the day, ``MO`` or ``EV``): on the day named just after it
    ("at dawn on Friday", "at dusk yesterday"), else the day under discussion, else, in a past clause, the
    publication day (a habit, "fasting from dawn to dusk", has no day)."""
    if not m["edge"].islower() or ctx.word_before() not in _PREPOSITIONS_OF_TIME:
        return None  # "Dawn" (a name), "the dawn of an era": no time of day
    code = _DAY_EDGES[m["edge"].lower()]
    desc = f"part of day {code}, at {m['edge'].lower()}"
    if ctx.anchor is None:
        return _part_on(None, code, desc)
    if m["wd"]:
        return _part_on(_weekday_date(ctx, _weekday_no(m["wd"]), None), code, desc)
    if m["rd"]:
        return _part_on(ctx.anchor + dt.timedelta(days=_REL_DAY[m["rd"].lower()]), code, desc)
    if _ON_ANOTHER_DAY.match(ctx.text, ctx.end):
        return None
    if ctx.day is not None and ctx.day_granularity is GRAN_DAY and ctx.start - ctx.day_end < 400:
        return _part_on(ctx.day, code, desc)
    return _part_on(ctx.anchor, code, desc) if ctx.tense() is TENSE_PAST else None


_ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,5}[^\S\n]\Z")


def _after_acronym(ctx: Context) -> bool:
    """Whether an acronym stands just before the expression, in a line that is not all capitals ("USA TODAY Sports")."""
    if _ACRONYM_BEFORE.search(ctx.text, max(0, ctx.start - 7), ctx.start) is None:
        return False
    s = ctx.text.rfind("\n", 0, ctx.start) + 1
    e = ctx.text.find("\n", ctx.end)
    line = ctx.text[s : e if e >= 0 else len(ctx.text)]
    return any(c.islower() for c in line)


def _r_rel_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = phrase_key(m.group())
    if word == "today" and ctx.text.startswith(("'s", "’s"), ctx.end):
        noun = re.match(r"['’]s\s+(\w+)", ctx.text[ctx.end : ctx.end + 30])
        if noun and noun.group(1).lower() in cues("generic_after_today"):
            return None  # "today's youth": the present in general, not the day
    if word == "today" and m.group()[0].isupper() and _after_acronym(ctx):
        return None  # "USA Today", "VOA Today": a name, not the day
    offsets = {"the day before yesterday": -2, "the day after tomorrow": 2}
    offset = offsets.get(word, _REL_DAY.get(word, 0))
    if word == "tonight":
        day = ctx.anchor
        return _part_on(day, "NI", "tonight")
    return relative_point(ctx, "day", offset)


RULES: tuple[Rule, ...] = (
    Rule(
        "clock_month_day",
        r"<CLOCK>(?:\s+<TZ>)?,?\s+(?:on\s+)?(?:(?P<month><MONTH>)\s+(?P<day><DAY>)"
        r"|(?P<day2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\s+(?:(?i:of)\s+)?(?P<month2><MONTH>))"
        r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?![\w-]))?",
        _r_clock,
    ),
    Rule(
        "clock_weekday",
        r"<CLOCK>(?:\s+<TZ>)?,?\s+(?:(?i:on)\s+)?(?P<wd><WD>)"
        r"(?:,?\s+(?:(?P<day>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?P<month><MONTH>)"
        r"|(?P<month2><MONTH>)\s+(?P<day2><DAY>))(?:,?\s+(?P<year>(?:19|20)\d\d)(?![\w-]))?)?",
        _r_clock,
    ),
    Rule(
        "clock_in_the",
        r"(?P<hour>\d{1,2})(?::(?P<minute>[0-5]\d))?\s+(?:o'clock\s+)?in\s+the\s+(?P<part>morning|afternoon|evening)",
        _r_clock_part,
    ),
    Rule(
        "clock_day_word",
        r"(?:<CLOCK>(?:\s+<TZ>)?|(?P<hour4>[01]?\d):(?P<minute4>[0-5]\d))(?=,?\s+"
        r"(?P<rd>(?i:yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night))(?![\w-]))",
        _r_clock_day_word,
    ),
    Rule("clock", r"<CLOCK>(?:\s+<TZ>)?", _r_clock),
    Rule(
        "clock_range_start",
        r"(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?(?![\w:.])"
        r"(?=[^\S\n]*(?:-|–|(?i:to|until|till))[^\S\n]*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?i:a\.m|p\.m|am|pm))",
        _r_clock_range_start,
    ),
    Rule("weekday_part", _REL_WD + r"(?P<wd><WD>)\s+(?P<part><PART>)(?![\w-])", _r_weekday_part),
    Rule(
        "day_part",
        r"(?P<rd>(?i:yesterday|tomorrow|today|this|last))\s+(?P<part><PART>)(?![\w-])"
        r"|(?P<part2><PART>)\s+(?P<rd2>(?i:yesterday|tomorrow|today))(?![\w-])",
        _r_day_part,
    ),
    Rule(
        "bare_part",
        r"(?P<edge>(?i:mid|early|late))[\s-]?(?P<part>(?i:morning|afternoon|evening))(?![\w-])"
        r"|(?i:the)\s+(?P<part2>(?i:morning|afternoon|evening))(?![\w-])",
        _r_bare_part,
    ),
    Rule(
        "day_edge",
        r"(?P<edge>(?i:dawn|daybreak|dusk|nightfall))(?![\w-])"
        r"(?=,?[^\S\n]+(?:(?i:on)[^\S\n]+)?(?:(?P<wd><WDS>)|(?P<rd>(?i:yesterday|today|tomorrow)))(?![\w-]))?",
        _r_day_edge,
    ),
    Rule(
        "relative_day",
        r"(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)\b",
        _r_rel_day,
    ),
)
