"""Calendar dates: full and partial dates, weekdays, months, seasons, years, decades and centuries."""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from ....models import Period
from .. import calendar as cal
from ..context import TENSE_FUTURE, TENSE_PAST
from ..lexicon import cues, lexicon, phrase_key
from ..members import GRAN_DAY, GRAN_MONTH, GRAN_SEASON, GRAN_TIME, KIND_TIME
from ..resolve import Context, Resolved, point, relative_point
from .base import (
    _DECADE_WORDS,
    _QUARTER_ORD,
    _REL_WD,
    _REL_YEAR,
    DayRange,
    Rule,
    _clock,
    _day_no,
    _is_name_part,
    _month_before_dash,
    _month_day,
    _month_no,
    _safe_date,
    _time_on,
    _unanchored,
    _weekday_date,
    _weekday_no,
    _year_for,
    _year_of,
    _year_words,
)

# Enum members as module constants, for the reason members.py gives.
_RANGE_AFTER: Final = DayRange.AFTER
_RANGE_BEFORE: Final = DayRange.BEFORE


def _r_date_full(m: re.Match[str], ctx: Context) -> Resolved | None:
    r = _date_full(m, ctx)
    if r is None or not m.groupdict().get("clk"):
        return r
    hhmm = _clock(m)  # "Monday, June 3, 2019, 4:10 p.m.": the day with its time, one expression
    if hhmm is None:
        return None
    if r.period is None:
        return Resolved(value=f"{r.value}T{hhmm}" if r.value else None, kind=KIND_TIME, granularity=GRAN_TIME)
    return _time_on(r.period.first, hhmm)


def _date_full(m: re.Match[str], ctx: Context) -> Resolved | None:
    month, day = _month_no(m["month"]), _day_no(m["day"])
    if rel_year := m.groupdict().get("ry"):  # "May 13 next year"
        if ctx.anchor is None:
            return _unanchored(f"{rel_year.lower()}, month {month}, day {day}", gran=GRAN_DAY)
        d = _safe_date(ctx.anchor.year + _REL_YEAR[rel_year.split()[0].lower()], month, day)
        return point(cal.day(d), relative=True) if d else None
    year = _year_of(m["year"]) if m["year"] else None
    weekday = _weekday_no(m["wd"]) if m.groupdict().get("wd") else None
    r = _month_day(ctx, month, day, year, weekday)
    if m.groupdict().get("weekof") and r is not None and r.period is not None:  # "the week of March 6"
        return point(cal.week(r.period.first), relative=r.relative)
    return r


def _r_nth_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "The first Sunday of May", "the last Monday in May": that day of the month."""
    nth = m["nth"].lower()
    n, wd, month = -1 if nth == "last" else _QUARTER_ORD[nth], _weekday_no(m["wd"]), _month_no(m["month"])
    if m["year"]:
        return point(cal.day(cal.nth_weekday(int(m["year"]), month, wd, n)))
    if ctx.anchor is None:
        return _unanchored(f"weekday {wd} number {n} of month {month}", gran=GRAN_DAY)
    return point(cal.day(cal.nth_weekday(_year_for(ctx, month, None), month, wd, n)), relative=True)


def _r_day_of_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "The 23rd": a day of the anchor's month (or the one before, in a past clause)."""
    after = ctx.char_after()
    if not (after in ".,;:)!?\n" or ctx.word_after().lower() in cues("day_alone_next")):
        return None  # "the 23rd floor", "the 2nd Division"
    day = int(m["day"])
    if ctx.anchor is None:
        return _unanchored("day of the month", value=f"XXXX-XX-{day:02d}", gran=GRAN_DAY)
    a = ctx.anchor
    first = a.replace(day=1)
    tense = ctx.tense()
    if tense is TENSE_PAST and day > a.day:
        first = cal.add_months(first, -1)
    elif tense is TENSE_FUTURE and day < a.day:
        first = cal.add_months(first, 1)
    d = _safe_date(first.year, first.month, day)
    return point(cal.day(d), relative=True) if d else None


def _r_iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    d = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    if d is None:
        return None
    if m["hour"]:
        return Resolved(
            value=f"{d.isoformat()}T{m['hour']}:{m['minute']}",
            kind=KIND_TIME,
            granularity=GRAN_TIME,
            period=Period(first=d, last=d),
        )
    return point(cal.day(d))


def _r_slash(m: re.Match[str], ctx: Context) -> Resolved | None:
    a, b = int(m["a"]), int(m["b"])
    y = int(m["year"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless the first cannot be a month
    d = _safe_date(y, month, day)
    return point(cal.day(d)) if d else None


def _r_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = _month_no(m["month"])
    if m["rel"]:
        if ctx.anchor is None:
            return _unanchored(f"{m['rel'].lower()} year, month {month}", value=f"XXXX-{month:02d}", gran=GRAN_MONTH)
        offset = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
        return point(cal.month(ctx.anchor.year + offset, month), relative=True)
    year = _year_of(m["year"] or m["yw"] or "")
    return point(cal.month(year, month)) if year else None


def _r_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m["month"]
    month = _month_no(word)
    rel = phrase_key(m["rel"] or "")
    after_month = not rel and _month_before_dash(ctx.text, ctx.start) is not None  # "Jan-May": a month
    if (
        not rel
        and not after_month
        and word in ("May", "MAY", "March", "MARCH")
        and ctx.word_before() not in cues("month_cues")
        and ctx.text[max(0, ctx.start - 4) : ctx.start].lower() != "mid-"
    ):
        return None  # "May" the name, "march" the verb; not "mid-May"
    if not word.endswith(".") and len(word) <= 4 and word.lower() not in ("may", "june", "july") and not after_month:
        return None
    if rel.startswith("the "):  # "the following January": after the last date the text named, else the anchor
        return _month_after(ctx, month, forward=rel in ("the following", "the next"))
    if ctx.anchor is None:
        return _unanchored(f"{rel or 'month'} {word}", value=f"XXXX-{month:02d}", gran=GRAN_MONTH)
    a = ctx.anchor
    if rel in ("last", "past", "this past"):
        y = a.year if month < a.month else a.year - 1
    elif rel in ("next", "this coming", "coming"):
        y = a.year if month > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        y = _year_for(ctx, month, None)
    return point(cal.month(y, month), relative=True)


def _month_after(ctx: Context, month: int, *, forward: bool) -> Resolved:
    """The first such month after (or the last before) the last date of the text, else the anchor."""
    base = ctx.last_day or ctx.anchor
    desc = f"{'following' if forward else 'previous'} month {month}"
    if base is None:
        return _unanchored(desc, value=f"XXXX-{month:02d}", gran=GRAN_MONTH)
    if ctx.last_day is not None:
        desc += ", after a date in the text"
    if forward:
        y = base.year if month > base.month else base.year + 1
    else:
        y = base.year if month < base.month else base.year - 1
    return attrs.evolve(point(cal.month(y, month), relative=True), description=desc)


def _r_weekday_md(m: re.Match[str], ctx: Context) -> Resolved | None:
    return _r_date_full(m, ctx)


def _day_after_preposition(ctx: Context) -> bool:
    """Whether a weekday with a capitalised word after it follows "on", "since"... and so is a day, the caption
    having lost its full stop ("killed on Wednesday People lay flowers"): not before a part of day ("on Monday
    Night Football")."""
    return ctx.word_before() in cues("day_prepositions") and ctx.word_after().lower() not in lexicon().parts_of_day


def _r_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    wd = _weekday_no(m["wd"])
    rel = m["rel"]
    if not rel and _is_name_part(ctx) and not _day_after_preposition(ctx):
        return None  # "the Sunday Telegraph"
    if ctx.anchor is None:
        return _unanchored(f"{(rel or '').lower()} weekday {wd}".strip(), value=f"XXXX-WXX-{wd}", gran=GRAN_DAY)
    return point(cal.day(_weekday_date(ctx, wd, rel)), relative=True)


def _r_season_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    code = lexicon().seasons[m["season"].lower()]
    year = _year_of(m["year"] or m["yw"] or "")
    if year is None:
        return None
    return point(cal.season(year, code))


def _season_name(m: re.Match[str], ctx: Context) -> bool:
    """Whether a capitalised season starts a name: a capitalised word (not a month or year) follows it, and it
    opens a sentence, follows "the" or a lower-case word (not a Title Case headline)."""
    after = ctx.word_after()
    if not after[:1].isupper() or after.isupper() or after.lower().rstrip(".") in lexicon().months:
        return False
    if m["rel"] and m["rel"].lower() == "the":
        return True
    before = ctx.text[max(0, ctx.start - 30) : ctx.start].rstrip()
    if not before or before[-1] in '.!?"“':
        return True
    last = before.split()[-1]
    return last[:1].islower() or last == "The"


def _r_season(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["season"][0].isupper() and _season_name(m, ctx):
        return None  # "the Winter Olympics", "The Summer Palace": a name
    word = m["season"].lower()
    code = lexicon().seasons[word]
    rel = phrase_key(m["rel"] or "")
    if m["shared"] and rel in ("", "the") and (year := _year_of(m["shared"])) is not None:
        return point(cal.season(year, code))  # "the spring and summer of 2019": both of that year
    if (
        word in ("fall", "spring")
        and rel in ("", "the")
        and ctx.word_before()
        not in ("in", "during", "until", "since", "by", "this", "last", "next", "early", "late", "the", "over")
    ):
        return None
    if rel == "" and word in ("fall", "spring") and ctx.word_before() == "the":
        return None
    if ctx.anchor is None:
        return _unanchored(f"{rel} {word}".strip(), value=f"XXXX-{code}", gran=GRAN_SEASON)
    a = ctx.anchor
    cur_y, cur_code = cal.season_of(a)
    cur_first = cal.season(cur_y, cur_code)[2].first
    this = cal.season(a.year if not (code == "WI" and a.month <= 2) else a.year - 1, code)
    first = this[2].first
    if rel == "last":  # TimeML habit: "last spring" is the previous year's
        return point(cal.season(a.year - 1, code), relative=True)
    if rel in ("past", "this past"):
        y = int(this[0][:4])
        while cal.season(y, code)[2].first >= cur_first:
            y -= 1
        return point(cal.season(y, code), relative=True)
    if rel in ("next", "coming", "this coming"):
        y = int(this[0][:4])
        while cal.season(y, code)[2].first <= cur_first:
            y += 1
        return point(cal.season(y, code), relative=True)
    tense = ctx.tense()
    y = int(this[0][:4])
    if rel != "this":
        if tense is TENSE_PAST and first > a:
            y -= 1
        elif tense is TENSE_FUTURE and this[2].last < a:
            y += 1
    return point(cal.season(y, code), relative=True)


def _r_decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["dw"]:
        start = 1900 + 10 * _DECADE_WORDS[m["dw"].lower()]
    elif m["d4"]:
        start = int(m["d4"])
    else:
        if not m.group().lower().startswith("the") and not re.search(r"['’]\d0", m.group()):
            return None  # "in his 30s" is an age
        n = int(m["d2"])
        start = 1900 + n if n >= 20 else 2000 + n
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or m["mod2"] or "").lower())
    if m["d4"] and start % 100 == 0 and start < 1900:
        return point(cal.century(start // 100), mod=mod)  # "the 1800s": the century (TIDES, TimeML), not 1800-09
    return point(cal.decade(start), mod=mod)


def _r_century(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["rel"]:
        rel = m["rel"].lower().replace("the ", "")
        return relative_point(ctx, "century", {"this": 0, "last": -1, "past": -1, "next": 1}[rel])
    if m.group().endswith("Century") and ctx.word_after()[:1].isupper():
        return None  # "20th Century Fox": a name
    n = _day_no(m["n"])
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or "").lower())  # "the early 18th century"
    return point(cal.century(n - 1), mod=mod)


def _r_year_words(m: re.Match[str], ctx: Context) -> Resolved | None:
    text = m["yw"].lower()
    if text.startswith("two") and not m["the"]:
        return None
    y = _year_words(text)
    return point(cal.year(y)) if y and 1000 <= y <= 2099 else None


def _r_fiscal_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = _year_of(m["year"] or m["fy"] or m["year2"])  # "fiscal 2020", "the fiscal year 2021", "the 2022 fiscal year"
    if y is None:
        return None
    if y < 100:
        y += 1900 if y >= 50 else 2000
    return point(cal.year(y))


# the words that open a range of years written with a two-digit end ("from 1975-81")
_YEAR_RANGE_OPENERS: Final = frozenset(("from", "between", "in", "during", "since", "through", "throughout", "over"))


@functools.cache
def _street() -> re.Pattern[str]:
    words = "|".join(sorted(cues("street_words"), key=len, reverse=True))
    return re.compile(rf"[^\S\n]+(?:[NSEW]\.?[^\S\n]+)?(?:[A-Z][\w'’-]*\.?[^\S\n]+){{1,2}}(?:{words})\b")


def _street_after(ctx: Context) -> bool:
    """Whether one or two capitalised words and a street word follow: "1517 Locust Street", "2031 Monument Ave."."""
    if ctx.char_after() != " " or ctx.word_before() in cues("year_prepositions"):
        return False  # "In 1995 Main Street was widened"
    return _street().match(ctx.text, ctx.end) is not None


def _r_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = int(m["year"])
    if not 1000 <= y <= 2099:
        return None
    before = ctx.char_before()
    after = ctx.char_after()
    if m["next"]:
        nxt = int(m["next"][1:])
        if nxt == (y + 1) % 100:
            return point(cal.year(y))  # "the 2010-11 season": the tagger adds the second year
        if y % 100 < nxt <= y % 100 + 30 and ctx.word_before() in _YEAR_RANGE_OPENERS:
            return point(cal.year(y))  # "from 1975-81", "between 1992-95": each year of the range
        return None  # "2010-45": no season, fiscal year or range of years
    if before and before in "$£€#/:":
        return None
    if after in ("%", "/", ":") and after:
        return None
    if y < 1500 and ctx.word_before() not in ("in", "since", "of", "by", "from", "until", "around", "year", "circa"):
        return None  # "at 1200 GMT", "flight 1100"
    if _street_after(ctx):
        return None  # "of 1935 Orchard St.": a house number
    if ctx.word_after().lower() in cues("not_a_year_after") or ctx.word_before() in (
        "no",
        "number",
        "flight",
        "route",
        "room",
    ):
        return None
    return point(cal.year(y))


RULES: tuple[Rule, ...] = (
    Rule(
        "weekday_month_day",
        r"(?:(?i:last|next|this\s+coming|this\s+past|this|coming)\s+)?"  # "this coming Sunday, March 8": the date decides
        r"(?P<wd><WD>),?\s+(?P<month><MONTH>)\s+(?P<day><DAY>)(?:,?<SP>(?P<year><YEAR>))?(?P<clk>,?<SP><CLOCK>(?:\s+<TZ>)?)?",
        _r_weekday_md,
        day_range=_RANGE_AFTER,
    ),
    Rule(
        "weekday_day_month",
        r"(?P<wd><WD>),?\s+(?:(?i:the)\s+)?(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\s+(?:(?i:of)\s+)?(?P<month><MONTH>)"
        r"(?:,?<SP>(?P<year><YEAR>))?(?P<clk>,?<SP><CLOCK>(?:\s+<TZ>)?)?",
        _r_weekday_md,
        day_range=_RANGE_BEFORE,
    ),
    Rule(
        "nth_weekday_of_month",
        r"(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))\s+(?P<wd><WD>)\s+(?i:of|in)\s+"
        r"(?P<month><MONTH>)(?:,?<SP>(?P<year><YEAR>))?",
        _r_nth_weekday,
    ),
    Rule(
        "month_day",
        r"(?P<weekof>(?i:the\s+week\s+of)\s+)?(?P<month><MONTH>)\s+(?P<day><DAY>)(?:,?<SP>(?P<year><YEAR>)|<RELYEAR>)?(?P<clk>,?<SP><CLOCK>(?:\s+<TZ>)?)?",
        _r_date_full,
        day_range=_RANGE_AFTER,
    ),
    Rule(
        "day_month",
        r"(?:(?i:the)\s+)?(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|<ORDW>)\s+(?:(?i:of)\s+)?(?P<month><MONTH>)(?:,?<SP>(?P<year><YEAR>)|<RELYEAR>)?(?P<clk>,?<SP><CLOCK>(?:\s+<TZ>)?)?",
        _r_date_full,
        day_range=_RANGE_BEFORE,
    ),
    Rule("day_of_month", r"(?i:the)\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w-])", _r_day_of_month),
    Rule(
        "iso_date",
        r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?(?!\d)",
        _r_iso,
    ),
    Rule("slash_date", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])", _r_slash),
    Rule(
        "month_year",
        r"(?P<month><MONTH>),?\s+(?:(?i:of)\s+)?(?:(?P<year><YEAR>)|(?P<rel>(?i:this|last|next))\s+(?i:year)|(?P<yw><YEARWORDS>))",
        _r_month_year,
        day_range=_RANGE_BEFORE,
    ),
    Rule(
        "season_year",
        r"(?:(?i:the)\s+)?(?P<season><SEASON>)\s+(?:(?i:of)\s+)?(?:(?P<year><YEAR>)|(?P<yw><YEARWORDS>))",
        _r_season_year,
    ),
    Rule(
        "decade",
        r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?(?:(?P<d4>1\d\d0|20\d0)|['’]?(?P<d2>\d0))['’]?s(?![\w'])"
        r"|(?i:the)\s+(?:(?P<mod2>(?i:early|late|mid))[\s-]+)?(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
        _r_decade,
    ),
    Rule(
        "century",
        r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|<ORDW>)\s+(?i:century)\b"
        r"|(?P<rel>(?i:this|last|next|the\s+next|the\s+last|the\s+past))\s+(?i:century)\b",
        _r_century,
    ),
    Rule("year_words", r"(?P<the>(?i:the\s+year)\s+)?(?P<yw><YEARWORDS>)\b", _r_year_words),
    Rule(
        "fiscal_year",
        r"(?:(?i:the)\s+(?=(?i:fiscal\s+year)\s))?(?i:fiscal)(?:\s+(?i:year))?\s+(?P<year><YEAR>|'\d\d)|FY\s?(?P<fy>\d{2}|\d{4})\b"
        r"|(?i:the)\s+(?P<year2><YEAR>)\s+(?i:fiscal\s+year)(?![\w'’-])",
        _r_fiscal_year,
    ),
    Rule("weekday", _REL_WD + r"(?P<wd><WD>)(?![\w-])", _r_weekday),
    Rule(
        "season",
        r"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|past|the))\s+)?(?P<season><SEASON>)(?![\w-])"
        # "the spring and summer of 2019": the year of the season after it
        r"(?:(?=\s+(?i:and|or|to|through|into)\s+(?:(?i:the)\s+)?<SEASON>\s+(?:(?i:of)\s+)?(?P<shared><YEAR>)(?![\w-])))?",
        _r_season,
    ),
    Rule(
        "month",
        r"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|past|the\s+(?:following|next|previous|preceding)))\s+)?"
        r"(?P<month><MONTH>)(?![\w-])(?!\s*\d)",
        _r_month,
        day_range=_RANGE_BEFORE,
    ),
    Rule(
        "year",
        r"(?P<year><YEAR>)(?!\w|-(?!(?:1[0-9]|20)\d\d\b|\d\d(?![\w-]))|['’]s)(?P<next>[-–/]\d\d(?![\w-]))?",
        _r_year,
        day_range=_RANGE_AFTER,
    ),
)
